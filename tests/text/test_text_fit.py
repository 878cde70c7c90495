"""Fitting text with real font metrics: a text that fits, one that shrinks, one that cannot fit."""

from __future__ import annotations

from pathlib import Path

import pytest

from deckgen.text.fit import LINE_PITCH, UNBREAKABLE, FontFiles, Para, count_lines, fit, measure, text_width
from deckgen.text.inline import Run, parse_inline
from paths import ROOT

FONTS = ROOT / "assets" / "fonts"
LIBERATION = FontFiles(*(FONTS / f"LiberationSans-{s}.ttf" for s in ("Regular", "Bold", "Italic", "BoldItalic")))


def para(text: str) -> Para:
    return Para(parse_inline(text))


def test_widths_scale_with_size_and_bold_is_wider() -> None:
    assert text_width("Narbonne", LIBERATION.regular, 20) == pytest.approx(2 * text_width("Narbonne", LIBERATION.regular, 10))
    assert text_width("Narbonne", LIBERATION.bold, 20) > text_width("Narbonne", LIBERATION.regular, 20)
    # Liberation Sans is metric-compatible with Arial: « Hello world » at 20 pt is 98.9 pt wide in both.
    assert text_width("Hello world", LIBERATION.regular, 20) == pytest.approx(98.92, abs=0.05)


def test_a_short_text_fits_at_its_largest_size() -> None:
    fitted = fit([para("Pause")], 400, 100, LIBERATION, largest=40, smallest=28)
    assert fitted is not None and fitted.size == 40 and fitted.lines == (1,)
    assert fitted.height == pytest.approx(40 * LINE_PITCH)


def test_a_longer_text_shrinks_until_it_fits() -> None:
    text = "La formation Alim'Activ : bilan et retours des participant·es"
    fitted = fit([para(text)], 400, 80, LIBERATION, largest=40, smallest=20)
    assert fitted is not None and 20 <= fitted.size < 40
    assert fitted.height <= 80
    # Half a point larger would not fit: the size is the largest possible.
    assert measure([para(text)], 400, fitted.size + 0.5, LIBERATION).height > 80


def test_greedy_wrap_breaks_between_words_only() -> None:
    runs = parse_inline("un deux trois quatre cinq six")
    one_line = text_width("un deux trois quatre cinq six", LIBERATION.regular, 20)
    assert count_lines(runs, one_line / 0.96, 20, LIBERATION) == 1
    assert count_lines(runs, one_line / 2, 20, LIBERATION) == 3
    assert count_lines((Run("ligne un\nligne deux"),), 1000, 20, LIBERATION) == 2


def test_a_word_wider_than_its_box_never_fits() -> None:
    runs = (Run("anticonstitutionnellement"),)
    assert count_lines(runs, 100, 20, LIBERATION) == UNBREAKABLE
    assert fit([Para(runs)], 100, 500, LIBERATION, largest=20, smallest=18) is None


def test_a_text_too_long_for_the_box_at_its_floor_does_not_fit() -> None:
    assert fit([para("mot " * 300)], 400, 100, LIBERATION, largest=24, smallest=18) is None


def test_paragraph_spacing_and_indent_count() -> None:
    plain = measure([para("un"), para("deux")], 400, 20, LIBERATION).height
    spaced = measure([para("un"), Para(parse_inline("deux"), space_before=0.5)], 400, 20, LIBERATION).height
    assert spaced == pytest.approx(plain + 0.5 * 20 * LINE_PITCH)
    words = "mot " * 20
    assert measure([Para(parse_inline(words), indent=300)], 400, 20, LIBERATION).lines[0] > measure([para(words)], 400, 20, LIBERATION).lines[0]
