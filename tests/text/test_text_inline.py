"""Emphasis marks as Markdown reads them: a run of stars opens only before a character that is not a space,
and closes only after one; stars that open or close nothing stay in the text."""

from __future__ import annotations

import pytest

from deckgen.text.inline import parse_inline, plain


def _runs(text: str) -> list[tuple[str, bool, bool]]:
    return [(run.text, run.bold, run.italic) for run in parse_inline(text)]


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("**non-recours** fréquent", [("non-recours", True, False), (" fréquent", False, False)]),
        ("un *mot* ici", [("un ", False, False), ("mot", False, True), (" ici", False, False)]),
        ("***x***", [("x", True, True)]),
        ("**gras *et italique***", [("gras ", True, False), ("et italique", True, True)]),
        ("*a* et *b*", [("a", False, True), (" et ", False, False), ("b", False, True)]),
    ],
)
def test_marked_text_becomes_runs(text: str, runs: list[tuple[str, bool, bool]]) -> None:
    assert _runs(text) == runs


@pytest.mark.parametrize(
    "text",
    ["12 000 bénévoles* et 300 salariés*", "5 * 3 = 15", "x ** y", "note*", "*", "** rien **"],
)
def test_stars_that_open_or_close_nothing_stay_as_written(text: str) -> None:
    assert _runs(text) == [(text, False, False)] and plain(text) == text
