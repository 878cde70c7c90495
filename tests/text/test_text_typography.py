"""Inline emphasis and French typography."""

from __future__ import annotations

import pytest

from deckgen.text.inline import Run, parse_inline, plain
from deckgen.text.typography import NBSP, french, typeset


def test_bold_and_italic_runs() -> None:
    assert parse_inline("du **GESMIP** ?") == (Run("du "), Run("GESMIP", bold=True), Run(" ?"))
    assert parse_inline("*De l'alimentation*") == (Run("De l'alimentation", italic=True),)
    assert plain("Les limites (**indispensable**) sont connues") == "Les limites (indispensable) sont connues"


def test_an_unmatched_star_stays_literal() -> None:
    assert parse_inline("5 * 3") == (Run("5 * 3"),)


def test_french_non_breaking_spaces() -> None:
    assert typeset("connues : ceci ; cela ! vrai ? 16 %", "fr") == f"connues{NBSP}: ceci{NBSP}; cela{NBSP}! vrai{NBSP}? 16{NBSP}%"
    assert typeset("« zones blanches »", "fr") == f"«{NBSP}zones blanches{NBSP}»"
    assert typeset("14 117 personnes, 4,1 / 5, 9 M", "fr") == f"14{NBSP}117 personnes, 4,1{NBSP}/{NBSP}5, 9{NBSP}M"
    # Runs of spaces become one, signs that follow each other stay together, one after another each get theirs.
    assert typeset("Quoi  ?! « oui » ! x ; ; y", "fr") == f"Quoi{NBSP}?! «{NBSP}oui{NBSP}»{NBSP}! x{NBSP};{NBSP}; y"


def test_text_without_marks_is_one_run() -> None:
    assert parse_inline("Pause café", bold=True) == (Run("Pause café", bold=True),)
    assert parse_inline("") == () and plain("") == "" and plain("Pause") == "Pause"


def test_english_is_left_as_written() -> None:
    assert typeset("Really ? 14 117", "en") == "Really ? 14 117"


@pytest.mark.parametrize(
    ("text", "typeset"),
    [
        ("1 250 000 €", "1\u00a0250\u00a0000\u00a0€"),  # at the end of the text: « € » came alone on the next line
        ("670 M€ investis", "670\u00a0M€ investis"),
        ("12 t de fruits", "12\u00a0t de fruits"),
        ("38 km² couverts", "38\u00a0km² couverts"),
        ("à 20 °C", "à 20\u00a0°C"),
        ("3 tomates et 12 kilos", "3 tomates et 12 kilos"),  # a word that starts like a unit is no unit
    ],
)
def test_a_unit_stays_with_its_number(text: str, typeset: str) -> None:
    assert french(text) == typeset
