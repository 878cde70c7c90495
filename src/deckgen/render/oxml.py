"""Elements the canvas writes on every slide, made once by python-pptx and copied, not rebuilt each time.

python-pptx builds a run by adding each element and attribute through its object model: for one run of
text, its font's name, size, weight, slant and colour, that is a dozen child lookups in schema order and
as many element proxies; the same for a paragraph's alignment and spacing, and for a shape's fill and
outline, and a slide's background. A deck repeats a few dozen combinations of them thousands of times. So the first time a
combination is asked for, python-pptx's own API makes it, exactly as the canvas used to; after that the
element is copied (lxml, in C) and only what differs is set: a run's text, a shape's id, name and box.
The XML is the same, byte for byte (the reference deck and the benchmark's decks are compared with and
without these copies); tests/bench/test_bench_oxml.py pins it element by element.
"""

from __future__ import annotations

from functools import lru_cache

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.oxml.shapes.autoshape import CT_Shape
from pptx.oxml.text import CT_RegularTextRun
from pptx.oxml.slide import CT_Slide
from pptx.oxml.xmlchemy import OxmlElement
from pptx.shapes.autoshape import AutoShapeType, Shape
from pptx.slide import Slide, _Background
from pptx.text.text import TextFrame, _Paragraph
from pptx.util import Length

_T, _P, _PPR = qn("a:t"), qn("a:p"), qn("a:pPr")
_END_PARA = qn("a:endParaRPr")
_EXT_LIST = qn("p:extLst")
_C_NV_PR, _XFRM = qn("p:cNvPr"), qn("a:xfrm")
_OFF, _EXT = qn("a:off"), qn("a:ext")
_escape = CT_RegularTextRun._escape_ctrl_chars


def _copy(element: etree._Element) -> etree._Element:
    """A deep copy of the element (lxml's `__copy__` is deep), without `copy.deepcopy`'s bookkeeping."""
    return element.__copy__()


def _new_paragraph() -> _Paragraph:
    return _Paragraph(parse_xml(f"<a:p {nsdecls('a')}/>"), None)


@lru_cache(maxsize=1024)
def _run(font: str, size: Length, bold: bool, italic: bool, colour: str, language: str) -> etree._Element:
    r = _new_paragraph().add_run()
    f = r.font
    f.name = font
    f.size = size
    f.bold = bold
    f.italic = italic
    f.color.rgb = RGBColor.from_string(colour)
    r._r.get_or_add_rPr().set("lang", language)
    return r._r


def add_run(p: etree._Element, text: str, font: str, size: Length, bold: bool, italic: bool, colour: str, language: str) -> None:
    """`paragraph.add_run()` with its text and font set, as the canvas sets them."""
    r = _copy(_run(font, size, bold, italic, colour, language))
    r.find(_T).text = _escape(text)
    end = p.find(_END_PARA)
    if end is None:
        p.append(r)
    else:
        end.addprevious(r)


@lru_cache(maxsize=1024)
def _properties(align: PP_ALIGN, line_spacing: Length, space_before: Length, space_after: Length) -> etree._Element:
    paragraph = _new_paragraph()
    paragraph.alignment = align
    paragraph.line_spacing = line_spacing
    paragraph.space_before = space_before
    paragraph.space_after = space_after
    return paragraph._p.pPr


def paragraph(frame: TextFrame, first: bool, align: PP_ALIGN, line_spacing: Length, space_before: Length, space_after: Length) -> etree._Element:
    """The frame's first paragraph (`first`) or a new one, its alignment and spacing set; returns its `a:p`.

    As `frame.paragraphs[0]` or `frame.add_paragraph()`, then `.alignment`, `.line_spacing`, `.space_before`
    and `.space_after`. A first paragraph that already has properties is given them by python-pptx.
    """
    body = frame._txBody
    if first:
        p = body.find(_P)
        if p.find(_PPR) is not None:
            para = _Paragraph(p, frame)
            para.alignment, para.line_spacing, para.space_before, para.space_after = align, line_spacing, space_before, space_after
            return p
    else:
        p = body.add_p()
    p.insert(0, _copy(_properties(align, line_spacing, space_before, space_after)))
    return p


_AUTOFIT = frozenset(qn(tag) for tag in ("a:noAutofit", "a:normAutofit", "a:spAutoFit"))
_AFTER_AUTOFIT = frozenset(qn(tag) for tag in ("a:scene3d", "a:sp3d", "a:flatTx", "a:extLst"))
_ANCHOR_XML = {MSO_ANCHOR.TOP: "t", MSO_ANCHOR.MIDDLE: "ctr", MSO_ANCHOR.BOTTOM: "b"}


def fixed_frame(frame: TextFrame, anchor: MSO_ANCHOR) -> None:
    """Wrapped, never auto-fitted, no insets, anchored: as `word_wrap = True`, `auto_size = MSO_AUTO_SIZE.NONE`,
    the four margins set to 0 (left, right, top, bottom) and `vertical_anchor`, in that order."""
    body_pr = frame._txBody.bodyPr
    body_pr.set("wrap", "square")
    for child in [c for c in body_pr if c.tag in _AUTOFIT]:
        body_pr.remove(child)
    after = next((c for c in body_pr if c.tag in _AFTER_AUTOFIT), None)
    autofit = OxmlElement("a:noAutofit")
    if after is None:
        body_pr.append(autofit)
    else:
        after.addprevious(autofit)
    for side in ("lIns", "rIns", "tIns", "bIns"):
        body_pr.set(side, "0")
    body_pr.set("anchor", _ANCHOR_XML[anchor])



@lru_cache(maxsize=256)
def _shape(kind: MSO_SHAPE, adjustment: float | None, fill: str, line: str | None) -> etree._Element:
    """An autoshape as `shapes.add_shape` makes it, adjusted and painted as the canvas paints it."""
    autoshape = AutoShapeType(kind)
    sp = CT_Shape.new_autoshape_sp(0, "", autoshape.prst, 0, 0, 0, 0)
    shape = Shape(sp, None)
    if adjustment is not None:
        shape.adjustments[0] = adjustment
    paint(shape, fill, line)
    return sp


def paint(shape: Shape, fill: str, line: str | None) -> None:
    """A solid fill and a hairline or no outline; the theme's style reference removed (a shadow in some clients)."""
    shape.fill.solid()
    shape.fill.fore_color.rgb = RGBColor.from_string(fill)
    if line:
        shape.line.color.rgb = RGBColor.from_string(line)
        shape.line.width = Length(19050)  # 1.5 pt
    else:
        shape.line.fill.background()
    style = shape._element.find(qn("p:style"))
    if style is not None:
        shape._element.remove(style)


for _template in (CT_Shape.new_autoshape_sp(0, "", "rect", 0, 0, 0, 0), CT_Shape.new_textbox_sp(0, "", 0, 0, 0, 0)):
    assert [_template[0][0].tag, _template[1][0].tag, _template[1][0][0].tag, _template[1][0][1].tag] == [_C_NV_PR, _XFRM, _OFF, _EXT]


@lru_cache(maxsize=4)
def _textbox(anchor: MSO_ANCHOR) -> etree._Element:
    sp = CT_Shape.new_textbox_sp(0, "", 0, 0, 0, 0)
    fixed_frame(TextFrame(sp.txBody, None), anchor)
    return sp


def _placed(template: etree._Element, tree: etree._Element, shape_id: int, name: str, x: Length, y: Length, cx: Length, cy: Length) -> etree._Element:
    """A copy of the shape with its id, name and box, added to the shape tree as `insert_element_before(sp, "p:extLst")`.

    Both templates are `p:sp` elements whose `p:nvSpPr/p:cNvPr` and `p:spPr/a:xfrm/(a:off, a:ext)` come first.
    """
    sp = _copy(template)
    c_nv_pr = sp[0][0]
    c_nv_pr.set("id", "%d" % shape_id)
    c_nv_pr.set("name", name)
    xfrm = sp[1][0]
    off, ext = xfrm[0], xfrm[1]
    off.set("x", "%d" % x)
    off.set("y", "%d" % y)
    ext.set("cx", "%d" % cx)
    ext.set("cy", "%d" % cy)
    extensions = tree.find(_EXT_LIST)
    if extensions is None:
        tree.append(sp)
    else:
        extensions.addprevious(sp)
    return sp


def add_shape(shapes, kind: MSO_SHAPE, adjustment: float | None, fill: str, line: str | None, x: Length, y: Length, cx: Length, cy: Length) -> etree._Element:  # noqa: ANN001
    """`shapes.add_shape(kind, x, y, cx, cy)`, its first adjustment set, painted; returns its `p:sp`."""
    shape_id = shapes._next_shape_id
    name = "%s %d" % (AutoShapeType(kind).basename, shape_id - 1)
    return _placed(_shape(kind, adjustment, fill, line), shapes._spTree, shape_id, name, x, y, cx, cy)


def add_textbox(shapes, anchor: MSO_ANCHOR, x: Length, y: Length, cx: Length, cy: Length) -> TextFrame:  # noqa: ANN001
    """`shapes.add_textbox(x, y, cx, cy)` whose frame is then made `fixed_frame(frame, anchor)`; returns the frame."""
    shape_id = shapes._next_shape_id
    sp = _placed(_textbox(anchor), shapes._spTree, shape_id, "TextBox %d" % (shape_id - 1), x, y, cx, cy)
    return TextFrame(sp.txBody, None)


@lru_cache(maxsize=64)
def _background(colour: str) -> etree._Element:
    c_sld = CT_Slide.new().cSld
    fill = _Background(c_sld).fill
    fill.solid()
    fill.fore_color.rgb = RGBColor.from_string(colour)
    return c_sld.bg


def background(slide: Slide, colour: str) -> None:
    """`slide.background.fill.solid()` and its colour: the slide's `p:bg`, first in its `p:cSld`."""
    c_sld = slide._element.cSld
    if c_sld.bg is not None:  # a background set twice: python-pptx replaces it
        fill = slide.background.fill
        fill.solid()
        fill.fore_color.rgb = RGBColor.from_string(colour)
        return
    c_sld.insert(0, _copy(_background(colour)))


_TITLE = etree.XPath("./*[*/p:nvPr/p:ph[not(@idx) or @idx = '0']][1]", namespaces={"p": "http://schemas.openxmlformats.org/presentationml/2006/main"})


def title_placeholder(slide: Slide):  # noqa: ANN201 - python-pptx's placeholder shape, or None
    """`slide.shapes.title`: the first placeholder of index 0, found by one XPath instead of a look at each shape."""
    found = _TITLE(slide.shapes._spTree)
    return slide.shapes._shape_factory(found[0]) if found else None


def place(shape: Shape, x: Length, y: Length, cx: Length, cy: Length) -> None:
    """`shape.left, shape.top, shape.width, shape.height = x, y, cx, cy` for a shape without a position of its
    own yet (a placeholder just cloned from its layout): `a:xfrm` with `a:off` and `a:ext`, as those setters add them."""
    sp_pr = shape._element.spPr
    if len(sp_pr):  # it has properties already: python-pptx puts the position among them
        shape.left, shape.top, shape.width, shape.height = x, y, cx, cy
        return
    xfrm = etree.SubElement(sp_pr, _XFRM)
    etree.SubElement(xfrm, _OFF, x="%d" % x, y="%d" % y)
    etree.SubElement(xfrm, _EXT, cx="%d" % cx, cy="%d" % cy)
