"""Inline emphasis: `**bold**` and `*italic*`, as the seed deck marks it, → runs."""

from __future__ import annotations

import re
from functools import lru_cache

from msgspec import Struct

_MARK = re.compile(r"(\*\*|\*)")


class Run(Struct, frozen=True):
    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None  # the address a click opens (text/links.py)


def parse_inline(text: str, *, bold: bool = False, italic: bool = False) -> tuple[Run, ...]:
    """Split marked-up text into runs; an unmatched `*` or `**` stays as a literal character."""
    if "*" not in text:  # most texts: one run, without splitting and counting markers
        return (Run(text, bold, italic),) if text else ()
    tokens = _MARK.split(text)
    # A marker only toggles if it has a partner later on: « 5 * 3 » stays as written.
    counts = {"**": tokens.count("**"), "*": tokens.count("*")}
    runs: list[Run] = []
    state = {"**": bold, "*": italic}
    pending = {"**": counts["**"] - counts["**"] % 2, "*": counts["*"] - counts["*"] % 2}
    buffer = ""
    for token in tokens:
        if token in state and pending[token] > 0:
            if buffer:
                runs.append(Run(buffer, state["**"], state["*"]))
                buffer = ""
            state[token] = not state[token]
            pending[token] -= 1
        else:
            buffer += token
    if buffer:
        runs.append(Run(buffer, state["**"], state["*"]))
    return tuple(runs)


@lru_cache(maxsize=16384)
def plain(text: str) -> str:
    """The text without its emphasis marks (asked again of each paragraph of every head of a list tried on a
    slide that does not fit, to say by how much)."""
    if "*" not in text:
        return text
    return "".join(run.text for run in parse_inline(text))
