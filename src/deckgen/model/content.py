"""What speakers show: bullet lists, key figures, quotations, concept maps."""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import Field

from .base import Id, Strict, Text


class BulletItem(Strict):
    """A bullet with sub-bullets."""

    text: Text
    """The bullet's own text."""
    items: list[Bullet] = []
    """Sub-bullets, one level further in."""


Bullet = Union[Text, BulletItem]
"""A bullet: plain text, or `text:` with nested `items:`."""


class _SpeakerSlide(Strict):
    speaker: Id | None = None
    """Who presents this slide (an id from `people`); shown above the title."""


class BulletsSlide(_SpeakerSlide):
    """A titled list of bullets, with an optional closing line set apart."""

    kind: Literal["bullets"]
    """Which kind of slide this is: `kind: bullets` chooses its fields and its layout."""
    title: Text
    """The slide's title."""
    items: list[Bullet] = Field(min_length=1)
    """The bullets, in order."""
    closing: Text | None = None
    """A line set apart under the list, e.g. an italic tagline."""


class KeyFigure(Strict):
    """A number shown big, with what it measures."""

    value: Text
    """The figure as printed, e.g. `16 %` or `9 M`."""
    label: Text | None = None
    """What the figure counts, under it."""


class FiguresSlide(_SpeakerSlide):
    """Key figures as big-number tiles, with optional bullets under them."""

    kind: Literal["figures"]
    """Which kind of slide this is: `kind: figures` chooses its fields and its layout."""
    title: Text
    """The slide's title."""
    figures: list[KeyFigure] = Field(min_length=1, max_length=4)
    """One to four key figures, left to right."""
    items: list[Bullet] = []
    """Bullets under the figures."""


class QuoteSlide(_SpeakerSlide):
    """A quotation, paragraph by paragraph, with its year and author."""

    kind: Literal["quote"]
    """Which kind of slide this is: `kind: quote` chooses its fields and its layout."""
    title: Text | None = None
    """A title for the slide; without one it is titled by the catalogue's « Citation »."""
    paragraphs: list[Text] = Field(min_length=1)
    """The quotation's paragraphs, quotation marks included as they should be printed."""
    year: int | None = None
    """The year it was said or written."""
    author: Text | None = None
    """Who said or wrote it."""


class ConceptBranch(Strict):
    """A branch of a concept map and the points hanging from it."""

    text: Text
    """The branch's label."""
    items: list[Text] = []
    """The points on this branch."""


class ConceptMapSlide(_SpeakerSlide):
    """A centre idea and the branches around it, drawn as a diagram."""

    kind: Literal["concept_map"]
    """Which kind of slide this is: `kind: concept_map` chooses its fields and its layout."""
    centre: Text
    """The central idea; it is also the slide's title."""
    branches: list[ConceptBranch] = Field(min_length=2, max_length=4)
    """Two to four branches, clockwise from the top left."""


ContentSlide = Annotated[
    Union[BulletsSlide, FiguresSlide, QuoteSlide, ConceptMapSlide],
    Field(discriminator="kind"),
]
"""One slide of a speaker's content, chosen by its `kind`."""
