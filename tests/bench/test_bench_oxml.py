"""The elements the canvas copies from templates are the ones python-pptx's API writes, byte for byte."""

from __future__ import annotations

import pytest
from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.util import Pt

from deckgen.render import oxml


def _slide():  # noqa: ANN202
    presentation = Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[6])
    slide.shapes.turbo_add_enabled = True
    return slide


def _xml(element) -> bytes:  # noqa: ANN001
    return etree.tostring(element)


@pytest.mark.parametrize("bold, italic, text", [(False, False, "Un texte"), (True, False, "« 14 117 » & <b>"), (True, True, "a\tb \x07")])
def test_a_run_is_the_one_python_pptx_writes(bold: bool, italic: bool, text: str) -> None:
    theirs, ours = _slide(), _slide()
    frame = theirs.shapes.add_textbox(0, 0, Pt(100), Pt(20)).text_frame
    run = frame.paragraphs[0].add_run()
    run.text = text
    run.font.name, run.font.size, run.font.bold, run.font.italic = "Arial", Pt(21.5), bold, italic
    run.font.color.rgb = RGBColor.from_string("0B4F6C")
    run._r.get_or_add_rPr().set("lang", "fr-FR")
    p = ours.shapes.add_textbox(0, 0, Pt(100), Pt(20)).text_frame.paragraphs[0]._p
    oxml.add_run(p, text, "Arial", Pt(21.5), bold, italic, "0B4F6C", "fr-FR")
    assert _xml(ours.shapes._spTree) == _xml(theirs.shapes._spTree)


@pytest.mark.parametrize("anchor", [MSO_ANCHOR.TOP, MSO_ANCHOR.MIDDLE, MSO_ANCHOR.BOTTOM])
def test_a_text_box_and_its_paragraphs_are_the_ones_python_pptx_writes(anchor: MSO_ANCHOR) -> None:
    theirs, ours = _slide(), _slide()
    frame = theirs.shapes.add_textbox(Pt(10), Pt(20), Pt(300), Pt(40)).text_frame
    frame.word_wrap, frame.auto_size = True, MSO_AUTO_SIZE.NONE
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
    frame.vertical_anchor = anchor
    for index, align in enumerate((PP_ALIGN.LEFT, PP_ALIGN.CENTER, PP_ALIGN.RIGHT)):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.alignment, paragraph.line_spacing = align, Pt(28.8)
        paragraph.space_before, paragraph.space_after = Pt(6 * index), Pt(0)
    frame = oxml.add_textbox(ours.shapes, anchor, Pt(10), Pt(20), Pt(300), Pt(40))
    for index, align in enumerate((PP_ALIGN.LEFT, PP_ALIGN.CENTER, PP_ALIGN.RIGHT)):
        oxml.paragraph(frame, index == 0, align, Pt(28.8), Pt(6 * index), Pt(0))
    assert _xml(ours.shapes._spTree) == _xml(theirs.shapes._spTree)


@pytest.mark.parametrize(
    "kind, adjustment, line",
    [(MSO_SHAPE.RECTANGLE, None, None), (MSO_SHAPE.ROUNDED_RECTANGLE, 0.125, None), (MSO_SHAPE.OVAL, None, "D5DCE2")],
)
def test_a_painted_shape_is_the_one_python_pptx_writes(kind: MSO_SHAPE, adjustment: float | None, line: str | None) -> None:
    theirs, ours = _slide(), _slide()
    for _ in range(2):  # the second one numbered after the first
        shape = theirs.shapes.add_shape(kind, Pt(12), Pt(34), Pt(56), Pt(78))
        if adjustment is not None:
            shape.adjustments[0] = adjustment
        oxml.paint(shape, "C2410C", line)
        oxml.add_shape(ours.shapes, kind, adjustment, "C2410C", line, Pt(12), Pt(34), Pt(56), Pt(78))
    assert _xml(ours.shapes._spTree) == _xml(theirs.shapes._spTree)


def test_a_background_and_a_placed_title_are_the_ones_python_pptx_writes() -> None:
    theirs, ours = Presentation(), Presentation()
    slide = theirs.slides.add_slide(theirs.slide_layouts[5])
    fill = slide.background.fill
    fill.solid()
    fill.fore_color.rgb = RGBColor.from_string("0B4F6C")
    title = slide.shapes.title
    title.left, title.top, title.width, title.height = Pt(56), Pt(40), Pt(848), Pt(78)
    mine = ours.slides.add_slide(ours.slide_layouts[5])
    oxml.background(mine, "0B4F6C")
    placeholder = oxml.title_placeholder(mine)
    assert placeholder is not None and placeholder._element is mine.shapes.title._element
    oxml.place(placeholder, Pt(56), Pt(40), Pt(848), Pt(78))
    assert _xml(mine._element) == _xml(slide._element)
