"""Render: a `DeckPlan` → a python-pptx `Presentation`. One renderer per slide kind, looked up in RENDERERS."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

from ..brand import Brand
from ..errors import RenderError, TextOverflow
from ..plan.paginate import split, split_points
from ..plan.specs import DeckPlan, Slide
from . import agenda, content, day, frame, people, quiz, training
from .canvas import Canvas
from .chrome import footer
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
    "chart": lambda canvas, spec: _chart().render_chart(canvas, spec),
}
"""Slide kind → its renderer; a test checks every kind of the plan has exactly one."""


def _chart():  # noqa: ANN202
    """The chart renderer's module, imported for a deck that has a chart: it brings XlsxWriter (the chart's
    embedded workbook) and python-pptx's chart data, some 17 ms of a cold start that most decks do without."""
    from . import chart

    return chart


DARK_KINDS = frozenset({"title", "closing", "round_table", "break", "lunch", "section"})
"""Kinds drawn on the brand's primary colour."""

def render_deck(plan: DeckPlan, brand: Brand, *, on_slide: Callable[[int], None] | None = None) -> DeckPackage:
    """Every spec on its slide; a list too long for one slide continues on the next, « (suite) ».

    `on_slide(number)` is told of each slide drawn, for a progress display."""
    package = DeckPackage()
    for number, spec in enumerate(laid_out(plan, brand), start=1):
        slide = SlideDrawing(kind=spec.kind, notes=spec.notes or None)  # the kind names the slide, for outlines and tests
        _draw(Canvas(slide, brand, plan.language, number, dark=spec.kind in DARK_KINDS, package=package), spec, plan)
        package.add(slide)
        if on_slide is not None:
            on_slide(number)
    return package


def laid_out(plan: DeckPlan, brand: Brand) -> Iterator[Slide]:
    """The slides as they will be drawn: the plan's, with continuation slides where a list is too long."""
    pending = deque(plan.slides)
    number = 0
    while pending:
        number += 1
        spec, rest = fitting_part(pending.popleft(), plan, brand, number)
        if rest is not None:
            pending.appendleft(rest)
        yield spec


def dry_run(plan: DeckPlan, brand: Brand) -> tuple[Slide, ...]:
    """The laid-out slides, each measured as it will be drawn (nothing drawn): what `deckgen check` needs
    to say, without writing, every overflow `build` would meet."""
    slides = tuple(laid_out(plan, brand))
    for number, spec in enumerate(slides, start=1):
        _draw(Canvas(None, brand, plan.language, number, dark=spec.kind in DARK_KINDS), spec, plan)
    return slides


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
    points = split_points(spec)
    if not points:
        return spec, None  # a kind that never continues: drawing it raises the located overflow, if any
    total = points.start + 1  # the list's length: the first split point is after all but one

    known: dict[int, bool] = {}

    def fits(count: int) -> bool:
        if count not in known:
            head = spec if count == total else split(spec, count, plan.continued)[0]
            known[count] = _fits(head, plan, brand, number)
        return known[count]

    if spec.kind in MONOTONE_KINDS or total >= LONG_LIST:
        found = _longest(fits, points.stop + 1, total)
    else:
        found = next((count for count in range(total, points.stop, -1) if fits(count)), None)
    if found == total or found is None:
        return spec, None  # fits, or cannot be helped: drawing it raises the located overflow
    count = found
    # Even out the slides: 12 bullets of which 9 fit make 6 + 6, not 9 + 3.
    if count:
        pages = -(-total // count)  # ceil: slides this list needs
        even = -(-total // pages)  # ceil: items per slide, evened out
        # Fewer items may take another layout (three cards a row, not two): check it fits too.
        if fits(even):
            count = even
    return split(spec, count, plan.continued)


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
    while high - low > 1:  # bisect: `low` fits, `high` does not
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

