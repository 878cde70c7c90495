"""What content slides share: the light or dark ground, the title block, the footer line and the number."""

from __future__ import annotations

from .canvas import MARGIN, SLIDE_HEIGHT, SLIDE_WIDTH, Box, Canvas, P, Style

TITLE_BOX = Box(MARGIN, 40, SLIDE_WIDTH - 2 * MARGIN, 78)
TALL_TITLE_BOX = Box(MARGIN, 40, SLIDE_WIDTH - 2 * MARGIN, 140)
"""For a title that needs three or four lines even at the title's floor: the body gives way."""
KICKER_BOX = Box(MARGIN, 18, SLIDE_WIDTH - 2 * MARGIN, 20)
BODY_BOTTOM = 496.0
BODY = Box(MARGIN, 146, SLIDE_WIDTH - 2 * MARGIN, BODY_BOTTOM - 146)
"""The area under a content slide's title, above its footer."""
FOOTER_BOX = Box(MARGIN, 505, 780, 26)  # two lines at 10 pt, for a long event title


def light(canvas: Canvas, title: str, *, kicker: str | None = None, title_size: float = 34) -> Box:
    """A white slide with its title (and kicker) at the top; returns the body area under it."""
    canvas.background(canvas.colours.background)
    canvas.rect(Box(0, 0, 12, SLIDE_HEIGHT), canvas.colours.primary, name="Brand edge")
    if kicker:
        canvas.text(KICKER_BOX, kicker, Style(role="caption", largest=14, colour=canvas.colours.accent, bold=True))
    style = Style(role="title", largest=title_size, colour=canvas.colours.primary, heading=True, bold=True, anchor="bottom")
    box = TITLE_BOX if canvas.fits(TITLE_BOX, [P(title)], style) else TALL_TITLE_BOX
    canvas.title(box, title, style)
    canvas.rect(Box(MARGIN, box.bottom + 8, 64, 5), canvas.colours.accent, name="Title rule")
    top = box.bottom + 28
    return Box(BODY.x, top, BODY.w, BODY_BOTTOM - top)


def dark(canvas: Canvas) -> None:
    """A slide on the brand's primary colour: section breaks, title and closing."""
    canvas.background(canvas.colours.primary)


def footer(canvas: Canvas, text: str, number: int) -> None:
    """The event's line at the bottom left, the slide number at the bottom right."""
    colour = canvas.colours.on_primary_muted if canvas.dark else canvas.colours.muted
    style = Style(role="footer", largest=11, colour=colour, anchor="middle")
    canvas.text(FOOTER_BOX, text, style, field=("footer",))
    canvas.text(Box(SLIDE_WIDTH - MARGIN - 60, FOOTER_BOX.y, 60, FOOTER_BOX.h), [P(str(number), align="right")], style)
