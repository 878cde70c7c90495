"""Render: a `DeckPlan` → a python-pptx `Presentation`. One renderer per slide kind, looked up in RENDERERS."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pptx import Presentation
from pptx.presentation import Presentation as PresentationType
from pptx.util import Pt

from ..brand import Brand
from ..plan.specs import DeckPlan, Slide
from . import agenda, content, day, frame, people, quiz, training
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
}
"""Slide kind → its renderer; a test checks every kind of the plan has exactly one."""

DARK_KINDS = frozenset({"title", "closing", "round_table", "break", "lunch", "section"})
"""Kinds drawn on the brand's primary colour."""

_TITLE_ONLY_LAYOUT = 5  # in python-pptx's default template: a title placeholder and nothing else


def render_deck(plan: DeckPlan, brand: Brand) -> PresentationType:
    presentation = Presentation()
    presentation.slide_width = Pt(SLIDE_WIDTH)
    presentation.slide_height = Pt(SLIDE_HEIGHT)
    layout = presentation.slide_layouts[_TITLE_ONLY_LAYOUT]
    for number, spec in enumerate(plan.slides, start=1):
        slide = presentation.slides.add_slide(layout)
        slide._element.cSld.set("name", spec.kind)  # the slide's kind, for outlines and tests
        canvas = Canvas(slide, brand, plan.language, number, dark=spec.kind in DARK_KINDS)
        RENDERERS[spec.kind](canvas, spec)
        if spec.chrome:
            footer(canvas, plan.footer, number)
        if spec.notes:
            _notes(slide, spec)
    return presentation


def _notes(slide: Any, spec: Slide) -> None:
    slide.notes_slide.notes_text_frame.text = spec.notes
