"""What the property tests of this folder found, pinned as plain examples (the smallest event that showed it).

Each ended in a traceback or in a message that named no line, or the wrong one; each must now be an
`error: <file>:<line>:<column>: <field>: …` line at the field to change, and exit 1.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from deckgen.cli import app

runner = CliRunner()

EVENT = """\
title: Journée régionale
date: 2025-11-07
venue: Palais du Travail
city: Narbonne
organiser: ansa
organisations: {ansa: {name: Ansa}}
agenda:
  - kind: talk
    start: "10:00"
    title: Les chiffres
    slides:
      - kind: chart
        title: Bénéficiaires
        series:
          - name: "2024"
            values: {Aude: 12, Gard: 14}
"""


def _build(tmp_path: Path, text: str) -> tuple[int, str, Path]:
    folder = tmp_path / "event"
    folder.mkdir()
    (folder / "event.yaml").write_text(text, encoding="utf-8")
    out = tmp_path / "event.pptx"
    result = runner.invoke(app, ["build", str(folder), "-o", str(out)])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.output, out


def test_the_example_builds(tmp_path: Path) -> None:
    code, output, out = _build(tmp_path, EVENT)
    assert code == 0, output
    assert out.is_file()


@pytest.mark.parametrize(
    ("change", "where", "message"),
    [
        # The planner refused the locale with no file and no line.
        (("organiser: ansa\n", "organiser: ansa\nlocale: de\n"), r"6:9: locale", "'de' is not a language deckgen writes decks in; write one of: fr, en"),
        # A region Babel does not know passed the model and stopped the build: UnknownLocaleError, a traceback.
        (("organiser: ansa\n", "organiser: ansa\nlocale: fr_XX\n"), r"6:9: locale", "'fr_XX' is not a known language"),
        # load_brand refused the brand with no file and no line.
        (("organiser: ansa\n", "organiser: ansa\nbrand: other\n"), r"6:8: brand", "no brand 'other' in "),
        # Babel cannot print a number of about 26 digits: decimal.InvalidOperation, a traceback.
        (("Aude: 12,", "Aude: 1e30,"), r"16:28: agenda\[0\]\.slides\[0\]\.series\[0\]\.values\.Aude", "'1e+30' is too large for a chart"),
        # A venue too long for the title slide was reported at `title:` (the slide's origin).
        (
            ("venue: Palais du Travail\ncity: Narbonne", "venue: Maison départementale de la solidarité et de l'insertion, " + "salle des conférences et des rencontres " * 8 + "\ncity: Carcassonne Agglomération"),
            r"3:8: venue",
            "slide 1 (title): ",
        ),
    ],
    ids=["locale", "locale-region", "brand", "chart-value", "venue"],
)
def test_found_by_the_properties_is_located(tmp_path: Path, change: tuple[str, str], where: str, message: str) -> None:
    old, new = change
    assert old in EVENT
    code, output, out = _build(tmp_path, EVENT.replace(old, new, 1))
    assert code == 1, output
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, output
    assert re.match(rf"error: .*event\.yaml:{where}: ", errors[0]), errors[0]
    assert message in errors[0], errors[0]
    assert not out.exists()
