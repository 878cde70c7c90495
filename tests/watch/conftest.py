"""A writable copy of the decks (the reference and the files it extends or includes), and edits to it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from paths import REFERENCE


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    """tmp_path/deck/narbonne-2025: the reference deck, beside everything it includes (deck/_shared/…)."""
    shutil.copytree(REFERENCE.parent, tmp_path / "deck", ignore=shutil.ignore_patterns(".*"))
    return tmp_path / "deck" / REFERENCE.name
