"""A deck's package: the template's parts (masters, layouts, themes, properties of the presentation), the
deck's new parts (slides, notes, pictures, charts, as bytes), and what ties them — presentation.xml's lists,
the relationships, the content types, the document properties — written as XML trees, in a fixed order.

It knows parts, not slides' kinds: a slide is a part of the slide content type listed in the presentation.
"""

from __future__ import annotations

import importlib.util
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from lxml import etree

from . import opc
from .opc import CT, RT, Part, Relationship
from .properties import CoreProperties, app_xml, core_xml
from .template import EMU_PER_POINT, NS, R, Template

CORE = "docProps/core.xml"
APP = "docProps/app.xml"


_PRESENTATION_ORDER = (
    "sldMasterIdLst", "notesMasterIdLst", "handoutMasterIdLst", "sldIdLst", "sldSz", "notesSz", "smartTags",
    "embeddedFontLst", "custShowLst", "photoAlbum", "custDataLst", "kinsoku", "defaultTextStyle", "modifyVerifier", "extLst",
)  # fmt: skip
"""The children of p:presentation, in the schema's order."""

_NUMBERED = re.compile(r"(.*?)(\d+)\.[^./]+")


class Deck:
    """A deck being assembled on a template: names for its new parts while they are made, then its members."""

    def __init__(self, template: Template) -> None:
        self.template = template
        self._taken: dict[str, list[int]] = {}
        for name in template.package.parts:
            found = _NUMBERED.fullmatch(name)
            if found:
                self._taken.setdefault(found.group(1), []).append(int(found.group(2)))
        for numbers in self._taken.values():
            numbers.sort()
        self.adds_notes_master = template.notes_master is None
        self.notes_master = template.notes_master or self.name("ppt/notesMasters/notesMaster", 1, "xml")
        """The notes master notes slides relate to: the template's, else python-pptx's default, added when the
        first notes slide relates to it."""

    def name(self, prefix: str, number: int, extension: str) -> str:
        """The `number`-th name `prefix<n>.extension` no part of the template has (n counts from 1, skipping the
        template's own numbers, whatever their extension): ppt/media/image3.png when the template keeps image1.png."""
        for taken in self._taken.get(prefix, ()):
            if taken <= number:
                number += 1
            else:
                break
        return f"{prefix}{number}.{extension}"

    def members(self, slides: Sequence[Part], parts: Iterable[Part], core: CoreProperties, size: tuple[float, float] | None = None) -> dict[str, bytes]:
        """Every member of the deck's package, in a fixed order: the slides (parts the deck adds, their
        relationships to parts by name) in order, listed by the presentation, with `parts` (notes, pictures,
        charts) where relationships reach them; `size` (points) the slides' size, when not the template's."""
        template = self.template
        everything: dict[str, Part] = dict(template.package.parts)
        for new in (*slides, *parts):
            everything[new.name] = new
        related = {rel.target for part in everything.values() for rel in part.rels}
        added = []
        if self.adds_notes_master and self.notes_master in related:
            added = _default_notes_master(self.notes_master, self.name("ppt/theme/theme", 1, "xml"))
            everything.update((part.name, part) for part in added)
        presentation, width, height = self._presentation([slide.name for slide in slides], added[:1], size)
        everything[presentation.name] = presentation
        notes = sum(part.content_type == CT.NOTES_SLIDE for part in everything.values())
        everything[CORE] = Part(CORE, CT.CORE_PROPERTIES, core_xml(core))
        everything[APP] = Part(APP, CT.EXTENDED_PROPERTIES, app_xml(slides=len(slides), notes=notes, width=width, height=height))
        root = _with(template.package.root, [(RT.CORE_PROPERTIES, CORE), (RT.EXTENDED_PROPERTIES, APP)])
        order = list(opc.walk(root, everything))
        members = {opc.CONTENT_TYPES: opc.content_types_xml({name: everything[name].content_type for name in order})}
        members[opc.ROOT_RELS] = opc.relationships_xml(opc.ROOT_RELS, root)
        for name in order:
            part = everything[name]
            members[name] = part.data
            if part.rels:
                members[opc.rels_name(name)] = part.rels_data or opc.relationships_xml(name, part.rels)
        return members

    def _presentation(self, slides: list[str], notes_master: list[Part], size: tuple[float, float] | None) -> tuple[Part, float, float]:
        """presentation.xml listing the slides, and the notes master (when there is one: Keynote drops the
        notes of a deck whose notes master is not listed), at the slides' size."""
        main = self.template.package.parts[self.template.presentation]
        root = opc.parse(main.data, main.name)
        rels = _with(main.rels, [(RT.NOTES_MASTER, part.name) for part in notes_master] + [(RT.SLIDE, name) for name in slides])
        by_target = {rel.target: rel.rid for rel in rels}
        if self.notes_master in by_target and root.find("p:notesMasterIdLst", NS) is None:
            listed = etree.Element(f"{{{NS['p']}}}notesMasterIdLst")
            etree.SubElement(listed, f"{{{NS['p']}}}notesMasterId", {f"{{{R}}}id": by_target[self.notes_master]})
            _insert(root, listed)
        if slides:
            listed = etree.Element(f"{{{NS['p']}}}sldIdLst")
            for index, name in enumerate(slides):
                etree.SubElement(listed, f"{{{NS['p']}}}sldId", {"id": str(256 + index), f"{{{R}}}id": by_target[name]})
            _insert(root, listed)
        width, height = self.template.width, self.template.height
        if size is not None and _emu(size) != _emu((width, height)):
            width, height = size
            slide_size = root.find("p:sldSz", NS)
            if slide_size is None:
                slide_size = etree.Element(f"{{{NS['p']}}}sldSz")
                _insert(root, slide_size)
            slide_size.attrib.clear()
            slide_size.set("cx", str(_emu(size)[0]))
            slide_size.set("cy", str(_emu(size)[1]))
        return Part(main.name, CT.PRESENTATION, opc.serialise(root), rels), width, height


def _emu(size: tuple[float, float]) -> tuple[int, int]:
    return round(size[0] * EMU_PER_POINT), round(size[1] * EMU_PER_POINT)


def _with(rels: Sequence[Relationship], added: Iterable[tuple[str, str]]) -> tuple[Relationship, ...]:
    """The relationships and new ones to these targets, each numbered rId<n> with the first n not yet used."""
    used = {rel.rid for rel in rels}
    made = list(rels)
    number = 0
    for kind, target in added:
        number += 1
        while f"rId{number}" in used:
            number += 1
        made.append(Relationship(f"rId{number}", kind, target))
    return tuple(made)


def _insert(root: etree._Element, element: etree._Element) -> None:
    """A child of p:presentation where the schema wants it."""
    position = _PRESENTATION_ORDER.index(etree.QName(element).localname)
    later = set(_PRESENTATION_ORDER[position + 1 :])
    for child in root:
        if isinstance(child.tag, str) and etree.QName(child).localname in later:
            child.addprevious(element)
            return
    root.append(element)


@lru_cache(maxsize=1)
def _python_pptx_templates() -> tuple[bytes, bytes]:
    """python-pptx's notes master and its theme (data files of the installed python-pptx, found without
    importing it: its import costs a build 0.1 s), as python-pptx writes them: blank text removed."""
    spec = importlib.util.find_spec("pptx")
    assert spec is not None and spec.origin is not None, "python-pptx is a dependency of deckgen"
    folder = Path(spec.origin).parent / "templates"
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
    master, theme = (etree.fromstring((folder / name).read_bytes(), parser) for name in ("notesMaster.xml", "theme.xml"))
    return opc.serialise(master), opc.serialise(theme)


def _default_notes_master(name: str, theme: str) -> list[Part]:
    master, theme_data = _python_pptx_templates()
    return [Part(name, CT.NOTES_MASTER, master, (Relationship("rId1", RT.THEME, theme),)), Part(theme, CT.THEME, theme_data)]


# -- embedded packages ---------------------------------------------------------------------------

_DCTERMS = "http://purl.org/dc/terms/"


def dated(package: bytes, created: datetime) -> bytes:
    """An embedded package (a chart's workbook) made deterministic: its core properties dated `created`, its
    zip entries dated as the deck's, packages embedded in it likewise."""
    source = zipfile.ZipFile(io.BytesIO(package))
    members = {}
    for info in source.infolist():
        content = source.read(info.filename)
        if info.filename.endswith(".xlsx"):
            content = dated(content, created)
        elif info.filename == CORE:
            root = opc.parse(content, CORE)
            for tag in ("created", "modified"):
                for element in root.iter(f"{{{_DCTERMS}}}{tag}"):
                    element.text = created.strftime("%Y-%m-%dT%H:%M:%SZ")
            content = opc.serialise(root)
        members[info.filename] = content
    return opc.zipped(members)
