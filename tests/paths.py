"""Where the repository's inputs are, for tests in any folder."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "deck" / "narbonne-2025"
SHARED = Path(os.environ.get("DECKGEN_SHARED", ROOT.parent / "shared"))
DECKS = ROOT / "deck"
REFERENCE_SLIDES = 36
"""The reference deck's slides as drawn: the 34 the planner decides, the programme and the concept map each
continued on a second slide (their text would go under its floor on one)."""


def copy_reference(into: Path, name: str = "narbonne-2025") -> Path:
    """A copy of the reference event as `into/deck/<name>`, beside a copy of `deck/_shared/` it includes."""
    import shutil

    shutil.copytree(DECKS / "_shared", into / "deck" / "_shared", dirs_exist_ok=True)
    return Path(shutil.copytree(REFERENCE, into / "deck" / name))
