"""Fitting text with real font metrics: a text that fits, one that shrinks, one that cannot fit."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from deckgen.brand import ASSETS
from deckgen.text.fit import LINE_PITCH, UNBREAKABLE, Fitted, FontFiles, Measurer, Para
from deckgen.text.inline import Run, parse_inline
from deckgen.text.typography import BREAK, typeset

FONTS = ASSETS / "fonts"
LIBERATION = FontFiles(*(FONTS / f"LiberationSans-{s}.ttf" for s in ("Regular", "Bold", "Italic", "BoldItalic")))
MEASURER = Measurer()
fit, measure, count_lines, text_width = MEASURER.fit, MEASURER.measure, MEASURER.count_lines, MEASURER.text_width


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


def _stepping_down(paras: list[Para], width: float, height: float, largest: float, smallest: float, max_lines: int | None) -> Fitted | None:
    """The fit as first written: every half point from the largest size down, measured, until one fits."""
    size = largest
    while size >= smallest - 1e-9:
        fitted = measure(paras, width, size, LIBERATION)
        if fitted.height <= height and (max_lines is None or sum(fitted.lines) <= max_lines):
            return fitted
        size -= 0.5
    return None


def test_the_size_found_is_the_one_stepping_down_finds() -> None:
    """`fit()` bisects the sizes instead of trying each: the same size (the same float, and an int stays an
    int), lines and height, whatever the text, the box and the range, since fitting is monotone in the size."""
    chance = random.Random(7)
    words = "la **coopération** *durable* précarité 14\u00a0117 anticonstitutionnellement « mot » ? x\ny W".split(" ")
    shrunk = 0
    for _ in range(600):
        paras = [
            Para(parse_inline(" ".join(chance.choices(words, k=chance.randint(1, 30)))), indent=chance.choice([0, 24.5]), scale=chance.choice([1.0, 0.85]), space_before=chance.choice([0, 0.45]))
            for _ in range(chance.randint(1, 5))
        ]
        width, height = chance.uniform(60, 900), chance.uniform(20, 500)
        largest = chance.choice([chance.randint(12, 60), chance.randint(24, 120) / 2, round(chance.uniform(12, 60), 2)])
        smallest, max_lines = chance.choice([10.0, 12, 18.0, 20.0]), chance.choice([None, None, chance.randint(1, 8)])
        expected = _stepping_down(paras, width, height, largest, smallest, max_lines)
        found = fit(paras, width, height, LIBERATION, largest=largest, smallest=smallest, max_lines=max_lines)
        assert found == expected and type(getattr(found, "size", None)) is type(getattr(expected, "size", None))
        shrunk += expected is not None and expected.size != largest
    assert shrunk > 100  # the cases where bisection is at work, not only the first size


def test_a_long_word_breaks_after_its_slashes_and_hyphens_without_a_space() -> None:
    """A web address or a long word has break opportunities after its `/ ? & = - _` (typography.py): a line
    may end there, and the pieces on one line are not spaced (they are one word)."""
    address = "https://www.exemple-solidarite.fr/agir/precarite-alimentaire?territoire=aude&annee=2026"
    broken = typeset(address, "fr")
    assert broken.replace(BREAK, "") == address and broken.count(BREAK) >= 6
    assert "https://" + BREAK in broken and ":/" + BREAK not in broken  # « :// » stays whole
    runs = (Run(broken),)
    whole = text_width(address, LIBERATION.regular, 20)
    assert count_lines((Run(address),), whole / 2, 20, LIBERATION) == UNBREAKABLE  # as written: one word too wide
    assert 2 <= count_lines(runs, whole / 2, 20, LIBERATION) <= 4
    assert count_lines(runs, whole / 0.96, 20, LIBERATION) == 1  # on one line: the pieces touch, no space added


def test_short_words_are_left_as_they_are() -> None:
    assert BREAK not in typeset("co-construire avec les Pyrénées-Orientales", "fr")
    assert BREAK in typeset("Intercommunalité-départementale-métropolitaine", "en")
