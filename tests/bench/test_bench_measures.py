"""Measures are cached by content and forgotten together when a font file changes."""

from __future__ import annotations

from deckgen.text import fit
from deckgen.text.inline import parse_inline

from paths import ROOT

FONTS = ROOT / "assets" / "fonts"
LIBERATION = fit.FontFiles(*(FONTS / f"LiberationSans-{s}.ttf" for s in ("Regular", "Bold", "Italic", "BoldItalic")))


def test_the_same_block_is_measured_once() -> None:
    fit.clear_caches()
    paras = [fit.Para(parse_inline("Un **paragraphe** à mesurer, deux fois"))]
    first = fit.fit(paras, 300, 100, LIBERATION, largest=30, smallest=18)
    lines = fit.count_lines.cache_info().misses
    again = fit.fit(list(paras), 300, 100, LIBERATION, largest=30, smallest=18)
    assert again == first and fit.count_lines.cache_info().misses == lines


def test_forgetting_the_fonts_forgets_every_measure_derived_from_them() -> None:
    """A font file saved over in place (watch.py) must be measured again: `clear_caches()` forgets every
    measure, the canvas's fitted boxes included."""
    from deckgen.render import canvas

    fit.fit([fit.Para(parse_inline("Texte"))], 300, 100, LIBERATION, largest=30, smallest=18)
    canvas._fitted(canvas.Box(0, 0, 300, 100), (canvas.P("Texte"),), canvas.Style(), "fr-FR", LIBERATION)
    fit.clear_caches()
    for cache in (fit._font, fit._unit_width, fit._word_units, fit.count_lines, fit._fit, canvas._fitted):
        assert cache.cache_info().currsize == 0
