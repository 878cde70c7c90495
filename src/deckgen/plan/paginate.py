"""Continuation slides: what goes on a slide, and what continues on the next one « (suite) ».

The renderer measures (it knows the boxes and the fonts); this module decides how a slide is cut:
which of its lists is split, and what the continuation slide is. Pure data, like the rest of plan/.
"""

from __future__ import annotations

from dataclasses import replace

from .specs import BulletsSlide, FiguresSlide, QuoteSlide, Slide

SPLIT_FIELDS: dict[str, str] = {
    "bullets": "items",
    "figures": "items",
    "quote": "paragraphs",
    "agenda": "entries",
    "speakers": "people",
    "blocks": "blocks",
    "table": "rows",
    "territories": "groups",
    "list": "entries",
    "workshops": "workshops",
}
"""Slide kind → the list that may continue on a following slide; other kinds must fit on one slide."""


def split_points(spec: Slide) -> range:
    """Where the slide may be cut, most items first; empty for kinds that never continue."""
    name = SPLIT_FIELDS.get(spec.kind)
    if name is None:
        return range(0)
    smallest = 0 if isinstance(spec, FiguresSlide) else 1
    return range(len(getattr(spec, name)) - 1, smallest - 1, -1)


def split(spec: Slide, count: int, continued: str) -> tuple[Slide, Slide]:
    """The slide with its first `count` items, and the continuation with the rest, titled « … (suite) »."""
    name = SPLIT_FIELDS[spec.kind]
    items = getattr(spec, name)
    smallest = 0 if isinstance(spec, FiguresSlide) else 1  # the figures alone may fill the first slide
    if not smallest <= count < len(items):
        raise ValueError(f"cannot split {len(items)} items after {count}")
    first = replace(spec, **{name: items[:count]})
    if isinstance(first, QuoteSlide):
        first = replace(first, attribution=None)  # the author and year close the quotation
    title = spec.title if spec.title.endswith(continued) else f"{spec.title} {continued}"
    if isinstance(spec, FiguresSlide):
        # The figures stay on the first slide; what continues is the bullets under them.
        rest: Slide = BulletsSlide(title=title, kicker=spec.kicker, items=items[count:], origin=spec.origin)
    else:
        rest = replace(spec, **{name: items[count:]}, title=title, notes="")
    return first, rest
