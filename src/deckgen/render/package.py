"""The deck as a package: what render_deck gathers — slides, their notes, pictures and charts — on a template,
handed to the package layer (deckgen.package) as parts with their relationships when the deck is saved.

Parts are named as python-pptx names them when it adds slides (numbered in order; a name the template keeps
is skipped): each picture stored once (found by the SHA-1 of its bytes, as python-pptx finds it) and numbered
by first use, notes slides numbered in order, charts and their workbooks numbered in order. Every lookup is a
dict's: n slides cost n.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import TYPE_CHECKING

from msgspec import Struct, field

from ..package import CT, RT, CoreProperties, Deck, Part, Relationship, Template, dated
from . import drawing
from .chart_maker import ChartMaker
from .skeleton import default_template
from .slide import ChartParts, External, Media, SlideDrawing

if TYPE_CHECKING:
    from ..plan.specs import ChartSlide
    from .chart_style import ChartStyle
    from .geometry import Box, Frame

IMAGE_EXTENSIONS = {"png": "png", "jpeg": "jpg"}
"""A picture's part name extension by its format (images.py writes these two), as python-pptx's `Image.ext`."""
_IMAGE_TYPES = {"png": "image/png", "jpg": "image/jpeg"}
_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class _Slide(Struct):
    part: Part
    targets: list[tuple[str, str, object]]
    notes: Part | None


class DeckPackage(Struct, dict=True):  # dict: what __post_init__ derives from the template
    """What render_deck makes: every slide written on the template, then `members()` for the build to stamp
    and zip."""

    template: Template = field(default_factory=default_template)
    chart_maker: ChartMaker = field(default_factory=lambda: ChartMaker(0))
    frame: Frame | None = None  # the slides' size; None: the template's
    slides: list[_Slide] = field(default_factory=list)
    media: dict[str, Media] = field(default_factory=dict)  # by SHA-1 of the bytes
    notes_count: int = 0
    charts: int = 0

    def __post_init__(self) -> None:
        self.deck = Deck(self.template)
        self.default_layout = self.template.default_layout.part
        # A picture the template holds already (the brand's logo on its title layout) is shown from its part.
        self._kept = {
            hashlib.sha1(part.data).hexdigest(): Media(name, part.data)
            for name, part in self.template.package.parts.items() if name.startswith("ppt/media/")
        }

    def picture(self, data: bytes, image_format: str) -> Media:
        """The picture's part: the one already holding these bytes, or a new one numbered after the others."""
        sha1 = hashlib.sha1(data).hexdigest()
        media = self.media.get(sha1) or self._kept.get(sha1)
        if media is None:
            name = self.deck.name("ppt/media/image", len(self.media) + 1, IMAGE_EXTENSIONS[image_format])
            media = self.media[sha1] = Media(name, data)
        return media

    def chart(self, style: ChartStyle, spec: ChartSlide, area: Box) -> ChartParts:  # noqa: ARG002 - area: where it is drawn
        """The next chart's parts, named as python-pptx numbers them, made by the deck's chart maker."""
        self.charts += 1
        chart = self.deck.name("ppt/charts/chart", self.charts, "xml")
        workbook = self.deck.name("ppt/embeddings/Microsoft_Excel_Sheet", self.charts, "xlsx")
        return ChartParts(chart, workbook, self.chart_maker.make(style, spec))

    def add(self, drawn: SlideDrawing) -> None:
        name = self.deck.name("ppt/slides/slide", len(self.slides) + 1, "xml")
        rels = [Relationship("rId1", RT.SLIDE_LAYOUT, drawn.layout or self.default_layout)]
        for rid, kind, target in drawn.targets:
            external = isinstance(target, External)
            rels.append(Relationship(rid, kind, target.address if external else target.name, external))  # type: ignore[attr-defined]
        notes = None
        if drawn.notes is not None:
            self.notes_count += 1
            notes_name = self.deck.name("ppt/notesSlides/notesSlide", self.notes_count, "xml")
            rels.append(Relationship("rId%d" % (len(rels) + 1), RT.NOTES_SLIDE, notes_name))
            notes_rels = (Relationship("rId1", RT.NOTES_MASTER, self.deck.notes_master), Relationship("rId2", RT.SLIDE, name))
            notes = Part(notes_name, CT.NOTES_SLIDE, drawing.notes(drawn.notes), notes_rels)
        self.slides.append(_Slide(Part(name, CT.SLIDE, drawn.xml(), tuple(rels)), drawn.targets, notes))

    def __len__(self) -> int:
        return len(self.slides)

    # -- saving ----------------------------------------------------------------------------------
    def members(self, *, title: str, author: str, language: str, comments: str, created: datetime) -> dict[str, bytes]:
        """Every member of the package, in a fixed order, with these document properties; the charts'
        workbooks dated `created`, like the deck."""
        parts: list[Part] = []
        seen: set[int] = set()
        for slide in self.slides:
            for _, _, target in slide.targets:
                if id(target) in seen or isinstance(target, External):
                    continue
                seen.add(id(target))
                if isinstance(target, Media):
                    if target.name in self.template.package.parts:
                        continue  # the template's own part, kept with it
                    parts.append(Part(target.name, _IMAGE_TYPES[target.name.rpartition(".")[2]], target.data))
                elif isinstance(target, ChartParts):
                    parts.append(Part(target.name, CT.CHART, target.xml, (Relationship("rId1", RT.PACKAGE, target.workbook_name),)))
                    parts.append(Part(target.workbook_name, _WORKBOOK, dated(target.workbook, created)))
            if slide.notes is not None:
                parts.append(slide.notes)
        core = CoreProperties(title=title, author=author, language=language, comments=comments, created=created)
        size = None if self.frame is None else (self.frame.width, self.frame.height)
        return self.deck.members([slide.part for slide in self.slides], parts, core, size)
