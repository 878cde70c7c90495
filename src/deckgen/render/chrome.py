"""What content slides share: the light or dark ground, the title block, the footer line and the number."""

from __future__ import annotations

from .canvas import MARGIN, SLIDE_HEIGHT, SLIDE_WIDTH, Box, Canvas, P, Style

TITLE_BOX = Box(MARGIN, 40, SLIDE_WIDTH - 2 * MARGIN, 78)
KICKER_BOX = Box(MARGIN, 18, SLIDE_WIDTH - 2 * MARGIN, 20)
BODY = Box(MARGIN, 146, SLIDE_WIDTH - 2 * MARGIN, 350)
"""The area under a content slide's title, above its footer."""
FOOTER_Y = 508.0


def light(canvas: Canvas, title: str, *, kicker: str | None = None, title_size: float = 34) -> Box:
    """A white slide with its title (and kicker) at the top; returns the body area under it."""
    canvas.background(canvas.colours.background)
    canvas.rect(Box(0, 0, 12, SLIDE_HEIGHT), canvas.colours.primary, name="Brand edge")
    if kicker:
        canvas.text(KICKER_BOX, kicker, Style(role="caption", largest=14, colour=canvas.colours.accent, bold=True))
    canvas.title(TITLE_BOX, title, Style(role="title", largest=title_size, colour=canvas.colours.primary, heading=True, bold=True, anchor="bottom"))
    canvas.rect(Box(MARGIN, TITLE_BOX.bottom + 8, 64, 5), canvas.colours.accent, name="Title rule")
    return BODY


def dark(canvas: Canvas) -> None:
    """A slide on the brand's primary colour: section breaks, title and closing."""
    canvas.background(canvas.colours.primary)


def footer(canvas: Canvas, text: str, number: int) -> None:
    """The event's line at the bottom left, the slide number at the bottom right."""
    colour = "C9D7DF" if canvas.dark else canvas.colours.muted
    style = Style(role="footer", largest=11, colour=colour, anchor="middle")
    canvas.text(Box(MARGIN, FOOTER_Y, 760, 20), text, style)
    canvas.text(Box(SLIDE_WIDTH - MARGIN - 60, FOOTER_Y, 60, 20), [P(str(number), align="right")], style)
