"""The deck as text: one line per slide for reviewers' diffs, or every text as Markdown.

Both read the laid-out slide specs (continuation slides included), so slide numbers match the deck.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from msgspec import Struct

from .plan.specs import AnswerSlide, QuestionSlide, Slide
from .text.inline import plain

SKIPPED_FIELDS = frozenset({"notes", "chrome", "origin", "title", "correct"})


def as_text(slides: tuple[Slide, ...]) -> str:
    """One line per slide (number, kind, title) and one per speaker note: line-based diffs stay readable."""
    lines = []
    for number, slide in enumerate(slides, start=1):
        title = plain(slide.title)
        if isinstance(slide, (QuestionSlide, AnswerSlide)):
            title = f"{title} · {plain(slide.question)}"
        lines.append(f"{number:3d}  {slide.kind:<12} {_one_line(title)}".rstrip())
        if slide.notes:
            lines.append(f"{'':17} notes: {_one_line(plain(slide.notes))}")
    return "\n".join(lines) + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def as_markdown(slides: tuple[Slide, ...]) -> str:
    """One `#` section per slide with every text it shows, in order: the same content for any other tool."""
    parts = []
    for slide in slides:
        body = [f"- {plain(text)}" for text in _texts(slide)]
        parts.append("\n".join([f"# {plain(slide.title)}", "", *body]))
    return "\n\n".join(parts) + "\n"


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        if value.strip():
            yield value.replace("\n", " ")
    elif isinstance(value, tuple):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, Struct):
        for name in value.__struct_fields__:
            if name not in SKIPPED_FIELDS:
                yield from _texts(getattr(value, name))
