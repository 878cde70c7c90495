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
    """Split marked-up text into runs; a `*` or `**` that opens or closes nothing stays as written.

    As in Markdown, a run of stars opens emphasis only before a character that is not a space, and closes it
    only after one: « 12 000 bénévoles* et 300 salariés* » keeps its footnote stars, « 5 * 3 » its sign."""
    if "*" not in text:  # most texts: one run, without splitting and counting markers
        return (Run(text, bold, italic),) if text else ()
    tokens = _tokens(text)
    runs: list[Run] = []
    state = {"**": bold, "*": italic}
    opened = {"**": False, "*": False}  # opened in this text (not inherited), so it may close here
    buffer = ""
    for index, (token, can_open, can_close) in enumerate(tokens):
        toggles = False
        if token in state:
            if opened[token]:
                toggles = can_close
            else:
                toggles = can_open and any(later[0] == token and later[2] for later in tokens[index + 1 :])
        if toggles:
            if buffer:
                runs.append(Run(buffer, state["**"], state["*"]))
                buffer = ""
            state[token] = not state[token]
            opened[token] = not opened[token]
        else:
            buffer += token
    if buffer:
        runs.append(Run(buffer, state["**"], state["*"]))
    return tuple(runs)


_STARS = re.compile(r"\*+")


def _tokens(text: str) -> list[tuple[str, bool, bool]]:
    """The text cut into markers (`**` and `*`, two at a time along a run of stars) and the texts between
    them, each with whether it may open and close emphasis: by the characters on either side of its run."""
    tokens: list[tuple[str, bool, bool]] = []
    position = 0
    for stars in _STARS.finditer(text):
        if stars.start() > position:
            tokens.append((text[position : stars.start()], False, False))
        before, after = text[stars.start() - 1 : stars.start()], text[stars.end() : stars.end() + 1]
        can_open, can_close = bool(after) and not after.isspace(), bool(before) and not before.isspace()
        tokens += [(marker, can_open, can_close) for marker in _MARK.findall(stars.group())]
        position = stars.end()
    if position < len(text):
        tokens.append((text[position:], False, False))
    return tokens


@lru_cache(maxsize=16384)
def plain(text: str) -> str:
    """The text without its emphasis marks (asked again of each paragraph of every head of a list tried on a
    slide that does not fit, to say by how much)."""
    if "*" not in text:
        return text
    return "".join(run.text for run in parse_inline(text))
