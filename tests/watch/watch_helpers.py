"""Edits a writer makes to the reference event while it is watched, and `watch_deck` run in a thread."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from deckgen.watch import Rebuild, Watched, watch_deck

WAIT = 20.0
"""Seconds to wait for a rebuild: a build takes about half a second; a loaded CI machine, many times more."""
STOP_WITHIN = 5.0

GOOD = ("venue: Palais du Travail\n", "venue: Palais du Travail et des Arts\n")
"""A good edit: the venue, shown on the title slide only."""
BROKEN = ("answer: 63 %", "answer: 64 %")
"""A broken edit: a quiz answer that is not one of its choices."""
BROKEN_MESSAGE = "'64 %' is not one of the choices; did you mean '63 %'?"


def replace(path: Path, old: str, new: str) -> int:
    """Replace the one occurrence of `old` in `path` (as an editor saves: write, then rename over);
    return the 1-based line of the change."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is in {path} {text.count(old)} times"
    line = text[: text.index(old)].count("\n") + 1
    temporary = path.with_name(f".{path.name}.saving")
    temporary.write_text(text.replace(old, new), encoding="utf-8")
    temporary.replace(path)
    return line


class Running:
    """`watch_deck` in a thread, its reports in queues; leaving the `with` stops it and checks it stopped."""

    def __init__(self, folder: Path, output: Path, *, hook: Callable[[Rebuild], None] | None = None, **options: Any) -> None:
        self.hook = hook  # called with each rebuild, in the watching thread, before it is queued
        self.results: queue.Queue[Rebuild] = queue.Queue()
        self.ready: queue.Queue[Watched] = queue.Queue()
        self.stop = threading.Event()
        self.failure: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(folder, output, options), daemon=True)

    def _run(self, folder: Path, output: Path, options: dict[str, Any]) -> None:
        try:
            watch_deck(folder, output, stop=self.stop, on_result=self._report, on_ready=self.ready.put, **options)
        except BaseException as error:  # handed to the test's thread
            self.failure = error

    def _report(self, rebuild: Rebuild) -> None:
        if self.hook is not None:
            self.hook(rebuild)
        self.results.put(rebuild)

    def __enter__(self) -> Running:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop.set()
        self._thread.join(STOP_WITHIN)
        assert not self._thread.is_alive(), f"watch_deck did not stop within {STOP_WITHIN} s of its stop event"
        if self.failure is not None:
            raise self.failure

    def next_result(self, timeout: float = WAIT) -> Rebuild:
        """The next rebuild, waiting at most `timeout` seconds for it."""
        try:
            return self.results.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no rebuild within {timeout} s (watch_deck failed: {self.failure!r})") from None

    def next_ready(self, timeout: float = WAIT) -> Watched:
        """What the watcher watches, when it (re)starts."""
        try:
            return self.ready.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"the watcher did not start within {timeout} s (watch_deck failed: {self.failure!r})") from None

    def quiet(self, seconds: float) -> bool:
        """True when no rebuild came in `seconds` (to check that a save of an unrelated file is ignored)."""
        try:
            self.results.get(timeout=seconds)
        except queue.Empty:
            return True
        return False
