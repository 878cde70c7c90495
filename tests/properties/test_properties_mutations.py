"""Property: whatever an edit does to the reference YAML, `deckgen build` ends well.

An edit is drawn by `property_events.mutations()`: delete, duplicate or swap lines, swap two values,
truncate the file, insert junk bytes (invalid UTF-8, control characters, YAML syntax), re-indent a line;
one to three of them, in the reference event or in the shared file it includes. Then `deckgen build`
must exit 0 (the edit left a valid deck) or 1 with every problem located (`error: <file>:<line>…`):
never a traceback, never a hang, and on failure the last good deck is left byte for byte as it was.
"""

from __future__ import annotations

import re
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from deckgen.cli import app
from paths import copy_reference
from property_events import Mutation, mutations

runner = CliRunner()

LOCATED = re.compile(r"^error: (?P<file>.+?):(?P<line>\d+)(?::(?P<column>\d+))?: \S")
TIMEOUT = 20  # seconds; a build of the reference takes well under one


class Hang(Exception):
    """A build that did not end in time."""


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Raise Hang in the test if the block runs longer than `seconds` (SIGALRM: main thread, POSIX)."""

    def expire(signum: int, frame: object) -> None:
        raise Hang(f"the build did not end within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A copy of the reference event (with deck/_shared/) and a good deck built from it: (folder, deck)."""
    root = tmp_path_factory.mktemp("mutations")
    folder = copy_reference(root)
    out = root / "out" / "last-good.pptx"
    result = runner.invoke(app, ["build", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return folder, out


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(target=st.sampled_from(["event.yaml", "event.yaml", "event.yaml", "../_shared/alim-activ.yaml"]), edits=mutations())
def test_a_mutated_event_builds_or_fails_located(workspace: tuple[Path, Path], target: str, edits: list[Mutation]) -> None:
    folder, out = workspace
    path = (folder / target).resolve()
    original = path.read_bytes()
    mutated = original
    for edit in edits:
        mutated = edit.apply(mutated)
    note(f"{target} after {edits}:\n{mutated.decode('utf-8', errors='backslashreplace')}")
    last_good = out.read_bytes()
    try:
        path.write_bytes(mutated)
        with time_limit(TIMEOUT):
            result = runner.invoke(app, ["build", str(folder), "-o", str(out)])
    finally:
        path.write_bytes(original)

    assert not isinstance(result.exception, Hang), result.exception
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1), result.output
    if result.exit_code == 1:
        errors = [line for line in result.output.splitlines() if line.startswith("error:")]
        assert errors, result.output
        for line in errors:
            found = LOCATED.match(line)
            assert found, f"not located at a file's line: {line}"
            assert Path(found["file"]).name.endswith((".yaml", ".yml")), line
            assert Path(found["file"]).is_file(), line
        assert out.read_bytes() == last_good, "a failed build changed the last good deck"
    assert [p.name for p in out.parent.iterdir()] == [out.name], "a build left a file beside the deck"
