"""The package deckgen saves holds what python-pptx saves for the same slides, and it is made in linear time.

Compared as pandoc's tests compare decks: part by part, each XML part as a canonical tree in which every
relationship id is replaced by what it points to (the ids are the writer's own choice), each binary part by
its bytes. Linear time is counted, never timed: while slides are added, nothing walks the slides or the
pictures already in the package (python-pptx walked every relationship to name each new part, so n slides
cost n²).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from datetime import datetime

import pytest
from lxml import etree
from PIL import Image
from pptx import Presentation
from pptx.util import Pt

from deckgen.brand import load_brand
from deckgen.render import drawing, render_deck
from deckgen.render.package import DeckPackage
from deckgen.render.skeleton import SKELETON_FILE, SLIDE_SIZE_EMU, make_skeleton, widen
from deckgen.render.slide import RT_IMAGE, SlideDrawing

from bench.bench_decks import plan_of

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NOTES_MASTER = ("ppt/notesMasters/notesMaster1.xml", "ppt/notesMasters/_rels/notesMaster1.xml.rels", "ppt/theme/theme2.xml")


def _png(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), colour).save(out, "PNG")
    return out.getvalue()


PICTURES = {0: "red", 2: "red", 3: "blue", 4: "red"}  # slide → the picture it shows: red three times, stored once
NOTES = {1: "notes 1", 3: "notes 3\nsuite", 5: "notes 5"}


def _theirs(count: int) -> dict[str, bytes]:
    presentation = Presentation()
    widen(presentation)  # the template at 16:9, as skeleton.py makes it
    for number in range(count):
        slide = presentation.slides.add_slide(presentation.slide_layouts[5])
        slide.shapes.turbo_add_enabled = True
        slide._element.cSld.set("name", "bullets")
        if number in PICTURES:
            picture = slide.shapes.add_picture(io.BytesIO(_png(PICTURES[number])), Pt(10), Pt(20), Pt(40), Pt(20))
            picture._element.nvPicPr.cNvPr.set("descr", "logo")
            picture.name = "logo"
        if number in NOTES:
            slide.notes_slide.notes_text_frame.text = NOTES[number]
    out = io.BytesIO()
    presentation.save(out)
    with zipfile.ZipFile(out) as package:
        return {name: package.read(name) for name in package.namelist()}


def _ours(count: int) -> DeckPackage:
    package = DeckPackage()
    for number in range(count):
        slide = SlideDrawing(kind="bullets", notes=NOTES.get(number))
        if number in PICTURES:
            rel_id = slide.relate(RT_IMAGE, package.picture(_png(PICTURES[number]), "png"))
            slide.add(drawing.picture(slide.new_id(), "logo", "logo", rel_id, (10, 20, 40, 20)))
        package.add(slide)
    return package


def _members(package: DeckPackage) -> dict[str, bytes]:
    return package.members(title="T", author="A", language="fr-FR", comments="", created=datetime(2025, 11, 7))


def _targets(members: dict[str, bytes], part: str) -> dict[str, str]:
    """The part's relationships: id → its target (a part's name, or the address)."""
    folder, _, leaf = part.rpartition("/")
    rels = f"{folder}/_rels/{leaf}.rels" if folder else "_rels/.rels"
    found = {}
    for rel in etree.fromstring(members.get(rels, b"<Relationships/>")).iter("{*}Relationship"):
        target = rel.get("Target")
        found[rel.get("Id")] = target if rel.get("TargetMode") == "External" else posixpath.normpath(posixpath.join(folder, target))
    return found


def resolved(members: dict[str, bytes], *, leave_out: tuple[str, ...] = ()) -> dict[str, object]:
    """Every part as compared: XML as a canonical tree whose r:ids say what they point to, a part's
    relationships as the set of (type, target), other parts as bytes. `leave_out`: parts not compared."""
    view: dict[str, object] = {}
    for name, data in members.items():
        if name in leave_out or name == "[Content_Types].xml":
            continue
        if name.endswith(".rels"):
            source = posixpath.join(posixpath.dirname(posixpath.dirname(name)), posixpath.basename(name)[: -len(".rels")])
            source = source.lstrip("/")
            rels = etree.fromstring(data).iter("{*}Relationship")
            targets = _targets(members, source)
            view[name] = sorted((rel.get("Type"), targets[rel.get("Id")]) for rel in rels if targets[rel.get("Id")] not in leave_out)
        elif name.endswith(".xml"):
            root = etree.fromstring(data)
            targets = _targets(members, name)
            for element in root.iter():
                for key, value in element.attrib.items():
                    if key.startswith(f"{{{R}}}"):
                        element.set(key, "→" + targets.get(value, "?" + value))
            view[name] = etree.tostring(root, method="c14n2")
        else:
            view[name] = data
    return view


def _content_types(members: dict[str, bytes]) -> dict[str, str]:
    root = etree.fromstring(members["[Content_Types].xml"])
    defaults = {e.get("Extension"): e.get("ContentType") for e in root.iter("{*}Default")}
    overrides = {e.get("PartName").lstrip("/"): e.get("ContentType") for e in root.iter("{*}Override")}
    return {name: overrides.get(name) or defaults[name.rpartition(".")[2]] for name in members if name != "[Content_Types].xml"}


@pytest.mark.parametrize("count", [0, 1, 6])
def test_the_package_holds_what_python_pptx_saves(count: int) -> None:
    """The same parts, each the same once relationship ids are read as what they point to; what differs is
    what deckgen writes true and python-pptx does not: the document's properties, the notes master listed
    in presentation.xml (and kept from the template when no slide has notes)."""
    ours, theirs = _members(_ours(count)), _theirs(count)
    notes = any(number < count for number in NOTES)
    unlike = ("docProps/core.xml", "docProps/app.xml", "ppt/presentation.xml") + (() if notes else NOTES_MASTER)
    assert set(ours) - set(theirs) == (set() if notes else set(NOTES_MASTER))
    assert set(theirs) == set(ours) - set(unlike) | set(unlike[:3])
    assert resolved(ours, leave_out=unlike) == resolved(theirs, leave_out=unlike)
    presentation = etree.fromstring(ours["ppt/presentation.xml"])
    listed = presentation.find("{*}notesMasterIdLst")
    assert listed is not None and listed.getprevious().tag.endswith("sldMasterIdLst")
    listed.getparent().remove(listed)
    ours["ppt/presentation.xml"] = etree.tostring(presentation)
    leave = ("docProps/core.xml", "docProps/app.xml") + (() if notes else NOTES_MASTER)
    assert resolved(ours, leave_out=leave)["ppt/presentation.xml"] == resolved(theirs, leave_out=leave)["ppt/presentation.xml"]
    assert {name: kind for name, kind in _content_types(ours).items() if name not in unlike} == {
        name: kind for name, kind in _content_types(theirs).items() if name not in unlike
    }


def test_the_slides_are_in_order_and_their_parts_where_python_pptx_saves_them() -> None:
    ours = list(_members(_ours(6)))
    slides = [name for name in ours if name.startswith("ppt/slides/slide")]
    assert slides == [f"ppt/slides/slide{n}.xml" for n in range(1, 7)]
    assert ours.index("ppt/media/image1.png") == ours.index("ppt/slides/_rels/slide1.xml.rels") + 1
    assert ours.index("ppt/notesSlides/notesSlide1.xml") == ours.index("ppt/slides/_rels/slide2.xml.rels") + 1
    assert ours[:2] == ["[Content_Types].xml", "_rels/.rels"]


def test_the_skeleton_is_the_one_python_pptx_makes() -> None:
    """skeleton.pptx is python-pptx's default template as the installed python-pptx makes it (skeleton.py)."""
    assert make_skeleton() == SKELETON_FILE.read_bytes(), "run `python -m deckgen.render.skeleton` and commit skeleton.pptx"


class _CountedList(list):
    """A list that counts how many times it is walked."""

    walks = 0

    def __iter__(self):  # noqa: ANN204
        type(self).walks += 1
        return super().__iter__()


def _walks_to_render(slides: int) -> tuple[int, int]:
    """How many times rendering walks the slides already written, and the pictures stored."""
    _CountedList.walks = 0
    original = DeckPackage.__init__

    def counted(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        original(self, *args, **kwargs)
        self.slides = _CountedList()

    DeckPackage.__init__ = counted  # type: ignore[method-assign]
    try:
        package = render_deck(plan_of(slides), load_brand("ansa"))
    finally:
        DeckPackage.__init__ = original  # type: ignore[method-assign]
    assert len(package) >= slides
    return _CountedList.walks, len(package.media)


def test_adding_slides_never_walks_the_slides_already_written() -> None:
    assert _walks_to_render(10) == _walks_to_render(40) == (0, 0)  # the logo is the template's own part: stored by no slide; no walk at all


def test_the_layouts_are_stretched_to_the_16_9_slide() -> None:
    """A slide a presenter adds in PowerPoint from one of the layouts fills the width, as on a 4:3 slide."""
    presentation = Presentation(str(SKELETON_FILE))
    assert (presentation.slide_width, presentation.slide_height) == SLIDE_SIZE_EMU
    assert presentation.part._element.sldSz.get("type") is None
    for layout in presentation.slide_layouts:
        for shape in layout.placeholders:
            if shape.left is not None and shape.width is not None:
                assert shape.left + shape.width <= SLIDE_SIZE_EMU[0]
    title = presentation.slide_layouts[1].placeholders[0]  # « Title and Content »: its title spans the slide
    assert title.left + title.width / 2 == pytest.approx(SLIDE_SIZE_EMU[0] / 2, abs=2)


def test_the_theme_is_in_the_brand_s_colours_and_fonts() -> None:
    """What PowerPoint offers a presenter adding a slide or a shape by hand: the brand, not Office's blue."""
    brand = load_brand("ansa")
    theme = _members(render_deck(plan_of(1), brand))["ppt/theme/theme1.xml"].decode()
    colours = brand.colours
    for slot, colour in (("dk1", colours.text), ("lt1", colours.background), ("accent1", colours.primary), ("accent2", colours.accent)):
        assert f'<a:{slot}><a:srgbClr val="{colour}"/></a:{slot}>' in theme
    assert f'<a:majorFont><a:latin typeface="{brand.fonts.heading.name}"/>' in theme
    assert f'<a:minorFont><a:latin typeface="{brand.fonts.body.name}"/>' in theme
    assert "Calibri" not in theme.split("<a:fmtScheme")[0]
