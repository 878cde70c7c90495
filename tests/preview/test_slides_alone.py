"""A deck of some slides alone (slides.slides_alone), from which a preview redraws the slides an edit changed,
and the pages of those slides put in place in the deck's PDF (preview.splice_pages)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pikepdf
import pytest
from lxml import etree
from PIL import Image

from deckgen.build import BuildResult
from deckgen.preview import splice_pages
from deckgen.slides import slide_digests, slides_alone

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
FIELD = '<a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum"><a:rPr lang="fr-FR" sz="1400" b="1"/><a:t>‹#›</a:t></a:fld>'


def _with(deck: bytes, changes: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(deck)) as package, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for name in package.namelist():
            copy.writestr(name, changes.get(name, package.read(name)))
    return out.getvalue()


def _read(deck: bytes, part: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(deck)) as package:
        return package.read(part)


def _slide_part(deck: bytes, number: int) -> str:
    """The part of slide `number` (from 1), as the presentation lists it."""
    with zipfile.ZipFile(io.BytesIO(deck)) as package:
        presentation = etree.fromstring(package.read("ppt/presentation.xml"))
        rels = etree.fromstring(package.read("ppt/_rels/presentation.xml.rels"))
    rid = presentation.find(".//{*}sldIdLst")[number - 1].get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
    target = next(rel.get("Target") for rel in rels if rel.get("Id") == rid)
    return "ppt/" + target


def _number_in_text_box(deck: bytes, number: int) -> bytes:
    """The deck with a slide-number field added to the first paragraph of slide `number`'s first text."""
    part = _slide_part(deck, number)
    xml = _read(deck, part).decode("utf-8")
    at = xml.index("<a:p>") + len("<a:p>")
    return _with(deck, {part: (xml[:at] + FIELD + xml[at:]).encode("utf-8")})


def _numbered(deck: bytes) -> list[bool]:
    """Whether each slide shows its number by a field."""
    count = len(slide_digests(deck))
    return [b'type="slidenum"' in _read(deck, _slide_part(deck, n)) for n in range(1, count + 1)]


def test_the_deck_alone_lists_only_the_slides_asked_for_in_order_and_each_unchanged(reference_deck: BuildResult) -> None:
    deck = reference_deck.output.read_bytes()
    whole, numbered = slide_digests(deck), _numbered(deck)
    plain = [n for n, field in enumerate(numbered, 1) if not field]  # the title and cover slides, which show no number
    assert len(plain) >= 3 and any(numbered)
    asked = (plain[-1], plain[0], plain[1])
    alone = slides_alone(deck, asked)
    assert alone is not None
    assert slide_digests(alone) == tuple(whole[n - 1] for n in sorted(asked))  # the deck's order, each slide and what it uses as they were
    with zipfile.ZipFile(io.BytesIO(alone)) as package:
        assert package.testzip() is None


def test_a_numbered_slide_alone_shows_its_number_in_the_whole_deck(reference_deck: BuildResult) -> None:
    deck = reference_deck.output.read_bytes()
    number = max(n for n, field in enumerate(_numbered(deck), 1) if field)
    alone = slides_alone(deck, (number,))
    assert alone is not None
    slide = etree.fromstring(_read(alone, _slide_part(deck, number)))
    assert [f for f in slide.iter(f"{A}fld") if f.get("type") == "slidenum"] == []
    assert str(number) in [t.text for t in slide.iter(f"{A}t")]


def test_a_slide_number_field_is_written_out_as_the_slides_number_in_the_whole_deck(reference_deck: BuildResult) -> None:
    deck = _number_in_text_box(reference_deck.output.read_bytes(), 12)
    alone = slides_alone(deck, (12,))
    assert alone is not None
    slide = etree.fromstring(_read(alone, _slide_part(deck, 12)))
    assert [f for f in slide.iter(f"{A}fld") if f.get("type") == "slidenum"] == []
    first = next(slide.iter(f"{A}p"))
    run = first.find(f"{A}r")
    assert run is not None and run.findtext(f"{A}t") == "12"
    assert run.find(f"{A}rPr").attrib == {"lang": "fr-FR", "sz": "1400", "b": "1"}  # in the field's character format


def test_no_deck_alone_where_a_master_draws_the_slide_number_outside_a_placeholder(reference_deck: BuildResult) -> None:
    deck = reference_deck.output.read_bytes()
    master = _read(deck, "ppt/slideMasters/slideMaster1.xml").decode("utf-8")
    box = ('<p:sp><p:nvSpPr><p:cNvPr id="999" name="Number"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr/>'
           f'<p:txBody><a:bodyPr/><a:lstStyle/><a:p>{FIELD}</a:p></p:txBody></p:sp>')
    at = master.index("</p:spTree>")
    numbered = _with(deck, {"ppt/slideMasters/slideMaster1.xml": (master[:at] + box + master[at:]).encode("utf-8")})
    assert slides_alone(numbered, (3,)) is None
    # The master's own number placeholder draws nothing on the slides: those decks are drawn alone.
    assert b'type="slidenum"' in _read(deck, "ppt/slideMasters/slideMaster1.xml")
    assert slides_alone(deck, (3,)) is not None


def _pdf(path: Path, widths: list[int]) -> Path:
    """A PDF of one page per width (in points), each telling which it is by its width."""
    pages = [Image.new("RGB", (width, 90), "white") for width in widths]
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=72)
    return path


def _widths(path: Path) -> list[int]:
    with pikepdf.open(path) as pdf:
        return [round(float(page.mediabox[2])) for page in pdf.pages]


def test_the_redrawn_pages_take_the_place_of_theirs_and_the_others_stay(tmp_path: Path) -> None:
    whole = _pdf(tmp_path / "deck.pdf", [160, 160, 160, 160])
    with pikepdf.open(whole, allow_overwriting_input=True) as pdf:  # an outline entry pointing at page 3
        with pdf.open_outline() as outline:
            outline.root.append(pikepdf.OutlineItem("three", 2))
        pdf.save(whole)
    assert splice_pages(whole, _pdf(tmp_path / "changed.pdf", [200, 300]), (2, 3), 4)
    assert _widths(whole) == [160, 200, 300, 160]
    with pikepdf.open(whole) as pdf, pdf.open_outline() as outline:
        [entry] = outline.root
        assert entry.destination[0].objgen == pdf.pages[2].objgen  # still the third page: replaced in place


@pytest.mark.parametrize(("widths", "numbers", "count"), [([200], (2, 3), 4), ([200, 300], (2, 3), 5)],
                         ids=["fewer pages than slides", "a PDF of another deck"])
def test_pages_that_do_not_fit_the_pdf_leave_it_untouched(tmp_path: Path, widths: list[int], numbers: tuple[int, ...], count: int) -> None:
    whole = _pdf(tmp_path / "deck.pdf", [160] * 4)
    before = whole.read_bytes()
    assert not splice_pages(whole, _pdf(tmp_path / "changed.pdf", widths), numbers, count)
    assert whole.read_bytes() == before


def test_a_pdf_that_is_no_pdf_is_not_spliced(tmp_path: Path) -> None:
    whole = tmp_path / "deck.pdf"
    whole.write_bytes(b"not a PDF")
    assert not splice_pages(whole, _pdf(tmp_path / "changed.pdf", [200]), (1,), 1)
    assert whole.read_bytes() == b"not a PDF"


@pytest.mark.libreoffice
def test_every_slide_drawn_alone_is_that_of_the_whole_deck(soffice: str, reference_deck: BuildResult, tmp_path: Path) -> None:
    """Every kind of slide (pictures, charts, quiz, cards), each drawn in a deck of every other slide, where it
    stands elsewhere than in the whole deck: its number, written out, is still its own."""
    from drawn_alone import drawn_apart
    from pdf_layout import convert_to_pdf

    deck = reference_deck.output
    whole = convert_to_pdf(soffice, deck, tmp_path / "whole-pdf")
    for first in (1, 2):
        asked = tuple(range(first, reference_deck.slides + 1, 2))
        assert drawn_apart(deck, whole, asked, tmp_path / f"from-{first}") == {}
