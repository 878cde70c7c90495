"""The typed model of an event, one module per concern."""

from .agenda import (
    AgendaItem,
    Arrival,
    Break,
    Conclusion,
    Lunch,
    RoundTable,
    Talk,
    Welcome,
    Witnesses,
    Workshops,
)
from .content import (
    Bullet,
    BulletItem,
    BulletsSlide,
    ChartSlide,
    ConceptBranch,
    ConceptMapSlide,
    ContentSlide,
    FiguresSlide,
    KeyFigure,
    QuoteSlide,
    Series,
)
from .event import Event
from .people import Organisation, Person
from .quiz import Question
from .training import Departement, Participant, Season, Team, Training
from .workshops import Workshop

# `Bullet` is defined after BulletItem, which it contains: resolve that reference now, so that BulletItem's
# `model_fields` are complete (load/messages.py walks them to suggest field names). It also builds BulletItem's
# validator, the only one built at import (see `defer_build` in base.py).
BulletItem.model_rebuild()

__all__ = [
    "AgendaItem", "Arrival", "Break", "Bullet", "BulletItem", "BulletsSlide", "ConceptBranch", "ConceptMapSlide",
    "Conclusion", "ContentSlide", "Departement", "Event", "FiguresSlide", "KeyFigure", "Lunch",
    "Organisation", "Participant", "Person", "Question", "QuoteSlide", "RoundTable", "Season", "Talk",
    "Team", "Training", "Welcome", "Witnesses", "Workshop", "Workshops",
    "ChartSlide", "Series",
]
