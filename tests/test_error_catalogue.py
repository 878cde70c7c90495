"""The error catalogue: every kind of bad input ends in exit 1, a message at its file:line:col, no
traceback — and the last good deck is byte-identical after the failed build."""

from __future__ import annotations

import re
import shutil
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from typer.testing import CliRunner

from deckgen.build import BuildResult
from deckgen.cli import app
from paths import copy_reference

runner = CliRunner()


@dataclass(frozen=True)
class Case:
    """A mistake: how to make it in a copy of the reference deck, and where the message must point."""

    name: str
    make: Callable[[Path], None]  # gets the deck folder
    needle: str  # the text on the line the message must point at ("" = line 1 or no line)
    says: str  # a part of the message


def replace(old: str, new: str, count: int = 1) -> Callable[[Path], None]:
    def make(deck: Path) -> None:
        event = deck / "event.yaml"
        text = event.read_text(encoding="utf-8")
        assert old in text, old
        event.write_text(text.replace(old, new, count), encoding="utf-8")

    return make


def with_photo(write: Callable[[Path], None]) -> Callable[[Path], None]:
    """Give Éric Pélisson a portrait file made by `write`."""

    def make(deck: Path) -> None:
        write(deck / "portrait.png")
        replace("    name: Éric Pélisson\n", "    name: Éric Pélisson\n    photo: portrait.png\n")(deck)

    return make


def _truncated(path: Path) -> None:
    Image.new("RGB", (400, 400), "#336699").save(path)
    path.write_bytes(path.read_bytes()[:300])


def _bomb(path: Path) -> None:
    # A PNG that claims 30000 × 30000 pixels: refused from its header, before anything is decoded.
    def chunk(kind: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")

    header = (30000).to_bytes(4, "big") * 2 + bytes([8, 0, 0, 0, 0])
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0")) + chunk(b"IEND", b""))


def _bytes(data: bytes) -> Callable[[Path], None]:
    def make(deck: Path) -> None:
        (deck / "event.yaml").write_bytes(data)

    return make


def _not_utf8(deck: Path) -> None:
    event = deck / "event.yaml"
    event.write_bytes(event.read_bytes().replace("Palais du Travail".encode(), "Palais du Travail".encode("latin-1") + b" \xe9t\xe9"))


def _too_large(deck: Path) -> None:
    event = deck / "event.yaml"
    event.write_text(event.read_text(encoding="utf-8") + "# padding\n" * 120_000, encoding="utf-8")


BILLION_LAUGHS = "title: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"l{i}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
    for i in range(8)
)

CASES = [
    Case("yaml syntax", replace("venue: Palais du Travail", "venue: [Palais du Travail"), "", "YAML syntax error"),
    Case("unknown key", replace("venue: Palais du Travail", "venu: Palais du Travail"), "venu:", "did you mean 'venue'?"),
    Case("wrong type", replace("    sms: 07 62 32 67 85", "    sms: [07 62 32 67 85]"), "    sms:", "expected text"),
    Case("impossible date", replace("date: 2025-11-07", "date: 2025-02-30"), "date: 2025-02-30", "is not a date"),
    Case("impossible time", replace('start: "11:45"', 'start: "11:75"'), 'start: "11:75"', "is not a time of day"),
    Case("agenda unsorted", replace('start: "11:45"', 'start: "11:15"'), 'start: "11:15"', "must be in time order"),
    Case("agenda overlap", replace('  - kind: break\n    start: "11:30"', '  - kind: break\n    start: "11:30"\n    end: "12:00"'), 'start: "11:45"', "before the item before it ends"),
    Case("no correct answer", replace("        answer: 63 %\n", ""), "      - question: Quel pourcentage", "`answer:`"),
    Case("several correct answers", replace("        answer: 63 %", '        answer: ["53 %", "63 %"]'), '        answer: ["53 %"', "exactly one correct answer"),
    Case("answer not a choice", replace("        answer: 63 %", "        answer: 64 %"), "        answer: 64 %", "is not one of the choices"),
    Case("duplicate choices", replace("choices: [53 %, 63 %, 73 %]", "choices: [53 %, 63 %, 53 %]"), "choices: [53 %, 63 %, 53 %]", "is already choice 1"),
    Case("room twice", replace("        room: Salle Cheyton", "        room: Salle des fêtes"), "        room: Salle des fêtes\n      - question: \"**Coop", "already used at that time"),
    Case("image missing", replace("    name: Éric Pélisson\n", "    name: Éric Pélisson\n    photo: nowhere.jpg\n"), "    photo: nowhere.jpg", "file not found"),
    Case("image unreadable", with_photo(lambda p: p.write_text("not a picture")), "    photo: portrait.png", "not an image deckgen can read"),
    Case("image corrupt", with_photo(_truncated), "    photo: portrait.png", "damaged"),
    Case("image huge", with_photo(_bomb), "    photo: portrait.png", "30000 × 30000"),
    Case("image format", with_photo(lambda p: p.write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')), "    photo: portrait.png", "SVG"),
    Case("not utf-8", _not_utf8, "Palais du Travail", "not UTF-8"),
    Case("empty file", _bytes(b""), "", "the file is empty"),
    Case("alias bomb", _bytes(BILLION_LAUGHS.encode()), "", "too many values"),
    Case("too large", _too_large, "", "a deck is far smaller"),
    Case("control character", replace("venue: Palais du Travail", 'venue: "Palais\\a du Travail"'), "venue:", "invisible character U+0007"),
]


@pytest.fixture(scope="module")
def good_deck(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from deckgen.build import build_deck

    folder = copy_reference(tmp_path_factory.mktemp("good"))
    result: BuildResult = build_deck(folder, folder / "good.pptx")
    return result.output.read_bytes()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_is_located_and_the_last_good_deck_survives(case: Case, good_deck: bytes, tmp_path: Path) -> None:
    deck = copy_reference(tmp_path)
    output = tmp_path / "out" / "deck.pptx"
    output.parent.mkdir()
    output.write_bytes(good_deck)  # the last good deck, as deckgen wrote it
    case.make(deck)
    result = runner.invoke(app, ["build", str(deck), "-o", str(output)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    errors = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert errors, result.output
    event = str((deck / "event.yaml").resolve())
    located = [re.match(rf"error: {re.escape(event)}(:(?P<line>\d+))?(:\d+)?: ", e) for e in errors]
    assert all(located), errors  # every message names the file
    if case.needle:  # and the one about this mistake, its line
        text = (deck / "event.yaml").read_bytes().decode("utf-8", errors="replace")
        line = text[: text.index(case.needle)].count("\n") + 1
        assert any(m and m["line"] == str(line) and case.says in e for m, e in zip(located, errors)), errors
    assert case.says in result.output, result.output
    assert output.read_bytes() == good_deck
