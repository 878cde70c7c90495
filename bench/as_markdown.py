"""The deck's content as Markdown, for pandoc: what the benchmark compares deckgen with.

`deckgen outline --format markdown DECK` writes it: one `#` heading per slide (its title), then every
other text of the slide as a bullet, continuation slides included, so both tools build the same slides.
"""

from __future__ import annotations

import subprocess
from pathlib import Path


def deck_markdown(deckgen: Path, folder: Path) -> tuple[str, str]:
    """(Markdown, the command that wrote it)."""
    done = subprocess.run(
        [str(deckgen), "outline", "--format", "markdown", str(folder)], capture_output=True, text=True, timeout=600
    )
    if done.returncode != 0 or not done.stdout.strip():
        raise SystemExit(f"deckgen outline failed ({done.returncode}): {done.stderr.strip()[:300]}")
    return done.stdout, "deckgen outline --format markdown"
