"""Measures are kept by a build's Measurer and by nothing else; each costs as little as it can: Pillow is
asked once per word, a block's size is bisected, a size is given up early.

Counted in calls (Pillow's `getlength`, line wraps, block measures), never timed.
"""

from __future__ import annotations

import math

from PIL import ImageFont

from deckgen.brand import ASSETS, load_brand
from deckgen.render import canvas, dry_run
from deckgen.text import fit
from deckgen.text.fit import Measurer
from deckgen.text.inline import parse_inline

from bench_decks import plan_of
from counting import counted

FONTS = ASSETS / "fonts"
LIBERATION = fit.FontFiles(*(FONTS / f"LiberationSans-{s}.ttf" for s in ("Regular", "Bold", "Italic", "BoldItalic")))


def test_the_same_block_is_measured_once() -> None:
    measurer = Measurer()
    paras = [fit.Para(parse_inline("Un **paragraphe** à mesurer, deux fois"))]
    with counted(fit, "_wrap") as wraps:
        first = measurer.fit(paras, 300, 100, LIBERATION, largest=30, smallest=18)
        once = wraps[0]
        again = measurer.fit(list(paras), 300, 100, LIBERATION, largest=30, smallest=18)
    assert again == first and once > 0 and wraps[0] == once


def test_pillow_measures_each_word_once_per_font_whatever_the_sizes() -> None:
    """Widths scale with the size: a word is measured once, at a unit size, and every line, size and box is
    arithmetic on those widths."""
    measurer = Measurer()
    text = "la coopération, la coopération **la** coopération " * 8
    paras = [fit.Para(parse_inline(text)), fit.Para(parse_inline(text.upper()))]
    with counted(ImageFont.FreeTypeFont, "getlength") as pillow:
        for width in (900, 500, 300, 120):
            for height in (400, 150, 60):
                measurer.fit(paras, width, height, LIBERATION, largest=40, smallest=10)
    pieces = {"la", "coopération,", "coopération", "LA", "COOPÉRATION,", "COOPÉRATION"}  # regular
    bold = {"la", "LA"}
    assert pillow[0] == len(pieces) + len(bold) + 1  # and the space, once


def test_the_size_is_bisected_not_stepped_down() -> None:
    """From 48 pt down to 12 pt there are 73 sizes: a block fitting near the floor is measured at the
    largest, the floor, and a bisection between them; one that never fits, at the largest and the floor."""
    measurer = Measurer()
    paras = [fit.Para(parse_inline("mot " * 60))]
    with counted(fit, "_measure") as measures:
        fitted = measurer.fit(paras, 400, 90, LIBERATION, largest=48, smallest=12)
    assert fitted is not None and fitted.size < 16
    assert measures[0] <= 2 + math.ceil(math.log2(72))
    with counted(fit, "_measure") as measures:
        assert measurer.fit(paras, 400, 10, LIBERATION, largest=48, smallest=12) is None
    assert measures[0] == 2


def test_a_size_is_given_up_at_the_first_paragraph_over_the_box() -> None:
    """Two hundred paragraphs in a box that holds a few: no size measures more than the few that overflow it."""
    paras = [fit.Para(parse_inline(f"Point {n} sur la coopération")) for n in range(200)]
    with counted(fit, "_measure") as measures, counted(fit, "_wrap") as wraps:
        assert Measurer().fit(paras, 800, 100, LIBERATION, largest=28, smallest=18) is None
    assert measures[0] == 2 and wraps[0] < 20


def test_a_second_dry_run_with_the_same_measures_measures_nothing_again() -> None:
    """Everything measured is kept by the Measurer: a rebuild with the same one (deckgen watch) or the
    drawing after the dry runs asks Pillow nothing and wraps no line again."""
    plan, brand, measurer = plan_of(30), load_brand("ansa"), Measurer()
    dry_run(plan, brand, measurer=measurer)
    with counted(ImageFont.FreeTypeFont, "getlength") as pillow, counted(fit, "_wrap") as wraps:
        dry_run(plan, brand, measurer=measurer)
    assert pillow[0] == 0 and wraps[0] == 0


def test_a_new_measurer_measures_again() -> None:
    """Nothing is kept at module level: a new Measurer (a font file replaced on disk, in deckgen watch)
    measures every word again, from the font files as they are now."""
    plan, brand = plan_of(6), load_brand("ansa")
    dry_run(plan, brand, measurer=Measurer())
    with counted(ImageFont.FreeTypeFont, "getlength") as pillow, counted(fit, "_wrap") as wraps:
        dry_run(plan, brand, measurer=Measurer())
    assert pillow[0] > 0 and wraps[0] > 0


def test_asking_whether_a_text_fits_does_not_explain_its_overflow() -> None:
    """`Canvas.fits` (is the title short enough for the one-line box?) asks the fitted size; the overflow's
    message, which measures the text again, is only for an overflow that is raised."""
    page = canvas.Canvas(None, canvas.RenderContext(load_brand("ansa"), "fr-FR"), 1)
    style = canvas.Style(role="title", largest=34)
    with counted(canvas.Canvas, "_explain") as explained:
        assert not page.fits(canvas.Box(0, 0, 300, 40), [canvas.P("Un titre bien trop long " * 6)], style)
    assert explained[0] == 0


def test_a_box_is_kept_by_what_changes_its_measure_and_nothing_else() -> None:
    """The key a fitted box is kept by is made from the fields of its style and paragraphs that change a
    measure (derived from the fields' own declarations): a colour or an alignment shares the measure, a
    new size, face, scale or margin does not."""
    page = canvas.Canvas(None, canvas.RenderContext(load_brand("ansa"), "fr-FR"), 1)
    box = canvas.Box(0, 0, 300, 100)
    base = page._key(box, [canvas.P("Texte")], canvas.Style())
    assert page._key(box, [canvas.P("Texte", colour="FF0000", align="right")], canvas.Style(colour="00FF00", anchor="middle")) == base
    different = [
        page._key(box, [canvas.P("Texte", scale=0.9)], canvas.Style()),
        page._key(box, [canvas.P("Texte", margin_em=2)], canvas.Style()),
        page._key(box, [canvas.P("Texte", role="detail")], canvas.Style()),
        page._key(box, [canvas.P("Texte")], canvas.Style(largest=20)),
        page._key(box, [canvas.P("Texte")], canvas.Style(bold=True)),
        page._key(canvas.Box(0, 0, 301, 100), [canvas.P("Texte")], canvas.Style()),
    ]
    assert all(key != base for key in different) and len(set(different)) == len(different)
