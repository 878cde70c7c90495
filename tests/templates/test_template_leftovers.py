"""What a template carries besides its look, found on templates no one here had made: its slide-show
settings (a custom show of its sample slides: LibreOffice then could not open the deck at all; « from slide
1 to 2 »; kiosk mode), a master listing a layout it has no relationship for (the deck opened with a repair
prompt), a slide size of zero (a traceback)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from template_files import _default_pptx, _rewritten

from deckgen.build import build_deck
from deckgen.errors import TemplateError
from deckgen.package.template import read_template
from paths import REFERENCE, SHARED

SHOW = '<p:showPr loop="1" showNarration="1"><p:kiosk/><p:custShow id="0"/></p:showPr>'


def _template(tmp_path: Path, changes: dict) -> Path:  # type: ignore[type-arg]
    path = tmp_path / "template.pptx"
    path.write_bytes(_rewritten(_default_pptx(), changes))
    return path


def _with_show_settings(xml: bytes) -> bytes:
    text = xml.decode()
    return re.sub(r"(<p:presentationPr[^>]*>)", r"\1" + SHOW, text, count=1).encode()


def test_the_template_s_slide_show_settings_stay_behind(tmp_path: Path) -> None:
    template = _template(tmp_path, {"ppt/presProps.xml": _with_show_settings})
    assert b"<p:showPr" in zipfile.ZipFile(template).read("ppt/presProps.xml")
    deck = tmp_path / "deck.pptx"
    build_deck(REFERENCE, deck, template=template)
    assert b"showPr" not in zipfile.ZipFile(deck).read("ppt/presProps.xml")


def _listing_a_missing_layout(xml: bytes) -> bytes:
    return xml.replace(b"</p:sldLayoutIdLst>", b'<p:sldLayoutId id="2147483999" r:id="rId99"/></p:sldLayoutIdLst>')


def test_a_layout_the_master_lists_without_a_relationship_is_left_out(tmp_path: Path) -> None:
    template = _template(tmp_path, {"ppt/slideMasters/slideMaster1.xml": _listing_a_missing_layout})
    deck = tmp_path / "deck.pptx"
    build_deck(REFERENCE, deck, template=template)
    master = zipfile.ZipFile(deck).read("ppt/slideMasters/slideMaster1.xml")
    assert b'r:id="rId99"' not in master and b"<p:sldLayoutId " in master
    if (SHARED / "ooxml" / "check.py").is_file():
        import subprocess
        import sys

        checked = subprocess.run([sys.executable, str(SHARED / "ooxml" / "check.py"), str(deck)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.parametrize("size", ['cx="0" cy="0"', 'cx="100" cy="6858000"'])
def test_a_slide_size_no_slide_can_have_is_refused_with_what_to_do(tmp_path: Path, size: str) -> None:
    template = _template(tmp_path, {"ppt/presentation.xml": lambda xml: re.sub(rb'<p:sldSz cx="\d+" cy="\d+"', f"<p:sldSz {size}".encode(), xml)})
    with pytest.raises(TemplateError) as refused:
        read_template(template.read_bytes(), template)
    (problem,) = refused.value.problems
    assert "which no slide can" in problem.message and "Slide Size" in problem.message


def _spaced_capitals(xml: bytes) -> bytes:
    return re.sub(rb"<a:defRPr", b'<a:defRPr cap="all" spc="200"', xml)


def test_the_template_s_default_text_style_does_not_set_deckgen_s_text_in_spaced_capitals(tmp_path: Path) -> None:
    """The presentation's default text style is what deckgen's text boxes take: a template setting it in
    capitals, letter-spaced, drew every quiz question and card in text wider than measured."""
    template = _template(tmp_path, {"ppt/presentation.xml": _spaced_capitals})
    assert b'cap="all"' in zipfile.ZipFile(template).read("ppt/presentation.xml")
    deck = tmp_path / "deck.pptx"
    build_deck(REFERENCE, deck, template=template)
    presentation = zipfile.ZipFile(deck).read("ppt/presentation.xml")
    assert b"<a:defRPr" in presentation and b'cap="all"' not in presentation and b'spc="200"' not in presentation


def test_a_libreoffice_template_or_a_word_document_is_told_what_it_is(tmp_path: Path) -> None:
    import io

    opendocument = tmp_path / "modele.otp"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.presentation-template")
        package.writestr("content.xml", "<office:document-content/>")
    opendocument.write_bytes(buffer.getvalue())
    with pytest.raises(TemplateError) as refused:
        read_template(opendocument.read_bytes(), opendocument)
    assert "OpenDocument file (LibreOffice's .odp or .otp)" in refused.value.problems[0].message
    assert "« PowerPoint 2007-365 Template (.potx) »" in refused.value.problems[0].message

    word = tmp_path / "modele.pptx"
    word.write_bytes(_rewritten(_default_pptx(), {"[Content_Types].xml": lambda xml: xml.replace(
        b"presentationml.presentation.main+xml", b"wordprocessingml.document.main+xml")}))
    with pytest.raises(TemplateError) as refused:
        read_template(word.read_bytes(), word)
    assert refused.value.problems[0].message.startswith("the template is a Word document, not a PowerPoint presentation")


def test_a_narrow_footer_box_takes_the_footer_band_s_width(tmp_path: Path) -> None:
    """A footer placeholder 140 pt wide, as corporate templates often have, for a footer that is the event's
    title: the build stopped, telling the organiser to shorten the title."""
    from pptx import Presentation
    from pptx.enum.shapes import PP_PLACEHOLDER
    from pptx.util import Pt

    presentation = Presentation(io.BytesIO(_default_pptx()))
    for master in presentation.slide_masters:
        for part in (master, *master.slide_layouts):
            for placeholder in part.placeholders:
                if placeholder.placeholder_format.type == PP_PLACEHOLDER.FOOTER and placeholder._element.spPr.xfrm is not None:
                    placeholder.left, placeholder.width, placeholder.top, placeholder.height = Pt(36), Pt(140), Pt(505), Pt(20)
    template = tmp_path / "narrow.pptx"
    presentation.save(str(template))
    deck = tmp_path / "deck.pptx"
    build_deck(REFERENCE, deck, template=template)
    footers = [
        shape for slide in Presentation(str(deck)).slides for shape in slide.placeholders
        if shape.placeholder_format.type == PP_PLACEHOLDER.FOOTER
    ]
    assert footers and all(shape.width > Pt(140) * 2 for shape in footers)
