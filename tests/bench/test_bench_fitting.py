"""Cutting a long list into slides costs dry runs in the logarithm of what fits, not in the list's length.

Counted in dry runs (`_fits` calls) and measured paragraphs, never timed; and the cut is the one trying every
head, longest first, would find.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import pytest

import deckgen.render as render
from deckgen.brand import Brand, load_brand
from deckgen.plan.paginate import SPLIT_FIELDS, split, split_points
from deckgen.plan.specs import BulletsSlide, DeckPlan, Line, Slide
from deckgen.text import fit

from bench_decks import plan_of, programme
from counting import counted


@pytest.fixture(scope="module")
def brand() -> Brand:
    return load_brand("ansa")


@contextmanager
def counted_dry_runs() -> Iterator[list[int]]:
    calls = [0]
    original = render._fits

    def counting(*args):  # noqa: ANN002, ANN202
        calls[0] += 1
        return original(*args)

    render._fits = counting
    try:
        yield calls
    finally:
        render._fits = original


def _deck(slide: Slide) -> DeckPlan:
    return DeckPlan(title="Journée test", footer="Journée test", language="fr-FR", author="Ansa", slides=(slide,))


def first_cut(spec: Slide, brand: Brand) -> tuple[int, int]:
    """(items on the first slide, dry runs it took)."""
    with counted_dry_runs() as calls:
        head, rest = render.fitting_part(spec, _deck(spec), brand, 2)
    assert rest is not None
    return len(getattr(head, "entries", getattr(head, "items", ()))), calls[0]


def longest_first(spec: Slide, brand: Brand) -> int:
    """The cut as it was made before bisection: every head tried, longest first (and then evened out)."""
    plan = _deck(spec)
    points = split_points(spec)
    count = next(c for c in points if render._fits(split(spec, c, plan.continued)[0], plan, brand, 2))
    total = points.start + 1
    pages = -(-total // count)
    even = -(-total // pages)
    return even if render._fits(split(spec, even, plan.continued)[0], plan, brand, 2) else count


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
    longer measures no more paragraphs (with the cache cleared, every paragraph wrapped is counted)."""

    def measured(entries: int) -> int:
        fit.clear_caches()
        with counted(fit, "_wrap") as wraps:
            first_cut(programme(entries), brand)
        return wraps[0]

    assert measured(400) == measured(40)


def _cuts(slides: Iterable[Slide]) -> list[int]:
    return [len(getattr(slide, SPLIT_FIELDS[slide.kind])) for slide in slides]


def test_a_continuation_is_searched_from_the_count_before_it(brand: Brand) -> None:
    """A programme's continuation slides hold about as many entries as the slide before: searched from that
    count, each takes a few dry runs, and the cuts are those of a search from scratch on every slide."""
    plan = _deck(programme(120))
    with counted_dry_runs() as calls:
        slides = list(render.laid_out(plan, brand))
    first = first_cut(programme(120), brand)[1]
    assert len(slides) > 10 and calls[0] <= first + 3 * (len(slides) - 1)
    from_scratch, pending, number = [], programme(120), 0
    while pending is not None:
        number += 1
        head, pending = render.fitting_part(pending, _deck(pending), brand, number)
        from_scratch.append(head)
    assert _cuts(slides) == _cuts(from_scratch)


def test_a_dry_run_does_not_measure_again_the_slides_cut_to_fit(brand: Brand) -> None:
    """`deckgen check` draws each slide dry to find every overflow; a slide that was cut from a list was
    drawn dry, as it is, to be cut: it is not drawn a second time."""
    plan = _deck(programme(120))
    with counted(render, "_draw") as draws, counted_dry_runs() as cuts:
        render.dry_run(plan, brand)
    assert draws[0] == cuts[0]


def test_a_deck_draws_each_slide_once_and_dry_runs_only_lists(brand: Brand) -> None:
    """Kinds that never continue on a next slide are drawn, not dry-run first."""
    with counted_dry_runs() as calls:
        render.render_deck(plan_of(30), brand)
    assert calls[0] == 20  # the 20 bullets slides (whose list might continue), not the 10 round tables


def test_drawing_a_slide_measures_nothing_its_dry_run_did_not(brand: Brand) -> None:
    """A build dry-runs each list to cut it, then draws the slides: every box drawn was fitted in the dry
    run of its slide, and is found by content, not fitted again."""
    from deckgen.render import canvas

    plan = _deck(programme(120))
    fit.clear_caches()
    with counted(canvas, "_fitted") as cutting:
        list(render.laid_out(plan, brand))
    fit.clear_caches()
    with counted(canvas, "_fitted") as building:
        render.render_deck(plan, brand)
    assert building[0] == cutting[0] > 0
