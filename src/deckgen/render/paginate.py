"""Long lists cut into slides by what they measure: the longest head that fits, then balanced.

plan/paginate.py says where a slide may be cut and what its continuation is; this module measures (dry
runs, nothing drawn) to choose the cut:

- the longest head of the list that fits its slide, searched by bisection where a head that fits still
  fits with an item fewer (`Continuation.search == "bisect"`), longest first otherwise;
- then evened out: twelve bullets of which nine fit make six and six, not nine and three;
- and never an orphan: a continuation holding a lone line, or less than a quarter of the lines of the
  slide before it, takes items from that slide until it holds enough (or no cut can do better).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from typing import TypeVar

from ..plan.paginate import finer, split, split_points
from ..plan.specs import DeckPlan, Slide
from .canvas import RenderContext
from .pages import held

LONG_LIST = 16
"""From this many items, a list is cut by bisection even in kinds laid out by number: trying every head,
longest first, costs a dry run per item, and a programme or a participants list can have hundreds."""

FEWEST_LINES = 3
"""A continuation slide holds at least this many lines as measured: never a lone line under a « (suite) »
title. The rule is two lines and a quarter of the slide before (README); the measure keeps a margin over it,
as a client may set a text on a line fewer than measured (each line is measured 3 % short, fit.py)."""
SMALLEST_SHARE = 0.3
"""…and at least this share of the lines of the slide before it (the rule: a quarter)."""


def laid_out(plan: DeckPlan, context: RenderContext) -> Iterator[tuple[Slide, bool]]:
    """The slides as they will be drawn, continuation slides included, each with whether a dry run already
    found it fits, as it is and at its number."""
    for spec, fits, _ in pages(plan, context):
        yield spec, fits


T = TypeVar("T")


def pages(
    plan: DeckPlan, context: RenderContext, attempt: Callable[[Slide, int], T | None] | None = None
) -> Iterator[tuple[Slide, bool, T | None]]:
    """`laid_out()`, each slide with what `attempt(spec, number)` made of it, if anything.

    `attempt`: a slide as planned is first handed to it (render_deck draws it at once: most fit, and are
    then laid out once), and cut by measure only where it returns None (its list does not fit). A list's
    continuation, which rarely fits whole, is cut at once."""
    pending = deque(plan.slides)
    number = 0
    previous: int | None = None  # items on the slide the next one continues
    while pending:
        number += 1
        spec = pending.popleft()
        made = attempt(spec, number) if attempt is not None and previous is None else None
        if made is not None:
            yield spec, True, made
            continue
        spec, rest, fits = fitting_part(spec, plan, context, number, previous)
        previous = None
        if rest is not None:
            pending.appendleft(rest)
            previous = len(getattr(spec, spec.continues.field))  # type: ignore[union-attr]
        yield spec, fits, None


def fitting_part(
    spec: Slide, plan: DeckPlan, context: RenderContext, number: int, previous: int | None = None
) -> tuple[Slide, Slide | None, bool]:
    """The spec if it fits its slide; else its longest head that fits, evened out, and the rest to continue;
    and whether the slide returned was dry-run and fits (False: not tried, or it overflows).

    `previous`: how many items the slide this one continues holds, when it continues one: about as many
    fit on this one, so a list whose heads fit in order of length is searched from there."""
    points = split_points(spec)
    total = points.start + 1 if points else 1  # the list's length: the first split point is after all but one
    cuts = _Cuts(spec, plan, context, number, total)
    found = _longest_head(cuts, previous) if points else None
    if found is None:  # not even its first item fits, or it has one, or its kind never continues
        cut_finer = finer(spec)  # an item too tall for the slide that can be cut (a programme's workshops)
        if cut_finer is not None:
            return fitting_part(cut_finer, plan, context, number, previous)
        return spec, None, False  # cannot be helped: drawing it raises the located overflow, if any
    if found == total:
        return spec, None, True
    count = found
    if count:
        pages = -(-total // count)  # ceil: slides this list needs
        even = -(-total // pages)  # ceil: items per slide, evened out
        # Fewer items may take another layout (three cards a row, not two): check it fits too.
        if cuts.fits(even):
            count = even
    count = _without_orphan(cuts, count, points.stop + 1)
    return (*cuts.cut(count), True)


def _longest_head(cuts: _Cuts, previous: int | None) -> int | None:
    """The most items of the list that fit its slide (None: not even the fewest it may keep)."""
    spec = cuts.spec
    assert spec.continues is not None
    smallest, total = spec.continues.smallest, cuts.total
    bisect = spec.continues.search == "bisect"
    if bisect and previous is not None:
        return _longest_near(cuts.fits, smallest, total, previous)
    if bisect or total >= LONG_LIST:
        return _longest(cuts.fits, smallest, total)
    return next((count for count in range(total, smallest - 1, -1) if cuts.fits(count)), None)


class _Cuts:
    """The heads of one list tried on its slide: each cut made once, each dry-run once."""

    def __init__(self, spec: Slide, plan: DeckPlan, context: RenderContext, number: int, total: int) -> None:
        self.spec, self.plan, self.context, self.number, self.total = spec, plan, context, number, total
        self._cuts: dict[int, tuple[Slide, Slide | None]] = {}
        self._held: dict[int, int | None] = {}

    def cut(self, count: int) -> tuple[Slide, Slide | None]:
        # The head tried is the head returned: the same object, not an equal one made again.
        if count not in self._cuts:
            whole = (self.spec, None)
            self._cuts[count] = whole if count == self.total else split(self.spec, count, self.plan.continued, self.plan.continued_again)
        return self._cuts[count]

    def held(self, count: int) -> int | None:
        """Lines the head of `count` items holds on its slide; None if it does not fit."""
        if count not in self._held:
            self._held[count] = held(self.cut(count)[0], self.plan, self.context, self.number)
        return self._held[count]

    def fits(self, count: int) -> bool:
        return self.held(count) is not None

    def next_held(self, count: int) -> int:
        """Lines the next slide holds when this one holds `count` items: the rest whole if it fits there,
        else the longest head of it that does (what a list continued again keeps on its next slide)."""
        rest = self.cut(count)[1]
        assert rest is not None and rest.continues is not None
        whole = held(rest, self.plan, self.context, self.number + 1)
        if whole is not None:
            return whole
        following = _Cuts(rest, self.plan, self.context, self.number + 1, len(getattr(rest, rest.continues.field)))
        longest = _longest_head(following, count)
        return (following.held(longest) or 0) if longest else 0


def _without_orphan(cuts: _Cuts, count: int, smallest: int) -> int:
    """The count, or fewer items on this slide where the next would be an orphan: a lone line, or under a
    quarter of what this slide holds — the rest, or, when the rest continues again, what the next slide
    keeps of it (a list's last items behind a tall one). Only a short rest is measured: a rest of more
    items than this slide holds is no orphan."""
    rest_items = cuts.total - count
    if rest_items > max(count, 1):
        return count
    for candidate in range(count, smallest - 1, -1):
        head = cuts.held(candidate)
        if head is None:
            continue  # fewer items in another layout that does not fit: try fewer still
        following = cuts.next_held(candidate)
        if following >= FEWEST_LINES and following >= SMALLEST_SHARE * head:
            return candidate
    return count  # no cut does better: keep the longest balanced one


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
    does, whatever the guess. From a good one (a continuation holds about as many items as the slide before
    it) that is two dry runs, the guess and one more, where `_longest()` takes six or so.
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
