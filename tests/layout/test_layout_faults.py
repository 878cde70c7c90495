"""The fault finder itself, on small inputs made here: each rule fires on its fault and stays quiet on clean input.

A layout check that cannot fail is a defect; these tests prove each one can, without today's decks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import pytest

from deckgen.load import load_event
from faults import (
    Deck,
    SlideXml,
    body_lines,
    deck_text,
    duplicate_titles,
    find_faults,
    main,
    missing_texts,
    normalise,
    orphan_continuations,
    read_deck,
    read_slide,
    text_over_text,
    under_floor,
)
from pdf_layout import Page, convert_to_pdf, parse_layout, read_layout

WIDTH, HEIGHT = 960.0, 540.0
EMU = 12700

# ---------------------------------------------------------------------------------------------------------------
# Inputs: pdftotext's XHTML and slide XML, written by hand

WordBox = tuple[str, float, float, float, float]  # text, x0, y0, x1, y1


def xhtml(*pages: Sequence[Sequence[WordBox]]) -> str:
    """`pdftotext -bbox-layout`'s XHTML for pages of lines of words (one block per line, as poppler may)."""

    def line(words: Sequence[WordBox]) -> str:
        x0, y0 = min(w[1] for w in words), min(w[2] for w in words)
        x1, y1 = max(w[3] for w in words), max(w[4] for w in words)
        inner = "".join(f'<word xMin="{a}" yMin="{b}" xMax="{c}" yMax="{d}">{t}</word>' for t, a, b, c, d in words)
        box = f'xMin="{x0}" yMin="{y0}" xMax="{x1}" yMax="{y1}"'
        return f"<flow><block {box}><line {box}>{inner}</line></block></flow>"

    body = "".join(f'<page width="{WIDTH}" height="{HEIGHT}">{"".join(line(l) for l in lines)}</page>' for lines in pages)
    return f'<html xmlns="http://www.w3.org/1999/xhtml"><head></head><body><doc>{body}</doc></body></html>'


def words(text: str, x: float, y: float, size: float = 20.0) -> list[WordBox]:
    """A line of text as poppler boxes it: words 0.5 em a letter, a 0.3 em space, boxes 1.2257 em tall."""
    found, left = [], x
    for word in text.split():
        right = left + 0.5 * size * len(word)
        found.append((word, left, y, right, y + 1.2257 * size))
        left = right + 0.3 * size
    return found


def run(text: str, size: float | None) -> str:
    sized = f' sz="{round(size * 100)}"' if size is not None else ""
    return f'<a:r><a:rPr lang="fr-FR"{sized}/><a:t>{text}</a:t></a:r>'


def shape(name: str, box: tuple[float, float, float, float], *paragraphs: str, ph: str | None = None, styles: str = "") -> str:
    """A text box (`box` in points: x, y, width, height) with paragraphs of runs."""
    x, y, w, h = (round(v * EMU) for v in box)
    placeholder = f'<p:ph type="{ph}"/>' if ph else ""
    body = "".join(f"<a:p>{p}</a:p>" for p in paragraphs) or "<a:p/>"
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="9" name="{name}"/><p:cNvSpPr/><p:nvPr>{placeholder}</p:nvPr></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm></p:spPr>'
        f"<p:txBody><a:bodyPr/><a:lstStyle>{styles}</a:lstStyle>{body}</p:txBody></p:sp>"
    )


def title(text: str, size: float = 34) -> str:
    return shape("Title 1", (56, 40, 848, 78), run(text, size), ph="title")


FOOTER_LINE = "Renforcer les coopérations"


def footer(number: int) -> str:
    """The footer line and the slide number, each a `Footer` box, as the renderer names them."""
    return shape("Footer 8", (56, 505, 780, 26), run(FOOTER_LINE, 11)) + shape("Footer 9", (844, 505, 60, 26), run(str(number), 11))


def slide(number: int, *shapes: str, notes: str = "", extra: str = "") -> SlideXml:
    xml = (
        '<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">'
        f'<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>'
        f"{''.join(shapes)}{extra}</p:spTree></p:cSld></p:sld>"
    )
    return read_slide(number, xml.encode(), notes)


def deck(*slides: SlideXml) -> Deck:
    return Deck(WIDTH, HEIGHT, slides)


def footer_words(number: int) -> list[WordBox]:
    """The footer's words where LibreOffice draws them: the line at the left, the number at the right."""
    return words(FOOTER_LINE, 56, 511, 11) + [(str(number), 895, 511, 904, 511 + 13.5)]


def messages(found: list) -> list[str]:
    return [str(fault) for fault in found]


# ---------------------------------------------------------------------------------------------------------------
# Rule 1: text over text


def test_two_words_drawn_over_each_other_on_one_line_are_a_fault() -> None:
    """pdftotext merged two texts drawn at one height into one line: only the words show it."""
    merged = words("16:30 Clôture", 56, 300) + [("Renforcer", 150, 300, 270, 324.5)]
    [page] = parse_layout(xhtml([merged]))
    found = text_over_text([page], deck(slide(1, title("Programme"))))
    assert len(found) == 1
    assert "word « Clôture » over word « Renforcer » on one line" in str(found[0])
    assert found[0].slide == 1


def test_words_of_two_lines_crossing_are_a_fault_even_when_the_lines_do_not_overlap() -> None:
    """Two short lines whose boxes overlap by 22 % (under the lines' 25 % rule): their words cross all the same."""
    upper = words("Atelier", 100, 300)
    lower = [("Salle", 110, 300 + 0.78 * 24.514, 160, 300 + 1.78 * 24.514)]
    [page] = parse_layout(xhtml([upper, lower]))
    found = messages(text_over_text([page], deck(slide(1, title("Ateliers")))))
    assert found == ["slide 1: word « Atelier » over word « Salle » (lines « Atelier » and « Salle »)"]


def test_lines_over_lines_are_reported_once_not_again_word_by_word() -> None:
    [page] = parse_layout(xhtml([words("Une ligne", 100, 300), words("Une autre", 100, 305)]))
    found = messages(text_over_text([page], deck(slide(1, title("Titre")))))
    assert found == ["slide 1: line « Une ligne » over line « Une autre »"]


def test_a_badge_joined_to_the_line_beside_it_is_no_overlap() -> None:
    """A choice's number, centred between the two lines of its text, comes out of pdftotext joined to the
    second line: that line's box spans the gap and meets the first line, but no word of it does."""
    first = words("Acheter davantage aux producteurs", 108, 251, 19)
    joined = [("2", 80, 255, 92, 255 + 22 * 1.2257)] + words("audois", 108, 251 + 19 * 1.2, 19)
    [page] = parse_layout(xhtml([first, joined]))
    assert text_over_text([page], deck(slide(32, title("Quiz")))) == []


def test_a_paragraph_whose_lines_touch_and_words_side_by_side_are_clean() -> None:
    """Lines of one paragraph at the renderer's 1.2 line pitch touch by 8 % of their boxes: not a fault."""
    paragraph = [words("Des constats partagés par tous", 56, 200 + i * 24) for i in range(4)]
    [page] = parse_layout(xhtml(paragraph + [footer_words(3)]))
    assert text_over_text([page], deck(slide(3, title("Constats"), footer(3)))) == []


def test_text_off_the_page_is_a_fault() -> None:
    [page] = parse_layout(xhtml([words("Débordement", 900, 300)]))
    found = messages(text_over_text([page], deck(slide(1, title("Titre")))))
    assert found == ["slide 1: off the page: « Débordement » in « Débordement »"]


def test_body_text_in_the_footer_band_is_a_fault_even_inside_the_footers_line() -> None:
    """« 16:30 Clôture » drawn at the footer's height, inside its box but clear of its words, comes out in the
    footer's line: no word over another, no line over another, only the band tells."""
    band_line = footer_words(2) + words("16:30 Clôture", 300, 511, 11)
    [page] = parse_layout(xhtml([band_line]))
    found = messages(text_over_text([page], deck(slide(2, title("Programme"), footer(2)))))
    assert len(found) == 1 and found[0].startswith("slide 2: in the footer band, not the footer's: « 16:30 Clôture »")


def test_a_word_of_the_footer_drawn_twice_in_the_band_is_a_fault() -> None:
    """Inside the footer's box and one of its words, but one more than the footer holds."""
    line = footer_words(2) + [("coopérations", 600, 511, 700, 524.5)]
    [page] = parse_layout(xhtml([line]))
    found = messages(text_over_text([page], deck(slide(2, title("Programme"), footer(2)))))
    assert len(found) == 1 and "not the footer's: « coopérations »" in found[0]


def test_the_footer_and_the_slide_number_alone_in_the_band_are_clean() -> None:
    [page] = parse_layout(xhtml([footer_words(7)]))
    assert text_over_text([page], deck(slide(7, title("Titre"), footer(7)))) == []


def test_a_deck_named_by_no_role_has_its_footer_band_in_the_bottom_tenth() -> None:
    """Before the renderer named boxes by role, the footer line and number were `TextBox N`."""
    legacy = shape("TextBox 8", (56, 505, 780, 26), run(FOOTER_LINE, 11))
    [page] = parse_layout(xhtml([words(FOOTER_LINE, 56, 511, 11) + words("16:30 Clôture", 300, 511, 11)]))
    found = messages(text_over_text([page], deck(slide(2, title("Programme"), legacy))))
    assert len(found) == 1 and "not the footer's: « 16:30 Clôture »" in found[0]


def test_a_pdf_with_another_number_of_pages_is_a_fault() -> None:
    pages = parse_layout(xhtml([words("Un", 56, 200)]))
    found = messages(text_over_text(pages, deck(slide(1, title("Un")), slide(2, title("Deux")))))
    assert found == ["the PDF has 1 pages for 2 slides"]


def test_a_group_places_its_shapes_in_the_slides_coordinates() -> None:
    """A footer inside a group scaled by half lands where the group puts it, not where its own numbers say."""
    inner = footer(4)
    group = (
        '<p:grpSp><p:nvGrpSpPr><p:cNvPr id="20" name="Group"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>'
        f'<a:off x="0" y="0"/><a:ext cx="{480 * EMU}" cy="{270 * EMU}"/>'
        f'<a:chOff x="0" y="0"/><a:chExt cx="{960 * EMU}" cy="{540 * EMU}"/></a:xfrm></p:grpSpPr>{inner}</p:grpSp>'
    )
    grouped = slide(4, title("Titre"), extra=group)
    boxes = [s.box for s in grouped.shapes if s.name.startswith("Footer")]
    assert [(round(b.x0), round(b.y0), round(b.x1), round(b.y1)) for b in boxes if b] == [(28, 252, 418, 266), (422, 252, 452, 266)]


# ---------------------------------------------------------------------------------------------------------------
# Rule 2: runs under their floor


def test_a_12_pt_run_in_a_body_box_is_a_fault() -> None:
    body = shape("Body 3", (56, 146, 848, 300), run("Assez grand", 18) + run("trop petit", 12))
    [fault] = under_floor(deck(slide(5, title("Titre"), body)))
    assert str(fault) == "slide 5: Body 3: 12 pt, under the body floor of 18 pt (1 run): « trop petit »"


@pytest.mark.parametrize(
    ("name", "size", "faulty"),
    [
        ("Heading 4", 19.5, True), ("Heading 4", 20, False),
        ("Body 4", 17.5, True), ("Body 4", 18, False),
        ("Detail 4", 13.5, True), ("Detail 4", 14, False),
        ("Label 4", 11.5, True), ("Label 4", 12, False),
        ("Footer 4", 9.5, True), ("Footer 4", 10, False),
        ("Title 4", 27, True), ("Title 4", 28, False),
    ],
)
def test_each_role_has_its_floor(name: str, size: float, faulty: bool) -> None:
    found = under_floor(deck(slide(1, title("Titre"), shape(name, (56, 146, 400, 100), run("Texte", size)))))
    assert bool(found) == faulty, messages(found)


def test_the_title_placeholder_under_28_pt_is_a_fault_whatever_its_name() -> None:
    found = messages(under_floor(deck(slide(12, shape("Quiz", (56, 40, 848, 78), run("Quiz", 22), ph="title")))))
    assert found == ["slide 12: Quiz: 22 pt, under the title floor of 28 pt (1 run): « Quiz »"]


def test_a_text_box_named_by_no_role_is_a_fault_and_says_when_it_is_under_14_pt() -> None:
    found = messages(under_floor(deck(slide(2, title("Titre"), shape("TextBox 6", (56, 146, 400, 50), run("Grand", 24)),
                                           shape("TextBox 7", (56, 505, 780, 26), run(FOOTER_LINE, 11))))))
    assert found == [
        "slide 2: unnamed text box 'TextBox 6' (no role): « Grand »",
        f"slide 2: unnamed text box 'TextBox 7' (no role); 11 pt, under 14 pt outside the footer and label boxes: « {FOOTER_LINE} »",
    ]


def cell(text: str, size: float) -> str:
    return f"<a:tc><a:txBody><a:bodyPr/><a:p>{run(text, size)}</a:p></a:txBody></a:tc>"


def test_table_cells_are_body_text() -> None:
    table = (
        '<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="5" name="Table 4"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>'
        f'<p:xfrm><a:off x="0" y="0"/><a:ext cx="{400 * EMU}" cy="{100 * EMU}"/></p:xfrm><a:graphic><a:graphicData>'
        f"<a:tbl><a:tr>{cell('Lundi', 18)}{cell('Salle Cheyton', 16)}</a:tr></a:tbl></a:graphicData></a:graphic></p:graphicFrame>"
    )
    found = messages(under_floor(deck(slide(3, title("Titre"), extra=table))))
    assert found == ["slide 3: Table 4: 16 pt, under the body floor of 18 pt (1 run): « Salle Cheyton »"]


def test_a_run_with_no_size_is_a_fault_unless_its_list_style_gives_one() -> None:
    unsized = shape("Body 3", (56, 146, 400, 100), run("Sans taille", None))
    styled = shape("Body 4", (56, 146, 400, 100), run("Taille du style", None), styles='<a:lvl1pPr><a:defRPr sz="2000"/></a:lvl1pPr>')
    found = messages(under_floor(deck(slide(1, title("Titre"), unsized, styled))))
    assert found == ["slide 1: Body 3: 1 run(s) with no size written, e.g. « Sans taille »"]


def test_shapes_without_text_and_blank_runs_have_no_floor() -> None:
    blank = shape("Rounded Rectangle 4", (56, 146, 400, 100)) + shape("Body 5", (56, 146, 400, 100), run(" ", 8) + run("Lu", 18))
    assert under_floor(deck(slide(1, title("Titre"), blank))) == []


# ---------------------------------------------------------------------------------------------------------------
# Rule 3: one title per slide


def test_two_slides_with_one_title_are_a_fault() -> None:
    found = messages(duplicate_titles(deck(slide(1, title("Quiz")), slide(2, title("Bilan")), slide(3, title("quiz")))))
    assert found == ["slide 3: the title « quiz » is already slide 1's"]


def test_titles_that_differ_only_by_spaces_are_one_title() -> None:
    found = duplicate_titles(deck(slide(1, title("Quiz · question 1")), slide(2, title("Quiz\u00a0· question  1"))))
    assert [f.slide for f in found] == [2]


def test_a_slide_without_a_title_is_a_fault() -> None:
    untitled = slide(2, shape("Body 3", (56, 146, 400, 100), run("Du texte", 18)))
    empty = slide(3, shape("Title 1", (56, 40, 848, 78), ph="title"))
    found = messages(duplicate_titles(deck(slide(1, title("Un")), untitled, empty)))
    assert found == [f"slide {n}: no title (the title placeholder is missing or empty)" for n in (2, 3)]


def test_distinct_titles_are_clean() -> None:
    assert duplicate_titles(deck(slide(1, title("Quiz · question 1 / 2")), slide(2, title("Quiz · réponse 1 / 2")))) == []


# ---------------------------------------------------------------------------------------------------------------
# Rule 4: no orphan continuation


def _with_lines(number: int, heading: str, count: int) -> tuple[SlideXml, list[list[WordBox]]]:
    """A slide titled `heading` whose body holds `count` lines, with a kicker, its title and its footer."""
    lines = [words("Grand témoin", 56, 18, 14), words(heading, 56, 80, 34)]
    lines += [words(f"Point {n} du corps", 56, 150 + 26 * n) for n in range(count)]
    return slide(number, title(heading), footer(number)), lines + [footer_words(number)]


def _pages_of(*slides: tuple[SlideXml, list[list[WordBox]]]) -> tuple[Deck, list[Page]]:
    return deck(*(s for s, _ in slides)), parse_layout(xhtml(*(lines for _, lines in slides)))


def test_body_lines_leave_out_the_kicker_the_title_and_the_footer_band() -> None:
    made, pages = _pages_of(_with_lines(1, "Constats", 3))
    assert [line.text for line in body_lines(pages[0], made.slides[0], made)] == [f"Point {n} du corps" for n in range(3)]


def test_a_continuation_with_one_line_is_a_fault() -> None:
    made, pages = _pages_of(_with_lines(1, "Constats", 3), _with_lines(2, "Constats (suite)", 1))
    found = messages(orphan_continuations(pages, made))
    assert found == ["slide 2: « Constats (suite) » holds 1 line(s) of text; a continuation holds 2 at least"]


def test_a_continuation_under_a_quarter_of_the_slide_before_is_a_fault() -> None:
    made, pages = _pages_of(_with_lines(6, "Participants", 12), _with_lines(7, "Participants (continued 2)", 2))
    found = messages(orphan_continuations(pages, made))
    assert found == ["slide 7: « Participants (continued 2) » holds 2 line(s), under a quarter of the 12 of slide 6"]


@pytest.mark.parametrize("heading", ["Constats (suite)", "Constats (suite 2)", "Constats (continued)", "Constats (continued 3)"])
def test_a_balanced_continuation_is_clean(heading: str) -> None:
    made, pages = _pages_of(_with_lines(1, "Constats", 8), _with_lines(2, heading, 2))
    assert orphan_continuations(pages, made) == []


def test_a_short_slide_that_is_no_continuation_is_clean() -> None:
    made, pages = _pages_of(_with_lines(1, "Constats", 12), _with_lines(2, "Pause", 1))
    assert orphan_continuations(pages, made) == []


# ---------------------------------------------------------------------------------------------------------------
# Rule 5: every text of the event on the slides

EVENT = """\
title: Journée **test**
date: 2025-11-07
venue: Palais du Travail
city: Narbonne
organiser: ansa
organisations:
  ansa: {name: Agence nouvelle des solidarités actives}
people:
  ada:
    name: Ada Lovelace
    role: |
      Analyste
      Mathématicienne
  oubliee: {name: Personne que rien ne nomme}
agenda:
  - kind: welcome
    speakers: [ada]
  - kind: round_table
    start: "10:30"
    title: Bilan du programme
    quiz:
      - question: Combien de personnes ?
        choices: [5 899 personnes, 14 117 personnes]
        answer: 14 117 personnes
        detail: précisément 14 117
"""

SHOWN = [
    "Journée test", "Palais du Travail", "Narbonne", "Agence nouvelle des solidarités actives", "Ada Lovelace",
    "Analyste", "Mathématicienne", "Bilan du programme", "Combien de personnes\u00a0?", "5\u00a0899 personnes",
    "14\u00a0117 personnes", "précisément 14\u00a0117",
]


@pytest.fixture
def loaded(tmp_path: Path):
    (tmp_path / "event.yaml").write_text(EVENT, encoding="utf-8")
    return load_event(tmp_path, allow_outside=True)


def _deck_showing(texts: list[str], notes: str = "") -> Deck:
    boxes = [shape(f"Body {n}", (56, 146, 400, 40), run(text.upper() if n % 2 else text, 18)) for n, text in enumerate(texts)]
    return deck(slide(1, title("Accueil"), *boxes, notes=notes))


def test_a_text_of_the_event_on_no_slide_is_a_fault_at_its_line(loaded) -> None:
    found = messages(missing_texts(loaded, _deck_showing([t for t in SHOWN if t != "Mathématicienne"])))
    assert found == ["event.yaml:11: people.ada.role: « Mathématicienne » is on no slide"]


def test_every_text_shown_is_clean_marks_spaces_and_case_aside(loaded) -> None:
    """`**test**` is set bold, « 14 117 » with a no-break space, some boxes in capitals: all the same text.
    Ids, kinds, times and the person nothing names are not texts the deck owes."""
    assert missing_texts(loaded, _deck_showing(SHOWN)) == []


def test_speaker_notes_and_alternative_texts_count_as_the_deck_showing_a_text(loaded) -> None:
    picture = '<p:pic><p:nvPicPr><p:cNvPr id="30" name="Logo" descr="Agence nouvelle des solidarités actives"/></p:nvPicPr></p:pic>'
    rest = [t for t in SHOWN if t not in ("Agence nouvelle des solidarités actives", "précisément 14\u00a0117")]
    boxes = [shape(f"Body {n}", (56, 146, 400, 40), run(text, 18)) for n, text in enumerate(rest)]
    shown = deck(slide(1, title("Accueil"), *boxes, extra=picture, notes="Réponse : précisément 14 117."))
    assert missing_texts(loaded, shown) == []


def test_a_text_split_over_two_boxes_is_not_found() -> None:
    """A text is looked for inside one box, never across two."""
    split = deck(slide(1, title("Accueil"), shape("Body 2", (0, 0, 1, 1), run("Palais du", 18)), shape("Body 3", (0, 0, 1, 1), run("Travail", 18))))
    assert "palais du travail" not in deck_text(split)


def test_normalise_removes_marks_and_invisible_breaks() -> None:
    assert normalise("**Gras** et *ital*\u00a0: https://a.fr/\u200bb  C") == "gras et ital : https://a.fr/b c"


# ---------------------------------------------------------------------------------------------------------------
# The whole finder on a real rendering


@pytest.mark.libreoffice
def test_libreoffice_renders_a_line_over_the_footer_and_the_finder_says_so(soffice: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A programme line drawn over the footer, as pdftotext reads it back (inside the footer's line or not), and a
    clean slide beside it; then the command line an engineer runs on the same files."""
    from pptx import Presentation
    from pptx.util import Pt

    presentation = Presentation()
    presentation.slide_width, presentation.slide_height = Pt(WIDTH), Pt(HEIGHT)
    for number, over in ((1, True), (2, False)):
        page = presentation.slides.add_slide(presentation.slide_layouts[5])  # Title Only
        page.shapes.title.text_frame.text = f"Programme {number}"
        page.shapes.title.text_frame.paragraphs[0].runs[0].font.size = Pt(34)
        for name, box, text in (
            ("Footer 3", (56, 505, 500, 26), FOOTER_LINE),
            ("Body 4", (60 if over else 56, 507 if over else 200, 500, 26), "16:30 Clôture de la journée"),
        ):
            added = page.shapes.add_textbox(*(Pt(v) for v in box))
            added.name = name
            added.text_frame.text = text
            added.text_frame.paragraphs[0].runs[0].font.size = Pt(11 if name.startswith("Footer") else 18)
    pptx = tmp_path / "faulty.pptx"
    presentation.save(str(pptx))
    pdf = convert_to_pdf(soffice, pptx, tmp_path)
    faults = find_faults(read_deck(pptx), read_layout(pdf))
    over_text = messages(faults["text over text"])
    assert over_text and all(f.startswith("slide 1: ") for f in over_text), over_text
    assert any("over" in f for f in over_text) and any("footer band" in f for f in over_text)
    assert main([str(pptx), str(pdf)]) == 1
    assert "slide 1: " in capsys.readouterr().out
