"""Accessibility of the reference deck: titles, alt text, language, reading order."""

from __future__ import annotations

from pptx import Presentation
from pptx.oxml.ns import qn

from deckgen.build import BuildResult


def test_every_slide_has_a_title_placeholder_with_text(reference_deck: BuildResult) -> None:
    for number, slide in enumerate(Presentation(str(reference_deck.output)).slides, start=1):
        title = slide.shapes.title
        assert title is not None and title.text_frame.text.strip(), f"slide {number}"


def test_every_picture_has_alt_text(reference_deck: BuildResult) -> None:
    pictures = [
        shape for slide in Presentation(str(reference_deck.output)).slides for shape in slide.shapes if shape.shape_type == 13
    ]
    assert pictures
    assert all(shape._element.nvPicPr.cNvPr.get("descr", "").strip() for shape in pictures)


def test_every_run_carries_the_decks_language(reference_deck: BuildResult) -> None:
    for number, slide in enumerate(Presentation(str(reference_deck.output)).slides, start=1):
        runs = slide._element.findall(".//" + qn("a:r"))
        assert runs, f"slide {number}"
        assert {run.find(qn("a:rPr")).get("lang") for run in runs} == {"fr-FR"}, f"slide {number}"


def test_reading_order_follows_the_eye(reference_deck: BuildResult) -> None:
    """Screen readers read shapes in the file's order: it must never jump back up the slide, except to start
    the next column (the next card of a row)."""
    for number, slide in enumerate(Presentation(str(reference_deck.output)).slides, start=1):
        shapes = [s for s in slide.shapes if (s.has_text_frame and s.text_frame.text.strip()) or s.shape_type == 13]
        for before, after in zip(shapes, shapes[1:]):
            goes_back_up = after.top + after.height <= before.top
            next_column = after.left >= before.left + before.width - 1
            assert not goes_back_up or next_column, f"slide {number}: {after.name!r} is read after {before.name!r}, which is below it"
