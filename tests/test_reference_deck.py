"""The reference deck against the seed: every line of the real Narbonne deck is on our slides, in order."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from deckgen.build import BuildResult

from deckfile import SlideSummary, summarise

GOLDEN = Path(__file__).parent / "golden" / "narbonne-2025.json"
SEED_FILE = "seed/000_74d99c3cb4538e39.txt"
FOOTER = "Renforcer les coopérations pour lutter contre la précarité alimentaire"

# Where the hand-made seed deck says one thing twice in two wordings, the model holds it once and the
# deck prints that one wording everywhere: that is what deckgen is for. Each drift is listed here with
# the wording the deck prints instead, so any other difference still fails.
SEED_DRIFT: dict[str, str] = {
    # The programme had « pourquoi et comment », the workshop slide « comment et pourquoi ».
    "3. **Coopération inter-associative** : avec qui, pourquoi et comment ?":
        "Coopération inter-associative : avec qui, comment et pourquoi ?",
    # The programme said « perspectives », the round table's slides « perspective ».
    "« Bilan et perspective du": "« Bilan et perspectives du",
    "« Bilan et perspective du programme": "« Bilan et perspectives du programme",
    # The answer slide dropped « en 2024 » from the question it repeats; the deck repeats it as asked.
    "Combien d'euros ont été versés par le Secours Catholique aux producteurs bio et/ou locaux grâce au "
    "programme Mieux Manger pour Tous ?":
        "Combien d'euros ont été versés en 2024 par le Secours Catholique aux producteurs bio et/ou locaux",
    # Typing slips in the participants list (« -30) », « - 34) »), written once and cleanly in the model.
    "Elizabeth CRES (VP Banque alimentaire) -30)": "Elizabeth CRES (VP Banque alimentaire) - 30",
    "Fabien HERAN (Animateur PAT - SM Bassin de Thau) et **Christel VIGNEAU** (Coordinatrice La Capéchade) - 34)":
        "Fabien HERAN (Animateur PAT - SM Bassin de Thau) et Christel VIGNEAU (Coordinatrice La Capéchade) - 34",
    # The region is spelt « Languedoc-Roussillon » in the calendar and without its hyphen in the legend.
    "Languedoc Roussillon - Occitanie Est (session 2024-25)": "Languedoc-Roussillon - Occitanie Est (session 2024-25)",
    # The lunch slide said only what comes next; it now also says what goes on during lunch (its `detail:`).
    "Déjeuner Bon appétit ! Ateliers à 14h15": "Déjeuner Bon appétit ! suite animation cartographie de la coopération Ateliers à 14h15",
    # The programme named the witnesses alone; the deck names everyone with their organisation (issue 11).
    "Damien Conaré et Mathias Hudbert":
        "Damien Conaré (L'Institut Agro Montpellier) et Mathias Hudbert (CEMEA Occitanie)",
    # The four training slides were titled with the round table's title; the deck titles each by the
    # training's name and what it shows (« Alim'Activ · programme »): every slide's title its own (issue 11).
    "La formation Alim'Activ : bilan et retours des participant·es": "Alim'Activ ·",
}


def normalise(text: str) -> str:
    """Compare words, not typesetting: no emphasis marks, list markers, colons, case or spacing."""
    text = re.sub(r"^\s*(?:-|\d+\.)\s+", "", text)
    text = re.sub(r"(\d+)h00\b", r"\1h", text)  # one way to write a whole hour: « 16h »
    text = text.replace("*", "").replace(":", " ").replace("\u00a0", " ").replace("\u200b", "")
    return " ".join(text.split()).casefold()


def seed_lines(shared: Path) -> list[str]:
    lines = [line.rstrip() for line in (shared / SEED_FILE).read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line.strip()]


@pytest.fixture(scope="module")
def slides(reference_deck: BuildResult) -> list[SlideSummary]:
    return summarise(reference_deck.output)


def test_every_seed_line_is_on_the_slides_in_order(shared: Path, slides: list[SlideSummary]) -> None:
    texts = [normalise(slide.joined()) for slide in slides]
    current, missing = 0, []
    footer_seen = False
    for line in seed_lines(shared):
        if line.strip() == FOOTER and footer_seen:
            continue  # the footer: checked by the next test
        footer_seen = footer_seen or line.strip() == FOOTER
        wanted = normalise(SEED_DRIFT.get(line.strip(), line))
        found = next((i for i in range(current, len(texts)) if wanted in texts[i]), None)
        if found is None:
            missing.append(f"after slide {current + 1}: {line!r}")
        else:
            current = found
    assert not missing, "seed lines not found in order:\n" + "\n".join(missing)


def test_seed_drift_entries_are_all_in_the_seed(shared: Path) -> None:
    """A drift entry that no longer matches the seed would silently hide nothing; keep the list honest."""
    lines = {line.strip() for line in seed_lines(shared)}
    assert set(SEED_DRIFT) <= lines


def test_content_slides_carry_the_footer_and_their_number(slides: list[SlideSummary]) -> None:
    for slide in slides:
        carries = FOOTER in slide.texts and str(slide.number) in slide.texts
        expected = slide.kind not in {"title", "closing", "question", "answer", "break"}
        assert carries == expected, f"slide {slide.number} ({slide.kind})"


def test_six_question_answer_pairs(slides: list[SlideSummary]) -> None:
    kinds = [slide.kind for slide in slides]
    pairs = [i for i, kind in enumerate(kinds) if kind == "question"]
    assert len(pairs) == 6
    for index in pairs:
        assert kinds[index + 1] == "answer"
        question, answer = slides[index], slides[index + 1]
        assert question.notes.startswith("Réponse : ")
        # The answer the notes give is the one lit on the answer slide.
        given = question.notes.split(". ", 1)[1].split(" (")[0]
        assert normalise(given) in normalise(answer.joined())


def test_every_slide_has_a_title_and_every_picture_alt_text(slides: list[SlideSummary]) -> None:
    for slide in slides:
        assert slide.title.strip(), f"slide {slide.number} has no title"
        assert all(alt.strip() for alt in slide.pictures), f"slide {slide.number} has a picture without alt text"


def test_golden_summary(slides: list[SlideSummary]) -> None:
    """Any change to what the reference deck says fails here; DECKGEN_UPDATE_GOLDEN=1 rewrites the file."""
    actual = [slide.as_dict() for slide in slides]
    if os.environ.get("DECKGEN_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert len(actual) == len(expected)
    for got, want in zip(actual, expected):
        assert got == want, f"slide {want['number']} ({want['kind']}) changed"
