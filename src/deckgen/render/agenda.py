"""The programme slide: times in a column as wide as the widest of them, each item with its details."""

from __future__ import annotations

from ..plan.specs import AgendaSlide
from .canvas import Canvas, P, Style
from .chrome import light
from .kinds import renders
from .spacing import spread

GUTTER = 0.6
"""Ems between the time column and the text."""
ENTRY_GAP = 0.45
"""Lines before each entry; more when the slide has room (spacing.py)."""
ITEM_SCALE = 0.9
"""A workshop's question under its entry: a tenth smaller, never under the body's floor."""
DETAIL_SCALE = 0.9
"""The speakers under a talk: a tenth smaller too, in the muted colour (body text all the same: one box, one floor)."""


@renders(AgendaSlide, family="content")
def render_agenda(canvas: Canvas, spec: AgendaSlide) -> None:
    body = light(canvas, spec.title)
    style = Style(role="body", largest=26)
    times = spec.times or tuple(e.time for e in spec.entries if e.time)
    time_column = _widest(canvas, [f"**{time}**" for time in times], style) + GUTTER
    numbers = [f"{n}." for e in spec.entries for n in range(e.first_number, e.first_number + len(e.items))]
    number_column = _widest(canvas, numbers, style) + GUTTER
    accent, muted = canvas.colours.accent, canvas.colours.muted
    paras: list[P] = []
    for entry in spec.entries:
        time = f"**{entry.time}**" if entry.time else ""
        if time or entry.text:  # not an item continued on an entry of its own (plan/paginate.py `finer`)
            paras.append(P(f"{time}\t{entry.text}", margin_em=time_column, prefix_em=time_column, space_before=ENTRY_GAP, prefix_colour=accent))
        if entry.detail:
            paras.append(P(entry.detail, margin_em=time_column / DETAIL_SCALE, scale=DETAIL_SCALE, colour=muted))
        for number, item in enumerate(entry.items, start=entry.first_number):
            # The number hangs in its own column, right of the times: ems of the item's own size.
            paras.append(
                P(f"{number}.\t{item}", margin_em=time_column / ITEM_SCALE + number_column, prefix_em=number_column,
                  scale=ITEM_SCALE, space_before=0.15, prefix_colour=accent)
            )
    canvas.text(body, spread(canvas, body, paras, style, gap=ENTRY_GAP), style, slot=0)


def _widest(canvas: Canvas, texts: list[str], style: Style) -> float:
    """The widest of the texts, in ems (its width at 1 pt), as measured."""
    return max((canvas.width(text, style, 1.0) for text in texts), default=0.0)


