"""Render: a `DeckPlan` → a python-pptx `Presentation`. One renderer per slide kind, looked up in RENDERERS."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

from pptx import Presentation
from pptx.presentation import Presentation as PresentationType
from pptx.util import Pt

from ..brand import Brand
from ..errors import RenderError, TextOverflow
from ..plan.paginate import split, split_points
from ..plan.specs import DeckPlan, Slide
from . import agenda, content, day, frame, people, quiz, training
from .chart import render_chart
from .canvas import SLIDE_HEIGHT, SLIDE_WIDTH, Canvas
from .chrome import footer

Renderer = Callable[[Canvas, Any], None]

RENDERERS: dict[str, Renderer] = {
    "title": frame.render_title,
    "closing": frame.render_closing,
    "agenda": agenda.render_agenda,
    "speakers": people.render_speakers,
    "section": people.render_section,
    "bullets": content.render_bullets,
    "figures": content.render_figures,
    "quote": content.render_quote,
    "concept_map": content.render_concept_map,
    "round_table": day.render_round_table,
    "break": day.render_break,
    "lunch": day.render_lunch,
    "workshops": day.render_workshops,
    "question": quiz.render_question,
    "answer": quiz.render_answer,
    "blocks": training.render_blocks,
    "table": training.render_table,
    "territories": training.render_territories,
    "list": training.render_list,
    "chart": render_chart,
}
"""Slide kind → its renderer; a test checks every kind of the plan has exactly one."""

DARK_KINDS = frozenset({"title", "closing", "round_table", "break", "lunch", "section"})
"""Kinds drawn on the brand's primary colour."""

_TITLE_ONLY_LAYOUT = 5  # in python-pptx's default template: a title placeholder and nothing else


def render_deck(plan: DeckPlan, brand: Brand) -> PresentationType:
    """Every spec on its slide; a list too long for one slide continues on the next, « (suite) »."""
    presentation = Presentation()
    presentation.slide_width = Pt(SLIDE_WIDTH)
    presentation.slide_height = Pt(SLIDE_HEIGHT)
    layout = presentation.slide_layouts[_TITLE_ONLY_LAYOUT]
    for number, spec in enumerate(laid_out(plan, brand), start=1):
        slide = presentation.slides.add_slide(layout)
        slide._element.cSld.set("name", spec.kind)  # the slide's kind, for outlines and tests
        _draw(Canvas(slide, brand, plan.language, number, dark=spec.kind in DARK_KINDS), spec, plan)
        if spec.notes:
            _notes(slide, spec)
    return presentation


def laid_out(plan: DeckPlan, brand: Brand) -> Iterator[Slide]:
    """The slides as they will be drawn: the plan's, with continuation slides where a list is too long."""
    pending = deque(plan.slides)
    number = 0
    while pending:
        number += 1
        spec, rest = fitting_part(pending.popleft(), plan, brand, number)
        if rest is not None:
            pending.appendleft(rest)
        yield spec


def _draw(canvas: Canvas, spec: Slide, plan: DeckPlan) -> None:
    try:
        RENDERERS[spec.kind](canvas, spec)
        if spec.chrome:
            footer(canvas, plan.footer, canvas.number)
    except TextOverflow as overflow:
        origin = plan.footer_origin if overflow.field == ("footer",) else spec.origin + overflow.field
        raise SlideOverflow(spec, canvas.number, str(overflow), overflow.excess, origin) from None


def fitting_part(spec: Slide, plan: DeckPlan, brand: Brand, number: int) -> tuple[Slide, Slide | None]:
    """The spec if it fits its slide; else its longest head that fits, and the rest to continue."""
    if not _fits(spec, plan, brand, number):
        points = split_points(spec)
        for count in points:
            if _fits(split(spec, count, plan.continued)[0], plan, brand, number):
                # Even out the slides: 12 bullets of which 9 fit make 6 + 6, not 9 + 3.
                total = points.start + 1  # the list's length: the first split point is after all but one
                if count:
                    pages = -(-total // count)  # ceil: slides this list needs
                    even = -(-total // pages)  # ceil: items per slide, evened out
                    # Fewer items may take another layout (three cards a row, not two): check it fits too.
                    if _fits(split(spec, even, plan.continued)[0], plan, brand, number):
                        count = even
                return split(spec, count, plan.continued)
    return spec, None  # fits, or cannot be helped: drawing it raises the located overflow


def _fits(spec: Slide, plan: DeckPlan, brand: Brand, number: int) -> bool:
    """A dry run of the slide: every text measured, nothing drawn."""
    try:
        _draw(Canvas(None, brand, plan.language, number, dark=spec.kind in DARK_KINDS), spec, plan)
    except SlideOverflow:
        return False
    return True


class SlideOverflow(RenderError):
    """A text that does not fit, with the slide it is on and the spec (which knows where it comes from)."""

    def __init__(self, spec: Slide, number: int, message: str, excess: int, origin: tuple[str | int, ...]) -> None:
        super().__init__(f"slide {number} ({spec.kind}): {message}")
        self.spec, self.number, self.detail, self.excess, self.origin = spec, number, message, excess, origin


def _notes(slide: Any, spec: Slide) -> None:
    slide.notes_slide.notes_text_frame.text = spec.notes
