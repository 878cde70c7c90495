"""Writing: same input, same bytes; atomic replacement; the last good deck survives a failed build."""

from __future__ import annotations

import errno
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from deckgen.build import build_deck
from deckgen.errors import DeckError
from deckgen.stamp import status
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


def _edit_by_hand(deck: Path) -> None:
    """What PowerPoint does on save: the parts are written again (here, one word changed)."""
    with zipfile.ZipFile(deck) as package:
        parts = {info.filename: package.read(info.filename) for info in package.infolist()}
    parts["ppt/slides/slide2.xml"] = parts["ppt/slides/slide2.xml"].replace(b"Programme", b"Programme du jour", 1)
    with zipfile.ZipFile(deck, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)


def test_the_deck_records_what_deckgen_wrote(tmp_path: Path) -> None:
    output = tmp_path / "deck.pptx"
    build_deck(REFERENCE, output)
    assert status(output) == "ours"
    with zipfile.ZipFile(output) as package:
        assert "deckgen.content-sha256" in package.read("docProps/custom.xml").decode()
    build_deck(REFERENCE, output)  # its own deck: replaced without a question


def test_a_deck_edited_by_hand_is_not_overwritten_without_force(tmp_path: Path) -> None:
    output = tmp_path / "deck.pptx"
    build_deck(REFERENCE, output)
    _edit_by_hand(output)
    edited = output.read_bytes()
    assert status(output) == "edited"
    with pytest.raises(DeckError) as raised:
        build_deck(REFERENCE, output)
    [problem] = raised.value.problems
    assert problem.file == output and "was changed since deckgen wrote it" in problem.message and "--force" in problem.message
    assert output.read_bytes() == edited
    build_deck(REFERENCE, output, force=True)
    assert (tmp_path / "deck.pptx.bak").read_bytes() == edited
    assert status(output) == "ours"


def test_a_file_deckgen_did_not_write_is_not_overwritten(tmp_path: Path) -> None:
    output = tmp_path / "deck.pptx"
    output.write_bytes(b"somebody's own presentation")
    with pytest.raises(DeckError, match="was not written by deckgen"):
        build_deck(REFERENCE, output)
    assert output.read_bytes() == b"somebody's own presentation"


@pytest.mark.parametrize(
    ("code", "says"),
    [(errno.ENOSPC, "the disk is full"), (errno.EACCES, "permission denied"), (errno.EBUSY, "open in another program")],
)
def test_a_failed_write_says_why_and_keeps_the_previous_deck(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, says: str) -> None:
    output = tmp_path / "deck.pptx"
    build_deck(REFERENCE, output)
    good = output.read_bytes()

    def refuse(src: object, dst: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr("deckgen.write.os.replace", refuse)
    with pytest.raises(DeckError) as raised:
        build_deck(REFERENCE, output, force=True)
    assert says in str(raised.value) and "the previous deck is unchanged" in str(raised.value)
    assert output.read_bytes() == good
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
