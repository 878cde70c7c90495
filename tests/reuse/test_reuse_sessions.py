"""The next regional session: Toulouse from Narbonne, `deckgen new`, the schema, English, outlines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from deckgen.build import build_deck, check_deck
from deckgen.cli import app
from deckgen.load import load_event
from deckgen.plan import plan_deck
from deckgen.schema import SCHEMA_FILE, event_schema, schema_text
from deckfile import summarise
from paths import DECKS, REFERENCE_SLIDES, copy_reference

runner = CliRunner()
TRAINING_KINDS = ("blocks", "table", "territories", "list")


def training_slides(folder: Path) -> list[object]:
    loaded = load_event(folder)
    return [s for s in plan_deck(loaded.event, loaded.folder).slides if s.kind in TRAINING_KINDS]


def test_toulouse_shows_narbonnes_training_without_a_copy_of_it(tmp_path: Path) -> None:
    narbonne, toulouse = training_slides(DECKS / "narbonne-2025"), training_slides(DECKS / "toulouse-2026")
    assert len(toulouse) == 4 and toulouse == narbonne
    own_text = "".join(p.read_text(encoding="utf-8") for p in (DECKS / "toulouse-2026").rglob("*.yaml"))
    assert "\ntraining:" not in own_text and "Journée réseau" not in own_text
    result = build_deck(DECKS / "toulouse-2026", tmp_path / "toulouse.pptx")
    slides = summarise(result.output)
    assert slides[0].texts[1].startswith("jeudi 19 mars 2026\nSalle du Sénéchal - Toulouse")


def test_new_scaffolds_a_session_that_builds_at_once_and_says_what_to_change(tmp_path: Path) -> None:
    parent = copy_reference(tmp_path)
    target = parent.parent / "montpellier-2026"
    created = runner.invoke(app, ["new", str(target), "--from", str(parent)])
    assert created.exit_code == 0, created.output
    text = (target / "event.yaml").read_text(encoding="utf-8")
    assert "extends: ../narbonne-2025" in text and text.startswith("# yaml-language-server: $schema=")
    assert build_deck(target, tmp_path / "m.pptx").slides == REFERENCE_SLIDES
    check = runner.invoke(app, ["check", str(target)])
    assert check.exit_code == 0
    reminders = [line for line in check.output.splitlines() if line.startswith("reminder:")]
    assert [r.split(": ", 2)[1].split(":")[-2] for r in reminders] == ["9", "10", "11", "13"]
    assert "still to change: this session's date" in reminders[0]
    assert runner.invoke(app, ["check", str(target), "--strict"]).exit_code == 1
    again = runner.invoke(app, ["new", str(target), "--from", str(parent)])
    assert again.exit_code == 1 and "already exists" in again.output


def test_the_committed_schema_matches_the_model() -> None:
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == event_schema(), "run `deckgen schema` and commit"
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), "same schema, other text: run `deckgen schema`"


def test_event_files_point_editors_at_the_schema() -> None:
    for event in sorted(DECKS.glob("*/event.yaml")):
        assert event.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../../src/deckgen/event.schema.json")
    schema = event_schema()
    assert {"extends", "include", "agenda", "training"} <= set(schema["properties"])
    assert schema["else"]["required"] == ["title", "date", "venue", "city", "organiser", "agenda"]


def test_schema_command_writes_it(tmp_path: Path) -> None:
    out = tmp_path / "s.json"
    assert runner.invoke(app, ["schema", "-o", str(out)]).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8")) == event_schema()


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = copy_reference(tmp_path_factory.mktemp("en"))
    event = folder / "event.yaml"
    event.write_text(event.read_text(encoding="utf-8").replace("locale: fr", "locale: en"), encoding="utf-8")
    return [s.joined() for s in summarise(build_deck(folder, folder / "en.pptx").output)]


def test_english_changes_labels_dates_and_times(english: list[str]) -> None:
    text = "\n".join(english)
    for label in ("November 7, 2025", "10:00 AM", "2:15 PM", "Agenda", "Back in 15 minutes", "Enjoy your meal!",
                  "Workshops at 2:15 PM", "Text your questions to 07 62 32 67 85", "Thank you!", "With the support of",
                  "Quiz · question 1 / 6", "Quiz · answer 6 / 6", "Friday, November 7, 2025",
                  "Alim'Activ · overview", "Alim'Activ · territories 2024-25", "Keynote witnesses", "Workshop 1", "Day 1"):
        assert label in text, label
    for french in ("novembre", "Retour dans", "Bon appétit", "Avec le soutien", "Merci", "Atelier n°", "Journée 1", "10h30"):
        assert french not in text, french


def test_english_leaves_the_events_own_words_alone(english: list[str], reference_deck: object) -> None:
    french = [s.joined() for s in summarise(reference_deck.output)]  # type: ignore[attr-defined]
    for words in ("Des constats partagés", "Combien de personnes ont bénéficié", "Collecte d'invendus en restauration bio",
                  "Lancer une démarche de coordination locale", "SALLE CHEYTON"):
        assert any(words in s for s in french) and any(words in s for s in english), words
    assert len(english) == len(french)


def test_outline_lists_every_slide_for_diffs(tmp_path: Path) -> None:
    result = runner.invoke(app, ["outline", str(DECKS / "narbonne-2025")])
    assert result.exit_code == 0
    lines = [line for line in result.output.splitlines() if not line.startswith(" " * 17)]
    assert len(lines) == REFERENCE_SLIDES
    assert lines[0].split() [:2] == ["1", "title"]
    assert "notes: Réponse : 3. 14 117 personnes" in result.output
    markdown = runner.invoke(app, ["outline", str(DECKS / "toulouse-2026"), "--format", "markdown"]).output
    assert markdown.count("\n# ") + 1 == len(check_deck(DECKS / "toulouse-2026").slides)
    assert "- Salle du Sénéchal - Toulouse" in markdown
