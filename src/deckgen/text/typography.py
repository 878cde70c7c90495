"""French typography: non-breaking spaces where a line must never break.

Before `: ; ! ? %` and `»`, after `«`, inside numbers (« 14 117 ») and scores (« 4,1 / 5 »), and between
a number and its unit (« 9 M », « 16 % »). Applied to the deck's text when it is rendered, in French only.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"

_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # A lookahead rather than a group written back with \1: a plain replacement string, which re substitutes
    # without calling back into Python at each match. The text made is the same.
    (re.compile(r" +(?=[:;!?%»])"), NBSP),
    (re.compile(r"« +"), "«" + NBSP),
    (re.compile(r"(?<=\d) (?=\d{3}\b)"), NBSP),  # 14 117, 200 000
    (re.compile(r"(?<=\d) / (?=\d)"), NBSP + "/" + NBSP),  # 4,1 / 5
    (re.compile(r"(?<=\d) (?=(?:M|Md|k|€|euros?)\b)"), NBSP),  # 9 M, 670 M
)


def french(text: str) -> str:
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text


def typeset(text: str, locale: str) -> str:
    """The text with the locale's non-breaking spaces."""
    return french(text) if locale.split("_")[0] == "fr" else text
