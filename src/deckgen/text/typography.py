"""Typography: where a line must never break, and where a long word may.

French: non-breaking spaces before `: ; ! ? %` and `»`, after `«`, inside numbers (« 14 117 ») and scores
(« 4,1 / 5 »), and between a number and its unit (« 9 M », « 16 % »). Every language: a web address, and a word
too long to be sure of a line, may break after its `/ ? & = - _` (a zero-width space, which clients break at
and draw as nothing), so « https://exemple.fr/une/longue/adresse » never stops a build. Applied to the
deck's text when it is rendered.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
BREAK = "\u200b"
"""A zero-width space: a line may break there, and nothing is drawn."""
LONG_WORD = 25
"""From this many characters, a word with a `/ ? & = - _` in it may break after them."""

_LONG = re.compile(rf"(?:https?://|www\.)\S+|\S{{{LONG_WORD},}}")
_BREAKS_AFTER = re.compile(r"[/?&=_-]+(?=[^/?&=_\s-])")
"""A run of break characters followed by more of the word: « :// » stays whole, the line breaks after it."""

_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # A lookahead rather than a group written back with \1: a plain replacement string, which re substitutes
    # without calling back into Python at each match. The text made is the same.
    (re.compile(r" +(?=[:;!?%»])"), NBSP),
    (re.compile(r"« +"), "«" + NBSP),
    (re.compile(r"(?<=\d) (?=\d{3}\b)"), NBSP),  # 14 117, 200 000
    (re.compile(r"(?<=\d) / (?=\d)"), NBSP + "/" + NBSP),  # 4,1 / 5
    # 9 M, 670 M€, 1 250 000 €, 12 t, 38 km²: a unit is never alone at the start of a line. Not `\b` after
    # it: there is no word boundary after « € » at the end of a text, and « 1 250 000 € » broke before it.
    (re.compile(r"(?<=\d) (?=(?:[MmKk]d?€|Md|M|k|€|\$|£|euros?|t|kg|km²?|m²|ha|°C|°)(?!\w))"), NBSP),
)


def french(text: str) -> str:
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text


def breakable(text: str) -> str:
    """The text with a break opportunity after the `/ ? & = - _` of its addresses and long words."""
    return _LONG.sub(_open, text)


def _open(match: re.Match[str]) -> str:
    return _BREAKS_AFTER.sub(lambda run: run.group(0) + BREAK, match.group(0))


def typeset(text: str, locale: str) -> str:
    """The text with the locale's non-breaking spaces, and break opportunities in its long words."""
    if locale.split("_")[0] == "fr":
        text = french(text)
    return breakable(text) if _LONG.search(text) else text
