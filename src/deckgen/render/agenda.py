"""The programme slide: a timeline, times in a column, each item with its details."""

from __future__ import annotations

from ..plan.specs import AgendaSlide
from .canvas import Canvas, P, Style
from .chrome import light

TIME_COLUMN = 92.0  # points: wide enough for « 10h30 » at the largest size


def render_agenda(canvas: Canvas, spec: AgendaSlide) -> None:
    body = light(canvas, spec.title)
    accent = canvas.colours.accent
    paras: list[P] = []
    for entry in spec.entries:
        time = f"**{entry.time}**" if entry.time else ""
        paras.append(P(f"{time}\t{entry.text}", margin=TIME_COLUMN, prefix_width=TIME_COLUMN, space_before=0.45, prefix_colour=accent))
        if entry.detail:
            paras.append(P(entry.detail, margin=TIME_COLUMN, scale=0.85, colour=canvas.colours.muted))
        for number, item in enumerate(entry.items, start=1):
            paras.append(P(f"{number}.\t{item}", margin=TIME_COLUMN + 30, prefix_width=30, scale=0.85, space_before=0.15, prefix_colour=accent))
    canvas.text(body, paras, Style(role="body", largest=26))
