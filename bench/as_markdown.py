"""The deck's content as Markdown, for pandoc: what the benchmark compares deckgen with.

`deckgen outline --format markdown DECK` gives it where that command exists; this module is the fallback,
written from the plan: one `#` heading per slide (its title), then every other text of the slide as a
bullet, nested lists flattened, emphasis kept (pandoc reads `**bold**` as deckgen does).
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_SKIPPED = frozenset({"title", "notes", "chrome", "origin", "correct", "kind"})


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        if value.strip():
            yield " ".join(value.split())
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _texts(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            if field.name not in _SKIPPED:
                yield from _texts(getattr(value, field.name))


def plan_markdown(folder: Path) -> str:
    """The deck's slides from deckgen's plan, as Markdown slides (title as `#`, texts as bullets)."""
    from deckgen.load import load_event
    from deckgen.plan import plan_deck

    loaded = load_event(folder)
    plan = plan_deck(loaded.event, loaded.folder)
    slides = []
    for slide in plan.slides:
        body = [f"- {text}" for text in _texts(slide)]
        slides.append("\n".join([f"# {' '.join(slide.title.split())}", "", *body]))
    return "\n\n".join(slides) + "\n"


def outline_available(deckgen: Path) -> bool:
    """Whether this deckgen has `outline --format markdown` (another change adds it)."""
    try:
        done = subprocess.run([str(deckgen), "outline", "--help"], capture_output=True, text=True, timeout=60)
    except OSError:
        return False
    return done.returncode == 0 and "--format" in done.stdout


def deck_markdown(deckgen: Path, folder: Path) -> tuple[str, str]:
    """(Markdown, where it came from): `deckgen outline` if it exists, else the plan as read here."""
    if outline_available(deckgen):
        done = subprocess.run(
            [str(deckgen), "outline", "--format", "markdown", str(folder)], capture_output=True, text=True, timeout=600
        )
        if done.returncode == 0 and done.stdout.strip():
            return done.stdout, "deckgen outline --format markdown"
        print(f"deckgen outline failed ({done.returncode}): {done.stderr.strip()[:200]}; using the plan", file=sys.stderr)
    return plan_markdown(folder), "bench/markdown.py (from the plan)"
