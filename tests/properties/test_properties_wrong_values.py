"""Property: a valid event with a field made wrong anywhere fails with every problem at its file and line.

A value replaced by one of the wrong ones an organiser writes (a blank, a number for a text, an unknown
locale, brand or id, a time past midnight, a value too large to print), a key deleted, an unknown key
added, a key misspelt: the build either still succeeds or stops with a DeckError whose every problem says
where it is — never another exception (a traceback in the command line), never an unlocated message.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from deckgen.build import build_deck
from deckgen.errors import DeckError
from property_events import WRONG_FOR, Edit, dump, wrong_events, write_event


PROPERTY = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


@settings(PROPERTY, max_examples=30)
@given(case=wrong_events())
def test_a_wrong_value_anywhere_fails_located(case: tuple[dict[str, Any], list[Edit]]) -> None:
    _builds_or_fails_located(*case)


@pytest.mark.parametrize("field", sorted(WRONG_FOR))
@settings(PROPERTY, max_examples=5)
@given(data=st.data())
def test_a_wrong_value_of_each_field_fails_located(field: str, data: st.DataObject) -> None:
    _builds_or_fails_located(*data.draw(wrong_events(field), label="case"))


def _builds_or_fails_located(event: dict[str, Any], edits: list[Edit]) -> None:
    note(f"edits: {edits}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_event(Path(tmp) / "event", event, as_json=False)
        note(dump(event, as_json=False))
        output = Path(tmp) / "event.pptx"
        try:
            build_deck(folder, output)
        except DeckError as error:
            for problem in error.problems:
                assert problem.file is not None and problem.line is not None, f"unlocated: {problem}"
            assert not output.exists()
