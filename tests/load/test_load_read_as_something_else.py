"""Texts YAML reads as something else without a word, found by trying the mistakes organisers make: a `#` and
a word after a value (a hashtag, « Salle #2 », a colour) read as a comment; a first word `&Cie` read as an
anchor, `!important` as a tag; an apostrophe or a quotation inside a quoted text, which ends it. Each is
refused at its line, and the line written as it should be. Each fix given is checked: written in its place,
the file reads as the user meant."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from deckgen.errors import LoadError
from deckgen.load.yaml_source import read_yaml


def _read(tmp_path: Path, text: str) -> object:
    path = tmp_path / "any.yaml"
    path.write_text(text, encoding="utf-8")
    return read_yaml(path)[0]


def _refused(tmp_path: Path, text: str) -> tuple[int | None, int | None, str]:
    with pytest.raises(LoadError) as caught:
        _read(tmp_path, text)
    (problem,) = caught.value.problems
    return problem.line, problem.column, problem.message


def _fixed_line(message: str) -> str:
    """The line a message says to write: its last `…`."""
    return re.findall(r"`([^`]*)`", message)[-1]


def _apply(text: str, line: int, fixed: str) -> str:
    lines = text.split("\n")
    lines[line - 1] = fixed
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("text", "line", "column", "says", "meant"),
    [
        pytest.param("room: Salle #2 Cheyton\n", 1, 13, "« #2 Cheyton » is read as a comment", {"room": "Salle #2 Cheyton"}, id="a number"),
        pytest.param(
            "a: 1\nfooter: Journée régionale #AlimActiv #Narbonne2025\n", 2, 27, "« #AlimActiv #Narbonne2025 »",
            {"a": 1, "footer": "Journée régionale #AlimActiv #Narbonne2025"}, id="hashtags",
        ),
        pytest.param("footer: #AlimActiv Journée\n", 1, 9, "« #AlimActiv Journée »", {"footer": "#AlimActiv Journée"}, id="the whole value"),
        pytest.param(
            "colours:\n  primary: #0B4F6C   # deep blue\n", 2, 12, "« #0B4F6C »", {"colours": {"primary": "#0B4F6C"}},
            id="a colour, and a comment after it that stays",
        ),
        pytest.param("items:\n  - Atelier #3\n", 2, 13, "« #3 »", {"items": ["Atelier #3"]}, id="a list item"),
    ],
)
def test_a_hash_and_a_word_after_a_value_is_refused_with_the_value_in_quotes(
    tmp_path: Path, text: str, line: int, column: int, says: str, meant: object
) -> None:
    at_line, at_column, message = _refused(tmp_path, text)
    assert (at_line, at_column) == (line, column) and says in message and "put a space after the #" in message
    assert _read(tmp_path, _apply(text, line, _fixed_line(message))) == meant


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("a: x  # a comment\n# another\n#stuck to its hash, alone on its line\n", id="comments"),
        pytest.param('a: "Salle #2"\nb: \'#AlimActiv\'\n', id="quoted"),
        pytest.param('a: "x" #note\n', id="after a quoted value"),
        pytest.param("a: |\n  Salle #2\n  #AlimActiv\nb: 1\n", id="in a block text"),
        pytest.param("a: C#\nb: https://x.org/#top\n", id="a hash inside a word"),
    ],
)
def test_a_hash_that_cuts_nothing_passes(tmp_path: Path, text: str) -> None:
    _read(tmp_path, text)


def test_a_first_word_read_as_an_anchor_is_refused_unless_an_alias_uses_it(tmp_path: Path) -> None:
    text = "items:\n  - &Cie approche par le droit\n"
    line, column, message = _refused(tmp_path, text)
    assert (line, column) == (2, 5) and "« &Cie »" in message
    assert _read(tmp_path, _apply(text, 2, "  - " + _fixed_line(message))) == {"items": ["&Cie approche par le droit"]}
    used = _read(tmp_path, "a: &day 2025-11-07\nb: *day\nc: &group {x: y}\nd: *group\n")
    assert used == {"a": "2025-11-07", "b": "2025-11-07", "c": {"x": "y"}, "d": {"x": "y"}}


def test_a_first_word_read_as_a_tag_is_refused(tmp_path: Path) -> None:
    text = "items:\n  - !important approche par le droit\n"
    line, column, message = _refused(tmp_path, text)
    assert line == 2 and "« !important »" in message
    assert _read(tmp_path, _apply(text, 2, "  - " + _fixed_line(message))) == {"items": ["!important approche par le droit"]}
    assert _read(tmp_path, "a: !!str 2025\n") == {"a": "2025"}  # YAML's own tags pass


@pytest.mark.parametrize(
    ("text", "says", "meant"),
    [
        pytest.param("title: 'La formation Alim'Activ : bilan'\n", "the apostrophe of « Alim'Activ »", "La formation Alim'Activ : bilan", id="apostrophe"),
        pytest.param("items:\n  - 'Approche par le droit d'agir'\n", "« d'agir »", "Approche par le droit d'agir", id="apostrophe in an item"),
        pytest.param('title: "La formation "Alim\'Activ" : bilan"\n', "with « »", "La formation « Alim'Activ » : bilan", id="quotation"),
    ],
)
def test_a_quote_inside_a_quoted_text_gets_quotes_it_does_not_contain(tmp_path: Path, text: str, says: str, meant: str) -> None:
    line, _column, message = _refused(tmp_path, text)
    assert says in message
    fixed = _read(tmp_path, _apply(text, line, _fixed_line(message)))
    assert meant in (fixed["title"] if "title" in fixed else fixed["items"])  # type: ignore[index, operator]
