"""Counting the calls a piece of work makes (never timing it): the performance invariants' measure."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def counted(owner: Any, name: str) -> Iterator[list[int]]:
    """`owner.name` (a module's function, a class's method) replaced by a wrapper counting its calls, in
    `calls[0]`; the original is put back on leaving."""
    calls = [0]
    original = getattr(owner, name)

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return original(*args, **kwargs)

    setattr(owner, name, counting)
    try:
        yield calls
    finally:
        setattr(owner, name, original)
