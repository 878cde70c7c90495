"""Render: a `DeckPlan` → a `DeckPackage`, every slide written as DrawingML. One renderer per slide kind, in RENDERERS."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

from ..brand import Brand
from ..errors import RenderError, TextOverflow
from ..plan.paginate import SPLIT_FIELDS, split, split_points
from ..plan.specs import DeckPlan, Slide
from . import agenda, chart, content, day, frame, people, quiz, training
from .canvas import Canvas
from .chrome import footer
from .chart_maker import ChartMaker
from .package import DeckPackage
from .slide import SlideDrawing

Renderer = Callable[[Canvas, Any], None]

RENDERERS: dict[str, Renderer] = {
    "title": frame.render_title,
    "closing": frame.render_closing,
    "agenda": agenda.render_agenda,
    "speakers": people.render_speakers,
    "section": people.render_section,
    "bullets": content.render_bullets,
    "figures": content.render_figures,
    "quote": content.render_quote,
    "concept_map": content.render_concept_map,
    "round_table": day.render_round_table,
    "break": day.render_break,
    "lunch": day.render_lunch,
    "workshops": day.render_workshops,
    "question": quiz.render_question,
    "answer": quiz.render_answer,
    "blocks": training.render_blocks,
    "table": training.render_table,
    "territories": training.render_territories,
    "list": training.render_list,
    "chart": chart.render_chart,
}
"""Slide kind → its renderer; a test checks every kind of the plan has exactly one."""


DARK_KINDS = frozenset({"title", "closing", "round_table", "break", "lunch", "section"})
"""Kinds drawn on the brand's primary colour."""


def render_deck(plan: DeckPlan, brand: Brand, *, on_slide: Callable[[int], None] | None = None, parallel: bool = False) -> DeckPackage:
    """Every spec on its slide; a list too long for one slide continues on the next, « (suite) ».

    `on_slide(number)` is told of each slide drawn, for a progress display. `parallel`: many charts may be
    made by a worker process (chart_maker.py says when, and why only the command asks for it)."""
    charts = sum(spec.kind == "chart" for spec in plan.slides)
    package = DeckPackage(chart_maker=ChartMaker(charts, parallel=parallel), brand=brand)
    try:
        for number, spec in enumerate(laid_out(plan, brand), start=1):
            slide = SlideDrawing(kind=spec.kind, notes=spec.notes or None)  # the kind names the slide, for outlines and tests
            _draw(Canvas(slide, brand, plan.language, number, dark=spec.kind in DARK_KINDS, package=package), spec, plan)
            package.add(slide)
            if on_slide is not None:
                on_slide(number)
    finally:
        package.chart_maker.close()  # every chart made (or, after an error, the worker stopped)
    return package


def laid_out(plan: DeckPlan, brand: Brand) -> Iterator[Slide]:
    """The slides as they will be drawn: the plan's, with continuation slides where a list is too long."""
    for spec, _ in _laid_out(plan, brand):
        yield spec


def _laid_out(plan: DeckPlan, brand: Brand) -> Iterator[tuple[Slide, bool]]:
    """`laid_out()`, each slide with whether a dry run already found it fits, as it is and at its number."""
    pending = deque(plan.slides)
    number = 0
    previous: int | None = None  # items on the slide the next one continues
    while pending:
        number += 1
        spec, rest, fits = _fitting_part(pending.popleft(), plan, brand, number, previous)
        previous = None
        if rest is not None:
            pending.appendleft(rest)
            previous = len(getattr(spec, SPLIT_FIELDS[spec.kind]))
        yield spec, fits


def dry_run(plan: DeckPlan, brand: Brand) -> tuple[Slide, ...]:
    """The laid-out slides, each measured as it will be drawn (nothing drawn): what `deckgen check` needs
    to say, without writing, every overflow `build` would meet.

    A slide whose list was cut was dry-run as it is while it was cut, and fits: it is not measured again."""
    slides = tuple(_laid_out(plan, brand))
    for number, (spec, fits) in enumerate(slides, start=1):
        if not fits:
            _draw(Canvas(None, brand, plan.language, number, dark=spec.kind in DARK_KINDS), spec, plan)
    return tuple(spec for spec, _ in slides)


def _draw(canvas: Canvas, spec: Slide, plan: DeckPlan) -> None:
    try:
        RENDERERS[spec.kind](canvas, spec)
        if spec.chrome:
            footer(canvas, plan.footer, canvas.number)
    except TextOverflow as overflow:
        origin = plan.footer_origin if overflow.field == ("footer",) else spec.origin + overflow.field
        raise SlideOverflow(spec, canvas.number, str(overflow), overflow.excess, origin) from None


MONOTONE_KINDS = frozenset({"agenda", "bullets", "figures", "quote", "table"})
"""Kinds whose list is set in one text box (the figures' bullets under their tiles): a head of it that fits
its slide still fits with an item fewer, so the longest head that fits can be found by bisection. The other
kinds lay out their items differently by number (three cards a row, or two) and are tried longest first."""

LONG_LIST = 16
"""From this many items, a list is cut by bisection even in the other kinds: trying every head, longest
first, costs a dry run per item, and a programme or a participants list can have hundreds."""


def fitting_part(spec: Slide, plan: DeckPlan, brand: Brand, number: int) -> tuple[Slide, Slide | None]:
    """The spec if it fits its slide; else its longest head that fits, and the rest to continue."""
    head, rest, _ = _fitting_part(spec, plan, brand, number, None)
    return head, rest


def _fitting_part(
    spec: Slide, plan: DeckPlan, brand: Brand, number: int, previous: int | None
) -> tuple[Slide, Slide | None, bool]:
    """`fitting_part()`, and whether the slide returned was dry-run and fits (False: not tried, or it overflows).

    `previous`: how many items the slide this one continues holds, when it continues one: about as many
    fit on this one, so a list of a kind whose heads fit in order of length is searched from there."""
    points = split_points(spec)
    if not points:
        return spec, None, False  # a kind that never continues: drawing it raises the located overflow, if any
    total = points.start + 1  # the list's length: the first split point is after all but one

    cuts: dict[int, tuple[Slide, Slide | None]] = {}
    known: dict[int, bool] = {}

    def cut(count: int) -> tuple[Slide, Slide | None]:
        # The head tried is the head returned: the same object, not an equal one made again.
        if count not in cuts:
            cuts[count] = (spec, None) if count == total else split(spec, count, plan.continued)
        return cuts[count]

    def fits(count: int) -> bool:
        if count not in known:
            known[count] = _fits(cut(count)[0], plan, brand, number)
        return known[count]

    if spec.kind in MONOTONE_KINDS and previous is not None:
        found = _longest_near(fits, points.stop + 1, total, previous)
    elif spec.kind in MONOTONE_KINDS or total >= LONG_LIST:
        found = _longest(fits, points.stop + 1, total)
    else:
        found = next((count for count in range(total, points.stop, -1) if fits(count)), None)
    if found is None:
        return spec, None, False  # cannot be helped: drawing it raises the located overflow
    if found == total:
        return spec, None, True
    count = found
    # Even out the slides: 12 bullets of which 9 fit make 6 + 6, not 9 + 3.
    if count:
        pages = -(-total // count)  # ceil: slides this list needs
        even = -(-total // pages)  # ceil: items per slide, evened out
        # Fewer items may take another layout (three cards a row, not two): check it fits too.
        if fits(even):
            count = even
    return (*cut(count), True)


def _longest(fits: Callable[[int], bool], smallest: int, total: int) -> int | None:
    """The largest count in [smallest, total] that fits, if `fits` holds for every count under one that does.

    A short list is tried whole first (it usually fits: one dry run); a long one is not, since it cannot
    fit: counts 1, 2, 4, 8… are tried up to the first that does not fit, then the gap is halved. The dry runs
    are then about twice the logarithm of the count that fits, not the length of the list.
    """
    low = max(smallest, 1)  # a head of no item (the figures alone) is the last resort, as when tried in order
    if total < LONG_LIST and fits(total):
        return total
    if not fits(low):
        return 0 if smallest == 0 and fits(0) else None
    high = low
    while True:  # gallop: `low` fits; find a count that does not
        high = min(2 * high, total)
        if not fits(high):
            break
        if high == total:
            return total
        low = high
    return _bisect(fits, low, high)


def _longest_near(fits: Callable[[int], bool], smallest: int, total: int, guess: int) -> int | None:
    """`_longest()`, searched from a guess: the same count, if `fits` holds for every count under one that
    does (MONOTONE_KINDS), whatever the guess. From a good one (a continuation holds about as many items as
    the slide before it) that is two dry runs, the guess and one more, where `_longest()` takes six or so.
    """
    low = max(smallest, 1)  # as in `_longest()`: no item at all is the last resort
    guess = min(max(guess, low), total)
    step = 1
    if fits(guess):  # gallop up to a count that does not fit, or to the whole list
        good = guess
        while good < total:
            bad = min(good + step, total)
            if not fits(bad):
                return _bisect(fits, good, bad)
            good, step = bad, 2 * step
        return total
    bad = guess
    while bad > low:  # gallop down to a count that fits
        good = max(bad - step, low)
        if fits(good):
            return _bisect(fits, good, bad)
        bad, step = good, 2 * step
    return 0 if smallest == 0 and fits(0) else None  # not even `low` fits


def _bisect(fits: Callable[[int], bool], low: int, high: int) -> int:
    """The largest count that fits between `low`, which does, and `high`, which does not."""
    while high - low > 1:
        middle = (low + high) // 2
        if fits(middle):
            low = middle
        else:
            high = middle
    return low


def _fits(spec: Slide, plan: DeckPlan, brand: Brand, number: int) -> bool:
    """A dry run of the slide: every text measured, nothing drawn."""
    try:
        _draw(Canvas(None, brand, plan.language, number, dark=spec.kind in DARK_KINDS), spec, plan)
    except SlideOverflow:
        return False
    return True


class SlideOverflow(RenderError):
    """A text that does not fit, with the slide it is on and the spec (which knows where it comes from)."""

    def __init__(self, spec: Slide, number: int, message: str, excess: int, origin: tuple[str | int, ...]) -> None:
        super().__init__(f"slide {number} ({spec.kind}): {message}")
        self.spec, self.number, self.detail, self.excess, self.origin = spec, number, message, excess, origin

