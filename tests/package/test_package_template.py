"""Reading templates: python-pptx's default, pandoc's reference document, LibreOffice's Impress templates saved
as pptx — their masters, layouts (with their names), placeholders with their boxes, themes and backgrounds —
and a .potx, read as its .pptx is."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from deckgen.package import Layout, Template, open_template, read_template
from deckgen.render.skeleton import SKELETON_FILE, default_template

from package_files import as_potx, changed, skeleton_members

OFFICE_COLOURS = {
    "dk1": "000000", "lt1": "FFFFFF", "dk2": "1F497D", "lt2": "EEECE1", "accent1": "4F81BD", "accent2": "C0504D",
    "accent3": "9BBB59", "accent4": "8064A2", "accent5": "4BACC6", "accent6": "F79646", "hlink": "0000FF", "folHlink": "800080",
}  # fmt: skip
"""Office 2007's colour scheme, python-pptx's and pandoc's themes' (and the one LibreOffice writes)."""
PPTX_LAYOUTS = [
    "Title Slide", "Title and Content", "Section Header", "Two Content", "Comparison", "Title Only", "Blank",
    "Content with Caption", "Picture with Caption", "Title and Vertical Text", "Vertical Title and Text",
]  # fmt: skip


def _layout(template: Template, name: str, master: int = 0) -> Layout:
    return next(layout for layout in template.layouts if layout.name == name and layout.master == master)


def _types(layout: Layout) -> list[str]:
    return [placeholder.type for placeholder in layout.placeholders]


def test_python_pptx_s_default_template() -> None:
    template = open_template(SKELETON_FILE)
    assert (template.width, template.height) == (960, 540)  # stretched to 16:9 (skeleton.py)
    assert len(template.masters) == 1 and [layout.name for layout in template.layouts] == PPTX_LAYOUTS
    assert [layout.part for layout in template.layouts] == [f"ppt/slideLayouts/slideLayout{n}.xml" for n in range(1, 12)]
    master = template.masters[0]
    assert master.part == "ppt/slideMasters/slideMaster1.xml"
    assert [p.type for p in master.placeholders] == ["title", "body", "dt", "ftr", "sldNum"]
    assert master.theme.name == "Office Theme" and master.theme.colours == OFFICE_COLOURS
    assert (master.theme.major_font, master.theme.minor_font) == ("Calibri", "Calibri")
    # The master's background is the theme's first background fill, in bg1 (lt1 through the colour map).
    assert master.background == "FFFFFF" and {layout.background for layout in template.layouts} == {"FFFFFF"}
    content = _layout(template, "Title and Content")
    assert _types(content) == ["title", "obj", "dt", "ftr", "sldNum"]
    body = content.placeholders[1]
    assert (body.idx, body.attributes, body.name) == (1, {"idx": "1"}, "Content Placeholder 2")  # type absent: obj
    assert body.box == pytest.approx((48, 126, 864, 356.375), abs=0.01)
    two = _layout(template, "Two Content")
    assert [p.idx for p in two.placeholders[1:3]] == [1, 2] and two.placeholders[1].attributes == {"sz": "half", "idx": "1"}
    assert template.default_layout.name == "Title Only" and template.default_layout.part.endswith("slideLayout6.xml")
    assert template.notes_master == "ppt/notesMasters/notesMaster1.xml"


def test_a_placeholder_without_its_own_box_takes_its_master_s() -> None:
    """« Title Only »'s title says no position (`<p:spPr/>`): it is where the master's title is."""
    template = default_template()
    title_only = _layout(template, "Title Only")
    xml = etree.tostring(template.xml(title_only.part))
    assert b'<p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr/>' in xml
    assert title_only.placeholders[0].box == template.masters[0].placeholders[0].box == pytest.approx((48, 21.625, 864, 90), abs=0.01)


def test_a_layout_s_names_are_read_as_written() -> None:
    """French PowerPoint's names, and names PowerPoint's own template does not have."""
    members = skeleton_members()
    french = {"Title and Content": "Titre et contenu", "Title Only": "Titre seul", "Blank": "Vide"}
    replaced = {}
    for number in range(1, 12):
        name = f"ppt/slideLayouts/slideLayout{number}.xml"
        content = members[name]
        for english, translated in french.items():
            content = content.replace(f'<p:cSld name="{english}">'.encode(), f'<p:cSld name="{translated}">'.encode())
        replaced[name.replace("/", "__").replace(".", "_dot_")] = content
    template = read_template(changed(SKELETON_FILE.read_bytes(), **replaced))
    names = [layout.name for layout in template.layouts]
    assert names[1] == "Titre et contenu" and names[5] == "Titre seul" and names[6] == "Vide"
    assert template.default_layout.name == "Titre seul"  # chosen by what it holds, not by its name


def test_pandoc_s_reference_document(pandoc_reference: Path) -> None:
    template = open_template(pandoc_reference)
    assert (template.width, template.height) == (720, 405)
    assert [layout.name for layout in template.layouts] == PPTX_LAYOUTS
    assert template.masters[0].theme.colours == OFFICE_COLOURS and template.masters[0].theme.major_font == "Calibri"
    title = _layout(template, "Title and Content").placeholders[0]
    assert title.type == "title" and title.box == pytest.approx((36, 16.22, 648, 67.5), abs=0.01)
    assert template.notes_master == "ppt/notesMasters/notesMaster1.xml"
    # Its four example slides and the two notes slides only they reached are not the template's.
    assert not [name for name in template.package.parts if name.startswith(("ppt/slides/", "ppt/notesSlides/"))]


def test_libreoffice_s_templates(libreoffice_templates: dict[str, Path]) -> None:
    vintage = open_template(libreoffice_templates["Vintage"])
    assert (vintage.width, vintage.height) == (793.75, 595.25)  # 4:3 as LibreOffice measures it: 28 × 21 cm
    assert len(vintage.masters) == 4 and len(vintage.layouts) == 48
    assert [layout.master for layout in vintage.layouts] == [n // 12 for n in range(48)]
    content = _layout(vintage, "Title, Content", master=1)
    assert _types(content)[:2] == ["title", "obj"]  # LibreOffice's body placeholders are of the object type
    # Written `<p:ph/>`, index 0 as the title's: the body is given an index of its own, after the layout's highest.
    assert content.placeholders[1].idx > max(p.idx for p in content.placeholders if p is not content.placeholders[1])
    assert content.placeholders[1].attributes == {"idx": str(content.placeholders[1].idx)}
    assert len({p.idx for p in content.placeholders}) == len(content.placeholders)
    assert all(p.box is not None for layout in vintage.layouts for p in layout.placeholders)
    assert {m.theme.major_font for m in vintage.masters} == {"Arial"} and vintage.masters[0].theme.colours == OFFICE_COLOURS
    assert {m.background for m in vintage.masters} == {None}  # its backgrounds are pictures
    assert vintage.default_layout.name == "Title Only" and vintage.notes_master is None
    assert not [name for name in vintage.package.parts if name.startswith("ppt/slides/")]
    sunset = open_template(libreoffice_templates["Sunset"])
    assert (sunset.width, sunset.height) == (793.75, 446.5)  # 16:9
    assert sunset.masters[0].background == "813709" and {layout.background for layout in sunset.layouts} == {"813709"}


def test_a_potx_is_read_as_its_pptx() -> None:
    pptx = SKELETON_FILE.read_bytes()
    potx = read_template(as_potx(pptx), Path("modèle.potx"))
    assert potx == read_template(pptx, Path("modèle.potx"))
    main = potx.package.parts["ppt/presentation.xml"]
    assert main.content_type == "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"


def _with_backgrounds() -> Template:
    """python-pptx's template, its master and three layouts given backgrounds of each kind."""
    members = skeleton_members()
    master = members["ppt/slideMasters/slideMaster1.xml"].replace(
        b'<p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>',
        b'<p:bg><p:bgPr><a:solidFill><a:schemeClr val="tx2"><a:lumMod val="50000"/></a:schemeClr></a:solidFill><a:effectLst/></p:bgPr></p:bg>',
    )

    def layout(number: int, background: bytes, mapping: bytes = b"<a:masterClrMapping/>") -> bytes:
        content = members[f"ppt/slideLayouts/slideLayout{number}.xml"]
        content = content.replace(b"<p:spTree>", background + b"<p:spTree>", 1)
        return content.replace(b"<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>", b"<p:clrMapOvr>" + mapping + b"</p:clrMapOvr>")

    solid = b'<p:bg><p:bgPr><a:solidFill><a:sysClr val="windowText" lastClr="123456"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>'
    gradient = (
        b'<p:bg><p:bgPr><a:gradFill><a:gsLst><a:gs pos="0"><a:srgbClr val="FFFFFF"/></a:gs><a:gs pos="100000"><a:srgbClr val="000000"/></a:gs>'
        b"</a:gsLst></a:gradFill><a:effectLst/></p:bgPr></p:bg>"
    )
    styled = b'<p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>'
    dark = b'<a:overrideClrMapping bg1="dk1" tx1="lt1" bg2="dk2" tx2="lt2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
    return read_template(
        changed(
            SKELETON_FILE.read_bytes(),
            ppt__slideMasters__slideMaster1_dot_xml=master,
            ppt__slideLayouts__slideLayout2_dot_xml=layout(2, solid),
            ppt__slideLayouts__slideLayout3_dot_xml=layout(3, gradient),
            ppt__slideLayouts__slideLayout4_dot_xml=layout(4, styled, dark),
        )
    )


def test_backgrounds_are_the_solid_colour_each_layout_shows() -> None:
    template = _with_backgrounds()
    backgrounds = {layout.name: layout.background for layout in template.layouts}
    assert template.masters[0].background == "0F243E"  # dark 2 (1F497D) at half its luminance: Office's « Text 2, Darker 50% »
    assert backgrounds["Title Slide"] == "0F243E"  # no background of its own: its master's
    assert backgrounds["Title and Content"] == "123456"  # a system colour, as last seen
    assert backgrounds["Section Header"] is None  # a gradient
    assert backgrounds["Two Content"] == "000000"  # the theme's fill in bg1, which its own colour map makes dark 1
