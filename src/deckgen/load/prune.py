"""Every problem in one run: when some values do not fit the model, check the rest anyway.

pydantic reports all type errors at once, but the rules that span fields (times in order, the quiz's
answers, rooms, references) need a whole `Event`. So the values that failed are set aside — the smallest
list item that holds each error (a quiz question, an agenda item), or the unknown key itself — and the
rest is validated again and checked. The findings are mapped back to the original file's positions.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from typing import Any

from pydantic import ValidationError

from ..model import Event
from ..model.checks import Finding, check_event
from .messages import data_path
from .yaml_source import Path_

MAX_ROUNDS = 4  # each round sets aside what failed; a few are enough for any real file


def findings_without(data: dict[str, Any], failed: Iterable[Path_]) -> list[Finding]:
    """The cross-field findings of `data` once the failed values are set aside; [] if it cannot be done."""
    pruned = copy.deepcopy(data)
    removed: list[Path_] = []  # list items set aside, as (list path…, original index)
    stood_in: set[str] = set()  # required fields given a stand-in value: their findings would be false
    for _ in range(MAX_ROUNDS):
        for path in sorted({_smallest_removable(pruned, p) for p in failed}, reverse=True):
            if len(path) == 1 and path[0] in STAND_INS:
                pruned[path[0]] = STAND_INS[path[0]](pruned)
                stood_in.add(str(path[0]))
            elif path and _remove(pruned, path):
                removed.append(_original(path, removed))
        try:
            event = Event.model_validate(pruned)
        except ValidationError as error:
            failed = [data_path(tuple(e["loc"]), pruned, union_tags=True) for e in error.errors(include_url=False)]
            continue
        findings = [f for f in check_event(event) if not (f.loc and f.loc[0] in stood_in)]
        return [Finding(_original(f.loc, removed), f.message) for f in findings]
    return []


STAND_INS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "title": lambda _: "-",
    "date": lambda _: "2000-01-01",
    "venue": lambda _: "-",
    "city": lambda _: "-",
    "organiser": lambda data: next(iter(data.get("organisations") or {}), "x"),
}
"""Required top-level fields that failed get a stand-in value, so the rest can still be checked."""


def _smallest_removable(data: Any, path: Path_) -> Path_:
    """The deepest list item on the path (or an unknown key at its end): what can go without the rest."""
    current, best = data, ()
    for depth, part in enumerate(path):
        if isinstance(current, list) and isinstance(part, int) and part < len(current):
            best = path[: depth + 1]
        elif isinstance(current, dict) and part not in current:
            return best
        elif not isinstance(current, (dict, list)):
            return best
        if depth == len(path) - 1 and isinstance(current, dict) and part in current and (_optional_key(part) or depth == 0):
            return path
        current = current[part]
    return best


def _optional_key(key: str | int) -> bool:
    """Keys that can be dropped without a model error of their own (required ones cannot)."""
    return isinstance(key, str) and key not in {"title", "date", "venue", "city", "organiser", "agenda", "kind"}


def _remove(data: Any, path: Path_) -> bool:
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if isinstance(parent, list) and isinstance(last, int) and last < len(parent):
        del parent[last]
        return True
    if isinstance(parent, dict) and last in parent:
        del parent[last]
        return False  # a key: indices of lists are unchanged
    return False


def _original(path: Path_, removed: list[Path_]) -> Path_:
    """A path in the pruned data → the same place in the original, counting the list items removed before it."""
    result = list(path)
    for depth, part in enumerate(path):
        if not isinstance(part, int):
            continue
        prefix = tuple(result[:depth])
        index = part
        for gone in sorted((r[depth] for r in removed if len(r) == depth + 1 and r[:depth] == prefix)):
            if gone <= index:
                index += 1
        result[depth] = index
    return tuple(result)
