"""The one orchestrator: load → plan → render → write. Everything is gathered first, written last."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .brand import load_brand
from .load import load_event
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
    """Load, validate and plan a deck without writing anything; raises a DeckError listing every problem."""
    loaded = load_event(folder)
    load_brand(loaded.event.brand)
    return plan_deck(loaded.event, loaded.folder)


def build_deck(folder: Path, output: Path) -> BuildResult:
    """Compile one deck folder into `output`; the previous file stays untouched unless all went well."""
    from .render import render_deck  # python-pptx is imported only when a deck is really rendered

    started = time.perf_counter()
    loaded = load_event(folder)
    brand = load_brand(loaded.event.brand)
    plan = plan_deck(loaded.event, loaded.folder)
    presentation = render_deck(plan, brand)
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
        slides=len(plan.slides),
        quiz_pairs=plan.quiz_pairs,
        size=len(data),
        seconds=time.perf_counter() - started,
    )
