"""The package deckgen saves is the one python-pptx saves for the same slides, and it is made in linear time.

Linear time is counted, never timed: while slides are added, nothing walks the slides or the pictures
already in the package (python-pptx walked every relationship to name each new part, so n slides cost n²).
"""

from __future__ import annotations

import io
import zipfile

import pytest
from PIL import Image
from pptx import Presentation
from pptx.opc.spec import default_content_types
from pptx.util import Pt

from deckgen.brand import load_brand
from deckgen.render import drawing, render_deck
from deckgen.render.package import DEFAULT_TYPES, DeckPackage
from deckgen.render.skeleton import SKELETON_FILE, SLIDE_SIZE_EMU, make_skeleton, widen
from deckgen.render.slide import RT_IMAGE, SlideDrawing

from bench.bench_decks import plan_of


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
        return {name: package.read(name) for name in package.namelist() if name != "docProps/core.xml"}


def _ours(count: int) -> DeckPackage:
    package = DeckPackage()
    for number in range(count):
        slide = SlideDrawing(kind="bullets", notes=NOTES.get(number))
        if number in PICTURES:
            rel_id = slide.relate(RT_IMAGE, package.picture(_png(PICTURES[number]), "png"))
            slide.add(drawing.picture(slide.new_id(), "logo", "logo", rel_id, (10, 20, 40, 20)))
        package.add(slide)
    return package


@pytest.mark.parametrize("count", [0, 1, 6])
def test_the_package_is_the_one_python_pptx_saves(count: int) -> None:
    ours = _ours(count).members(core=b"")
    del ours["docProps/core.xml"]
    theirs = _theirs(count)
    assert list(ours) == list(theirs)  # the same members in the same order
    assert ours == theirs


def test_the_core_properties_are_the_deck_s() -> None:
    core = DeckPackage().skeleton.core(title="A & B", author="ANSA", language="fr-FR", comments="made", created=__import__("datetime").datetime(2025, 11, 7))
    text = core.decode()
    assert "<dc:title>A &amp; B</dc:title>" in text and "<dc:creator>ANSA</dc:creator>" in text
    assert "<dc:language>fr-FR</dc:language>" in text and text.count("2025-11-07T00:00:00Z") == 2 and "@@" not in text


def test_the_skeleton_is_the_one_python_pptx_makes() -> None:
    """skeleton.pptx is python-pptx's default template as the installed python-pptx makes it (skeleton.py)."""
    assert make_skeleton() == SKELETON_FILE.read_bytes(), "run `python -m deckgen.render.skeleton` and commit skeleton.pptx"


def test_the_default_content_types_are_python_pptx_s() -> None:
    assert set(DEFAULT_TYPES.items()) <= set(default_content_types)


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
    assert _walks_to_render(10) == _walks_to_render(40) == (0, 1)  # one logo, stored once; no walk at all


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
    theme = render_deck(plan_of(1), brand).members(core=b"")["ppt/theme/theme1.xml"].decode()
    colours = brand.colours
    for slot, colour in (("dk1", colours.text), ("lt1", colours.background), ("accent1", colours.primary), ("accent2", colours.accent)):
        assert f'<a:{slot}><a:srgbClr val="{colour}"/></a:{slot}>' in theme
    assert f'<a:majorFont><a:latin typeface="{brand.fonts.heading.name}"/>' in theme
    assert f'<a:minorFont><a:latin typeface="{brand.fonts.body.name}"/>' in theme
    assert "Calibri" not in theme.split("<a:fmtScheme")[0]
