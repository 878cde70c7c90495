"""A chart's values as organisers write them, in French or in English, and the one shape that means two
different numbers in the two languages (`16.800`, `18,900`), which is asked, never guessed: read the
French way, an English deck's 18,900 parcels became 18.9 without a word."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from deckgen.errors import LoadError
from deckgen.load import load_event
from deckgen.load.yaml_source import read_yaml
from deckgen.model.content import parse_number
from paths import DECKS


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("12.5", 12.5), ("12,5", 12.5), ("12,50", 12.5), ("0,125", 0.125), ("0.125", 0.125), ("-3,5", -3.5),
        ("14 117", 14117), ("16\u00a0800", 16800), ("\u22121 200", -1200), ("1 250 000,5", 1250000.5),
        ("1,250,000", 1250000), ("1.250.000", 1250000), ("1,250.5", 1250.5), ("1.250,5", 1250.5), ("2024", 2024),
    ],
)
def test_a_value_is_read_in_either_language(written: str, value: float) -> None:
    assert parse_number(written) == value


@pytest.mark.parametrize(("written", "whole", "decimal"), [("16.800", "16 800", "16.8"), ("18,900", "18 900", "18,9"), ("-1.500", "-1 500", "-1.5")])
def test_a_single_separator_before_three_digits_is_asked(written: str, whole: str, decimal: str) -> None:
    with pytest.raises(ValueError, match=f"can be read two ways: write {whole} if it is a whole number, or {decimal} if it has decimals"):
        parse_number(written)


@pytest.mark.parametrize("written", ["12,5 %", "1,2,3", "12.34.56", "1.25,5", "1 2", "1,250.500.5"])
def test_what_is_no_number_is_refused(written: str) -> None:
    with pytest.raises(ValueError, match="is not a number"):
        parse_number(written)


def test_yaml_does_not_read_a_dot_before_three_digits_as_a_decimal_point(tmp_path: Path) -> None:
    path = tmp_path / "any.yaml"
    path.write_text("a: 16.800\nb: 16.8\nc: 1.250.000\nd: 0.125\n", encoding="utf-8")
    assert read_yaml(path)[0] == {"a": "16.800", "b": 16.8, "c": "1.250.000", "d": 0.125}


def test_the_question_is_asked_at_the_value_s_line(tmp_path: Path) -> None:
    shutil.copytree(DECKS, tmp_path / "deck")
    event = tmp_path / "deck" / "reseau-aude-2026" / "event.yaml"
    text = event.read_text(encoding="utf-8")
    event.write_text(text.replace('"2021": 16 800', '"2021": 16.800'), encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_event(event.parent)
    (problem,) = caught.value.problems
    line = 1 + text.splitlines().index(next(row for row in text.splitlines() if '"2021": 16 800' in row))
    assert (problem.file, problem.line) == (event, line) and problem.field is not None and problem.field.endswith("values.2021")
    assert "'16.800' can be read two ways" in problem.message
