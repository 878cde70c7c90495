"""`deckgen watch` as a writer runs it: a real process, real saves, Ctrl-C. Every wait is on a condition,
bounded; the watcher polls here (WATCHFILES_FORCE_POLLING), the in-process tests use the OS's notifications."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import pytest

from watch_helpers import BROKEN, BROKEN_MESSAGE, GOOD, WAIT, replace

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Ctrl-C is a signal sent to the process on POSIX only")

SUMMARY = re.compile(r"\S+\.pptx: \d+ slides, \d+ quiz pairs, \d+ KiB, \d+\.\d\d s.*")


class Process:
    """A running `python -m deckgen …`, its output collected line by line as it comes."""

    def __init__(self, args: list[str], cwd: Path) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "WATCHFILES_FORCE_POLLING": "1", "WATCHFILES_POLL_DELAY_MS": "100"}
        self.popen = subprocess.Popen(
            [sys.executable, "-m", "deckgen", *args], cwd=cwd, env=env, text=True, encoding="utf-8",
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        self.out: list[str] = []
        self.err: list[str] = []
        self._readers = [
            threading.Thread(target=self._read, args=(self.popen.stdout, self.out), daemon=True),
            threading.Thread(target=self._read, args=(self.popen.stderr, self.err), daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    @staticmethod
    def _read(stream: IO[str], lines: list[str]) -> None:
        for line in stream:
            lines.append(line.rstrip("\n"))

    def wait_for(self, condition: Callable[[], bool], what: str, timeout: float = WAIT) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if self.popen.poll() is not None:
                pytest.fail(f"deckgen watch ended ({self.popen.returncode}) while waiting for {what}:\n{self.transcript()}")
            if time.monotonic() > deadline:
                pytest.fail(f"no {what} within {timeout} s:\n{self.transcript()}")
            time.sleep(0.05)

    def summaries(self) -> list[str]:
        return [line for line in self.out if SUMMARY.fullmatch(line)]

    def transcript(self) -> str:
        return "stdout:\n" + "\n".join(self.out) + "\nstderr:\n" + "\n".join(self.err)

    def close(self) -> None:
        if self.popen.poll() is None:
            self.popen.kill()
        self.popen.wait(10)
        for reader in self._readers:
            reader.join(10)
        for stream in (self.popen.stdout, self.popen.stderr):
            if stream is not None:
                stream.close()

    def interrupt(self, timeout: float = 10) -> int:
        self.popen.send_signal(signal.SIGINT)
        code = self.popen.wait(timeout)
        for reader in self._readers:
            reader.join(timeout)
        return code


@pytest.fixture
def watching(deck: Path, tmp_path: Path) -> Iterator[Process]:
    process = Process(["watch", str(deck), "-o", str(tmp_path / "out.pptx")], cwd=tmp_path)
    yield process
    process.close()


def test_watch_rebuilds_on_save_keeps_the_last_good_deck_and_stops_on_ctrl_c(watching: Process, deck: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.pptx"
    event = deck / "event.yaml"
    watching.wait_for(lambda: len(watching.summaries()) == 1 and any(line.startswith("watching ") for line in watching.out),
                      "first build", timeout=WAIT + 10)
    first = output.read_bytes()

    replace(event, *GOOD)
    watching.wait_for(lambda: len(watching.summaries()) == 2, "rebuild after a good save")
    assert watching.summaries()[1].endswith("; slide 1 changed")
    good = output.read_bytes()
    assert good != first

    line = replace(event, *BROKEN)
    located = re.compile(rf"error: deck/narbonne-2025/event\.yaml:{line}:\d+: agenda\[\d+\]\.quiz\[\d+\]\.answer: {re.escape(BROKEN_MESSAGE)}")
    watching.wait_for(lambda: any(located.fullmatch(text) for text in watching.err), "located error after a broken save")
    watching.wait_for(lambda: any("not rebuilt" in text for text in watching.err), "« not rebuilt »")
    assert output.read_bytes() == good
    written = output.stat().st_mtime_ns

    replace(event, BROKEN[1], BROKEN[0])
    watching.wait_for(lambda: len(watching.summaries()) == 3, "rebuild after the fix")
    assert output.stat().st_mtime_ns != written  # a new deck…
    assert output.read_bytes() == good  # …the same bytes as the last good one: the same event

    assert watching.interrupt() == 0, watching.transcript()
    assert watching.out[-1] == "stopped."
    assert "Traceback" not in "\n".join(watching.err), watching.transcript()
