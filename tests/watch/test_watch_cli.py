"""`deckgen watch` refuses at once what cannot be watched, before building anything."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from deckgen.cli import app

runner = CliRunner()


def test_watch_preview_without_libreoffice_exits_1_with_the_install_hint(deck: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("deckgen.preview.shutil.which", lambda _name: None)
    result = runner.invoke(app, ["watch", str(deck), "-o", str(tmp_path / "x.pptx"), "--preview"])
    assert result.exit_code == 1, result.output
    assert "error: LibreOffice (soffice) is not installed; install it" in result.output
    assert "Debian/Ubuntu: sudo apt-get install libreoffice-impress" in result.output
    assert not (tmp_path / "x.pptx").exists()


def test_watch_a_missing_folder_exits_1(tmp_path: Path) -> None:
    result = runner.invoke(app, ["watch", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert "no such deck folder" in result.output and "Traceback" not in result.output
