"""Which slides two builds of a deck share: one digest per slide, of the slide and every part it uses; and a
deck of some of its slides alone.

Watch compares two builds with the digests (which slides an edit changed); the preview, the deck its pictures
show with the deck it is asked to draw (which pages to rasterise again), and it draws those from a deck of
them alone.
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import zipfile
from xml.etree import ElementTree

from lxml import etree

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _rels_of(part: str) -> str:
    """The name of the part that holds `part`'s relationships."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def _targets(package: zipfile.ZipFile, names: set[str], part: str) -> list[tuple[str, str]]:
    """(relationship id, part) of what `part` points at inside the package, sorted."""
    folder, rels = posixpath.dirname(part), _rels_of(part)
    if rels not in names:
        return []
    found = []
    for rel in ElementTree.fromstring(package.read(rels)):
        if rel.get("TargetMode") != "External":
            found.append((rel.get("Id", ""), posixpath.normpath(posixpath.join(folder, rel.get("Target", "")))))
    return sorted(found)


def slide_digests(deck: bytes) -> tuple[str, ...]:
    """One digest per slide, in order, of the slide and every part it uses (pictures, charts, notes, layout,
    master, theme), each with its relationships: equal digests, equal slides, wherever the slide stands and
    whatever the other slides are. Builds are deterministic, so this compares two builds."""
    with zipfile.ZipFile(io.BytesIO(deck)) as package:
        names = set(package.namelist())
        hashes: dict[str, str] = {}
        uses: dict[str, list[str]] = {}

        def read(part: str) -> None:
            """The hash of `part` with its relationships, and the parts it uses, once."""
            if part not in hashes:
                content = hashlib.sha256(package.read(part))
                if _rels_of(part) in names:
                    content.update(package.read(_rels_of(part)))
                hashes[part] = content.hexdigest()
                uses[part] = [target for _rid, target in _targets(package, names, part) if target in names]

        def digest(slide: str) -> str:
            reached, pending = set(), [slide]
            while pending:
                part = pending.pop()
                if part not in reached:
                    reached.add(part)
                    read(part)
                    pending.extend(uses[part])
            return hashlib.sha256("".join(f"{part}={hashes[part]};" for part in sorted(reached)).encode()).hexdigest()

        rels = dict(_targets(package, names, "ppt/presentation.xml"))
        order = ElementTree.fromstring(package.read("ppt/presentation.xml")).iter(f"{_P}sldId")
        return tuple(digest(rels[slide.get(f"{_R}id", "")]) for slide in order)


def slides_alone(deck: bytes, numbers: tuple[int, ...]) -> bytes | None:
    """A deck of slides `numbers` (from 1) of `deck` alone, in the deck's order, each looking as it does in the
    whole deck: its slide-number fields written out as its number there. None when a slide would not look
    the same: a master or layout draws a slide number itself (outside a placeholder), which only the whole
    deck numbers right.

    Why: LibreOffice's time to open a deck grows with its slides; a preview redraws the slides an edit
    changed from this small deck rather than from the whole one."""
    with zipfile.ZipFile(io.BytesIO(deck)) as package:
        names = package.namelist()
        if any(_numbers_every_slide(package.read(name)) for name in names if _is_master_or_layout(name)):
            return None
        rels = dict(_targets(package, set(names), "ppt/presentation.xml"))
        presentation = etree.fromstring(package.read("ppt/presentation.xml"))
        listed = presentation.find(f"{_P}sldIdLst")
        assert listed is not None, "a built deck lists its slides"
        rewritten: dict[str, bytes] = {}
        for number, entry in enumerate(list(listed), 1):
            if number in numbers:
                part = rels[entry.get(f"{_R}id", "")]
                rewritten[part] = _numbered(package.read(part), number)
            else:
                listed.remove(entry)
        rewritten["ppt/presentation.xml"] = etree.tostring(presentation, xml_declaration=True, encoding="UTF-8", standalone=True)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as alone:  # stored: it lives a moment, for LibreOffice alone
            for name in names:
                alone.writestr(name, rewritten.get(name) or package.read(name))
        return out.getvalue()


def _is_master_or_layout(name: str) -> bool:
    return name.startswith(("ppt/slideMasters/", "ppt/slideLayouts/")) and name.endswith(".xml")


def _slide_number_fields(root: etree._Element) -> list[etree._Element]:
    return [field for field in root.iter(f"{_A}fld") if field.get("type") == "slidenum"]


def _numbers_every_slide(xml: bytes) -> bool:
    """Whether this master or layout draws a slide number on its slides: a slide-number field in a shape that
    is not a placeholder (placeholders are drawn by the slides that fill them)."""
    if b'type="slidenum"' not in xml:
        return False
    for field in _slide_number_fields(etree.fromstring(xml)):
        shape = next(field.iterancestors(f"{_P}sp"), None)
        if shape is None or shape.find(f"{_P}nvSpPr/{_P}nvPr/{_P}ph") is None:
            return True
    return False


def _numbered(xml: bytes, number: int) -> bytes:
    """The slide with each slide-number field replaced by a run of `number`, in the field's character format."""
    if b'type="slidenum"' not in xml:
        return xml
    root = etree.fromstring(xml)
    for field in _slide_number_fields(root):
        run = etree.Element(f"{_A}r")
        properties = field.find(f"{_A}rPr")
        if properties is not None:
            run.append(properties)
        etree.SubElement(run, f"{_A}t").text = str(number)
        run.tail = field.tail
        field.getparent().replace(field, run)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
