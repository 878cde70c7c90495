"""A writable copy of the decks for the preview tests (the reference and what it includes)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from paths import REFERENCE


@pytest.fixture
def deck_folder(tmp_path: Path) -> Path:
    shutil.copytree(REFERENCE.parent, tmp_path / "deck", ignore=shutil.ignore_patterns(".*"))
    return tmp_path / "deck" / REFERENCE.name
