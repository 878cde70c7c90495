"""A `deckgen watch` rebuild, timed: the reference deck rebuilt in process after one edit of its YAML.

Run by run.py in its own process (`python bench/rebuild.py RUNS`); prints the median in seconds. Each run
edits a copy of the event (the venue's line), as a save in the editor would, then times `build_deck`:
what `deckgen watch` does on each save, once the first build has warmed its caches (the measures kept
from one build to the next in the session's Measurer, as watch.py keeps them).
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from deckgen.build import build_deck
from deckgen.text.fit import Measurer

DECKS = Path(__file__).resolve().parents[1] / "deck"


def main(runs: int) -> float:
    with tempfile.TemporaryDirectory(prefix="deckgen-rebuild-") as work:
        decks = Path(work) / "deck"
        shutil.copytree(DECKS / "_shared", decks / "_shared")
        folder = Path(shutil.copytree(DECKS / "narbonne-2025", decks / "narbonne-2025"))
        output = Path(work) / "deck.pptx"
        event = folder / "event.yaml"
        original = event.read_text(encoding="utf-8")
        measurer = Measurer()
        build_deck(folder, output, measurer=measurer)  # the watch's first build
        samples = []
        for run in range(runs):
            event.write_text(original.replace("venue: Palais du Travail", f"venue: Palais du Travail ({run})"), encoding="utf-8")
            started = time.perf_counter()
            build_deck(folder, output, measurer=measurer)
            samples.append(time.perf_counter() - started)
        return statistics.median(samples)


if __name__ == "__main__":
    print(f"{main(int(sys.argv[1]) if len(sys.argv) > 1 else 5):.4f}")
