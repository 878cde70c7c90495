"""A deck reads files only from its own folders: no absolute paths, `..` escapes or links out, unless
--allow-outside; and deckgen never opens a network connection."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PIL import Image

from deckgen.build import build_deck
from deckgen.errors import LoadError
from deckgen.load import load_event
from paths import REFERENCE_SLIDES, copy_reference


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    return copy_reference(tmp_path / "site")


def _set_photo(deck: Path, value: str) -> int:
    event = deck / "event.yaml"
    text = event.read_text(encoding="utf-8").replace("    name: Éric Pélisson\n", f"    name: Éric Pélisson\n    photo: {value}\n")
    event.write_text(text, encoding="utf-8")
    return 1 + text.splitlines().index(f"    photo: {value}")


def _outside_image(tmp_path: Path) -> Path:
    picture = tmp_path / "elsewhere" / "portrait.png"
    picture.parent.mkdir()
    Image.new("RGB", (40, 40), "#336699").save(picture)
    return picture


@pytest.mark.parametrize("how", ["absolute", "dotdot", "symlink"])
def test_a_picture_outside_the_decks_folders_is_refused_at_its_line(deck: Path, tmp_path: Path, how: str) -> None:
    picture = _outside_image(tmp_path)
    if how == "symlink":
        (deck / "portrait.png").symlink_to(picture)
        value = "portrait.png"
    else:
        value = str(picture) if how == "absolute" else "../../../elsewhere/portrait.png"
    line = _set_photo(deck, value)
    with pytest.raises(LoadError) as raised:
        load_event(deck)
    [problem] = raised.value.problems
    assert (problem.file, problem.line, problem.field) == (deck / "event.yaml", line, "people.eric-pelisson.photo")
    assert "is outside the deck's folders" in problem.message and "--allow-outside" in problem.message


def test_allow_outside_lifts_the_rule(deck: Path, tmp_path: Path) -> None:
    _set_photo(deck, str(_outside_image(tmp_path)))
    assert load_event(deck, allow_outside=True).event.people["eric-pelisson"].photo is not None


def test_an_include_outside_is_refused(deck: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text("title: not yours\n", encoding="utf-8")
    event = deck / "event.yaml"
    event.write_text(event.read_text(encoding="utf-8").replace("include: [../_shared/alim-activ.yaml]", f"include: [../_shared/alim-activ.yaml, {secret}]"), encoding="utf-8")
    with pytest.raises(LoadError) as raised:
        load_event(deck)
    [problem] = raised.value.problems
    assert problem.field == "include[1]" and "is outside the deck's folders" in problem.message


def test_shared_files_and_sibling_decks_are_inside(deck: Path) -> None:
    assert load_event(deck).files[0].name == "alim-activ.yaml"


def test_a_build_never_opens_a_connection(deck: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("deckgen tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    assert build_deck(deck, tmp_path / "deck.pptx").slides == REFERENCE_SLIDES
