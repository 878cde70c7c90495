"""What content slides share: the light or dark ground, the title block, the footer line and the number."""

from __future__ import annotations

from .canvas import Canvas, P, Style
from .geometry import Box

TITLE_SIZE = 34.0
RULE = (64.0, 5.0)
"""The accent rule under a content slide's title: width and height."""


def light(canvas: Canvas, title: str, *, kicker: str | None = None, title_size: float = TITLE_SIZE) -> Box:
    """A white slide with its title (and kicker) at the top; returns the body area under it."""
    frame = canvas.frame
    canvas.ground(canvas.colours.background)
    canvas.edge(canvas.colours.primary)
    below = 0.0  # how far a kicker pushes the title down (on two lines, or where a template leaves no room above the title)
    if kicker:
        style = Style(role="label", largest=14, colour=canvas.colours.accent, bold=True)
        room = Box(frame.kicker.x, frame.kicker.y, frame.kicker.w, KICKER_MOST)
        box = room.top(max(frame.kicker.h, canvas.fitted(room, [P(kicker)], style, field=("speaker",)).height))
        canvas.text(box, kicker, style, field=("speaker",))
        below = max(0.0, box.bottom + KICKER_GAP - frame.title().y)
    style = Style(role="title", largest=title_size, colour=canvas.colours.primary, heading=True, bold=True, anchor="bottom")
    box = _below(frame.title(), below)
    if not canvas.fits(box, [P(title)], style):
        box = _below(frame.title(tall=True), below)
    if canvas.own_chrome and box != frame.title():  # the layout's rule is under the layout's title, not this one
        canvas.ground(canvas.colours.background, own=True)
        canvas.edge(canvas.colours.primary)
    canvas.title(box, title, style)
    if canvas.painted:
        canvas.rect(Box(frame.margin, box.bottom + 8, *RULE), canvas.colours.accent, name="Title rule")
    return frame.body_under(box)


KICKER_GAP = 2.0
"""From a kicker to the title under it."""


KICKER_MOST = 34.0
"""Two lines of a kicker at the label's floor: who presents a slide, with a long organisation."""


def _below(box: Box, shift: float) -> Box:
    return Box(box.x, box.y + shift, box.w, box.h)


def dark(canvas: Canvas) -> None:
    """A slide on the brand's primary colour: section breaks, title and closing."""
    canvas.ground(canvas.colours.primary)


def footer(canvas: Canvas, text: str, number: int) -> None:
    """The event's line at the bottom left, the slide number at the bottom right."""
    colour = canvas.colours.on_primary_muted if canvas.dark else canvas.colours.muted
    style = Style(role="footer", largest=11, colour=colour, anchor="middle")
    canvas.text(canvas.frame.footer, text, style, field=("footer",), slot="ftr")
    canvas.text(canvas.frame.number, [P(str(number), align="right")], style, slot="sldNum")
