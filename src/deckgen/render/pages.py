"""One slide drawn, or dry-run: its kind's renderer, then its footer; an overflow located in the event."""

from __future__ import annotations

from ..errors import RenderError, TextOverflow
from ..plan.specs import DeckPlan, Slide
from .canvas import Canvas, RenderContext
from .chrome import footer
from .kinds import DRAWINGS
from .slide import SlideDrawing


def draw(slide: SlideDrawing | None, spec: Slide, plan: DeckPlan, context: RenderContext, number: int) -> Canvas:
    """The spec on its slide (None: a dry run, which measures and draws nothing); returns the canvas, which
    knows how much the slide holds. Raises `SlideOverflow` where a text cannot fit."""
    drawing = DRAWINGS[spec.kind]
    layout = None if context.layouts is None else context.layouts.of(spec.kind, drawing.family)
    canvas = Canvas(slide, context, number, dark=drawing.dark, layout=layout)
    try:
        drawing.renderer(canvas, spec)
        if spec.chrome:
            footer(canvas, plan.footer, number)
    except TextOverflow as overflow:
        instead = context.hiding_grounds
        if instead is not None and canvas.layout is not None:
            # The template's decorations take room this slide's text needs: it hides them, as a presenter
            # would (« Hide background graphics »), and lays out in the layout's whole body (a slide that
            # paints its own ground hides them anyway). A list that still does not fit is then cut.
            if slide is not None:
                slide.reset()
            return draw(slide, spec, plan, instead, number)
        origin = plan.footer_origin if overflow.field == ("footer",) else spec.origin + overflow.field
        raise SlideOverflow(spec, number, str(overflow), overflow.excess, origin) from None
    return canvas


def held(spec: Slide, plan: DeckPlan, context: RenderContext, number: int) -> int | None:
    """A dry run of the slide: the lines of text it holds outside its title, labels and footer; None if
    something on it does not fit."""
    try:
        return draw(None, spec, plan, context, number).body_lines
    except SlideOverflow:
        return None


class SlideOverflow(RenderError):
    """A text that does not fit, with the slide it is on and the spec (which knows where it comes from)."""

    def __init__(self, spec: Slide, number: int, message: str, excess: int, origin: tuple[str | int, ...]) -> None:
        super().__init__(f"slide {number} ({spec.kind}): {message}")
        self.spec, self.number, self.detail, self.excess, self.origin = spec, number, message, excess, origin
