"""The one orchestrator: load → plan → render → write. Everything is gathered first, written last."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .brand import Brand, load_brand
from .errors import RenderError
from .load import LoadedEvent, load_event
from .plan import plan_deck
from .plan.specs import DeckPlan
from .write import build_date, deck_bytes, write_atomic


@dataclass(frozen=True)
class BuildResult:
    output: Path
    slides: int
    quiz_pairs: int
    size: int
    seconds: float


def check_deck(folder: Path) -> DeckPlan:
    """Load, validate, plan and lay out a deck in memory, writing nothing; raises a DeckError listing every problem."""
    loaded = load_event(folder)
    brand = load_brand(loaded.event.brand)
    plan = plan_deck(loaded.event, loaded.folder)
    _render(loaded, plan, brand)
    return plan


def _render(loaded: LoadedEvent, plan: DeckPlan, brand: Brand) -> Any:
    """The presentation; a text that cannot fit is reported at the line of the event it comes from."""
    from .render import SlideOverflow, render_deck  # python-pptx is imported only when a deck is laid out

    try:
        return render_deck(plan, brand)
    except SlideOverflow as overflow:
        raise RenderError(loaded.locate(overflow.origin, f"slide {overflow.number} ({overflow.spec.kind}): {overflow.detail}")) from None


def build_deck(folder: Path, output: Path) -> BuildResult:
    """Compile one deck folder into `output`; the previous file stays untouched unless all went well."""
    started = time.perf_counter()
    loaded = load_event(folder)
    brand = load_brand(loaded.event.brand)
    plan = plan_deck(loaded.event, loaded.folder)
    presentation = _render(loaded, plan, brand)
    event = loaded.event
    data = deck_bytes(
        presentation,
        title=plan.title,
        author=plan.author,
        language=plan.language,
        created=build_date(datetime(event.date.year, event.date.month, event.date.day)),
    )
    write_atomic(output, data)
    return BuildResult(
        output=output,
        slides=len(presentation.slides),
        quiz_pairs=plan.quiz_pairs,
        size=len(data),
        seconds=time.perf_counter() - started,
    )
