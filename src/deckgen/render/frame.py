"""Title and closing slides: the event on the brand's colour, the sponsors on a white band."""

from __future__ import annotations

from ..plan.specs import ClosingSlide, Logo, TitleSlide
from .canvas import MARGIN, SLIDE_HEIGHT, SLIDE_WIDTH, Box, Canvas, P, Style
from .chrome import dark

BAND = Box(0, 392, SLIDE_WIDTH, SLIDE_HEIGHT - 392)


def render_title(canvas: Canvas, spec: TitleSlide) -> None:
    dark(canvas)
    canvas.logo(spec.organiser, Box(MARGIN, 36, 190, 64), on_dark=True, align="left")
    canvas.title(
        Box(MARGIN, 120, 700, 150),
        spec.title,
        Style(role="title", largest=44, colour=canvas.colours.on_primary, heading=True, bold=True, anchor="bottom"),
    )
    canvas.rect(Box(MARGIN, 284, 80, 6), canvas.colours.accent, name="Title rule")
    canvas.text(
        Box(MARGIN, 302, 700, 70),
        [P(f"**{spec.date_line}**"), P(spec.place_line)],
        Style(role="heading", largest=24, colour=canvas.colours.on_primary),
        field=("venue",),  # the date is derived: what overflows is the place line, `venue` - `city`
    )
    _sponsors(canvas, spec.sponsors_label, spec.sponsors)


def render_closing(canvas: Canvas, spec: ClosingSlide) -> None:
    dark(canvas)
    canvas.title(
        Box(MARGIN, 110, SLIDE_WIDTH - 2 * MARGIN, 150),
        spec.title,
        Style(role="title", largest=72, colour=canvas.colours.on_primary, heading=True, bold=True, align="center", anchor="middle"),
    )
    canvas.logo(spec.organiser, Box((SLIDE_WIDTH - 220) / 2, 286, 220, 70), on_dark=True)
    _sponsors(canvas, spec.sponsors_label, spec.sponsors)


def _sponsors(canvas: Canvas, label: str, sponsors: tuple[Logo, ...]) -> None:
    if not sponsors:
        return
    canvas.rect(BAND, canvas.colours.background, name="Sponsors band")
    canvas.text(
        Box(MARGIN, BAND.y + 22, SLIDE_WIDTH - 2 * MARGIN, 24),
        label,
        Style(role="caption", largest=16, colour=canvas.colours.muted, bold=True),
    )
    row = Box(MARGIN, BAND.y + 58, SLIDE_WIDTH - 2 * MARGIN, 74)
    slots = row.columns(max(len(sponsors), 3), 32)
    for logo, slot in zip(sponsors, slots):
        canvas.logo(logo, slot, align="left")
