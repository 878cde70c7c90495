"""The layout under stress: the longest texts an organiser might write still make slides that hold."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pptx import Presentation

from deckgen.build import BuildResult, build_deck
from deckgen.errors import DeckError
from deckfile import SlideSummary, summarise
from pdf_layout import Page, convert_to_pdf, off_page, overlaps, read_layout

STRESS = Path(__file__).parent / "stress"


@pytest.fixture(scope="module")
def stress_deck(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    return build_deck(STRESS, tmp_path_factory.mktemp("stress") / "stress.pptx")


@pytest.fixture(scope="module")
def slides(stress_deck: BuildResult) -> list[SlideSummary]:
    return summarise(stress_deck.output)


def test_the_stress_event_is_as_long_as_promised() -> None:
    text = (STRESS / "event.yaml").read_text(encoding="utf-8")
    assert text.count("Point ") == 12 and text.count("Prénom") == 9 and text.count("- \"Choix") == 6
    assert len(text.split("title: ")[1].split("\n")[0].strip('"')) >= 190


def test_long_lists_continue_on_following_slides(slides: list[SlideSummary]) -> None:
    titles = [s.title for s in slides]
    speakers = [t for t in titles if t.startswith("Grands témoins")]
    assert speakers == ["Grands témoins", "Grands témoins (suite)", *(f"Grands témoins (suite {n})" for n in range(2, len(speakers)))]
    assert len(speakers) >= 2
    bullets = [s for s in slides if s.kind == "bullets"]
    assert len(bullets) >= 2 and bullets[1].title.endswith("(suite)")
    # Nothing lost, nothing repeated: the twelve points and nine people, once each, in order.
    points = [line for s in bullets for line in s.texts[1].split("\n") if line.startswith("Point")]
    assert [p.split()[1].rstrip("\u00a0:") for p in points] == [str(n) for n in range(1, 13)]
    people = [text.split("\n")[0] for s in slides if s.kind == "speakers" for text in s.texts if text.startswith("Prénom")]
    assert people == [f"Prénom{n} Nom-Composé{n}" for n in range(1, 10)]


def test_continuation_slides_are_balanced(slides: list[SlideSummary]) -> None:
    """Twelve bullets of which nine would fit make six and six, not nine and three."""
    bullets = [s for s in slides if s.kind == "bullets"]
    counts = [sum(line.startswith("Point") for line in s.texts[1].split("\n")) for s in bullets]
    assert max(counts) - min(counts) <= 1


def test_the_stress_deck_renders_without_overflow(soffice: str, stress_deck: BuildResult, tmp_path: Path) -> None:
    pages: list[Page] = read_layout(convert_to_pdf(soffice, stress_deck.output, tmp_path))
    assert len(pages) == stress_deck.slides
    problems = [f"slide {line.page}: off the slide: {line.text!r}" for page in pages for line in off_page(page)]
    problems += [f"slide {a.page}: {a.text!r} over {b.text!r}" for page in pages for a, b in overlaps(page)]
    problems += [f"slide {line.page}: {line.size:.1f} pt: {line.text!r}" for page in pages for line in page.lines if line.size < 9.9]
    assert not problems


def test_an_item_no_slide_can_hold_fails_at_its_line(tmp_path: Path) -> None:
    folder = tmp_path / "deck"
    shutil.copytree(STRESS, folder)
    event = folder / "event.yaml"
    text = event.read_text(encoding="utf-8")
    endless = "un mot " * 400
    event.write_text(text.replace('- "Point 3 :', f'- "{endless}Point 3 :', 1), encoding="utf-8")
    with pytest.raises(DeckError) as raised:
        build_deck(folder, tmp_path / "out.pptx")
    [problem] = raised.value.problems
    slide_line = 1 + next(i for i, line in enumerate(text.splitlines()) if "kind: bullets" in line)
    assert (problem.file, problem.line, problem.field) == (event, slide_line, "agenda[0].slides[0]")
    assert "« un mot un mot" in problem.message
    assert "characters too long for this slide, even at 18 pt" in problem.message
    assert not (tmp_path / "out.pptx").exists()


def test_a_title_no_slide_can_hold_fails_at_the_title(tmp_path: Path) -> None:
    folder = tmp_path / "deck"
    shutil.copytree(STRESS, folder)
    event = folder / "event.yaml"
    lines = event.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.strip().startswith("title:") and line.startswith("        "))
    lines[index] = "        title: " + "Titre interminable " * 20
    event.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DeckError) as raised:
        build_deck(folder, tmp_path / "out.pptx")
    [problem] = raised.value.problems
    assert (problem.line, problem.field) == (index + 1, "agenda[0].slides[0].title")
    assert "characters too long" in problem.message


def test_check_finds_what_build_would_refuse_on_a_slide_that_never_continues(tmp_path: Path) -> None:
    """A concept map holds one centre: too long, it is reported by `check` too, at the `centre:` line."""
    from deckgen.build import check_deck

    folder = tmp_path / "deck"
    shutil.copytree(STRESS, folder)
    event = folder / "event.yaml"
    centre = "Un centre beaucoup trop long " * 12
    text = event.read_text(encoding="utf-8").replace(
        "  - kind: conclusion",
        f'  - kind: talk\n    start: "11:00"\n    title: Carte\n    slides:\n      - kind: concept_map\n        centre: "{centre}"\n'
        "        branches:\n          - text: a\n          - text: b\n  - kind: conclusion",
    )
    event.write_text(text, encoding="utf-8")
    with pytest.raises(DeckError) as raised:
        check_deck(folder)
    [problem] = raised.value.problems
    assert (problem.line, problem.field) == (1 + text.splitlines().index(f'        centre: "{centre}"'), "agenda[2].slides[0].centre")


def test_a_long_address_or_hyphenated_word_breaks_where_it_may(tmp_path: Path) -> None:
    """A 110-character web address in a bullet, or a long hyphenated word, breaks after its `/ ? & = - _`
    instead of stopping the build; the address becomes a link."""
    folder = tmp_path / "deck"
    shutil.copytree(STRESS, folder)
    event = folder / "event.yaml"
    address = "https://www.solidarites-actives.com/fr/nos-actions/precarite-alimentaire/ressources?theme=cooperation&annee=2026"
    assert len(address) >= 110
    word = "Intercommunalité-départementale-métropolitaine-" * 4
    text = event.read_text(encoding="utf-8").replace('- "Point 2 :', f'- "{word} Point 2 :', 1)
    event.write_text(text.replace('- "Point 3 :', f'- "Voir {address} Point 3 :', 1), encoding="utf-8")
    result = build_deck(folder, tmp_path / "out.pptx")
    slides = summarise(result.output)
    joined = " ".join(s.joined() for s in slides).replace("\u200b", "")
    assert address in joined and word.rstrip("-") in joined
    links = [
        rel.target_ref for slide in Presentation(str(result.output)).slides for rel in slide.part.rels.values()
        if rel.reltype.endswith("/hyperlink")
    ]
    assert links == [address]


def test_a_word_too_wide_for_its_box_is_named_as_measured(tmp_path: Path) -> None:
    folder = tmp_path / "deck"
    shutil.copytree(STRESS, folder)
    event = folder / "event.yaml"
    word = "Intercommunalitédépartementalemétropolitaine" * 3  # no place where a line may break
    event.write_text(event.read_text(encoding="utf-8").replace("06 00 00 00 00", f"06 00 00 00 00 {word}"), encoding="utf-8")
    with pytest.raises(DeckError) as raised:
        build_deck(folder, tmp_path / "out.pptx")
    [problem] = raised.value.problems
    assert problem.field == "agenda[1].sms"  # at the line of the text it is in
    assert f"the word « {word[:40]} » is too wide for its box" in problem.message
