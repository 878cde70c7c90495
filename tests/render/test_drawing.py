"""The slides deckgen writes as text are the ones python-pptx's API writes, byte for byte.

Each test draws the same thing twice: once through python-pptx's object model (as the canvas did before it
wrote XML itself), once through render/drawing.py and render/slide.py, and compares the slide parts whole.
"""

from __future__ import annotations

import io

import pytest
from lxml import etree
from PIL import Image
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Pt

from deckgen.render import drawing
from deckgen.render.package import DeckPackage
from deckgen.render.slide import RT_IMAGE, SlideDrawing

_ANCHORS = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE, "bottom": MSO_ANCHOR.BOTTOM}
_ALIGNS = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER, "right": PP_ALIGN.RIGHT}
_PRESETS = {"rect": MSO_SHAPE.RECTANGLE, "roundRect": MSO_SHAPE.ROUNDED_RECTANGLE, "ellipse": MSO_SHAPE.OVAL}


def _their_slide(kind: str = "bullets"):  # noqa: ANN202 - a python-pptx slide from the title-only layout
    presentation = Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])
    slide.shapes.turbo_add_enabled = True
    slide._element.cSld.set("name", kind)
    return slide


def _blob(slide) -> bytes:  # noqa: ANN001
    return slide.part.blob


def _their_fixed_frame(frame, anchor: str) -> None:  # noqa: ANN001
    frame.word_wrap, frame.auto_size = True, MSO_AUTO_SIZE.NONE
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
    frame.vertical_anchor = _ANCHORS[anchor]


def _their_paragraph(paragraph, text: str, *, align: str, spacing: float, before: float, bold: bool, italic: bool, colour: str, plain: bool = True) -> None:  # noqa: ANN001
    paragraph.alignment = _ALIGNS[align]
    pPr = paragraph._p.get_or_add_pPr()
    pPr.set("marL", "0")  # margins and bullets written always: a body placeholder would lend its level's
    pPr.set("indent", "0")
    paragraph.line_spacing = Pt(spacing)
    paragraph.space_before, paragraph.space_after = Pt(before), Pt(0)
    if plain:
        etree.SubElement(pPr, qn("a:buNone"))
    for index, piece in enumerate(text.split("\n")):
        if index:
            paragraph._p.add_br()
        run = paragraph.add_run()
        run.text = piece
        run.font.name, run.font.size, run.font.bold, run.font.italic = "Arial", Pt(21.5), bold, italic
        run.font.color.rgb = RGBColor.from_string(colour)
        run._r.get_or_add_rPr().set("lang", "fr-FR")


def _our_paragraph(text: str, *, align: str, spacing: float, before: float, bold: bool, italic: bool, colour: str, **kwargs) -> str:  # noqa: ANN003
    style = drawing.RunStyle("Arial", 21.5, bold, italic, colour, "fr-FR")
    runs = drawing.LINE_BREAK.join(drawing.run(piece, style) for piece in text.split("\n"))
    return drawing.paragraph(runs, align=align, line_spacing=spacing, space_before=before, **kwargs)


PARAGRAPHS = [
    ("Un texte", "left", 28.8, 0.0, False, False),
    ("« 14 117 » & <b> \"cités\"", "center", 49.8, 6.0, True, False),
    ("a\tb \x07 c\nsuite", "right", 25.92, 3.5, True, True),
]


@pytest.mark.parametrize("anchor", ["top", "middle", "bottom"])
def test_a_text_box_is_the_one_python_pptx_writes(anchor: str) -> None:
    theirs, ours = _their_slide(), SlideDrawing(kind="bullets")
    for _ in range(2):  # the second numbered after the first
        frame = theirs.shapes.add_textbox(Pt(10.5), Pt(20.25), Pt(300.1), Pt(40.7)).text_frame
        _their_fixed_frame(frame, anchor)
        body = ""
        for index, (text, align, spacing, before, bold, italic) in enumerate(PARAGRAPHS):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            _their_paragraph(paragraph, text, align=align, spacing=spacing, before=before, bold=bold, italic=italic, colour="0B4F6C")
            body += _our_paragraph(text, align=align, spacing=spacing, before=before, bold=bold, italic=italic, colour="0B4F6C")
        ours.add(drawing.textbox(ours.new_id(), (10.5, 20.25, 300.1, 40.7), anchor, body))
    assert ours.xml() == _blob(theirs)


def test_bullets_and_hanging_prefixes_are_the_ones_the_canvas_wrote_with_python_pptx() -> None:
    theirs, ours = _their_slide("agenda"), SlideDrawing(kind="agenda")
    frame = theirs.shapes.add_textbox(Pt(56), Pt(146), Pt(848), Pt(300)).text_frame
    _their_fixed_frame(frame, "top")
    body = ""
    for index, level in enumerate((0, 1)):  # bullets, as the canvas wrote them into the paragraph's pPr
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        _their_paragraph(paragraph, f"point {level}", align="left", spacing=24, before=0, bold=False, italic=False, colour="1F2933", plain=False)
        indent = 0.9 * 20
        pPr = paragraph._p.get_or_add_pPr()
        pPr.set("marL", str(int(Pt((level + 1) * indent))))
        pPr.set("indent", str(int(-Pt(indent))))
        colour = etree.SubElement(pPr, qn("a:buClr"))
        etree.SubElement(colour, qn("a:srgbClr")).set("val", "C2410C")
        etree.SubElement(pPr, qn("a:buSzTx"))
        etree.SubElement(pPr, qn("a:buFont")).set("typeface", "Arial")
        etree.SubElement(pPr, qn("a:buChar")).set("char", "•" if level == 0 else "–")
        bullet = drawing.Bullet((level + 1) * indent, indent, "C2410C", "•" if level == 0 else "–")
        body += _our_paragraph(f"point {level}", align="left", spacing=24, before=0, bold=False, italic=False, colour="1F2933", bullet=bullet)
    for margin, prefix in ((80.0, 70.0), (40.0, 0.0)):  # a time hanging before its text; a plain margin
        paragraph = frame.add_paragraph()
        _their_paragraph(paragraph, "10:30\tAccueil", align="left", spacing=24, before=4, bold=False, italic=False, colour="1F2933", plain=True)
        pPr = paragraph._p.get_or_add_pPr()
        pPr.set("marL", str(int(Pt(margin))))
        pPr.set("indent", str(int(-Pt(prefix))))
        if prefix:
            tab = etree.SubElement(etree.SubElement(pPr, qn("a:tabLst")), qn("a:tab"))
            tab.set("pos", str(int(Pt(margin))))
            tab.set("algn", "l")
        hang = drawing.Hang(margin, prefix)
        body += _our_paragraph("10:30\tAccueil", align="left", spacing=24, before=4, bold=False, italic=False, colour="1F2933", hang=hang)
    ours.add(drawing.textbox(ours.new_id(), (56, 146, 848, 300), "top", body))
    assert ours.xml() == _blob(theirs)


@pytest.mark.parametrize("preset, adjustment, line", [("rect", None, None), ("roundRect", 0.15718, None), ("ellipse", None, "D5DCE2")])
def test_a_painted_shape_is_the_one_python_pptx_writes(preset: str, adjustment: float | None, line: str | None) -> None:
    theirs, ours = _their_slide("quote"), SlideDrawing(kind="quote")
    for name in ("", "Title rule"):
        shape = theirs.shapes.add_shape(_PRESETS[preset], Pt(12.3), Pt(34), Pt(56), Pt(78.9))
        if adjustment is not None:
            shape.adjustments[0] = adjustment
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string("C2410C")
        if line:
            shape.line.color.rgb = RGBColor.from_string(line)
            shape.line.width = Pt(1.5)
        else:
            shape.line.fill.background()
        shape._element.remove(shape._element.find(qn("p:style")))
        if name:
            shape.name = name
        shape_id = ours.new_id()
        ours.add(drawing.autoshape(shape_id, name or "%s %d" % (drawing.PRESETS[preset], shape_id - 1), preset, (12.3, 34, 56, 78.9), "C2410C", line, adjustment))
    assert ours.xml() == _blob(theirs)


@pytest.mark.parametrize("begin, end", [((480, 108), (480, 348)), ((480, 156), (460, 156)), ((10, 300), (200, 20))])
def test_a_line_is_the_one_python_pptx_writes(begin: tuple[float, float], end: tuple[float, float]) -> None:
    theirs, ours = _their_slide("concept_map"), SlideDrawing(kind="concept_map")
    connector = theirs.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Pt(begin[0]), Pt(begin[1]), Pt(end[0]), Pt(end[1]))
    connector.line.color.rgb = RGBColor.from_string("0B4F6C")
    connector.line.width = Pt(3)
    ours.add(drawing.connector(ours.new_id(), begin, end, "0B4F6C", 3))
    assert ours.xml() == _blob(theirs)


def test_a_background_and_a_title_written_over_what_is_drawn_are_the_ones_python_pptx_writes() -> None:
    theirs, ours = _their_slide("title"), SlideDrawing(kind="title")
    fill = theirs.background.fill
    fill.solid()
    fill.fore_color.rgb = RGBColor.from_string("0B4F6C")
    ours.background = drawing.background("0B4F6C")
    theirs.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, Pt(12), Pt(540)).fill.background()  # drawn before the title
    rect = theirs.shapes[-1]
    rect.fill.solid()
    rect.fill.fore_color.rgb = RGBColor.from_string("C2410C")
    rect.line.fill.background()
    rect._element.remove(rect._element.find(qn("p:style")))
    ours.add(drawing.autoshape(ours.new_id(), "Rectangle 2", "rect", (0, 0, 12, 540), "C2410C", None, None))
    title = theirs.shapes.title
    title.left, title.top, title.width, title.height = Pt(56), Pt(40), Pt(848), Pt(78)
    frame = title.text_frame
    frame.clear()
    _their_fixed_frame(frame, "bottom")
    _their_paragraph(frame.paragraphs[0], "Renforcer les coopérations", align="left", spacing=49.8, before=0, bold=True, italic=False, colour="FFFFFF")
    tree = theirs.shapes._spTree
    tree.remove(title._element)
    tree.append(title._element)  # the canvas brings the title above what was drawn before it
    body = _our_paragraph("Renforcer les coopérations", align="left", spacing=49.8, before=0, bold=True, italic=False, colour="FFFFFF")
    ours.add(drawing.title((56, 40, 848, 78), "bottom", body))
    ours.title_written = True
    # A placeholder's own list style sets back capitals and spacing a template's styles may set (python-pptx writes none).
    assert drawing._AS_MEASURED.encode() in ours.xml()
    assert ours.xml().replace(drawing._AS_MEASURED.encode(), b"<a:lstStyle/>") == _blob(theirs)


def test_a_slide_whose_title_is_never_written_keeps_the_empty_placeholder_first() -> None:
    theirs, ours = _their_slide("break"), SlideDrawing(kind="break")
    theirs.shapes.add_textbox(Pt(10), Pt(10), Pt(100), Pt(20))
    _their_fixed_frame(theirs.shapes[-1].text_frame, "top")
    ours.add(drawing.textbox(ours.new_id(), (10, 10, 100, 20), "top", "<a:p/>"))
    assert ours.xml() == _blob(theirs)


def _png(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), colour).save(out, "PNG")
    return out.getvalue()


def test_pictures_are_the_ones_python_pptx_writes_and_a_picture_shown_twice_is_related_once() -> None:
    theirs, ours, package = _their_slide("speakers"), SlideDrawing(kind="speakers"), DeckPackage()
    for data, alt in ((_png("red"), "Agence « ANSA »"), (_png("blue"), 'Le "logo"'), (_png("red"), "encore")):
        picture = theirs.shapes.add_picture(io.BytesIO(data), Pt(10), Pt(20), Pt(40), Pt(20))
        picture._element.nvPicPr.cNvPr.set("descr", alt)
        picture.name = alt[:60]
        rel_id = ours.relate(RT_IMAGE, package.picture(data, "png"))
        ours.add(drawing.picture(ours.new_id(), alt[:60], alt, rel_id, (10, 20, 40, 20)))
    assert ours.xml() == _blob(theirs)
    assert len(package.media) == 2 and [rid for rid, _, _ in ours.targets] == ["rId2", "rId3"]


def test_a_table_is_the_one_python_pptx_writes() -> None:
    theirs, ours = _their_slide("table"), SlideDrawing(kind="table")
    heights, widths = [72.4, 60.0], [150.0, 698.0]
    shape = theirs.shapes.add_table(2, 2, Pt(56), Pt(188), Pt(848), Pt(sum(heights)))
    table = shape.table
    table.first_row = table.horz_banding = False
    for index, width in enumerate(widths):
        table.columns[index].width = Pt(width)
    rows = []
    for index, height in enumerate(heights):
        table.rows[index].height = Pt(height)
        cells = []
        for column, (text, fill) in enumerate(((f"**Jour {index}**", "0B4F6C"), ("Lancer une démarche", "EEF3F6"))):
            cell = table.cell(index, column)
            cell.fill.solid()
            cell.fill.fore_color.rgb = RGBColor.from_string(fill)
            cell.margin_left = cell.margin_right = cell.margin_top = cell.margin_bottom = Pt(8)
            cell.vertical_anchor = 3  # middle
            cell.text_frame.word_wrap = True
            _their_paragraph(cell.text_frame.paragraphs[0], text, align="left", spacing=28.2, before=0, bold=column == 0, italic=False, colour="FFFFFF")
            paragraph = _our_paragraph(text, align="left", spacing=28.2, before=0, bold=column == 0, italic=False, colour="FFFFFF")
            cells.append(drawing.Cell(paragraph, fill, 8, "middle"))
        rows.append((height, cells))
    ours.add(drawing.table(ours.new_id(), (56, 188, 848, sum(heights)), widths, rows))
    assert ours.xml() == _blob(theirs)


@pytest.mark.parametrize("text", ["Réponse : 3. 14 117 personnes", "deux\nlignes\vcoupées", "", "a & b < c\n\nfin"])
def test_notes_are_the_ones_python_pptx_writes(text: str) -> None:
    theirs = _their_slide()
    theirs.notes_slide.notes_text_frame.text = text
    assert drawing.notes(text) == theirs.notes_slide.part.blob
