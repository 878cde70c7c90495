"""What the tests once timed, timed here: a hostile input refused at once, not after the work it asks for.

Run by run.py in its own process (`python bench/refusals.py RUNS`); prints the medians, in seconds, as JSON:

- `billion_laughs`: reading an event whose ten anchors, each nine aliases of the one before, stand for 9**10
  values (load/yaml_source.py gives up at MAX_NODES; tests/load/test_load_yaml_source.py counts that it
  stops at the bound);
- `bomb`: checking then preparing a PNG of 10000 × 10000 one-bit pixels, a few kilobytes on disk and 100
  megapixels decoded (images.py refuses it from its header; tests/images/test_images_check.py counts that
  not a pixel is decoded).

The tests assert the counts, never these seconds: a loaded machine made the seconds fail.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from deckgen.errors import LoadError
from deckgen.images import ImageProblem, check_image, prepare
from deckgen.load.yaml_source import read_yaml

def laughs(folder: Path) -> Path:
    lines = ['lol: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"l{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]" for n in range(1, 10)]
    path = folder / "event.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def bomb(folder: Path) -> Path:
    path = folder / "bomb.png"
    Image.new("1", (10000, 10000)).save(path)
    return path


def refused(step: Callable[[], object], expected: type[Exception]) -> None:
    try:
        step()
    except expected:
        return
    raise SystemExit(f"not refused: {step}")


def _both(path: Path) -> None:
    refused(lambda: check_image(path), ImageProblem)
    refused(lambda: prepare(path, 100, 100, fit="contain"), ImageProblem)


def median(step: Callable[[], None], runs: int) -> float:
    step()  # warm-up: the modules a refusal uses imported, untimed
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        step()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main(runs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="deckgen-refusals-") as work:
        folder = Path(work)
        event, picture = laughs(folder), bomb(folder)
        return {
            "billion_laughs": median(lambda: refused(lambda: read_yaml(event), LoadError), runs),
            "bomb": median(lambda: _both(picture), runs),
        }


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)))
