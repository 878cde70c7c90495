"""The deck as a package: the skeleton (skeleton.py), the slides, their notes, pictures and charts.

Parts are named and related as python-pptx names and relates them when it adds slides to its default
template, and saved in its order, so a deck is the file python-pptx would save: slides numbered in order,
each picture stored once (found by the SHA-1 of its bytes, as python-pptx finds it) and numbered by first
use, notes slides numbered in order with the notes master related from the presentation when the first is
added, charts and their workbooks numbered in order. Every lookup is a dict's: n slides cost n.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import drawing
from .chart_maker import ChartMaker
from .skeleton import NOTES_MEMBERS, Skeleton, branded_theme, skeleton
from .slide import LAYOUT_TARGET, RT_LAYOUT, RT_NOTES, ChartParts, External, Media, SlideDrawing

from .geometry import WIDESCREEN, Frame

if TYPE_CHECKING:
    from ..brand import Brand
    from ..plan.specs import ChartSlide
    from .canvas import Canvas
    from .geometry import Box

THEME = "ppt/theme/theme1.xml"
"""The slides' theme (theme2.xml is the notes master's)."""

RT_SLIDE = f"{drawing.RELATIONSHIPS}/slide"
RT_NOTES_MASTER = f"{drawing.RELATIONSHIPS}/notesMaster"
RT_PACKAGE = f"{drawing.RELATIONSHIPS}/package"

_CT = "application/vnd.openxmlformats-officedocument."
CONTENT_TYPES = {
    "slide": _CT + "presentationml.slide+xml",
    "notes": _CT + "presentationml.notesSlide+xml",
    "chart": _CT + "drawingml.chart+xml",
}
DEFAULT_TYPES = {
    "bin": _CT + "presentationml.printerSettings",
    "jpeg": "image/jpeg",
    "jpg": "image/jpeg",
    "png": "image/png",
    "rels": "application/vnd.openxmlformats-package.relationships+xml",
    "xlsx": _CT + "spreadsheetml.sheet",
    "xml": "application/xml",
}
"""The extensions whose content type the package declares once (python-pptx's `default_content_types`, for
the extensions a deck has); every other part is declared by name. A test checks them against python-pptx's."""

IMAGE_EXTENSIONS = {"png": "png", "jpeg": "jpg"}
"""A picture's part name extension by its format (images.py writes these two), as python-pptx's `Image.ext`."""


@dataclass
class _Slide:
    xml: bytes
    rels: bytes
    targets: list[tuple[str, str, object]]
    notes: tuple[str, bytes, bytes] | None  # (name, xml, rels)


@dataclass
class DeckPackage:
    """What render_deck makes: every slide written, then `members()` for write.py to stamp and zip."""

    skeleton: Skeleton = field(default_factory=skeleton)
    slides: list[_Slide] = field(default_factory=list)
    media: dict[str, Media] = field(default_factory=dict)  # by SHA-1 of the bytes
    presentation_rels: list[tuple[str, str, str]] = field(default_factory=list)  # (rId, type, target) of slides and notes master
    notes_count: int = 0
    charts: int = 0
    chart_maker: ChartMaker = field(default_factory=lambda: ChartMaker(0))
    brand: Brand | None = None  # the theme is in its colours and fonts (python-pptx's Office theme without)
    frame: Frame = WIDESCREEN  # the slides' size

    def picture(self, data: bytes, image_format: str) -> Media:
        """The picture's part: the one already holding these bytes, or a new one numbered after the others."""
        sha1 = hashlib.sha1(data).hexdigest()
        media = self.media.get(sha1)
        if media is None:
            name = "ppt/media/image%d.%s" % (len(self.media) + 1, IMAGE_EXTENSIONS[image_format])
            media = self.media[sha1] = Media(name, data)
        return media

    def chart(self, canvas: Canvas, spec: ChartSlide, area: Box) -> ChartParts:
        """The next chart's parts, named as python-pptx numbers them, made by the deck's chart maker."""
        self.charts += 1
        made = self.chart_maker.make(canvas, spec, area)
        return ChartParts("ppt/charts/chart%d.xml" % self.charts, "ppt/embeddings/Microsoft_Excel_Sheet%d.xlsx" % self.charts, made)

    def add(self, drawn: SlideDrawing) -> None:
        number = len(self.slides) + 1
        self._relate(RT_SLIDE, "slides/slide%d.xml" % number)
        rels = [("rId1", RT_LAYOUT, LAYOUT_TARGET)] + [(rid, kind, _target(target)) for rid, kind, target in drawn.targets]
        notes = None
        if drawn.notes is not None:
            if not self.notes_count:  # python-pptx relates the notes master when it first makes a notes slide
                self._relate(RT_NOTES_MASTER, "notesMasters/notesMaster1.xml")
            self.notes_count += 1
            name = "ppt/notesSlides/notesSlide%d.xml" % self.notes_count
            rid = "rId%d" % (len(rels) + 1)
            rels.append((rid, RT_NOTES, "../notesSlides/notesSlide%d.xml" % self.notes_count))
            notes_rels = [("rId1", RT_NOTES_MASTER, "../notesMasters/notesMaster1.xml"), ("rId2", RT_SLIDE, "../slides/slide%d.xml" % number)]
            notes = (name, drawing.notes(drawn.notes), drawing.relationships(notes_rels))
        self.slides.append(_Slide(drawn.xml(), drawing.relationships(rels), drawn.targets, notes))

    def _relate(self, kind: str, target: str) -> None:
        self.presentation_rels.append(("rId%d" % (len(self.skeleton.presentation_rels) + len(self.presentation_rels) + 1), kind, target))

    def __len__(self) -> int:
        return len(self.slides)

    # -- saving ----------------------------------------------------------------------------------
    def members(self, core: bytes) -> dict[str, bytes]:
        """Every member of the package, in python-pptx's save order, with the given core properties."""
        base = self.skeleton.members
        parts: dict[str, bytes] = {"[Content_Types].xml": b""}  # first, as OPC wants; written last, once all are known
        for name in self.skeleton.head[1:]:
            parts[name] = base[name]
        parts["docProps/core.xml"] = core
        if self.brand is not None:
            parts[THEME] = branded_theme(base[THEME], self.brand)
        parts["ppt/presentation.xml"] = self._presentation(base["ppt/presentation.xml"])
        parts["ppt/_rels/presentation.xml.rels"] = self._presentation_rels()
        seen: set[int] = set()
        for number, slide in enumerate(self.slides, start=1):
            parts["ppt/slides/slide%d.xml" % number] = slide.xml
            parts["ppt/slides/_rels/slide%d.xml.rels" % number] = slide.rels
            for _, kind, target in slide.targets:
                if id(target) in seen or isinstance(target, External):
                    continue
                seen.add(id(target))
                if isinstance(target, Media):
                    parts[target.name] = target.data
                elif isinstance(target, ChartParts):
                    parts[target.name] = target.xml
                    parts[_rels_name(target.name)] = drawing.relationships(
                        [("rId1", RT_PACKAGE, "../embeddings/" + target.workbook_name.rsplit("/", 1)[1])]
                    )
                    parts[target.workbook_name] = target.workbook
            if slide.notes is not None:
                name, xml, rels = slide.notes
                parts[name] = xml
                parts[_rels_name(name)] = rels
                if name == "ppt/notesSlides/notesSlide1.xml":  # the notes master, reached first from the first notes slide
                    for member in NOTES_MEMBERS:
                        parts[member] = base[member]
        for name in self.skeleton.tail:
            parts[name] = base[name]
        parts["[Content_Types].xml"] = self._content_types(parts)
        return parts

    def _presentation(self, template: bytes) -> bytes:
        """presentation.xml with the list of slides, after the list of masters where python-pptx adds it."""
        slide_rels = [rid for rid, kind, _ in self.presentation_rels if kind == RT_SLIDE]
        ids = "".join(f'<p:sldId id="{256 + index}" r:id="{rid}"/>' for index, rid in enumerate(slide_rels))
        listed = f"<p:sldIdLst>{ids}</p:sldIdLst>".encode() if ids else b""
        presentation = template.replace(b"</p:sldMasterIdLst>", b"</p:sldMasterIdLst>" + listed, 1)
        if self.frame != WIDESCREEN:  # the skeleton's size is 16:9
            size = f'<p:sldSz cx="{drawing.emu(self.frame.width)}" cy="{drawing.emu(self.frame.height)}"/>'.encode()
            presentation = presentation.replace(b'<p:sldSz cx="12192000" cy="6858000"/>', size, 1)
        return presentation

    def _presentation_rels(self) -> bytes:
        kept = "".join(self.skeleton.presentation_rels)
        added = "".join(f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>' for rid, kind, target in self.presentation_rels)
        return (
            f'{drawing.XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{kept}{added}</Relationships>"
        ).encode("utf-8")

    def _content_types(self, parts: dict[str, bytes]) -> bytes:
        """[Content_Types].xml as python-pptx writes it: defaults by extension, then overrides by part name."""
        declared = self.skeleton.content_types
        defaults = {"rels": DEFAULT_TYPES["rels"], "xml": DEFAULT_TYPES["xml"]}
        overrides = {}
        for name in parts:
            if name == "[Content_Types].xml" or name.endswith(".rels"):
                continue
            kind = _kind(name, declared)
            extension = name.rsplit(".", 1)[1]
            if DEFAULT_TYPES.get(extension.lower()) == kind:
                defaults[extension] = kind
            else:
                overrides["/" + name] = kind
        body = "".join(f'<Default Extension="{e}" ContentType="{t}"/>' for e, t in sorted(defaults.items()))
        body += "".join(f'<Override PartName="{n}" ContentType="{t}"/>' for n, t in sorted(overrides.items()))
        return (
            f'{drawing.XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">{body}</Types>'
        ).encode("utf-8")


def _target(target: object) -> str:
    """A relationship's target from a slide: a part's name relative to ppt/slides/, or an address out of the package."""
    if isinstance(target, External):
        return target.address
    return "../" + target.name[4:]  # type: ignore[attr-defined] - Media or ChartParts


def _rels_name(name: str) -> str:
    folder, _, leaf = name.rpartition("/")
    return f"{folder}/_rels/{leaf}.rels"


def _kind(name: str, declared: dict[str, str]) -> str:
    if name.startswith("ppt/slides/"):
        return CONTENT_TYPES["slide"]
    if name.startswith("ppt/notesSlides/"):
        return CONTENT_TYPES["notes"]
    if name.startswith("ppt/charts/"):
        return CONTENT_TYPES["chart"]
    if name.startswith("ppt/media/") or name.startswith("ppt/embeddings/"):
        return DEFAULT_TYPES[name.rsplit(".", 1)[1]]
    return declared.get("/" + name) or declared[name.rsplit(".", 1)[1]]
