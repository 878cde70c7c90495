"""The built-in brand as a real PowerPoint template: a master and named layouts made from brand.yaml.

`brand_template(brand, frame, language)` writes a whole package without slides — the kind of file an
organisation keeps as its template — so that a deck built on the brand carries it the way a deck built on
an organisation's template does, and a slide a presenter inserts in PowerPoint or LibreOffice (« Nouvelle
diapositive ») comes out on-brand:

- one slide master on the brand's background, its theme written whole: the brand's colours in all twelve
  slots, its heading face as the major font and its body face as the minor one; the master's text styles
  (title in the heading face, primary, bold, 34 pt; body in the body face, bullets in the accent colour)
  and its placeholders at the frame's bands; every run property in the deck's language;
- one layout a slide family, named in French or English by the language: the title slide, section,
  content, two columns, title only, quiz, break, closing and blank; the dark ones on the primary colour
  with their text in `on_primary` (and a colour map that makes the theme's text colour the light one, for
  what a presenter adds by hand), the light ones with the brand's bar down the left edge and the accent
  rule under the title, as chrome.py and cover.py draw them on deckgen's own slides;
- on every layout the date, footer and slide number placeholders in the footer band.

Geometry is the frame's (geometry.py), laid out in `frame.design` and written `frame.scale` times as large,
text sizes included, so the template works for 16:9, 4:3, 16:10 or any size. The XML is written here as text
(every value escaped), the parts deckgen has nothing to design for (presentation and table properties, the
notes master) are python-pptx's default template's (skeleton.pptx), and the zip is the package layer's (`package.zipped`): the
same brand, frame and language give the same bytes. python-pptx is not imported.
"""

from __future__ import annotations

import zipfile
from datetime import datetime
from functools import lru_cache

from msgspec import Struct

from ..brand import MINIMUM_CONTRAST, Brand, Colours, contrast
from ..images import prepare
from ..package import Template, zipped
from ..package.properties import CoreProperties, app_xml, core_xml
from ..package.template import template_of
from .chrome import RULE, TITLE_SIZE
from .cover import LOGO
from .cover import RULE as COVER_RULE
from .drawing import emu, escape_attribute, escape_text
from .geometry import Box, Frame
from .palette import mix
from .people import RULE as SECTION_RULE
from .skeleton import SKELETON_FILE

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_NAMESPACES = f'xmlns:a="{_A}" xmlns:r="{_R}" xmlns:p="{_P}"'
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_CT = "application/vnd.openxmlformats-officedocument."

BODY_SIZES = (24.0, 20.0, 18.0, 16.0, 16.0, 16.0, 16.0, 16.0, 16.0)
"""The body's nine levels, in points (of the design frame)."""
FOOTER_SIZE = 11.0
"""As chrome.footer sets the event's line and the number."""
DATE_WIDTH = 110.0
"""The date placeholder, right-aligned between the footer's line and the number."""
FOOTER_GAP = 16.0
COLUMN_GAP = 32.0
"""Between the two bodies of « Deux contenus »."""
TITLE_SLIDE_WIDTH = 760.0
"""The title slide's text is never wider than this (cover.py)."""

_MASTER_ID = 2147483648
_SLIDENUM_FIELD = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}"
_DATE_FIELD = "{D9A1B3C2-5E4F-4A6B-8C7D-0E1F2A3B4C5D}"


def brand_template(brand: Brand, frame: Frame, language: str) -> bytes:
    """The brand as a .pptx template without slides, for a slide of `frame`'s size, in `language` (« fr-FR »)."""
    return zipped(_Template(brand, frame, language).members())


def own_template(brand: Brand, frame: Frame, language: str) -> Template:
    """The brand's template as a deck is drawn on it: read from its parts as they are made, without zipping
    them to unzip them again, and made once per brand, frame and language, for a watch session rebuilds on it
    at every save (a Template is never changed once read; `with_part` makes another)."""
    key = (brand.name, brand.logo, brand.logo_on_dark, brand.colours, brand.fonts, frame, language)  # what it is made of
    made = _MADE.get(key)
    if made is None:
        made = _MADE[key] = template_of(_Template(brand, frame, language).members())
        while len(_MADE) > 16:
            del _MADE[next(iter(_MADE))]
    return made


_MADE: dict[tuple[object, ...], Template] = {}
"""The templates made, by what they are made of (a brand's layouts and metrics do not change them)."""


# ── what the parts share ──────────────────────────────────────────────────────────────────────────────────


class _Ink(Struct, frozen=True):
    """A layout's text colours: the master's (scheme colours) on light layouts, the brand's on_primary ones on dark."""

    dark: bool
    title: str | None = None  # hex, or None: the master's
    text: str | None = None
    label: str | None = None  # a dark slide's second line (on_primary_accent)
    footer: str | None = None


def _fill(colour: str) -> str:
    """A solid fill: six hex digits, or a scheme colour's name (tx1, accent2…)."""
    if len(colour) == 6 and all(c in "0123456789ABCDEFabcdef" for c in colour):
        return f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>'
    return f'<a:solidFill><a:schemeClr val="{colour}"/></a:solidFill>'


def _faces(face: str) -> str:
    """The theme's major (`mj`) or minor (`mn`) fonts, by reference: a theme change follows."""
    return f'<a:latin typeface="+{face}-lt"/><a:ea typeface="+{face}-ea"/><a:cs typeface="+{face}-cs"/>'


def _rels(*relations: tuple[str, str]) -> bytes:
    """A relationships part: (type, target), numbered rId1, rId2… in order."""
    items = "".join(
        f'<Relationship Id="rId{n}" Type="{kind if kind.startswith("http") else _RT + kind}" Target="{escape_attribute(target)}"/>'
        for n, (kind, target) in enumerate(relations, start=1)
    )
    return f'{_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{items}</Relationships>'.encode()


class _Template:
    """One template being written: the brand, the frame (laid out in `design`, drawn `scale` times as large), the
    language; its methods write the parts, the layouts are the functions of LAYOUTS."""

    def __init__(self, brand: Brand, frame: Frame, language: str) -> None:
        self.brand, self.frame, self.design, self.scale = brand, frame, frame.design, frame.scale
        self.language = escape_attribute(language)
        self.french = language.lower().startswith("fr")
        self.colours: Colours = brand.colours
        self.logo = prepare(brand.logo_on_dark, LOGO[0] * self.scale, LOGO[1] * self.scale, fit="contain")

    # -- units --

    def size(self, points: float) -> int:
        """A text size, in hundredths of a point, of the slide as drawn."""
        return round(points * self.scale * 100)

    def length(self, points: float) -> int:
        return emu(points * self.scale)

    def xfrm(self, box: Box) -> str:
        x, y, w, h = (self.length(v) for v in (box.x, box.y, box.w, box.h))
        return f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'

    # -- text properties --

    def rpr(self, *, size: float | None = None, bold: bool | None = None, colour: str | None = None, face: str | None = None) -> str:
        """`a:defRPr`, always in the deck's language."""
        attributes = f' lang="{self.language}"' + (f' sz="{self.size(size)}"' if size else "")
        attributes += "" if bold is None else f' b="{int(bold)}"'
        attributes += ' kern="1200"' if size else ""
        inner = (_fill(colour) if colour else "") + (_faces(face) if face else "")
        return f"<a:defRPr{attributes}>{inner}</a:defRPr>" if inner else f"<a:defRPr{attributes}/>"

    def level(
        self, n: int, rpr: str, *, align: str | None = "l", margin: float = 0.0, indent: float = 0.0,
        before: float | None = None, bullet: tuple[str, str] | None = None, no_bullet: bool = False,
    ) -> str:
        """`a:lvlNpPr`: alignment, indents (points), space before (points), bullet (character, colour)."""
        attributes = f' marL="{self.length(margin)}" indent="{-self.length(indent)}"' if margin or no_bullet else ""
        attributes += f' algn="{align}"' if align else ""
        if n == 1 and align:
            attributes += f' defTabSz="{self.length(36)}" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"'
        inner = f'<a:spcBef><a:spcPts val="{self.size(before)}"/></a:spcBef>' if before is not None else ""
        if bullet:
            inner += f'<a:buClr><a:schemeClr val="{bullet[1]}"/></a:buClr><a:buFont typeface="Arial"/><a:buChar char="{bullet[0]}"/>'
        elif no_bullet:
            inner += "<a:buNone/>"
        return f"<a:lvl{n}pPr{attributes}>{inner}{rpr}</a:lvl{n}pPr>"

    def other_levels(self, size: float) -> str:
        """Nine plain levels in the body face and the text colour: what otherStyle and the presentation's default hold."""
        return "".join(
            self.level(n, self.rpr(size=size, colour="tx1", face="mn"), margin=(n - 1) * 36)
            for n in range(1, 10)
        )

    # -- placeholders and shapes --

    def prompt(self, kind: str, levels: int) -> str:
        """The text a placeholder shows in the master and layout views, in the deck's language."""
        fr = self.french
        rpr = f'<a:rPr lang="{self.language}"/>'
        if kind in ("title", "ctrTitle"):
            texts = ["Cliquez pour modifier le style du titre" if fr else "Click to edit Master title style"]
        elif kind == "subTitle":
            texts = ["Cliquez pour modifier le style des sous-titres du masque" if fr else "Click to edit Master subtitle style"]
        elif kind == "body":
            texts = (
                ["Cliquez pour modifier les styles du texte du masque", "Deuxième niveau", "Troisième niveau", "Quatrième niveau", "Cinquième niveau"]
                if fr else ["Click to edit Master text styles", "Second level", "Third level", "Fourth level", "Fifth level"]
            )[:levels]
        elif kind == "sldNum":
            return f'<a:p><a:fld id="{_SLIDENUM_FIELD}" type="slidenum">{rpr}<a:t>‹#›</a:t></a:fld><a:endParaRPr lang="{self.language}"/></a:p>'
        elif kind == "dt":
            return f'<a:p><a:fld id="{_DATE_FIELD}" type="datetimeFigureOut">{rpr}<a:t></a:t></a:fld><a:endParaRPr lang="{self.language}"/></a:p>'
        else:
            return f'<a:p><a:endParaRPr lang="{self.language}"/></a:p>'
        paragraphs = []
        for i, text in enumerate(texts):
            level = f'<a:pPr lvl="{i}"/>' if len(texts) > 1 else ""
            end = f'<a:endParaRPr lang="{self.language}"/>' if i == len(texts) - 1 else ""
            paragraphs.append(f"<a:p>{level}<a:r>{rpr}<a:t>{escape_text(text)}</a:t></a:r>{end}</a:p>")
        return "".join(paragraphs)

    def placeholder(
        self, shape_id: int, kind: str, idx: int | None, box: Box, *, name: str, style: str = "",
        anchor: str | None = None, levels: int = 1, half: bool = False, master: bool = False,
    ) -> str:
        """`p:sp` of a placeholder at `box` (design points), its own list style and anchor over the master's."""
        size = "half" if half or kind == "dt" else "quarter" if kind in ("ftr", "sldNum") else None
        attributes = f' type="{kind}"' + (f' sz="{size}"' if size else "") + (f' idx="{idx}"' if idx is not None else "")
        geometry = '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>' if master else ""
        if master:
            fit = "<a:normAutofit/>" if kind in ("title", "body") else ""
            body = f'<a:bodyPr vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="{anchor or "t"}">{fit}</a:bodyPr>'
        else:
            body = f'<a:bodyPr anchor="{anchor}"/>' if anchor else "<a:bodyPr/>"
        return (
            f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{escape_attribute(name)} {shape_id - 1}"/>'
            f'<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph{attributes}/></p:nvPr></p:nvSpPr>'
            f"<p:spPr>{self.xfrm(box)}{geometry}</p:spPr>"
            f"<p:txBody>{body}<a:lstStyle>{style}</a:lstStyle>{self.prompt(kind, levels)}</p:txBody></p:sp>"
        )

    def rect(self, shape_id: int, box: Box, colour: str, name: str) -> str:
        """A filled rectangle without outline: the brand's edge, the accent rule."""
        return (
            f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{name}"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>'
            f'<p:spPr>{self.xfrm(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{_fill(colour)}<a:ln><a:noFill/></a:ln></p:spPr>'
            f'<p:txBody><a:bodyPr rtlCol="0" anchor="ctr"/><a:lstStyle/><a:p><a:pPr algn="ctr"/><a:endParaRPr lang="{self.language}"/></a:p></p:txBody></p:sp>'
        )

    def picture(self, shape_id: int, box: Box, rel_id: str) -> str:
        return (
            f'<p:pic><p:nvPicPr><p:cNvPr id="{shape_id}" name="Logo" descr="{escape_attribute(self.brand.name)}"/>'
            f'<p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr userDrawn="1"/></p:nvPicPr>'
            f'<p:blipFill><a:blip r:embed="{rel_id}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>'
            f'<p:spPr>{self.xfrm(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>'
        )

    # -- the frame's bands --

    @property
    def title_box(self) -> Box:
        return self.design.title()

    @property
    def body_box(self) -> Box:
        return self.design.body_under(self.design.title())

    def footer_boxes(self) -> dict[str, Box]:
        """dt, ftr and sldNum: the event's line at the left, the number at the right, the date just before it."""
        footer, number = self.design.footer, self.design.number
        date = Box(number.x - FOOTER_GAP - DATE_WIDTH, footer.y, DATE_WIDTH, footer.h)
        return {"ftr": Box(footer.x, footer.y, date.x - FOOTER_GAP - footer.x, footer.h), "dt": date, "sldNum": number}

    def footers(self, first_id: int, ink: _Ink, *, master: bool = False) -> list[str]:
        """The three footer placeholders; on a layout, in its footer colour."""
        boxes, shapes = self.footer_boxes(), []
        kinds = (("dt", 2 if master else 10, "Date Placeholder", "r"), ("ftr", 3 if master else 11, "Footer Placeholder", "l"),
                 ("sldNum", 4 if master else 12, "Slide Number Placeholder", "r"))
        for offset, (kind, idx, name, align) in enumerate(kinds):
            if master:
                style = self.level(1, self.rpr(size=FOOTER_SIZE, colour="accent4", face="mn"), align=align, no_bullet=True)
            else:
                style = self.level(1, self.rpr(colour=ink.footer), align=None) if ink.footer else ""
            shapes.append(self.placeholder(first_id + offset, kind, idx, boxes[kind], name=name, style=style, anchor="ctr", master=master))
        return shapes

    # -- the parts --

    def members(self) -> dict[str, bytes]:
        layouts = [build(self) for build in LAYOUTS]
        media = f"ppt/media/image1.{self.logo.format}"
        skeleton = _skeleton()
        members: dict[str, bytes] = {
            "[Content_Types].xml": self.content_types(len(layouts), media),
            "_rels/.rels": _rels(
                ("officeDocument", "ppt/presentation.xml"),
                ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
                ("extended-properties", "docProps/app.xml"),
            ),
            "docProps/core.xml": self.core(),
            "docProps/app.xml": self.app(),
            "ppt/presentation.xml": self.presentation(),
            "ppt/_rels/presentation.xml.rels": _rels(
                ("slideMaster", "slideMasters/slideMaster1.xml"), ("notesMaster", "notesMasters/notesMaster1.xml"),
                ("presProps", "presProps.xml"), ("viewProps", "viewProps.xml"), ("theme", "theme/theme1.xml"),
                ("tableStyles", "tableStyles.xml"),
            ),
            "ppt/presProps.xml": skeleton["ppt/presProps.xml"],
            "ppt/viewProps.xml": self.view(),
            "ppt/theme/theme1.xml": self.theme(),
            "ppt/tableStyles.xml": skeleton["ppt/tableStyles.xml"],
            "ppt/slideMasters/slideMaster1.xml": self.master(len(layouts)),
            "ppt/slideMasters/_rels/slideMaster1.xml.rels": _rels(
                *(("slideLayout", f"../slideLayouts/slideLayout{n}.xml") for n in range(1, len(layouts) + 1)),
                ("theme", "../theme/theme1.xml"),
            ),
        }
        for n, (xml, pictured) in enumerate(layouts, start=1):
            members[f"ppt/slideLayouts/slideLayout{n}.xml"] = xml.encode()
            extra = (("image", "../media/" + media.rsplit("/", 1)[1]),) if pictured else ()
            members[f"ppt/slideLayouts/_rels/slideLayout{n}.xml.rels"] = _rels(("slideMaster", "../slideMasters/slideMaster1.xml"), *extra)
        members[media] = self.logo.data
        notes = skeleton["ppt/notesMasters/notesMaster1.xml"].replace(b'lang="en-US"', f'lang="{self.language}"'.encode())
        members["ppt/notesMasters/notesMaster1.xml"] = notes
        members["ppt/notesMasters/_rels/notesMaster1.xml.rels"] = _rels(("theme", "../theme/theme2.xml"))
        members["ppt/theme/theme2.xml"] = self.theme()
        return members

    def content_types(self, layouts: int, media: str) -> bytes:
        extension = media.rsplit(".", 1)[1]
        parts = {
            "/docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
            "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
            "/ppt/presentation.xml": _CT + "presentationml.presentation.main+xml",
            "/ppt/presProps.xml": _CT + "presentationml.presProps+xml",
            "/ppt/viewProps.xml": _CT + "presentationml.viewProps+xml",
            "/ppt/tableStyles.xml": _CT + "presentationml.tableStyles+xml",
            "/ppt/theme/theme1.xml": _CT + "theme+xml",
            "/ppt/theme/theme2.xml": _CT + "theme+xml",
            "/ppt/slideMasters/slideMaster1.xml": _CT + "presentationml.slideMaster+xml",
            "/ppt/notesMasters/notesMaster1.xml": _CT + "presentationml.notesMaster+xml",
        } | {f"/ppt/slideLayouts/slideLayout{n}.xml": _CT + "presentationml.slideLayout+xml" for n in range(1, layouts + 1)}
        defaults = (
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Default Extension="{extension}" ContentType="image/{extension}"/>'
        )
        overrides = "".join(f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in parts.items())
        return f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">{defaults}{overrides}</Types>'.encode()

    def core(self) -> bytes:
        # Dated as the zip's entries: the template does not change with the day it is made.
        return core_xml(CoreProperties(
            title=self.brand.name, author=self.brand.name, language=self.language,
            comments="Made by deckgen from the brand's brand.yaml.", created=datetime(1980, 1, 1),
        ))

    def app(self) -> bytes:
        return app_xml(slides=0, notes=0, width=self.frame.width, height=self.frame.height)

    def presentation(self) -> bytes:
        width, height = emu(self.frame.width), emu(self.frame.height)
        kind = ' type="screen4x3"' if (width, height) == (9144000, 6858000) else ""
        default = f'<a:defPPr>{self.rpr()}</a:defPPr>{self.other_levels(18)}'
        return (
            f'{_HEAD}<p:presentation {_NAMESPACES} saveSubsetFonts="1">'
            f'<p:sldMasterIdLst><p:sldMasterId id="{_MASTER_ID}" r:id="rId1"/></p:sldMasterIdLst>'
            '<p:notesMasterIdLst><p:notesMasterId r:id="rId2"/></p:notesMasterIdLst>'
            f'<p:sldSz cx="{width}" cy="{height}"{kind}/><p:notesSz cx="6858000" cy="9144000"/>'
            f"<p:defaultTextStyle>{default}</p:defaultTextStyle></p:presentation>"
        ).encode()

    def view(self) -> bytes:
        """PowerPoint's view settings, with guides at the margins, the title's top and the footer band's."""
        d, eighths = self.design, lambda points: round(points * self.scale * 8)
        guides = (
            f'<p:guide pos="{eighths(d.margin)}"/><p:guide pos="{eighths(d.width - d.margin)}"/>'
            f'<p:guide orient="horz" pos="{eighths(d.TITLE_TOP)}"/><p:guide orient="horz" pos="{eighths(d.footer_band.y)}"/>'
        )
        return (
            f'{_HEAD}<p:viewPr {_NAMESPACES}><p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="94660"/></p:normalViewPr>'
            '<p:slideViewPr><p:cSldViewPr snapToGrid="0"><p:cViewPr varScale="1"><p:scale><a:sx n="100" d="100"/><a:sy n="100" d="100"/>'
            f'</p:scale><p:origin x="0" y="0"/></p:cViewPr><p:guideLst>{guides}</p:guideLst></p:cSldViewPr></p:slideViewPr>'
            '<p:notesTextViewPr><p:cViewPr><p:scale><a:sx n="100" d="100"/><a:sy n="100" d="100"/></p:scale><p:origin x="0" y="0"/>'
            '</p:cViewPr></p:notesTextViewPr><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>'
        ).encode()

    def theme(self) -> bytes:
        """theme1.xml: the brand's twelve colours, its two faces, and flat fills, lines and no effects."""
        name = escape_attribute(self.brand.name)
        slots = "".join(f'<a:{slot}><a:srgbClr val="{colour.upper()}"/></a:{slot}>' for slot, colour in theme_colours(self.colours).items())

        def font(kind: str, face: str) -> str:
            return f'<a:{kind}><a:latin typeface="{escape_attribute(face)}"/><a:ea typeface=""/><a:cs typeface=""/></a:{kind}>'

        solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
        shaded = ['<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>',
                  '<a:solidFill><a:schemeClr val="phClr"><a:tint val="70000"/></a:schemeClr></a:solidFill>',
                  '<a:solidFill><a:schemeClr val="phClr"><a:shade val="80000"/></a:schemeClr></a:solidFill>']
        lines = "".join(
            f'<a:ln w="{w}" cap="flat" cmpd="sng" algn="ctr">{solid}<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
            for w in (6350, 12700, 19050)
        )
        return (
            f'{_HEAD}<a:theme xmlns:a="{_A}" name="{name}"><a:themeElements><a:clrScheme name="{name}">{slots}</a:clrScheme>'
            f'<a:fontScheme name="{name}">{font("majorFont", self.brand.fonts.heading.name)}{font("minorFont", self.brand.fonts.body.name)}</a:fontScheme>'
            f'<a:fmtScheme name="{name}"><a:fillStyleLst>{"".join(shaded)}</a:fillStyleLst><a:lnStyleLst>{lines}</a:lnStyleLst>'
            f'<a:effectStyleLst>{"<a:effectStyle><a:effectLst/></a:effectStyle>" * 3}</a:effectStyleLst>'
            f'<a:bgFillStyleLst>{"".join(shaded)}</a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
            "<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
        ).encode()

    def master(self, layouts: int) -> bytes:
        title, body = self.title_box, self.body_box
        shapes = [
            self.placeholder(2, "title", None, title, name="Title Placeholder", anchor="b", master=True),
            self.placeholder(3, "body", 1, body, name="Text Placeholder", levels=5, master=True),
            *self.footers(4, _Ink(dark=False), master=True),
        ]
        ids = "".join(f'<p:sldLayoutId id="{_MASTER_ID + n}" r:id="rId{n}"/>' for n in range(1, layouts + 1))
        title_style = self.level(1, self.rpr(size=TITLE_SIZE, bold=True, colour="tx2", face="mj"), no_bullet=True, before=0)
        bullets = (("•", "accent2"), ("–", "accent4"), ("•", "accent4"), ("–", "accent4"), ("•", "accent4"))
        body_style = "".join(
            self.level(
                n, self.rpr(size=BODY_SIZES[n - 1], colour="tx1", face="mn"), margin=22 + 26 * (n - 1), indent=22 if n == 1 else 18,
                before=10 if n == 1 else 5, bullet=bullets[min(n, 5) - 1],
            )
            for n in range(1, 10)
        )
        other = f'<a:defPPr>{self.rpr()}</a:defPPr>{self.other_levels(18)}'
        return (
            f'{_HEAD}<p:sldMaster {_NAMESPACES}><p:cSld><p:bg><p:bgPr>{_fill(self.colours.background)}<a:effectLst/></p:bgPr></p:bg>'
            f"<p:spTree>{_GROUP}{''.join(shapes)}</p:spTree></p:cSld>"
            '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" '
            'accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
            f"<p:sldLayoutIdLst>{ids}</p:sldLayoutIdLst>"
            f"<p:txStyles><p:titleStyle>{title_style}</p:titleStyle><p:bodyStyle>{body_style}</p:bodyStyle>"
            f"<p:otherStyle>{other}</p:otherStyle></p:txStyles></p:sldMaster>"
        ).encode()

    # -- the layouts --

    def layout(self, key: str, kind: str, ink: _Ink, shapes: list[str]) -> str:
        """A layout part: its name by the language, its ground, its shapes, then the footers."""
        names = LAYOUT_NAMES[key]
        name = names[0] if self.french else names[1]
        ground = self.colours.primary if ink.dark else self.colours.background
        tree = shapes + self.footers(len(shapes) + 2, ink)
        # On a dark layout the text colour is the light one, for what a presenter adds by hand (a text box, a table).
        mapping = (
            '<p:clrMapOvr><a:overrideClrMapping bg1="dk2" tx1="lt1" bg2="dk1" tx2="lt2" accent1="accent1" accent2="accent2" '
            'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="lt1" folHlink="lt2"/></p:clrMapOvr>'
            if ink.dark else "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>"
        )
        custom = ' userDrawn="1"' if kind == "cust" else ""
        return (
            f'{_HEAD}<p:sldLayout {_NAMESPACES} type="{kind}" preserve="1"{custom}><p:cSld name="{escape_attribute(name)}">'
            f"<p:bg><p:bgPr>{_fill(ground)}<a:effectLst/></p:bgPr></p:bg><p:spTree>{_GROUP}{''.join(tree)}</p:spTree></p:cSld>"
            f"{mapping}</p:sldLayout>"
        )

    def dark_ink(self) -> _Ink:
        c = self.colours
        return _Ink(dark=True, title=c.on_primary, text=c.on_primary, label=c.on_primary_accent, footer=c.on_primary_muted)

    def dark_title(self, ink: _Ink, size: float, align: str = "l") -> str:
        return self.level(1, self.rpr(size=size, colour=ink.title), align=align)

    def dark_text(self, colour: str | None, size: float, align: str = "l") -> str:
        """All nine levels in one colour and size, without bullets: a dark slide's lines under its title."""
        return "".join(self.level(n, self.rpr(size=size, colour=colour), align=align, margin=0, no_bullet=True, before=6) for n in range(1, 10))

    def light_chrome(self, shapes: list[str]) -> None:
        """The brand's edge and the title with its accent rule, as chrome.light draws them."""
        title = self.title_box
        shapes.append(self.rect(len(shapes) + 2, self.design.edge, self.colours.primary, "Brand edge"))
        shapes.append(self.placeholder(len(shapes) + 2, "title", None, title, name="Title"))
        shapes.append(self.rect(len(shapes) + 2, Box(self.design.margin, title.bottom + 8, *RULE), self.colours.accent, "Title rule"))


_GROUP = (
    '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/>'
    '<a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
)

LAYOUT_NAMES: dict[str, tuple[str, str]] = {
    "title": ("Titre", "Title Slide"),
    "section": ("Titre de section", "Section Header"),
    "content": ("Titre et contenu", "Title and Content"),
    "two_columns": ("Deux contenus", "Two Content"),
    "title_only": ("Titre seul", "Title Only"),
    "quiz": ("Quiz", "Quiz"),
    "break": ("Pause", "Break"),
    "closing": ("Clôture", "Closing"),
    "blank": ("Vide", "Blank"),
}
"""Each slide family's layout: its French name, its English name (PowerPoint's own where it has one)."""


def _title_layout(t: _Template) -> tuple[str, bool]:
    """The event on the primary colour: the logo at the top left, the title, the accent rule, the subtitle."""
    d, ink, shapes = t.design, t.dark_ink(), []
    ratio = min(LOGO[0] / t.logo.width, LOGO[1] / t.logo.height)  # whole, left-aligned, as cover.py places it
    w, h = t.logo.width * ratio, t.logo.height * ratio
    top = 36.0
    shapes.append(t.picture(2, Box(d.margin, top + (LOGO[1] - h) / 2, w, h), "rId2"))
    width = min(d.wide, TITLE_SLIDE_WIDTH)
    title = Box(d.margin, top + LOGO[1] + 16, width, 200)
    rule = Box(d.margin, title.bottom + 18, *COVER_RULE)
    subtitle = Box(d.margin, rule.bottom + 18, width, d.body_bottom - rule.bottom - 18)
    shapes.append(t.placeholder(3, "ctrTitle", None, title, name="Title", style=t.dark_title(ink, 44), anchor="b"))
    shapes.append(t.rect(4, rule, t.colours.accent, "Title rule"))
    shapes.append(t.placeholder(5, "subTitle", 1, subtitle, name="Subtitle", style=t.dark_text(ink.text, 24)))
    return t.layout("title", "title", ink, shapes), True


def _section_layout(t: _Template) -> tuple[str, bool]:
    """A divider (people.py): a large title low on the slide's upper half, the accent rule, who speaks."""
    d, ink = t.design, t.dark_ink()
    title = Box(d.margin, 60, d.wide, 200)
    rule = Box(d.margin, title.bottom + 22, *SECTION_RULE)
    body = Box(d.margin, rule.bottom + 22, d.wide, d.body_bottom - rule.bottom - 22)
    shapes = [
        t.placeholder(2, "title", None, title, name="Title", style=t.dark_title(ink, 54), anchor="b"),
        t.rect(3, rule, t.colours.accent, "Title rule"),
        t.placeholder(4, "body", 1, body, name="Text Placeholder", style=t.dark_text(ink.text, 24)),
    ]
    return t.layout("section", "secHead", ink, shapes), False


def _content_layout(t: _Template) -> tuple[str, bool]:
    shapes: list[str] = []
    t.light_chrome(shapes)
    shapes.append(t.placeholder(len(shapes) + 2, "body", 1, t.body_box, name="Content Placeholder", levels=5))
    return t.layout("content", "obj", _Ink(dark=False), shapes), False


def _two_columns_layout(t: _Template) -> tuple[str, bool]:
    shapes: list[str] = []
    t.light_chrome(shapes)
    for idx, column in enumerate(t.body_box.columns(2, COLUMN_GAP), start=1):
        shapes.append(t.placeholder(len(shapes) + 2, "body", idx, column, name="Content Placeholder", levels=5, half=True))
    return t.layout("two_columns", "twoObj", _Ink(dark=False), shapes), False


def _title_only_layout(t: _Template) -> tuple[str, bool]:
    shapes: list[str] = []
    t.light_chrome(shapes)
    return t.layout("title_only", "titleOnly", _Ink(dark=False), shapes), False


def _quiz_layout(t: _Template) -> tuple[str, bool]:
    """The quiz (quiz.py) on the light ground: the accent's edge down the left, the title where its pill goes."""
    d = t.design
    shapes = [
        t.rect(2, d.edge, t.colours.accent, "Brand edge"),
        t.placeholder(3, "title", None, t.title_box, name="Title"),
    ]
    return t.layout("quiz", "cust", _Ink(dark=False), shapes), False


def _break_layout(t: _Template) -> tuple[str, bool]:
    """A break (day.py): its name large and centred, the accent rule, when the room is back."""
    d, ink = t.design, t.dark_ink()
    title = Box(d.margin, d.open_area.y, d.wide, 200)
    rule = title.at_y(title.bottom + 22, 8).centred(96, 8)
    body = Box(d.margin, rule.bottom + 24, d.wide, d.body_bottom - rule.bottom - 24)
    shapes = [
        t.placeholder(2, "title", None, title, name="Title", style=t.dark_title(ink, 80, "ctr"), anchor="b"),
        t.rect(3, rule, t.colours.accent, "Title rule"),
        t.placeholder(4, "body", 1, body, name="Text Placeholder", style=t.dark_text(ink.label, 36, "ctr")),
    ]
    return t.layout("break", "cust", ink, shapes), False


def _closing_layout(t: _Template) -> tuple[str, bool]:
    """The closing slide (cover.py): its title large, centred on the primary colour."""
    ink = t.dark_ink()
    shapes = [t.placeholder(2, "title", None, t.design.open_area, name="Title", style=t.dark_title(ink, 66, "ctr"), anchor="ctr")]
    return t.layout("closing", "cust", ink, shapes), False


def _blank_layout(t: _Template) -> tuple[str, bool]:
    return t.layout("blank", "blank", _Ink(dark=False), []), False


LAYOUTS = (
    _title_layout, _section_layout, _content_layout, _two_columns_layout, _title_only_layout,
    _quiz_layout, _break_layout, _closing_layout, _blank_layout,
)


def theme_colours(colours: Colours) -> dict[str, str]:
    """The theme's twelve slots from the brand: text and background, primary and surface, then the six
    accents — primary, accent, secondary, muted, dimmed and a shade of secondary (a chart's fifth and sixth
    series, palette.chart_palette's shades) — and links in a colour that reads on the background."""
    link = next((c for c in (colours.secondary, colours.primary) if contrast(c, colours.background) >= MINIMUM_CONTRAST), colours.text)
    return {
        "dk1": colours.text, "lt1": colours.background, "dk2": colours.primary, "lt2": colours.surface,
        "accent1": colours.primary, "accent2": colours.accent, "accent3": colours.secondary, "accent4": colours.muted,
        "accent5": colours.dimmed, "accent6": mix(colours.secondary, "000000", 0.35),
        "hlink": link, "folHlink": colours.muted,
    }


@lru_cache(maxsize=1)
def _skeleton() -> dict[str, bytes]:
    """The parts taken as python-pptx's default template has them."""
    names = ("ppt/presProps.xml", "ppt/tableStyles.xml", "ppt/notesMasters/notesMaster1.xml")
    with zipfile.ZipFile(SKELETON_FILE) as package:
        return {name: package.read(name) for name in names}


if __name__ == "__main__":  # python -m deckgen.render.brand_template [OUT.pptx]: the Ansa brand's template, 16:9, in French
    import sys
    from pathlib import Path

    from ..brand import load_brand
    from .geometry import WIDESCREEN

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "out/ansa-template.pptx")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(brand_template(load_brand("ansa"), WIDESCREEN, "fr-FR"))
    print(out)
