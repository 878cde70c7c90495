"""How problems print, and how pydantic's error locations become paths and positions in the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from load_helpers import WriteEvent, mutate, position_of, problems_of, reference_text

from deckgen.errors import DeckError, LoadError, Problem
from deckgen.load import load_event
from deckgen.load.messages import data_path, format_path, problem_at
from deckgen.load.yaml_source import Position, SourceMap


def test_problem_prints_path_line_column_field_message(tmp_path: Path) -> None:
    problem = Problem("say what to write", tmp_path / "event.yaml", 12, 5, "agenda[2].quiz[0].answer")
    assert str(problem) == f"{tmp_path / 'event.yaml'}:12:5: agenda[2].quiz[0].answer: say what to write"


def test_problem_path_is_relative_to_the_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    problem = Problem("message", tmp_path / "deck" / "event.yaml", 3, 1, "title")
    assert str(problem) == "deck/event.yaml:3:1: title: message"


@pytest.mark.parametrize(
    ("problem", "printed"),
    [
        (Problem("m", Path("/x/e.yaml"), 3, None, "f"), "/x/e.yaml:3: f: m"),
        (Problem("m", Path("/x/e.yaml"), None, None, "f"), "/x/e.yaml: f: m"),
        (Problem("m", Path("/x/e.yaml"), 3, 4), "/x/e.yaml:3:4: m"),
        (Problem("m", None, 3, 4, "f"), "f: m"),
        (Problem("m"), "m"),
    ],
)
def test_problem_prints_only_what_it_knows(problem: Problem, printed: str) -> None:
    assert str(problem) == printed


def test_load_error_lists_every_problem_one_per_line() -> None:
    error = LoadError([Problem("first", Path("/a.yaml"), 1, 2, "x"), Problem("second", Path("/a.yaml"), 3, 4, "y")])
    assert isinstance(error, DeckError)
    assert str(error) == "/a.yaml:1:2: x: first\n/a.yaml:3:4: y: second"
    assert [p.message for p in LoadError("just text").problems] == ["just text"]
    assert LoadError(Problem("one")).problems == [Problem("one")]


def test_loaded_problems_print_as_path_line_column_field_message(write_event: WriteEvent) -> None:
    text = mutate("    host: ansa\n    sms", "    host: ansaa\n    sms")
    folder = write_event(text)
    (problem,) = problems_of(folder)
    line, column = position_of(text, "ansaa")
    assert str(problem) == f"{folder / 'event.yaml'}:{line}:{column}: agenda[2].host: {problem.message}"
    assert problem.message.startswith("no organisation 'ansaa'")


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ((), ""),
        (("title",), "title"),
        (("agenda", 2, "quiz", 0, "answer"), "agenda[2].quiz[0].answer"),
        (("people", "eric-pelisson", "name"), "people.eric-pelisson.name"),
        (("sponsors", 0), "sponsors[0]"),
    ],
)
def test_format_path(path: tuple[str | int, ...], text: str) -> None:
    assert format_path(path) == text


DATA = {
    "agenda": [
        {"kind": "figures", "figures": [{"value": "1"}]},
        {"kind": "workshops", "workshops": [{"room": "a"}, {"room": "b"}]},
        {"kind": "bullets", "items": [{"text": "t", "items": ["u"]}]},
    ]
}


@pytest.mark.parametrize(
    ("loc", "union_tags", "path"),
    [
        # pydantic names the tagged member ('figures') before the fields; the tag is not a key.
        (("agenda", 0, "figures", "title"), True, ("agenda", 0, "title")),
        (("agenda", 0, "figures", "figures", 0, "label"), True, ("agenda", 0, "figures", 0, "label")),
        (("agenda", 1, "workshops", "workshops", 1, "room"), True, ("agenda", 1, "workshops", 1, "room")),
        # A plain union's member is named by its type.
        (("agenda", 2, "bullets", "items", 0, "BulletItem", "items", 0, "function-after[x]"), True, ("agenda", 2, "items", 0, "items", 0)),
        # The model checks' paths carry no tags: `workshops` there is the key.
        (("agenda", 1, "workshops", 1, "room"), False, ("agenda", 1, "workshops", 1, "room")),
        (("agenda", 0, "figures", 0), False, ("agenda", 0, "figures", 0)),
        # A missing key ends the path; an index past the end too.
        (("agenda", 0, "figures", 0, "label"), False, ("agenda", 0, "figures", 0, "label")),
        (("agenda", 9, "start"), False, ("agenda", 9)),
    ],
)
def test_data_path(loc: tuple[str | int, ...], union_tags: bool, path: tuple[str | int, ...]) -> None:
    assert data_path(loc, DATA, union_tags=union_tags) == path


def test_problem_at_uses_the_nearest_known_position(tmp_path: Path) -> None:
    file = tmp_path / "event.yaml"
    source = SourceMap(
        values={(): Position(file, 1, 1), ("agenda",): Position(file, 3, 3), ("agenda", 0): Position(file, 3, 5)},
        keys={("agenda",): Position(file, 2, 1)},
    )
    data = {"agenda": [{"kind": "break"}]}
    exact = problem_at(("agenda", 0), "m", data, source)
    assert (exact.file, exact.line, exact.column, exact.field) == (file, 3, 5, "agenda[0]")
    nested = problem_at(("agenda", 0, "end"), "m", data, source)  # no position for `end`: its block's
    assert (nested.line, nested.column, nested.field) == (3, 5, "agenda[0].end")
    key = problem_at(("agenda",), "m", data, source, key=True)
    assert (key.line, key.column) == (2, 1)


@pytest.mark.parametrize(
    ("old", "new", "field", "says"),
    [
        ("locale: fr\n", "locale: français\n", "locale", "'français' is not a language code; write fr or en, or a region of them such as fr_BE"),
        ("        year: 2024\n", "        year: 2024.5\n", "agenda[1].slides[2].year", "expected a whole number, got 2024.5; write it without decimals"),
    ],
)
def test_a_value_of_the_wrong_form_is_told_in_words_not_in_pydantic_s(
    write_event: WriteEvent, old: str, new: str, field: str, says: str
) -> None:
    (problem,) = problems_of(write_event(mutate(old, new)))
    assert (problem.field, problem.message) == (field, says)


@pytest.mark.parametrize(
    ("old", "new", "meant"),
    [
        ("venue: Palais du Travail\n", "lieu: Palais du Travail\n", "venue"),
        ("city: Narbonne\n", "Ville: Narbonne\n", "city"),
        ("organiser: ansa\n", "organisateur: ansa\n", "organiser"),
    ],
)
def test_a_field_named_in_french_is_given_its_name(write_event: WriteEvent, old: str, new: str, meant: str) -> None:
    problems = problems_of(write_event(mutate(old, new)))
    key = new.split(":")[0]
    assert f"unknown field '{key}'; did you mean '{meant}'?" in [p.message for p in problems], [str(p) for p in problems]


def test_oui_and_non_are_true_and_false(write_event: WriteEvent) -> None:
    text = reference_text()
    assert "presents_training: true" in text
    agenda = load_event(write_event(mutate("presents_training: true", "presents_training: oui"))).event.agenda
    assert [getattr(item, "presents_training", False) for item in agenda].count(True) == 1


def test_a_departement_code_written_without_quotes_is_its_text(write_event: WriteEvent) -> None:
    """`code: 11` was refused (« expected text, got 11 »), then the teams naming « 11 » were told no territory
    had that code: two messages that contradicted each other. Digits YAML reads as a number are the text."""
    folder = write_event(reference_text())
    shared = folder.parent / "_shared" / "alim-activ.yaml"
    text = shared.read_text(encoding="utf-8")
    assert 'code: "11"' in text and 'departement: "11"' in text
    shared.write_text(text.replace('code: "11"', "code: 11").replace('departement: "11"', "departement: 11"), encoding="utf-8")
    training = load_event(folder).event.training
    assert training is not None
    assert "11" in [territory.code for season in training.calendar for territory in season.territories]


@pytest.mark.parametrize("invisible", ["\u00a0", "\u200b"])
def test_a_field_s_name_with_an_invisible_character_is_told_so(write_event: WriteEvent, invisible: str) -> None:
    (problem,) = problems_of(write_event(mutate("city: Narbonne\n", f"city{invisible}: Narbonne\n")))
    assert problem.message.startswith(f"the name 'city' holds an invisible character (U+{ord(invisible):04X}")


def test_an_id_with_accents_is_given_its_plain_form_where_it_is_defined_and_used(write_event: WriteEvent) -> None:
    text = reference_text().replace("eric-pelisson", "éric-pélisson")
    problems = problems_of(write_event(text))
    assert problems and all("write it in lower case without accents" in p.message and "'eric-pelisson'" in p.message for p in problems)
    assert not any("did you mean 'éric-pélisson'" in p.message for p in problems)
