"""Writing: same input, same bytes; atomic replacement; the last good deck survives a failed build."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from deckgen.build import build_deck
from deckgen.errors import DeckError
from paths import REFERENCE, copy_reference


def test_two_builds_give_identical_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "a.pptx", tmp_path / "b.pptx"
    build_deck(REFERENCE, first)
    build_deck(REFERENCE, second)
    assert first.read_bytes() == second.read_bytes()


def test_zip_entries_and_core_properties_carry_no_build_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1762473600")  # 2025-11-07 00:00 UTC
    output = tmp_path / "deck.pptx"
    build_deck(REFERENCE, output)
    with zipfile.ZipFile(output) as package:
        assert {info.date_time for info in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = package.read("docProps/core.xml").decode()
    assert "2025-11-07T00:00:00Z" in core
    assert "2013" not in core
    assert "Agence nouvelle des solidarités actives" in core


def test_a_failed_build_leaves_the_last_good_deck_untouched(tmp_path: Path) -> None:
    folder = copy_reference(tmp_path)
    output = tmp_path / "deck.pptx"
    build_deck(folder, output)
    good = output.read_bytes()
    (folder / "event.yaml").write_text("title: [broken\n", encoding="utf-8")
    with pytest.raises(DeckError):
        build_deck(folder, output)
    assert output.read_bytes() == good
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_an_unwritable_output_is_a_deck_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DeckError, match="cannot write"):
        build_deck(REFERENCE, blocker / "deck.pptx")
