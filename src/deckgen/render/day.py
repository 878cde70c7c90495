"""The day's moments on the brand's colour: round tables, the break, lunch; and the workshops' rooms."""

from __future__ import annotations

from ..plan.specs import BreakSlide, LunchSlide, RoundTableSlide, WorkshopsSlide
from .canvas import MARGIN, SLIDE_WIDTH, Box, Canvas, P, Style
from .chrome import dark, light

WIDE = SLIDE_WIDTH - 2 * MARGIN


def _label(canvas: Canvas, text: str, box: Box) -> None:
    canvas.text(box, [P(f"**{text}**")], Style(role="heading", largest=24, colour=canvas.colours.on_primary_accent))


def render_round_table(canvas: Canvas, spec: RoundTableSlide) -> None:
    dark(canvas)
    _label(canvas, spec.label, Box(MARGIN, 56, WIDE, 32))
    canvas.rect(Box(MARGIN, 96, 80, 6), canvas.colours.accent, name="Title rule")
    canvas.title(
        Box(MARGIN, 122, WIDE - 40, 200),
        spec.title,
        Style(role="title", largest=44, colour=canvas.colours.on_primary, heading=True, bold=True, anchor="top"),
    )
    if spec.sms_line:
        pill = Box(MARGIN, 360, 600, 64)
        canvas.rect(pill, canvas.colours.accent, rounded=32)
        canvas.text(pill.inset(28, 8), [P(f"**{spec.sms_line}**")], Style(role="heading", largest=26, colour=canvas.colours.on_primary, anchor="middle"))
    if spec.host is not None:
        canvas.logo(spec.host, Box(SLIDE_WIDTH - MARGIN - 220, 400, 220, 70), on_dark=True, align="right")


def render_break(canvas: Canvas, spec: BreakSlide) -> None:
    dark(canvas)
    canvas.title(Box(MARGIN, 120, WIDE, 140), spec.title, Style(role="title", largest=96, colour=canvas.colours.on_primary, heading=True, bold=True, align="center", anchor="bottom"))
    canvas.rect(Box((SLIDE_WIDTH - 96) / 2, 282, 96, 8), canvas.colours.accent, name="Title rule")
    canvas.text(Box(MARGIN, 310, WIDE, 80), [P(spec.back_line, align="center")], Style(role="heading", largest=40, colour=canvas.colours.on_primary_accent))


def render_lunch(canvas: Canvas, spec: LunchSlide) -> None:
    dark(canvas)
    canvas.title(Box(MARGIN, 100, WIDE, 130), spec.title, Style(role="title", largest=88, colour=canvas.colours.on_primary, heading=True, bold=True, align="center", anchor="bottom"))
    canvas.text(Box(MARGIN, 240, WIDE, 60), [P(spec.wish, align="center")], Style(role="heading", largest=40, colour=canvas.colours.on_primary_accent))
    if spec.next_line:
        pill = Box((SLIDE_WIDTH - 420) / 2, 340, 420, 64)
        canvas.rect(pill, canvas.colours.accent, rounded=32)
        canvas.text(pill.inset(24, 8), [P(f"**{spec.next_line}**", align="center")], Style(role="heading", largest=28, colour=canvas.colours.on_primary, anchor="middle"))


def render_workshops(canvas: Canvas, spec: WorkshopsSlide) -> None:
    body = light(canvas, spec.title)
    count = len(spec.workshops)
    per_row = 2 if count in (2, 4) else min(count, 3)
    rows = -(-count // per_row)
    cells = [cell for row in body.rows(rows, 18) for cell in row.columns(per_row, 24)]
    questions = [(Box(c.x + 20, c.y + 44, c.w - 40, c.h - 44 - 52), [P(w.question)]) for c, w in zip(cells, spec.workshops)]
    style = canvas.common_size(questions, Style(role="body", largest=24))
    for cell, workshop, (box, paras) in zip(cells, spec.workshops, questions):
        canvas.rect(cell, canvas.colours.surface, rounded=12)
        canvas.text(Box(cell.x + 20, cell.y + 12, cell.w - 40, 28), [P(f"**{workshop.label}**")], Style(role="caption", largest=18, colour=canvas.colours.accent))
        canvas.text(box, paras, style)
        room = Box(cell.x + 20, cell.bottom - 46, cell.w - 40, 34)
        canvas.rect(room, canvas.colours.primary, rounded=17)
        canvas.text(room.inset(16, 4), [P(f"**{workshop.room.upper()}**", align="center")], Style(role="caption", largest=18, colour=canvas.colours.on_primary, anchor="middle"))
