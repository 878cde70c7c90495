"""Edits a writer makes to the reference event while `deckgen watch` runs, and where they land."""

from __future__ import annotations

from pathlib import Path

GOOD = ("venue: Palais du Travail\n", "venue: Palais du Travail et des Arts\n")
"""A good edit: the venue, shown on the title slide only."""
BROKEN = ("answer: 63 %", "answer: 64 %")
"""A broken edit: a quiz answer that is not one of its choices."""
BROKEN_MESSAGE = "'64 %' is not one of the choices; did you mean '63 %'?"


def replace(path: Path, old: str, new: str) -> int:
    """Replace the one occurrence of `old` in `path` (as an editor saves: write, then rename over);
    return the 1-based line of the change."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is in {path} {text.count(old)} times"
    line = text[: text.index(old)].count("\n") + 1
    temporary = path.with_name(f".{path.name}.saving")
    temporary.write_text(text.replace(old, new), encoding="utf-8")
    temporary.replace(path)
    return line
