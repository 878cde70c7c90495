"""Fixtures for the load tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from load_helpers import WriteEvent


@pytest.fixture
def write_event(tmp_path: Path) -> WriteEvent:
    """Write text (UTF-8, newlines as given) or raw bytes to tmp_path/event.yaml; return the folder."""

    def write(content: str | bytes) -> Path:
        path = tmp_path / "event.yaml"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
        return tmp_path

    return write
