"""The package stays linear in the number of slides: counted in walks of the package, never timed.

python-pptx names parts and finds pictures by walking every relationship of the package (see
render/package.py); deckgen answers from indexes instead. These tests pin what that relies on: the
answers are python-pptx's own, and the walks do not grow with the deck.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from pptx import Presentation
from pptx.opc.package import OpcPackage
from pptx.package import Package
from pptx.util import Pt

from deckgen.brand import Brand, load_brand
from deckgen.render import render_deck
from deckgen.render.package import NotesAdder, SlideAdder, make_linear

from bench_decks import plan_of


@pytest.fixture(scope="module")
def brand() -> Brand:
    return load_brand("ansa")


@contextmanager
def counted_walks() -> Iterator[list[int]]:
    """How many times anything walks the package's relationships (`iter_rels`, which `iter_parts` uses too)."""
    calls = [0]
    original = OpcPackage.iter_rels

    def counting(self):  # noqa: ANN001, ANN202
        calls[0] += 1
        return original(self)

    OpcPackage.iter_rels = counting  # type: ignore[method-assign]
    try:
        yield calls
    finally:
        OpcPackage.iter_rels = original  # type: ignore[method-assign]


def walks_to_render(slides: int, brand: Brand) -> int:
    with counted_walks() as calls:
        render_deck(plan_of(slides), brand)
    return calls[0]


def test_rendering_walks_the_package_a_fixed_number_of_times_whatever_the_slides(brand: Brand) -> None:
    # Each slide has speaker notes (a notes-slide part to name) or the brand's logo (a picture to look up):
    # python-pptx alone walks the package once per notes slide and once per picture, so 3 × the slides, 3 × the walks.
    few, many = walks_to_render(12, brand), walks_to_render(36, brand)
    assert few == many
    assert many <= 4  # the first notes-slide name, the first picture name and the first picture lookup


def test_python_pptx_alone_walks_once_per_part_added(brand: Brand) -> None:
    """The behaviour the override exists for: if python-pptx stopped walking, the override could go."""
    presentation = Presentation()
    layout = presentation.slide_layouts[5]
    with counted_walks() as calls:
        for number in range(10):
            slide = presentation.slides.add_slide(layout)
            slide.notes_slide.notes_text_frame.text = f"notes {number}"
    assert calls[0] >= 10


def test_the_names_are_the_ones_python_pptx_gives(brand: Brand) -> None:
    presentation = render_deck(plan_of(12), brand)
    package = presentation.part.package
    for template in ("/ppt/notesSlides/notesSlide%d.xml", "/ppt/charts/chart%d.xml", "/ppt/theme/theme%d.xml"):
        assert package.next_partname(template) == OpcPackage.next_partname(package, template)
    assert package.next_image_partname("png") == Package.next_image_partname(package, "png")


def test_a_picture_placed_twice_is_one_part_found_without_walking(brand: Brand) -> None:
    presentation = Presentation()
    make_linear(presentation.part.package)
    layout = presentation.slide_layouts[5]
    logo = brand.logo.read_bytes()
    first = presentation.slides.add_slide(layout).shapes.add_picture(io.BytesIO(logo), 0, 0)
    with counted_walks() as calls:
        for _ in range(5):
            again = presentation.slides.add_slide(layout).shapes.add_picture(io.BytesIO(logo), 0, 0)
    assert calls[0] == 0
    assert again.image.sha1 == first.image.sha1
    assert first._element.blipFill.blip.rEmbed and again.part.related_part(again._element.blipFill.blip.rEmbed) is first.part.related_part(first._element.blipFill.blip.rEmbed)


def _package(presentation) -> dict[str, bytes]:  # noqa: ANN001
    buffer = io.BytesIO()
    presentation.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist() if not name.startswith("docProps/")}


def test_slides_and_notes_are_added_as_python_pptx_adds_them() -> None:
    ours, theirs = Presentation(), Presentation()
    slides, notes = SlideAdder(ours), NotesAdder(ours)
    for number in range(6):
        slide = slides.add(ours.slide_layouts[5])
        slide.shapes.add_textbox(Pt(10), Pt(10), Pt(100), Pt(20)).text_frame.text = f"slide {number}"
        if number % 2:
            notes.add(slide).notes_text_frame.text = f"notes {number}"
        slide = theirs.slides.add_slide(theirs.slide_layouts[5])
        slide.shapes.add_textbox(Pt(10), Pt(10), Pt(100), Pt(20)).text_frame.text = f"slide {number}"
        if number % 2:
            slide.notes_slide.notes_text_frame.text = f"notes {number}"
    assert _package(ours) == _package(theirs)


def test_a_slide_once_drawn_is_kept_as_its_xml_and_read_back_on_demand(brand: Brand) -> None:
    presentation = render_deck(plan_of(3), brand)
    part = presentation.part.related_part(presentation.part._element.sldIdLst[0].rId)
    assert "_tree" not in part.__dict__  # drawn: kept as text only
    kept = part.blob
    assert presentation.slides[0].shapes.title.text_frame.text == "Diapositive 0"  # read back: a tree again
    assert "_tree" in part.__dict__ and part.blob == kept
