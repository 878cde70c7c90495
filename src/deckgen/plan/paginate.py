"""Continuation slides: what goes on a slide, and what continues on the next one « (suite) ».

The renderer measures (it knows the boxes and the fonts); this module decides how a slide is cut:
which of its lists is split, and what the continuation slide is. Pure data, like the rest of plan/.
"""

from __future__ import annotations

from msgspec.structs import replace

from .specs import AgendaEntry, AgendaSlide, BulletsSlide, FiguresSlide, QuoteSlide, Slide


def split_points(spec: Slide) -> range:
    """Where the slide may be cut, most items first; empty for kinds that never continue."""
    if spec.continues is None:
        return range(0)
    return range(len(getattr(spec, spec.continues.field)) - 1, spec.continues.smallest - 1, -1)


def split(spec: Slide, count: int, continued: str, continued_again: str) -> tuple[Slide, Slide]:
    """The slide with its first `count` items, and the continuation with the rest, titled « … (suite) », then
    « … (suite 2) »: every slide of a long list keeps a title of its own (outline view, screen readers)."""
    assert spec.continues is not None, f"a {spec.kind} slide never continues"
    name = spec.continues.field
    items = getattr(spec, name)
    if not spec.continues.smallest <= count < len(items):
        raise ValueError(f"cannot split {len(items)} items after {count}")
    first = replace(spec, **{name: items[:count]})
    if isinstance(first, QuoteSlide):
        first = replace(first, attribution=None)  # the author and year close the quotation
    base = spec.title.removesuffix(" " + _suffix(spec.sequel, continued, continued_again)) if spec.sequel else spec.title
    sequel = spec.sequel + 1
    title = f"{base} {_suffix(sequel, continued, continued_again)}"
    if isinstance(spec, FiguresSlide):
        # The figures stay on the first slide; what continues is the bullets under them.
        rest: Slide = BulletsSlide(title=title, kicker=spec.kicker, items=items[count:], origin=spec.origin, sequel=sequel)
    else:
        rest = replace(spec, **{name: items[count:]}, title=title, notes="", sequel=sequel)
    return first, rest


def _suffix(sequel: int, continued: str, continued_again: str) -> str:
    """« (suite) » on the first continuation, « (suite 2) » on the next."""
    return continued if sequel == 1 else continued_again.format(number=sequel)


def finer(spec: Slide) -> Slide | None:
    """The slide with its list cut finer, where one of its items alone is too tall for a slide; None if it
    cannot be. A programme entry with several items (the workshops' questions) becomes its line, then one
    entry per item, numbered on: the list may then continue between two questions."""
    if not isinstance(spec, AgendaSlide) or all(len(entry.items) < 2 for entry in spec.entries):
        return None
    entries: list[AgendaEntry] = []
    for entry in spec.entries:
        if len(entry.items) < 2:
            entries.append(entry)
            continue
        entries.append(replace(entry, items=()))
        entries += [AgendaEntry(time=None, text="", items=(item,), first_number=entry.first_number + index) for index, item in enumerate(entry.items)]
    return replace(spec, entries=tuple(entries))
