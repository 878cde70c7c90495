"""DrawingML as text: the shapes, paragraphs and runs of a slide, written as python-pptx writes them.

python-pptx builds a slide through an object model over lxml: each run, paragraph property and shape is
an element added child by child in schema order, through proxies — about 1.6 ms a slide, most of a large
deck's build, and 0.1 s of imports before the first one. deckgen writes only a handful of shapes (text
boxes, filled rectangles and ovals, lines, pictures, tables, the title placeholder), so they are written
here as text, from the templates python-pptx itself uses, with the same attributes in the same order.
tests/render/test_drawing.py builds each of them again through python-pptx's API and compares the XML,
element by element: a change of python-pptx or of these templates that makes them differ fails there.

Lengths are in points on the way in and EMU on the way out, truncated as python-pptx's `Pt()` truncates.
"""

from __future__ import annotations

import re

from msgspec import Struct

EMU_PER_POINT = 12700


def emu(points: float) -> int:
    """Points → EMU, as `pptx.util.Pt` (truncated, not rounded)."""
    return int(points * EMU_PER_POINT)


def centipoints(points: float) -> int:
    """Points → hundredths of a point, through EMU as python-pptx goes (`Pt(x).centipoints`)."""
    return emu(points) // 127


_CONTROL = re.compile(r"[\x00-\x08\x0B-\x1F]")


def _control(match: re.Match[str]) -> str:
    return "_x%04X_" % ord(match.group(0))


def escape_text(text: str) -> str:
    """Element text as lxml writes it, control characters first made `_xHHHH_` as python-pptx does for a run
    (XML cannot hold them; PowerPoint reads the escape back)."""
    text = _CONTROL.sub(_control, text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


_ATTRIBUTE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def escape_attribute(value: str) -> str:
    """An attribute's value as lxml writes it between double quotes."""
    return value.translate(_ATTRIBUTE)


# -- text --------------------------------------------------------------------------------------


class RunStyle(Struct, frozen=True):
    font: str
    size: float  # points
    bold: bool
    italic: bool
    colour: str  # hex
    language: str
    link: str | None = None  # the relationship id of the address a click opens


def run(text: str, style: RunStyle) -> str:
    """`a:r` with its font's name, size, weight, slant, colour and language, as the canvas sets them, and the
    link it opens if any (`run.hyperlink.address`, its relationship made by the slide)."""
    link = f'<a:hlinkClick r:id="{style.link}"/>' if style.link else ""
    return (
        f'<a:r><a:rPr sz="{centipoints(style.size)}" b="{int(style.bold)}" i="{int(style.italic)}" lang="{style.language}">'
        f'<a:solidFill><a:srgbClr val="{style.colour}"/></a:solidFill><a:latin typeface="{escape_attribute(style.font)}"/>'
        f"{link}</a:rPr><a:t>{escape_text(text)}</a:t></a:r>"
    )


LINE_BREAK = "<a:br/>"

_ALIGN = {"left": "l", "center": "ctr", "right": "r"}


class Bullet(Struct, frozen=True):
    margin: float  # points: where the text starts
    indent: float  # points: how far the bullet hangs left of it
    colour: str
    char: str


class Hang(Struct, frozen=True):
    margin: float  # points
    prefix_width: float  # points the first line's prefix hangs left of the margin; a tab stop at the margin


def paragraph(
    runs: str, *, align: str, line_spacing: float, space_before: float, bullet: Bullet | None = None, hang: Hang | None = None
) -> str:
    """`a:p`: its alignment, exact line spacing and space before (points), a bullet or a hanging margin, its runs.

    Margins and bullets are always written: in a template's body placeholder a paragraph would otherwise take
    its level's margin and bullet from the master (measured text must not move)."""
    margin, indent, extra = 0, 0, "<a:buNone/>"
    if bullet is not None:
        margin, indent = emu(bullet.margin), -emu(bullet.indent)
        extra = (
            f'<a:buClr><a:srgbClr val="{bullet.colour}"/></a:buClr><a:buSzTx/><a:buFont typeface="Arial"/>'
            f'<a:buChar char="{escape_attribute(bullet.char)}"/>'
        )
    elif hang is not None:
        margin, indent = emu(hang.margin), -emu(hang.prefix_width)
        if hang.prefix_width:  # an explicit stop at the margin: the prefix's tab lands there in every client
            extra += f'<a:tabLst><a:tab pos="{emu(hang.margin)}" algn="l"/></a:tabLst>'
    return (
        f'<a:p><a:pPr algn="{_ALIGN[align]}" marL="{margin}" indent="{indent}"><a:lnSpc><a:spcPts val="{centipoints(line_spacing)}"/></a:lnSpc>'
        f'<a:spcBef><a:spcPts val="{centipoints(space_before)}"/></a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft>'
        f"{extra}</a:pPr>{runs}</a:p>"
    )


_ANCHOR = {"top": "t", "middle": "ctr", "bottom": "b"}


def fixed_body(anchor: str) -> str:
    """`a:bodyPr` wrapped, never auto-fitted, without insets, anchored: what the canvas measured for."""
    return f'<a:bodyPr wrap="square" lIns="0" rIns="0" tIns="0" bIns="0" anchor="{_ANCHOR[anchor]}"><a:noAutofit/></a:bodyPr>'


# -- shapes ------------------------------------------------------------------------------------


def _xfrm(x: float, y: float, w: float, h: float, flips: str = "") -> str:
    return f'<a:xfrm{flips}><a:off x="{emu(x)}" y="{emu(y)}"/><a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm>'


def _names(shape_id: int, name: str, descr: str | None = None) -> str:
    described = "" if descr is None else f' descr="{escape_attribute(descr)}"'
    return f'<p:cNvPr id="{shape_id}" name="{escape_attribute(name)}"{described}/>'


def _solid(colour: str) -> str:
    return f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>'


PRESETS = {"rect": "Rectangle", "roundRect": "Rounded Rectangle", "ellipse": "Oval"}
"""The preset geometries the canvas draws, with the name python-pptx gives their shapes."""


def autoshape(shape_id: int, name: str, preset: str, box: tuple[float, float, float, float], fill: str, line: str | None, adjustment: float | None) -> str:
    """A filled preset shape with a hairline or no outline, its empty text centred, without the theme's style
    (a shadow in some clients): `shapes.add_shape` then the canvas's `paint`."""
    guides = f'<a:avLst><a:gd name="adj" fmla="val {int(adjustment * 100000)}"/></a:avLst>' if adjustment is not None else "<a:avLst/>"
    outline = f'<a:ln w="19050">{_solid(line)}</a:ln>' if line else "<a:ln><a:noFill/></a:ln>"
    return (
        f"<p:sp><p:nvSpPr>{_names(shape_id, name)}<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>{_xfrm(*box)}"
        f'<a:prstGeom prst="{preset}">{guides}</a:prstGeom>{_solid(fill)}{outline}</p:spPr>'
        '<p:txBody><a:bodyPr rtlCol="0" anchor="ctr"/><a:lstStyle/><a:p><a:pPr algn="ctr"/></a:p></p:txBody></p:sp>'
    )


def textbox(shape_id: int, box: tuple[float, float, float, float], anchor: str, paragraphs: str, *, name: str | None = None) -> str:
    """`shapes.add_textbox` with a fixed frame (`fixed_body`) holding the paragraphs; named `name` (the canvas
    names it by the role of its text) or, as python-pptx names it, « TextBox n »."""
    return (
        f'<p:sp><p:nvSpPr>{_names(shape_id, name or "TextBox %d" % (shape_id - 1))}<p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
        f'<p:spPr>{_xfrm(*box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
        f"<p:txBody>{fixed_body(anchor)}<a:lstStyle/>{paragraphs}</p:txBody></p:sp>"
    )


TITLE_ID = 2
"""The title placeholder, cloned from the layout first, takes the first id after the shape tree's."""

TITLE_PLACEHOLDER = (("type", "title"),)
"""A title placeholder's `p:ph` attributes where the layout's are not known."""


def _placeholder_head(shape_id: int, name: str, placeholder: tuple[tuple[str, str], ...]) -> str:
    attributes = "".join(f' {key}="{escape_attribute(value)}"' for key, value in placeholder)
    return (
        f'<p:sp><p:nvSpPr>{_names(shape_id, name)}<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
        f"<p:nvPr><p:ph{attributes}/></p:nvPr></p:nvSpPr>"
    )


def empty_title(placeholder: tuple[tuple[str, str], ...] = TITLE_PLACEHOLDER) -> str:
    """The layout's title placeholder as python-pptx clones it onto a new slide, before anything is written in it."""
    return f"{_placeholder_head(TITLE_ID, 'Title 1', placeholder)}<p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p/></p:txBody></p:sp>"


def placeholder(
    shape_id: int, name: str, placeholder: tuple[tuple[str, str], ...], box: tuple[float, float, float, float], anchor: str, paragraphs: str,
    *, bare: bool = False,
) -> str:
    """A placeholder of the slide's layout (its title, a body, the footer, the number), placed and holding the
    paragraphs in a fixed frame; what deckgen does not set (its fill, its outline) it takes from the layout,
    unless `bare`: no fill, no outline (a slide painting its own ground, which the layout's box was not drawn for)."""
    plain = _BARE if bare else ""
    return f"{_placeholder_head(shape_id, name, placeholder)}<p:spPr>{_xfrm(*box)}{plain}</p:spPr><p:txBody>{fixed_body(anchor)}{_AS_MEASURED}{paragraphs}</p:txBody></p:sp>"


_BARE = "<a:noFill/><a:ln><a:noFill/></a:ln>"


_AS_MEASURED = '<a:lstStyle><a:lvl1pPr><a:defRPr cap="none" spc="0" baseline="0"/></a:lvl1pPr></a:lstStyle>'
"""What a template's text styles may set that changes a text's width (capitals, letter spacing, a raised
baseline), set back to what deckgen measured, for the placeholder's paragraphs (all at level 1)."""


def title(
    box: tuple[float, float, float, float], anchor: str, paragraphs: str, placeholder_attributes: tuple[tuple[str, str], ...] = TITLE_PLACEHOLDER,
    *, bare: bool = False,
) -> str:
    """The slide's title placeholder, placed and holding the paragraphs in a fixed frame."""
    return placeholder(TITLE_ID, "Title 1", placeholder_attributes, box, anchor, paragraphs, bare=bare)


SLIDE_NUMBER_FIELD = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}"
"""The field id PowerPoint gives the slide number (any GUID will do; a fixed one keeps the bytes the same)."""


def numbered(paragraphs: str) -> str:
    """The paragraphs with their runs as a slide-number field: PowerPoint renumbers it when slides move."""
    return paragraphs.replace("<a:r>", f'<a:fld id="{SLIDE_NUMBER_FIELD}" type="slidenum">', 1).replace("</a:r>", "</a:fld>", 1)


def connector(shape_id: int, begin: tuple[float, float], end: tuple[float, float], colour: str, width: float) -> str:
    """`shapes.add_connector(STRAIGHT, …)` with its line's colour and width set."""
    (x1, y1), (x2, y2) = begin, end
    bx, by, ex, ey = emu(x1), emu(y1), emu(x2), emu(y2)
    flips = (' flipH="1"' if bx > ex else "") + (' flipV="1"' if by > ey else "")
    return (
        f'<p:cxnSp><p:nvCxnSpPr>{_names(shape_id, "Connector %d" % (shape_id - 1))}<p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr>'
        f'<p:spPr><a:xfrm{flips}><a:off x="{min(bx, ex)}" y="{min(by, ey)}"/><a:ext cx="{abs(ex - bx)}" cy="{abs(ey - by)}"/></a:xfrm>'
        f'<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="{emu(width)}">{_solid(colour)}</a:ln></p:spPr>'
        '<p:style><a:lnRef idx="2"><a:schemeClr val="accent1"/></a:lnRef><a:fillRef idx="0"><a:schemeClr val="accent1"/></a:fillRef>'
        '<a:effectRef idx="1"><a:schemeClr val="accent1"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="tx1"/></a:fontRef>'
        "</p:style></p:cxnSp>"
    )


def picture(shape_id: int, name: str, descr: str, rel_id: str, box: tuple[float, float, float, float]) -> str:
    """`shapes.add_picture` named and described by its alternative text."""
    return (
        f"<p:pic><p:nvPicPr>{_names(shape_id, name, descr)}<p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>"
        f'<p:blipFill><a:blip r:embed="{rel_id}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>'
        f'<p:spPr>{_xfrm(*box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>'
    )


class Cell(Struct, frozen=True):
    paragraphs: str
    fill: str
    padding: float  # points, on all four sides
    anchor: str


TABLE_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"
"""python-pptx's default table style (Medium Style 2 – Accent 1); every cell's fill is set over it."""


def table(shape_id: int, box: tuple[float, float, float, float], widths: list[float], rows: list[tuple[float, list[Cell]]]) -> str:
    """`shapes.add_table` without header row or banding, its column widths, row heights and cells set."""
    grid = "".join(f'<a:gridCol w="{emu(w)}"/>' for w in widths)
    body = "".join(f'<a:tr h="{emu(height)}">{"".join(_cell(c) for c in cells)}</a:tr>' for height, cells in rows)
    return (
        f'<p:graphicFrame><p:nvGraphicFramePr>{_names(shape_id, "Table %d" % (shape_id - 1))}'
        '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
        f'<p:xfrm><a:off x="{emu(box[0])}" y="{emu(box[1])}"/><a:ext cx="{emu(box[2])}" cy="{emu(box[3])}"/></p:xfrm>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
        f"<a:tbl><a:tblPr><a:tableStyleId>{TABLE_STYLE}</a:tableStyleId></a:tblPr><a:tblGrid>{grid}</a:tblGrid>{body}</a:tbl>"
        "</a:graphicData></a:graphic></p:graphicFrame>"
    )


def _cell(cell: Cell) -> str:
    pad = emu(cell.padding)
    return (
        f'<a:tc><a:txBody><a:bodyPr wrap="square"/><a:lstStyle/>{cell.paragraphs}</a:txBody>'
        f'<a:tcPr marL="{pad}" marR="{pad}" marT="{pad}" marB="{pad}" anchor="{_ANCHOR[cell.anchor]}">{_solid(cell.fill)}</a:tcPr></a:tc>'
    )


def chart_frame(shape_id: int, name: str, descr: str, rel_id: str, box: tuple[float, float, float, float]) -> str:
    """`shapes.add_chart`'s graphic frame, named and described, pointing at the chart part."""
    return (
        f"<p:graphicFrame><p:nvGraphicFramePr>{_names(shape_id, name, descr)}<p:cNvGraphicFramePr>"
        '<a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
        f'<p:xfrm><a:off x="{emu(box[0])}" y="{emu(box[1])}"/><a:ext cx="{emu(box[2])}" cy="{emu(box[3])}"/></p:xfrm>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        f'<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="{rel_id}"/>'
        "</a:graphicData></a:graphic></p:graphicFrame>"
    )


def background(colour: str) -> str:
    """`slide.background.fill.solid()` in the colour: the slide's `p:bg`."""
    return f"<p:bg><p:bgPr>{_solid(colour)}<a:effectLst/></p:bgPr></p:bg>"


# -- parts -------------------------------------------------------------------------------------

XML_DECLARATION = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
_NAMESPACES = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_EMPTY_GROUP = '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>'


def slide(name: str, background_xml: str, shapes: str, *, layout_shapes: bool = True) -> bytes:
    """A slide part: its name (the slide's kind), background and shapes, over the layout's colours; without
    the layout's and master's own shapes where it paints a ground of its own (`layout_shapes=False`)."""
    shown = "" if layout_shapes else ' showMasterSp="0"'
    return (
        f'{XML_DECLARATION}<p:sld {_NAMESPACES}{shown}><p:cSld name="{escape_attribute(name)}">{background_xml}'
        f"<p:spTree>{_EMPTY_GROUP}{shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    ).encode("utf-8")


def notes(text: str) -> bytes:
    """A notes slide as python-pptx makes it from the notes master, its notes placeholder holding the text
    (a paragraph per line, `\\v` a line break, as `notes_text_frame.text = text`)."""
    paragraphs = "".join(_notes_paragraph(line) for line in text.split("\n"))
    return (
        f'{XML_DECLARATION}<p:notes xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><p:cSld><p:spTree>'
        '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
        '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
        '<p:nvPr><p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>'
        '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
        '<p:nvPr><p:ph type="body" idx="3" sz="quarter"/></p:nvPr></p:nvSpPr><p:spPr/>'
        f"<p:txBody><a:bodyPr/><a:lstStyle/>{paragraphs}</p:txBody></p:sp>"
        '<p:sp><p:nvSpPr><p:cNvPr id="4" name="Slide Number Placeholder 3"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
        '<p:nvPr><p:ph type="sldNum" idx="5" sz="quarter"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>'
        "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
    ).encode("utf-8")


def _notes_paragraph(line: str) -> str:
    pieces = [f"<a:r><a:t>{escape_text(piece)}</a:t></a:r>" if piece else "" for piece in line.split("\v")]
    body = LINE_BREAK.join(pieces)
    return f"<a:p>{body}</a:p>" if body else "<a:p/>"


RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def relationships(rels: list[tuple[str, str, str]]) -> bytes:
    """A `.rels` part: (id, type, target) in the order given; a hyperlink's target is outside the package."""
    body = "".join(
        f'<Relationship Id="{rid}" Type="{kind}" Target="{escape_attribute(target)}"'
        + (' TargetMode="External"/>' if kind.endswith("/hyperlink") else "/>")
        for rid, kind, target in rels
    )
    return (
        f'{XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{body}</Relationships>'
    ).encode("utf-8")
