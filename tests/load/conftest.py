"""Fixtures for the load tests."""

from __future__ import annotations

from pathlib import Path

import shutil

import pytest
from load_helpers import WriteEvent
from paths import DECKS


@pytest.fixture
def write_event(tmp_path: Path) -> WriteEvent:
    """Write text (UTF-8, newlines as given) or raw bytes to tmp_path/event/event.yaml; return that folder."""

    def write(content: str | bytes) -> Path:
        # The reference event includes ../_shared/alim-activ.yaml: give the folder that neighbour.
        shutil.copytree(DECKS / "_shared", tmp_path / "_shared", dirs_exist_ok=True)
        folder = tmp_path / "event"
        folder.mkdir(exist_ok=True)
        path = folder / "event.yaml"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
        return folder

    return write
