"""The preview loop, timed: save → the changed slide's picture rewritten, under a real `deckgen watch --preview`;
then `deckgen preview` and `deckgen build --pdf` of the reference deck with that watch's LibreOffice warm, and
cold once the watch has stopped. The watch watches a copy of the deck of its own, so that while `preview` is
timed on the other, LibreOffice is running and idle, as when an organiser who keeps a watch on one deck
previews another, rather than busy with the same edit for the watch.

Run by run.py in its own process (`python bench/preview_loop.py RUNS`); prints one JSON object of medians in
seconds (null where not measured) and, when LibreOffice's bridge is not installed, why. Each save edits a copy
of the event (the venue, on slide 1 only) as an editor saves: write, then rename over. The watch uses the
operating system's notifications, as a writer's does.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DECKS = ROOT / "deck"
DECKGEN = Path(sys.executable).parent / "deckgen"
LIMIT = 180.0  # seconds to wait for anything before giving up


def _save(event: Path, text: str) -> None:
    temporary = event.with_name(f".{event.name}.saving")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(event)


def _wait(condition, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + LIMIT
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"bench/preview_loop.py: no {what} within {LIMIT:.0f} s")
        time.sleep(0.005)


def _timed(command: list[str], env: dict[str, str], runs: int, before: Callable[[int], None] = lambda _run: None) -> float:
    """Median seconds of `command`, `before(run)` done before each run (the first, untimed: caches warm)."""
    samples = []
    for run in range(runs + 1):
        before(run)
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        if run:
            samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def _editor(event: Path, tag: str) -> Callable[[int], None]:
    """A save of the venue (slide 1) before each run: the preview draws again the one slide it changed."""
    original = event.read_text(encoding="utf-8")
    return lambda run: _save(event, original.replace("venue: Palais du Travail", f"venue: Palais du Travail ({tag} {run})"))


def _fresh(folder: Path) -> Callable[[int], None]:
    """No earlier pictures before each run: the preview draws every slide."""
    return lambda _run: shutil.rmtree(folder, ignore_errors=True)


def main(runs: int) -> dict[str, object]:
    from deckgen import office

    figures: dict[str, object] = {name: None for name in ("loop", "preview_warm", "preview_warm_all", "pdf_warm", "preview_cold", "preview_cold_all", "pdf_cold", "why")}
    with tempfile.TemporaryDirectory(prefix="deckgen-preview-bench-") as scratch:
        work = Path(scratch)
        (work / "tmp").mkdir()
        env = {**os.environ, "TMPDIR": str(work / "tmp"), "DECKGEN_OFFICE_STATE": str(work / "office.json")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        shutil.copytree(DECKS / "_shared", work / "deck" / "_shared")
        folder = Path(shutil.copytree(DECKS / "narbonne-2025", work / "deck" / "narbonne-2025"))
        watched = Path(shutil.copytree(DECKS / "narbonne-2025", work / "deck" / "watched"))
        preview = [str(DECKGEN), "preview", str(folder), "-o", str(work / "preview")]
        pdf = [str(DECKGEN), "build", str(folder), "-o", str(work / "built" / "deck.pptx"), "--pdf"]
        if office.available():
            figures.update(_warm(watched, folder, work, env, runs, preview, pdf))
        else:
            figures["why"] = "LibreOffice's bridge (python3-uno, unoserver) is not installed"
        figures["preview_cold"] = _timed(preview, env, runs, _editor(folder / "event.yaml", "cold"))
        figures["preview_cold_all"] = _timed(preview, env, runs, _fresh(work / "preview"))
        figures["pdf_cold"] = _timed(pdf, env, runs)
    return figures


def _warm(watched: Path, folder: Path, work: Path, env: dict[str, str], runs: int, preview: list[str], pdf: list[str]) -> dict[str, float]:
    """The loop on `watched`, and preview and build --pdf of `folder`, while a `deckgen watch --preview` of
    `watched` keeps LibreOffice warm."""
    output = work / "watched" / "deck.pptx"
    picture = output.with_name("deck-preview") / "slide-01.png"
    watch = subprocess.Popen([str(DECKGEN), "watch", str(watched), "-o", str(output), "--preview"], env={**env, "PYTHONUNBUFFERED": "1"},
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(line.rstrip("\n") for line in watch.stdout or ()), daemon=True)
    reader.start()
    try:
        _wait(lambda: picture.is_file() and any(line.startswith("watching ") for line in lines), "first preview of the watch")
        event = watched / "event.yaml"
        original = event.read_text(encoding="utf-8")
        samples = []
        for run in range(runs + 1):  # the first, untimed
            before = picture.read_bytes()
            started = time.perf_counter()
            _save(event, original.replace("venue: Palais du Travail", f"venue: Palais du Travail ({run})"))
            _wait(lambda: picture.read_bytes() != before, f"picture of slide 1 after save {run + 1}")
            if run:
                samples.append(time.perf_counter() - started)
        return {
            "loop": statistics.median(samples),
            "preview_warm": _timed(preview, env, runs, _editor(folder / "event.yaml", "warm")),
            "preview_warm_all": _timed(preview, env, runs, _fresh(work / "preview")),
            "pdf_warm": _timed(pdf, env, runs),
        }
    finally:
        watch.send_signal(signal.SIGINT)
        watch.wait(60)
        reader.join(10)


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)))
