"""A template's theme as deckgen's palette (render/themed.py): its own colours where they read, every text pair
the renderers use brought to WCAG AA whatever the theme."""

from __future__ import annotations

import pytest

from deckgen.brand import MINIMUM_CONTRAST, TEXT_PAIRS, contrast, contrast_findings
from deckgen.render.themed import palette, readable

OFFICE = {
    "dk1": "000000", "lt1": "FFFFFF", "dk2": "44546A", "lt2": "E7E6E6", "accent1": "4472C4", "accent2": "ED7D31",
    "accent3": "A5A5A5", "accent4": "FFC000", "accent5": "5B9BD5", "accent6": "70AD47",
}
PASTEL = {"dk1": "555555", "lt1": "FFFFFF", "dk2": "9999CC", "lt2": "F0F0F0", "accent1": "FFD1DC", "accent2": "FFFF99", "accent3": "C1E1C1"}
DEEP = {"dk1": "1A1A2E", "lt1": "FAFAFA", "dk2": "16213E", "lt2": "E8E8E8", "accent1": "0F3460", "accent2": "E94560", "accent3": "533483"}


@pytest.mark.parametrize(("theme", "background"), [(OFFICE, None), (PASTEL, None), (DEEP, None), (OFFICE, "F5E6C8"), ({}, None)])
def test_every_text_pair_reads_whatever_the_theme(theme: dict[str, str], background: str | None) -> None:
    colours = palette(theme, background)
    assert contrast_findings(colours) == []
    assert all(contrast(getattr(colours, fg), getattr(colours, bg)) >= MINIMUM_CONTRAST for fg, bg, _ in TEXT_PAIRS)
    assert colours.background == (background or theme.get("lt1", "FFFFFF"))


def test_the_themes_own_colours_are_kept_where_they_read() -> None:
    colours = palette(DEEP, None)
    assert (colours.primary, colours.text, colours.background) == ("0F3460", "1A1A2E", "FAFAFA")
    assert colours.accent != colours.primary


def test_a_colour_too_light_to_read_is_darkened_just_enough() -> None:
    darker = readable("FFD1DC", "FFFFFF")
    assert contrast(darker, "FFFFFF") >= MINIMUM_CONTRAST
    assert contrast(readable("000000", "FFFFFF"), "FFFFFF") == 21.0 and readable("000000", "FFFFFF") == "000000"
