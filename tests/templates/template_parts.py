"""Reading a template, or a deck built on one, as PowerPoint would offer it: its masters and their layouts, its
themes, and each slide's kind, layout, master and placeholders.

A master is told from another by what a presenter sees of it, not by its part's name (a deck may number its
parts anew): its name, its layouts' names in order, and the pictures it draws (their bytes' digests).
LibreOffice's masters have no name, and Vintage's four differ only by their pictures.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from typing import Any

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.presentation import Presentation as PresentationObject

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
}
EMU_PER_POINT = 12700
TITLE_TYPES = ("title", "ctrTitle")
BODY_TYPES = ("body", "obj")
"""A body placeholder: `type="body"`, `type="obj"`, or no type at all (`obj`), with an idx or without."""


@dataclass(frozen=True)
class Theme:
    name: str
    fonts: tuple[str, str]  # major (headings), minor (body): their latin typefaces
    colours: tuple[tuple[str, str], ...]  # (dk1, "000000"), …, (accent6, "F79646"), …

    @property
    def accents(self) -> tuple[str, ...]:
        return tuple(value for slot, value in self.colours if slot.startswith("accent"))


@dataclass(frozen=True)
class Master:
    key: tuple[str, tuple[str, ...], tuple[str, ...]]  # name, layout names, picture digests
    part: str
    theme: Theme

    @property
    def name(self) -> str:
        return self.key[0]

    @property
    def layouts(self) -> tuple[str, ...]:
        return self.key[1]


@dataclass(frozen=True)
class Placeholder:
    type: str  # the `p:ph` type; "obj" where it has none
    idx: str | None
    text: str


@dataclass(frozen=True)
class SlideView:
    number: int
    kind: str  # `p:cSld/@name`
    layout: str  # its layout's name
    layout_part: str
    master_part: str
    placeholders: tuple[Placeholder, ...]

    def title(self) -> str:
        return " ".join(" ".join(p.text for p in self.placeholders if p.type in TITLE_TYPES).split())

    def body_text(self) -> str:
        """The text of its body placeholders, one after the other."""
        return "\n".join(p.text for p in self.placeholders if p.type in BODY_TYPES)


def slide_size(presentation: PresentationObject) -> tuple[float, float]:
    """The slide's width and height in points."""
    return (presentation.slide_width or 0) / EMU_PER_POINT, (presentation.slide_height or 0) / EMU_PER_POINT


def theme_of(master: Any) -> Theme:
    part = master.part.part_related_by(RT.THEME)
    root = etree.fromstring(part.blob)
    fonts = tuple(root.xpath(f"string(.//a:{kind}/a:latin/@typeface)", namespaces=NS) for kind in ("majorFont", "minorFont"))
    scheme = root.find(".//a:clrScheme", NS)
    colours = []
    for slot in scheme if scheme is not None else []:
        colour = next(iter(slot), None)
        if colour is not None:
            colours.append((etree.QName(slot).localname, (colour.get("lastClr") or colour.get("val") or "").upper()))
    return Theme(root.get("name", ""), (fonts[0], fonts[1]), tuple(colours))


def _pictures(master: Any) -> tuple[str, ...]:
    digests = [hashlib.sha1(rel.target_part.blob).hexdigest() for rel in master.part.rels.values() if rel.reltype == RT.IMAGE and not rel.is_external]
    return tuple(sorted(digests))


def masters(presentation: PresentationObject) -> list[Master]:
    return [
        Master(
            (master.name or "", tuple(layout.name for layout in master.slide_layouts), _pictures(master)),
            str(master.part.partname),
            theme_of(master),
        )
        for master in presentation.slide_masters
    ]


def layout_names(presentation: PresentationObject) -> Counter[str]:
    """Every layout's name, as many times as the deck has a layout of that name."""
    return Counter(name for master in masters(presentation) for name in master.layouts)


def _placeholder(shape: Any) -> Placeholder | None:
    ph = shape.find("./*/p:nvPr/p:ph", NS)
    if ph is None:
        return None
    paragraphs = ["".join(t.text or "" for t in p.iter(f"{{{NS['a']}}}t")) for p in shape.iterfind(".//a:p", NS)]
    return Placeholder(ph.get("type", "obj"), ph.get("idx"), "\n".join(paragraphs))


def slides(presentation: PresentationObject) -> list[SlideView]:
    views = []
    for number, slide in enumerate(presentation.slides, start=1):
        layout = slide.slide_layout
        tree = slide._element.cSld.spTree
        found = (_placeholder(shape) for shape in tree.iter(f"{{{NS['p']}}}sp", f"{{{NS['p']}}}graphicFrame"))
        views.append(
            SlideView(
                number=number,
                kind=slide._element.cSld.get("name", ""),
                layout=layout.name,
                layout_part=str(layout.part.partname),
                master_part=str(layout.slide_master.part.partname),
                placeholders=tuple(p for p in found if p is not None),
            )
        )
    return views
