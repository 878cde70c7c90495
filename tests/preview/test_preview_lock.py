"""One process at a time draws in a preview folder: `deckgen preview` and a `deckgen watch --preview` of the
same deck share `out/<deck>-preview/`, and the second waits for the first, saying so."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from deckgen import preview as preview_module
from deckgen.preview import LOCK, Preview

HOLDER = "import sys\nfrom filelock import FileLock\nlock = FileLock(sys.argv[1])\nlock.acquire()\nprint('held', flush=True)\nsys.stdin.read()\n"


def test_a_preview_waits_for_another_process_drawing_in_its_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outdir = tmp_path / "out" / "deck-preview"
    outdir.mkdir(parents=True)
    drawn: list[float] = []

    def drawing(*_arguments: object) -> Preview:
        drawn.append(time.monotonic())
        return Preview(pdf=outdir / "deck.pdf", slides=(), sheet=outdir / "contact-sheet.png")

    monkeypatch.setattr(preview_module, "_preview", drawing)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(outdir / LOCK)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        said: list[str] = []
        results: list[Preview] = []
        drawer = threading.Thread(target=lambda: results.append(preview_module.preview(tmp_path / "deck.pptx", outdir, progress=said.append)))
        drawer.start()
        deadline = time.monotonic() + 30
        while not said and time.monotonic() < deadline:
            time.sleep(0.01)
        assert said == ["another deckgen is drawing the pictures of this folder; waiting for it"]
        time.sleep(0.2)
        assert drawn == [] and drawer.is_alive()  # still waiting while the other holds the folder
        released = time.monotonic()
        assert holder.stdin is not None
        holder.stdin.close()  # the other process ends: its lock goes with it
        drawer.join(30)
        assert not drawer.is_alive() and len(drawn) == 1 and drawn[0] >= released and len(results) == 1
    finally:
        holder.kill()
        holder.wait()
        for pipe in (holder.stdin, holder.stdout):
            if pipe is not None and not pipe.closed:
                pipe.close()


def test_a_preview_alone_says_nothing_of_waiting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outdir = tmp_path / "fresh-preview"  # not there yet: made for its pictures and its lock
    monkeypatch.setattr(preview_module, "_preview", lambda *_arguments: Preview(pdf=outdir / "d.pdf", slides=(), sheet=outdir / "s.png"))
    said: list[str] = []
    preview_module.preview(tmp_path / "deck.pptx", outdir, progress=said.append)
    preview_module.preview(tmp_path / "deck.pptx", outdir, progress=said.append)  # the lock released after each
    assert said == [] and outdir.is_dir()
