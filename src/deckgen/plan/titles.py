"""Every slide's title its own: PowerPoint's accessibility checker flags duplicate titles, and the outline
view and screen readers tell slides apart only by them.

The planners already title what deckgen names itself (« Quiz · question 3 / 6 », « Alim'Activ · programme »);
this last pass tells apart what the organiser wrote alike: two breaks, two talks' slides titled the same, two
quotations left to « Citation ». Continuation slides (« (suite) ») are titled later, by the renderer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import time

from msgspec.structs import replace

from .context import PlanContext
from .specs import Slide


def distinct_titles(ctx: PlanContext, slides: Sequence[Slide], times: Sequence[time | None]) -> list[Slide]:
    """The slides, their titles made unique: duplicates qualified by their agenda item's time where those
    differ (« Pause · 15h30 »), whatever still collides numbered (« Citation (2) »). `times[i]` is the start
    of the agenda item slide `i` comes from, None for an untimed item or a slide of the deck's own."""
    titles = _at_times(ctx, [slide.title for slide in slides], times)
    titles = _numbered(ctx, titles)
    return [slide if slide.title == title else replace(slide, title=title) for slide, title in zip(slides, titles)]


def _at_times(ctx: PlanContext, titles: list[str], times: Sequence[time | None]) -> list[str]:
    by_title: dict[str, list[int]] = defaultdict(list)
    for index, title in enumerate(titles):
        by_title[title].append(index)
    qualified = list(titles)
    for title, indexes in by_title.items():
        moments = {times[i] for i in indexes if times[i] is not None}
        if len(indexes) < 2 or len(moments) < 2:
            continue  # unique already, or no two times to tell them apart by
        for i in indexes:
            moment = times[i]
            if moment is not None:
                qualified[i] = ctx.labels.at_time.format(title=title, time=ctx.clock(moment))
    return qualified


def _numbered(ctx: PlanContext, titles: list[str]) -> list[str]:
    """The first of a title keeps it; the next ones are « (2) », « (3) », skipping any the event wrote itself."""
    taken = set(titles)
    seen: set[str] = set()
    numbered: list[str] = []
    for title in titles:
        if title not in seen:
            seen.add(title)
            numbered.append(title)
            continue
        number = 2
        while (candidate := ctx.labels.numbered.format(title=title, number=number)) in taken:
            number += 1
        taken.add(candidate)
        numbered.append(candidate)
    return numbered
