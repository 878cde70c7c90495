"""Helpers for the load tests: write an event folder, mutate the reference event, find text in it.

A plain module with a unique name (not conftest.py) so that test modules can import it without
clashing with another folder's conftest.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from deckgen.errors import LoadError, Problem
from deckgen.load import load_event

REFERENCE = Path(__file__).resolve().parents[2] / "deck" / "narbonne-2025" / "event.yaml"


def reference_text() -> str:
    return REFERENCE.read_text(encoding="utf-8")


def mutate(old: str, new: str, text: str | None = None) -> str:
    """The reference event with `old` (which must occur exactly once) replaced by `new`."""
    text = reference_text() if text is None else text
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in the reference event"
    return text.replace(old, new)


def position_of(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based (line, column) of the `occurrence`-th `needle` in `text`, counted in characters as editors do."""
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


WriteEvent = Callable[[str | bytes], Path]
"""Writes text (UTF-8) or raw bytes to tmp_path/event.yaml and returns the folder."""


def problems_of(folder: Path) -> list[Problem]:
    """The problems load_event reports for this folder (it must fail)."""
    with pytest.raises(LoadError) as caught:
        load_event(folder)
    assert caught.value.problems, "a LoadError must carry at least one problem"
    return caught.value.problems


def only_problem(folder: Path) -> Problem:
    problems = problems_of(folder)
    assert len(problems) == 1, "\n".join(str(p) for p in problems)
    return problems[0]


def assert_at(problem: Problem, folder: Path, line: int | None, column: int | None, field: str) -> None:
    """The problem is in folder/event.yaml at line:column, about `field`, and prints as such."""
    assert problem.file == folder / "event.yaml"
    assert (problem.line, problem.column) == (line, column), str(problem)
    assert problem.field == field, str(problem)
    where = f"{folder / 'event.yaml'}" + (f":{line}" if line is not None else "") + (
        f":{column}" if column is not None else ""
    )
    assert str(problem) == f"{where}: {field + ': ' if field else ''}{problem.message}"
