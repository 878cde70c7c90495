"""The agenda: timed items, in order. Each kind of item becomes its own slides."""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import Field

from .base import ClockTime, Flag, Id, Strict, Text
from .content import ContentSlide
from .quiz import Question
from .workshops import Workshop


class _Item(Strict):
    id: Id | None = None
    """A name for this item, so an event that extends this one can change it by naming it (lists of items
    with ids merge item by item)."""
    start: ClockTime | None = None
    """When it starts, e.g. `10:30`; items without a time are not listed on the programme slide."""
    end: ClockTime | None = None
    """When it ends; by default, when the next item starts."""
    label: Text | None = None
    """How the programme slide names it, instead of the kind's usual name (« table ronde », …)."""


class Arrival(_Item):
    """The arrival coffee (« Accueil café ») before the day starts; its slide says when the day starts."""

    kind: Literal["arrival"]
    """Which kind of item this is: `kind: arrival` chooses its fields and its slides."""


class Welcome(_Item):
    """Words of welcome by one or more speakers."""

    kind: Literal["welcome"]
    """Which kind of item this is: `kind: welcome` chooses its fields and its slides."""
    speakers: list[Id] = Field(min_length=1)
    """Who welcomes the room (ids from `people`)."""


class Witnesses(_Item):
    """Guest speakers (« grands témoins ») and the slides they show."""

    kind: Literal["witnesses"]
    """Which kind of item this is: `kind: witnesses` chooses its fields and its slides."""
    speakers: list[Id] = Field(min_length=1)
    """The witnesses (ids from `people`)."""
    slides: list[ContentSlide] = []
    """Their slides, in the order shown."""


class Talk(_Item):
    """A talk with a title, its speakers and their slides."""

    kind: Literal["talk"]
    """Which kind of item this is: `kind: talk` chooses its fields and its slides."""
    title: Text
    """The talk's title."""
    speakers: list[Id] = []
    """Who speaks (ids from `people`)."""
    slides: list[ContentSlide] = []
    """The slides shown, in order."""


class RoundTable(_Item):
    """A round table: its title and host, an optional quiz, an optional presentation of the training."""

    kind: Literal["round_table"]
    """Which kind of item this is: `kind: round_table` chooses its fields and its slides."""
    title: Text
    """The round table's title, printed between « »."""
    host: Id | None = None
    """The organisation hosting it (an id from `organisations`); its logo is shown."""
    speakers: list[Id] = []
    """The panelists (ids from `people`), shown as cards right after the round table's first slide and named
    on the programme."""
    sms: Text | None = None
    """The phone number the room texts questions to."""
    quiz: list[Question] = []
    """The quiz played during it: each question is followed by its answer slide."""
    presents_training: Flag = False
    """Whether it presents the event's `training` (its overview, programme, territories, participants)."""


class Break(_Item):
    """A break; its slide says when the room is back, from the next item's time."""

    kind: Literal["break"]
    """Which kind of item this is: `kind: break` chooses its fields and its slides."""


class Lunch(_Item):
    """Lunch; its slide says what comes next and when."""

    kind: Literal["lunch"]
    """Which kind of item this is: `kind: lunch` chooses its fields and its slides."""
    detail: Text | None = None
    """What goes on during lunch, shown on the programme slide and on the lunch slide."""


class Workshops(_Item):
    """Parallel workshops, each in its room."""

    kind: Literal["workshops"]
    """Which kind of item this is: `kind: workshops` chooses its fields and its slides."""
    workshops: list[Workshop] = Field(min_length=1)
    """The workshops, numbered in this order."""


class Conclusion(_Item):
    """The closing words."""

    kind: Literal["conclusion"]
    """Which kind of item this is: `kind: conclusion` chooses its fields and its slides."""
    speakers: list[Id] = []
    """Who concludes (ids from `people`)."""


AgendaItem = Annotated[
    Union[Arrival, Welcome, Witnesses, Talk, RoundTable, Break, Lunch, Workshops, Conclusion],
    Field(discriminator="kind"),
]
"""One item of the agenda, chosen by its `kind`."""
