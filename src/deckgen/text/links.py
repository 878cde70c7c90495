"""Web addresses in slide text: each becomes a link a click opens, in every client that follows links."""

from __future__ import annotations

import re

from msgspec.structs import replace

from .inline import Run
from .typography import BREAK

ADDRESS = re.compile(r"(?:https?://|www\.)[^\s«»<>\"]*[^\s«»<>\".,;:!?)\]']")
"""An address as written in running text: from `https://`, `http://` or `www.` to the last character that is
not the sentence's punctuation (« voir https://exemple.fr/page. » links to …/page)."""


def linked(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    """The runs, each address in them cut out as a run of its own that links to it."""
    if not any("://" in run.text or "www." in run.text for run in runs):
        return runs
    cut: list[Run] = []
    for run in runs:
        start = 0
        for match in ADDRESS.finditer(run.text):
            if match.start() > start:
                cut.append(replace(run, text=run.text[start : match.start()]))
            cut += _pieces(run, match.group(0))
            start = match.end()
        if start < len(run.text):
            cut.append(replace(run, text=run.text[start:]))
    return tuple(cut)


def _pieces(run: Run, address: str) -> list[Run]:
    """The address's runs: one link a piece between its break opportunities, each opportunity a run of its
    own outside the link. LibreOffice holds a link on one line whatever it holds, as one word: a long
    address ran off its box there, and the programme's last line off the slide."""
    link = target(address)
    pieces: list[Run] = []
    for index, piece in enumerate(address.split(BREAK)):
        if index:
            pieces.append(replace(run, text=BREAK))
        if piece:
            pieces.append(replace(run, text=piece, link=link))
    return pieces


def target(address: str) -> str:
    """What the link opens: the address as written, without the typesetting's break opportunities, and with a
    scheme (`www.…` opens as `https://www.…`)."""
    address = address.replace(BREAK, "")
    return address if "://" in address else "https://" + address
