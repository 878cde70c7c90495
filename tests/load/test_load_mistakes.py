"""The YAML mistakes organisers make, told at the mistake's own line with the line as it should be, and the
hints made from what was typed (dates, ids, file names) — in English and in French."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from deckgen import i18n
from deckgen.errors import LoadError
from deckgen.load.dates import date_message
from deckgen.load.files import case_twin
from deckgen.load.yaml_mistakes import false_indentations
from deckgen.load.yaml_source import read_yaml
from deckgen.model.names import closest_id, slug


@pytest.fixture
def french() -> Iterator[None]:
    i18n.set_language("fr")
    yield
    i18n.set_language("en")


NBSP = "\u00a0"


def problem_of(tmp_path: Path, text: str) -> tuple[int | None, int | None, str]:
    path = tmp_path / "any.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        read_yaml(path)
    (problem,) = caught.value.problems
    return problem.line, problem.column, problem.message


@pytest.mark.parametrize(
    ("text", "line", "column", "says"),
    [
        pytest.param("a: 1\nb: [x, y\nc: 2\n", 2, 4, "close it at the end of the list: `b: [x, y]`", id="bracket"),
        pytest.param("a: 1\nb: [x,\n  y\nc: 2\n", 2, 4, "the [ opened here is never closed", id="bracket over two lines"),
        pytest.param("a: 1\nb: [x  # note\nc: 2\n", 2, 4, "`b: [x]`", id="bracket before a comment"),
        pytest.param("a: 1\nb: {x: 1\nc: 2\n", 2, 4, "the { opened here is never closed", id="brace"),
        pytest.param('a: 1\nb: "x y\nc: 2\nd: "q"\n', 2, 4, 'runs on to line 4; close it at the end of the text: `b: "x y"`', id="double quote"),
        pytest.param('a: 1\nb: "x y\nc: 2\n', 2, 4, '`b: "x y"`', id="double quote to the end"),
        pytest.param("a: 1\nb: 'x y\nc: 2\nd: it's\n", 2, 4, "`b: 'x y'`", id="single quote"),
        pytest.param("a:\n  b: 1\n\tc: 2\n", 3, 1, "indented with a tab; indent with spaces only: `  c: 2`", id="tab"),
        pytest.param("a: Bilan : suite\n", 1, 10, 'put the whole text in quotes: `a: "Bilan : suite"`', id="colon in a text"),
        pytest.param('a: Bilan : le "vrai"\n', 1, 10, "`a: 'Bilan : le \"vrai\"'`", id="colon in a text with quotes"),
        pytest.param("a:\n  - x: Bilan : suite\n", 2, 14, '`  - x: "Bilan : suite"`', id="colon in an item's field"),
        pytest.param("a:\n  b: 1\n  - c: 2\n", 3, 3, "remove the dash: `  c: 2`", id="a list item among fields"),
        pytest.param("a:\n  b: 1\n  - c\n", 3, 3, "a list goes under its own field", id="a plain list item among fields"),
        pytest.param("a:\n  - b: 1\n  c: 2\n", 3, 3, "this line has none: `  - c: 2`", id="a field among list items"),
        pytest.param("a:\n  b: 1\n c: 2\n", 3, 2, "line 2, which it goes with, starts in column 3: `  c: 2`", id="indented too little"),
        pytest.param("a:\n  b: 1\n   c: 2\n", 3, 4, "`  c: 2`", id="indented too much"),
        pytest.param(
            "orgs:\n  ansa:\n    name: A\n   other:\n    name: B\n", 4, 4,
            "line 2, which it goes with, starts in column 3: `  other:`", id="backed out between two levels: with the group it is like",
        ),
        pytest.param(
            "orgs:\n  ansa:\n    name: A\n   logo: a.png\n", 4, 4,
            "line 3, which it goes with, starts in column 5: `    logo: a.png`", id="backed out between two levels: a field with the fields",
        ),
        pytest.param(
            "orgs:\n  ansa:\n    name: A\n  other:\n    name: B\n    site: x\n   third:\n    name: C\n", 7, 4,
            "line 4, which it goes with, starts in column 3: `  third:`", id="backed out between two levels: with the nearest of its group",
        ),
        pytest.param("a: 1\nb:x y\nc: 2\n", 2, 2, "a space is needed after the colon of `b:`: `b: x y`", id="no space after a colon"),
        pytest.param("a:\n  - x\n  -y\n", 3, 3, "a space is needed after the dash of a list item: `  - y`", id="no space after a dash"),
        pytest.param("a:\n  - *italic* text\n", 2, 5, 'must be in quotes: `  - "*italic* text"`', id="a star"),
        pytest.param("title: Renforcer\npour lutter\nvenue: x\n", 2, 1, "this line is not `field: value`", id="a text cut in two"),
    ],
)
def test_a_yaml_mistake_is_told_at_its_line_with_the_fix(tmp_path: Path, text: str, line: int, column: int, says: str) -> None:
    found = problem_of(tmp_path, text)
    assert found[:2] == (line, column), found
    assert says in found[2]


def test_no_break_spaces_are_found_even_where_the_file_parses(tmp_path: Path) -> None:
    # libyaml reads U+00A0 as a letter: this file parses, with a field named '\u00a0\u00a0c'.
    text = "a:\n  b: 1\n\u00a0\u00a0c: 2\n\u202f\u202f- d\n"
    path = tmp_path / "any.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        read_yaml(path)
    problems = caught.value.problems
    assert [(p.line, p.column) for p in problems] == [(3, 1), (4, 1)]  # every such line, at once
    assert problems[0].message.endswith("indent with ordinary spaces: `  c: 2`")
    assert "U+202F" in problems[1].message


@pytest.mark.parametrize(
    "text",
    [
        "a: |\n  \u00a0\u00a0b: 1\n  \tc: 2\nd: x\n",  # inside a `|` text, anything goes
        "a: x\u00a0: y\n",  # not in an indentation
        "a: \u00a0\u00a0texte\n",
        "a: >-\n  suite\n\n  \u00a0- pas une liste\n",
    ],
)
def test_false_spaces_inside_texts_are_left_alone(text: str) -> None:
    assert false_indentations(text) == []


def test_a_yaml_mistake_in_french(tmp_path: Path, french: None) -> None:
    line, column, message = problem_of(tmp_path, "a: 1\nb: [x, y\nc: 2\n")
    assert (line, column, message.replace(NBSP, " ")) == (2, 4, "le [ ouvert ici n'est jamais fermé ; fermez-le à la fin de la liste : `b: [x, y]` (ou, si le [ fait partie du texte, mettez le texte entre guillemets : `b: \"[x, y\"`)")


# --- dates -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("19/03/2026", "'19/03/2026' is not written year-month-day; write `date: 2026-03-19`"),
        ("19.03.2026", "write `date: 2026-03-19`"),
        ("03/19/2026", "write `date: 2026-03-19`"),  # month first, as in English: 19 cannot be a month
        ("19 mars 2026", "write `date: 2026-03-19`"),
        ("vendredi 7 novembre 2025", "write `date: 2025-11-07`"),
        ("1er décembre 2025", "write `date: 2025-12-01`"),
        ("7 fevrier 2026", "write `date: 2026-02-07`"),  # without its accent
        ("November 7, 2025", "write `date: 2025-11-07`"),
        ("7 Nov. 2025", "write `date: 2025-11-07`"),
        ("20251107", "write `date: 2025-11-07`"),
        ("2025-11-07T10:00", "write `date: 2025-11-07`"),
        ("2025-11-31", "'2025-11-31' is not a date: November has only 30 days"),
        ("31/04/2026", "'31/04/2026' is not a date: April has only 30 days"),
        ("2025-02-29", "'2025-02-29' is not a date: 2025 is not a leap year, so February has only 28 days"),
        ("2025-13-01", "there is no month 13"),
        ("demain", "'demain' is not a date; write it year-month-day, e.g. `date: 2025-11-07`"),
    ],
)
def test_a_date_hint_is_made_from_what_was_typed(typed: str, says: str) -> None:
    assert says in date_message(typed, "date")


def test_a_date_hint_in_french(french: None) -> None:
    # French typography: a no-break space before « ; : » and inside « ».
    assert date_message("2025-11-31", "date") == f"«{NBSP}2025-11-31{NBSP}» n'est pas une date{NBSP}: novembre n'a que 30 jours"
    assert date_message("19 mars 2026", "date") == f"«{NBSP}19 mars 2026{NBSP}» n'est pas écrit année-mois-jour{NBSP}; écrivez `date: 2026-03-19`"


# --- ids and file names ------------------------------------------------------------------------------------

PEOPLE = {"eric-pelisson": "Éric Pélisson", "mathias-hudbert": "Mathias Hudbert", "damien-conare": "Damien Conaré"}


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Mathias Hudbert", "mathias-hudbert"),  # the display name
        ("eric pelisson", "eric-pelisson"),  # the name without its accents
        ("ERIC-PELISSON", "eric-pelisson"),  # the id in capitals
        ("hudbert", "mathias-hudbert"),  # close enough
        ("zoé", None),
    ],
)
def test_the_id_meant_is_found_from_what_was_typed(typed: str, meant: str | None) -> None:
    assert closest_id(typed, PEOPLE) == meant


def test_an_id_is_made_from_a_name() -> None:
    assert slug("  Éric  Pélisson ") == "eric-pelisson"


def test_a_file_named_with_other_capitals_is_found(tmp_path: Path) -> None:
    (tmp_path / "Photos").mkdir()
    (tmp_path / "Photos" / "Eric.jpg").write_bytes(b"x")
    assert case_twin(tmp_path / "photos" / "eric.JPG") == tmp_path / "Photos" / "Eric.jpg"
    assert case_twin(tmp_path / "Photos" / "Eric.jpg") is None  # the right name: nothing to say
    assert case_twin(tmp_path / "photos" / "other.jpg") is None


def test_a_line_that_backed_out_of_its_group_is_the_one_told(tmp_path: Path) -> None:
    """`role:` two spaces short between `name:` and `organisation:`: libyaml gives up on `organisation:`,
    and the fix offered was to back it out too, which made a second mistake."""
    text = "people:\n  damien:\n    name: Damien\n  role: Secrétaire\n    organisation: Agro\n"
    line, column, message = problem_of(tmp_path, text)
    assert (line, column) == (4, 3)
    assert message.endswith("indent it as they are: `    role: Secrétaire`")
    fixed = text.replace("\n  role:", "\n    role:")
    path = tmp_path / "fixed.yaml"
    path.write_text(fixed, encoding="utf-8")
    assert read_yaml(path)[0] == {"people": {"damien": {"name": "Damien", "role": "Secrétaire", "organisation": "Agro"}}}


@pytest.mark.parametrize(
    ("text", "line", "fixed"),
    [
        ("title: T\nvenue Palais du Travail\ncity: N\n", 2, "venue: Palais du Travail"),
        ('agenda:\n  - kind break\n    start: "11:30"\n', 2, "  - kind: break"),
        ('agenda:\n  - kind: break\n    start "16:00"\n', 3, '    start: "16:00"'),
    ],
)
def test_a_field_s_name_without_its_colon_is_told_at_its_line(tmp_path: Path, text: str, line: int, fixed: str) -> None:
    at, _column, message = problem_of(tmp_path, text)
    assert at == line and message.endswith(f"`{fixed}`") and "a colon is missing" in message
    lines = text.split("\n")
    lines[line - 1] = fixed
    path = tmp_path / "fixed.yaml"
    path.write_text("\n".join(lines), encoding="utf-8")
    read_yaml(path)  # reads


def test_text_continued_on_a_line_of_its_own_is_not_taken_for_a_field(tmp_path: Path) -> None:
    _line, _column, message = problem_of(tmp_path, "title: Bilan\n  et perspectives: du programme\nvenue: V\n")
    assert "a colon is missing" not in message
