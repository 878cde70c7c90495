"""The slide IR: what each slide says, decided by the planner, placed by a renderer.

Pure, frozen data (no python-pptx): tests compare specs by equality. Text fields keep the
event's inline `**bold**` / `*italic*` marks; renderers turn them into runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Literal

from msgspec import Struct

from ..records import Uncompared


class Continuation(Struct, frozen=True):
    """How a kind of slide continues when its list is too long for one slide: which field is cut, and how the
    longest head that fits is searched for."""

    field: str
    """The list that continues on the next slide, « (suite) »."""
    search: Literal["bisect", "longest_first"] = "bisect"
    """`bisect`: the list is set in one text box, so a head that fits still fits with an item fewer and the
    longest head is found by bisection; `longest_first`: items are laid out differently by number (three
    cards a row, or two), so heads are tried longest first."""
    smallest: int = 1
    """The fewest items the first slide may keep (0: the figures alone may fill it)."""


class Logo(Struct, frozen=True):
    """An organisation's logo: a file, the brand's own logo (the organiser), or a wordmark of its name."""

    name: str  # also the picture's alternative text
    path: Path | None = None
    organiser: bool = False


class Card(Struct, frozen=True):
    """A person as shown on a card."""

    name: str
    role: str | None = None
    organisation: str | None = None
    photo: Path | None = None


class Line(Struct, frozen=True):
    """A bullet at a nesting level (0 = top)."""

    text: str
    level: int = 0


class Slide(Uncompared, frozen=True, kw_only=True):
    """What every slide has: a title (also for screen readers), speaker notes, and whether it carries the
    footer line and slide number."""

    kind: ClassVar[str]
    continues: ClassVar[Continuation | None] = None
    """Which list continues on a following slide when it is too long; None: the slide must fit as it is."""
    title: str
    notes: str = ""
    chrome: bool = True
    uncompared: ClassVar[frozenset[str]] = frozenset({"origin"})
    origin: tuple[str | int, ...] = ()
    """Where in the event this slide comes from (e.g. ('agenda', 1, 'slides', 0)), to locate layout errors:
    not compared."""
    sequel: int = 0
    """0 for a slide as planned; n for the n-th continuation of its list (« (suite) », « (suite 2) »)."""


class TitleSlide(Slide, frozen=True, kw_only=True):
    kind: ClassVar[str] = "title"
    date_line: str
    place_line: str
    organiser: Logo
    sponsors_label: str
    sponsors: tuple[Logo, ...] = ()
    chrome: bool = False


class AgendaEntry(Struct, frozen=True):
    time: str | None
    text: str
    detail: str | None = None
    items: tuple[str, ...] = ()
    first_number: int = 1
    """The number of the first of `items`: an entry's items continued on entries of their own (text "",
    no time) when the entry alone does not fit a slide (plan/paginate.py `finer`)."""


class AgendaSlide(Slide, frozen=True, kw_only=True):
    kind: ClassVar[str] = "agenda"
    continues: ClassVar[Continuation | None] = Continuation("entries")
    entries: tuple[AgendaEntry, ...]
    uncompared: ClassVar[frozenset[str]] = Slide.uncompared | {"times"}
    times: tuple[str, ...] = ()
    """Every time of the programme, its continuation slides' too: the time column is as wide as the widest
    of them on each of its slides (the entries' own times when empty). The entries' times, gathered: not
    compared."""


class SpeakersSlide(Slide, frozen=True, kw_only=True):
    kind: ClassVar[str] = "speakers"
    continues: ClassVar[Continuation | None] = Continuation("people", "longest_first")
    people: tuple[Card, ...]


class BulletsSlide(Slide, frozen=True, kw_only=True):
    kind: ClassVar[str] = "bullets"
    continues: ClassVar[Continuation | None] = Continuation("items")
    kicker: str | None = None  # who presents it, above the title
    items: tuple[Line, ...]
    closing: str | None = None


class Figure(Struct, frozen=True):
    value: str
    label: str | None = None


class FiguresSlide(Slide, frozen=True, kw_only=True):
    kind: ClassVar[str] = "figures"
    continues: ClassVar[Continuation | None] = Continuation("items", smallest=0)
    kicker: str | None = None
    figures: tuple[Figure, ...]
    items: tuple[Line, ...] = ()


class QuoteSlide(Slide, frozen=True, kw_only=True):
    kind: ClassVar[str] = "quote"
    continues: ClassVar[Continuation | None] = Continuation("paragraphs")
    kicker: str | None = None
    paragraphs: tuple[str, ...]
    attribution: str | None = None


class Branch(Struct, frozen=True):
    text: str
    items: tuple[str, ...] = ()


class ConceptMapSlide(Slide, frozen=True, kw_only=True):
    """The title is the centre of the map."""

    kind: ClassVar[str] = "concept_map"
    continues: ClassVar[Continuation | None] = Continuation("branches", "longest_first")
    kicker: str | None = None
    branches: tuple[Branch, ...]


class ChartSlide(Slide, frozen=True, kw_only=True):
    """Numbers drawn as a native chart: one value per category in each series. The title says what it shows."""

    kind: ClassVar[str] = "chart"
    kicker: str | None = None
    chart: str = "column"  # column, bar, line or pie
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]  # (name, a value per category, in the categories' order)
    unit: str | None = None
    caption: str | None = None


class RoundTableSlide(Slide, frozen=True, kw_only=True):
    """The title is the round table's title, between « »; on the slide after its quiz, with the SMS number,
    « « … » · vos questions »."""

    kind: ClassVar[str] = "round_table"
    label: str
    host: Logo | None = None
    sms_line: str | None = None


class QuestionSlide(Slide, frozen=True, kw_only=True):
    """The title names the quiz and counts the question (« Quiz · question 3 / 6 »); the question is the body."""

    kind: ClassVar[str] = "question"
    question: str
    choices: tuple[str, ...]
    chrome: bool = False


class AnswerSlide(Slide, frozen=True, kw_only=True):
    """Titled « Quiz · réponse 3 / 6 »."""

    kind: ClassVar[str] = "answer"
    question: str
    choices: tuple[str, ...]
    correct: int  # 0-based
    detail: str | None = None
    true_list_label: str | None = None
    true_list: tuple[str, ...] = ()
    chrome: bool = False


class BreakSlide(Slide, frozen=True, kw_only=True):
    """A break (« Retour dans 15 minutes ») or the arrival coffee (« La journée commence à 9h30 »)."""

    kind: ClassVar[str] = "break"
    back_line: str
    chrome: bool = False


class Block(Struct, frozen=True):
    """A labelled block of text: a sentence, bullets, or both."""

    label: str
    text: str | None = None
    items: tuple[str, ...] = ()


class BlocksSlide(Slide, frozen=True, kw_only=True):
    kind: ClassVar[str] = "blocks"
    continues: ClassVar[Continuation | None] = Continuation("blocks", "longest_first")
    blocks: tuple[Block, ...]


class Row(Struct, frozen=True):
    label: str
    text: str


class TableSlide(Slide, frozen=True, kw_only=True):
    kind: ClassVar[str] = "table"
    continues: ClassVar[Continuation | None] = Continuation("rows")
    heading: str
    rows: tuple[Row, ...]


class Group(Struct, frozen=True):
    heading: str
    items: tuple[str, ...]


class TerritoriesSlide(Slide, frozen=True, kw_only=True):
    """One season's territories: `legend` lists every season of the calendar, `season` is the one shown (its
    index in `legend`), `groups` its départements only."""

    kind: ClassVar[str] = "territories"
    continues: ClassVar[Continuation | None] = Continuation("groups", "longest_first")
    heading: str
    legend: tuple[str, ...]
    season: int  # 0-based, into `legend`
    groups: tuple[Group, ...]
    host: Logo | None = None


class ListSlide(Slide, frozen=True, kw_only=True):
    """A plain list of entries in columns, e.g. the participants."""

    kind: ClassVar[str] = "list"
    continues: ClassVar[Continuation | None] = Continuation("entries", "longest_first")
    heading: str
    entries: tuple[str, ...]


class LunchSlide(Slide, frozen=True, kw_only=True):
    kind: ClassVar[str] = "lunch"
    wish: str
    next_line: str | None = None
    detail: str | None = None  # the lunch item's own `detail:` (« suite animation cartographie … »)


class WorkshopCard(Struct, frozen=True):
    label: str
    question: str
    room: str
    facilitators: str | None = None  # « Animé par Claire Dupuy (Secours populaire) et … »; None without any


class WorkshopsSlide(Slide, frozen=True, kw_only=True):
    kind: ClassVar[str] = "workshops"
    continues: ClassVar[Continuation | None] = Continuation("workshops", "longest_first")
    workshops: tuple[WorkshopCard, ...]


class SectionSlide(Slide, frozen=True, kw_only=True):
    """A divider: a big title, and the people who speak next if any."""

    kind: ClassVar[str] = "section"
    people: tuple[Card, ...] = ()


class ClosingSlide(Slide, frozen=True, kw_only=True):
    kind: ClassVar[str] = "closing"
    organiser: Logo
    sponsors_label: str
    sponsors: tuple[Logo, ...] = ()
    chrome: bool = False


class DeckPlan(Struct, frozen=True):
    """The whole deck, decided: slides in order and what every slide shares."""

    title: str
    footer: str
    language: str  # BCP 47, e.g. fr-FR, for every run
    author: str
    slides: tuple[Slide, ...]
    continued: str = "(suite)"  # appended to the title of a continuation slide
    continued_again: str = "(suite {number})"  # to the title of the second, third… continuation
    footer_origin: tuple[str, ...] = ("footer",)  # where the footer's text is written in the event

    @property
    def quiz_pairs(self) -> int:
        return sum(1 for slide in self.slides if isinstance(slide, QuestionSlide))


def _kinds(base: type[Slide]) -> tuple[type[Slide], ...]:
    found: list[type[Slide]] = []
    for sub in base.__subclasses__():
        found += [sub, *_kinds(sub)]
    return tuple(found)


SLIDE_KINDS: tuple[type[Slide], ...] = _kinds(Slide)
"""Every kind of slide: each class above; a test checks each has exactly one renderer."""
