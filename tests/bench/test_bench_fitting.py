"""Cutting a long list into slides costs dry runs in the logarithm of what fits, not in the list's length.

Counted in dry runs (`held` calls) and measured paragraphs, never timed; and the cut is the one trying every
head, longest first, would find.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest

import deckgen.render as render
from deckgen.brand import Brand, load_brand
from deckgen.plan.paginate import split, split_points
from deckgen.plan.specs import BulletsSlide, DeckPlan, Line, Slide
from deckgen.render import paginate
from deckgen.render.canvas import RenderContext
from deckgen.render.pages import held
from deckgen.text import fit
from deckgen.text.fit import Measurer

from bench_decks import plan_of, programme
from counting import counted


@pytest.fixture(scope="module")
def brand() -> Brand:
    return load_brand("ansa")


def _deck(slide: Slide) -> DeckPlan:
    return DeckPlan(title="Journée test", footer="Journée test", language="fr-FR", author="Ansa", slides=(slide,))


def _context(brand: Brand, measurer: Measurer | None = None) -> RenderContext:
    return RenderContext(brand, "fr-FR", measurer=measurer or Measurer())


def first_cut(spec: Slide, brand: Brand) -> tuple[int, int]:
    """(items on the first slide, dry runs it took)."""
    with counted(paginate, "held") as calls:
        head, rest, _ = paginate.fitting_part(spec, _deck(spec), _context(brand), 2)
    assert rest is not None
    return len(getattr(head, "entries", getattr(head, "items", ()))), calls[0]


def longest_first(spec: Slide, brand: Brand) -> int:
    """The cut as it was made before bisection: every head tried, longest first (and then evened out)."""
    plan, context = _deck(spec), _context(brand)

    def fits(count: int) -> bool:
        return held(split(spec, count, plan.continued, plan.continued_again)[0], plan, context, 2) is not None

    points = split_points(spec)
    count = next(c for c in points if fits(c))
    total = points.start + 1
    pages = -(-total // count)
    even = -(-total // pages)
    return even if fits(even) else count


def test_a_long_programme_is_cut_in_a_few_dry_runs(brand: Brand) -> None:
    _, runs_short = first_cut(programme(40), brand)
    _, runs_long = first_cut(programme(400), brand)
    assert runs_long == runs_short  # as many dry runs for 400 entries as for 40: none depends on the length
    assert runs_long <= 12


@pytest.mark.parametrize("entries", [12, 17, 40, 150])
def test_the_cut_is_the_longest_head_that_fits(entries: int, brand: Brand) -> None:
    spec = programme(entries)
    assert first_cut(spec, brand)[0] == longest_first(spec, brand)


def test_bullets_are_cut_where_trying_every_head_would_cut_them(brand: Brand) -> None:
    spec = BulletsSlide(title="Des constats partagés", items=tuple(Line(f"Constat numéro {n} : " + "mot " * (n % 7)) for n in range(30)))
    assert first_cut(spec, brand)[0] == longest_first(spec, brand)


def test_measured_paragraphs_do_not_grow_with_the_list(brand: Brand) -> None:
    """Each dry run measures the head it tries; with bisection the heads stay short, so a list ten times
    longer measures no more paragraphs (each with measures of its own, every paragraph wrapped is counted)."""

    def measured(entries: int) -> int:
        with counted(fit, "_wrap") as wraps:
            first_cut(programme(entries), brand)
        return wraps[0]

    assert measured(400) == measured(40)


def _cuts(slides: Iterable[Slide]) -> list[int]:
    return [len(getattr(slide, slide.continues.field)) for slide in slides if slide.continues is not None]


def test_a_continuation_is_searched_from_the_count_before_it(brand: Brand) -> None:
    """A programme's continuation slides hold about as many entries as the slide before: searched from that
    count, each takes a few dry runs, and the cuts are those of a search from scratch on every slide."""
    plan = _deck(programme(120))
    with counted(paginate, "held") as calls:
        slides = [spec for spec, _ in paginate.laid_out(plan, _context(brand))]
    first = first_cut(programme(120), brand)[1]
    assert len(slides) > 10 and calls[0] <= first + 3 * (len(slides) - 1)
    from_scratch: list[Slide] = []
    pending: Slide | None = programme(120)
    number = 0
    while pending is not None:
        number += 1
        head, pending, _ = paginate.fitting_part(pending, _deck(pending), _context(brand), number)
        from_scratch.append(head)
    assert _cuts(slides) == _cuts(from_scratch)


def test_a_dry_run_does_not_measure_again_the_slides_cut_to_fit(brand: Brand) -> None:
    """`deckgen check` draws each slide dry to find every overflow; a slide that was cut from a list was
    drawn dry, as it is, to be cut: it is not drawn a second time."""
    plan = _deck(programme(120))
    with counted(render, "draw") as draws:
        render.dry_run(plan, brand)
    assert draws[0] == 0


def test_a_deck_lays_out_each_slide_that_fits_once(brand: Brand) -> None:
    """A slide as planned is drawn at once, and only a list that does not fit is dry-run to be cut: thirty
    slides that fit are thirty drawings and no dry run."""
    with counted(paginate, "held") as dry_runs, counted(render, "draw") as drawings:
        render.render_deck(plan_of(30), brand)
    assert dry_runs[0] == 0 and drawings[0] == 30


def test_a_build_fits_each_box_once(brand: Brand) -> None:
    """A long programme is drawn whole (it does not fit), dry-run head by head to be cut, then its slides
    drawn: every box is fitted once, and found by content every other time."""
    measurer = Measurer()
    with counted(Measurer, "fit") as fits:
        package = render.render_deck(_deck(programme(120)), brand, measurer=measurer)
    assert len(package) > 10 and fits[0] == len(measurer.blocks)


def test_a_rebuild_with_the_same_measures_fits_nothing_again(brand: Brand) -> None:
    plan, measurer = _deck(programme(120)), Measurer()
    render.render_deck(plan, brand, measurer=measurer)
    with counted(Measurer, "fit") as fits:
        render.render_deck(plan, brand, measurer=measurer)
    assert fits[0] == 0
