"""Property: any valid event builds into a deck (and the deck passes the shared OOXML checker).

The events are drawn from scratch by `property_events.events()`: every agenda kind, every kind of content
slide, quizzes (odd-one-out too), charts, texts with accents, « », `**bold**` and emoji. A text too long
for any layout may stop the build, but only with a RenderError located at its line, never a crash.

Sized for `make test` on a small machine: 25 plain builds, and 8 more checked with check.py.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from deckgen.build import build_deck
from deckgen.errors import DeckError, RenderError
from property_events import dump, events, write_event

# Deterministic (CI and a laptop draw the same examples) and writing no example database into the repo.
PROPERTY = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _build(event: dict[str, Any], as_json: bool, tmp: Path) -> Path | None:
    """Build the event; None when a text is too long for its slide (reported at its line, as it must be)."""
    folder = write_event(tmp / "event", event, as_json)
    note(dump(event, as_json))
    output = tmp / "out" / "event.pptx"
    try:
        result = build_deck(folder, output)
    except RenderError as error:
        for problem in error.problems:
            assert problem.file is not None and problem.line is not None, f"unlocated: {problem}"
            assert problem.file.name == "event.yaml", problem
        assert not output.exists()
        return None
    except DeckError as error:  # a LoadError here: the generator (or the model's rules) is wrong
        raise AssertionError(f"a valid event was refused: {error}") from None
    assert output.is_file() and result.slides >= 3  # title, programme, …, closing
    return output


@settings(PROPERTY, max_examples=25)
@given(event=events(), as_json=st.booleans())
def test_random_valid_events_build(event: dict[str, Any], as_json: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        _build(event, as_json, Path(tmp))


@settings(PROPERTY, max_examples=8)
@given(event=events(), as_json=st.booleans())
def test_random_valid_decks_pass_the_ooxml_checker(shared: Path, event: dict[str, Any], as_json: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        output = _build(event, as_json, Path(tmp))
        if output is None:
            return
        checked = subprocess.run(
            [sys.executable, str(shared / "ooxml" / "check.py"), str(output)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr
