"""The model's building blocks: clock times, clean text, ids."""

from __future__ import annotations

from datetime import time

import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import PydanticCustomError

from deckgen.model import Event, KeyFigure, Person, Question
from deckgen.model.base import CLOCK_NUMBER, ClockTime, Id, Strict, Text, clean_text, parse_clock

CLOCK: TypeAdapter[time] = TypeAdapter(ClockTime)
TEXT: TypeAdapter[str] = TypeAdapter(Text)
ID: TypeAdapter[str] = TypeAdapter(Id)

# --- clock times ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("10:30", time(10, 30)),
        ("10h30", time(10, 30)),
        ("10H30", time(10, 30)),
        ("10h", time(10, 0)),
        ("9:05", time(9, 5)),
        ("09:05", time(9, 5)),
        ("10.30", time(10, 30)),
        (" 14 h 15 ", time(14, 15)),
        ("0:00", time(0, 0)),
        ("23:59", time(23, 59)),
        ("16", time(16, 0)),
        (16, time(16, 0)),  # unquoted `start: 16` in YAML
        (time(8, 15), time(8, 15)),
    ],
)
def test_clock_accepts(written: object, expected: time) -> None:
    parsed = CLOCK.validate_python(written)
    assert parsed == expected
    assert parsed.tzinfo is None  # comparable with every other time of the agenda


@pytest.mark.parametrize(
    "written",
    ["25:00", "24:00", "10h75", "10:60", "10:5", "1030", "10:30:00", "-1:00", "", "noon", "10h30pm", "h30", "10::30"],
)
def test_clock_rejects_text(written: str) -> None:
    with pytest.raises(ValidationError) as caught:
        CLOCK.validate_python(written)
    (error,) = caught.value.errors()
    assert error["type"] == "value_error"
    assert f"'{written}' is not a time of day" in error["msg"]
    # Each says what to write: a time in range, or (for an hour past 23 or minutes past 59) the ranges.
    assert 'write it as "10:30"' in error["msg"] or "(hours 0-23, minutes 0-59)" in error["msg"]


@pytest.mark.parametrize("written", [10.30, 10.5, 1030, -1, True, [10, 30]])
def test_clock_rejects_other_values(written: object) -> None:
    with pytest.raises(ValidationError):
        CLOCK.validate_python(written)


def test_parse_clock_says_what_is_out_of_range() -> None:
    with pytest.raises(ValueError, match=r"'10h75' is not a time of day \(hours 0-23, minutes 0-59\)"):
        parse_clock("10h75")
    # A number has lost its digits (10.30 → 10.3): its error has a type of its own, so that the loader says
    # it with the text as typed, from the YAML.
    with pytest.raises(PydanticCustomError) as caught:
        parse_clock(10.3)
    assert caught.value.type == CLOCK_NUMBER


# --- clean text -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "cleaned"),
    [
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("a\vb", "a\nb"),
        ("a\fb", "a\nb"),
        ("a\x85b", "a\nb"),
        ("a\u2028b", "a\nb"),
        ("a\u2029b", "a\nb"),
        ("a\tb", "a b"),
        ("  padded \n", "padded"),
        ("Éric Pélisson — « 16 % » 🍎", "Éric Pélisson — « 16 % » 🍎"),
        ("a\u00a0b", "a\u00a0b"),  # a non-breaking space is wanted, e.g. before « % »
        ("**bold** and *italic*", "**bold** and *italic*"),
    ],
)
def test_clean_text(written: str, cleaned: str) -> None:
    assert clean_text(written) == cleaned


@pytest.mark.parametrize(
    ("written", "code", "position"),
    [
        ("Pal\x07ais", "U+0007", 4),
        ("\x00", "U+0000", 1),
        ("ab\x1b", "U+001B", 3),
        ("a\x7fb", "U+007F", 2),
        ("a\x9bb", "U+009B", 2),
        ("x\ud800", "U+D800", 2),  # a lone surrogate
        ("\ufffe", "U+FFFE", 1),
        ("a\U0001ffffb", "U+1FFFF", 2),
        ("a\ufdd0", "U+FDD0", 2),
        ("line\r\nthen\x07", "U+0007", 10),  # counted after \r\n became \n
    ],
)
def test_clean_text_refuses_invisible_characters(written: str, code: str, position: int) -> None:
    with pytest.raises(ValueError) as caught:
        clean_text(written)
    assert str(caught.value) == (
        f"contains the invisible character {code} at position {position}; delete it (it often comes from a copy-paste)"
    )


@pytest.mark.parametrize("blank", ["", "   ", "\t\n", "\v", "\u2028"])
def test_text_must_not_be_empty(blank: str) -> None:
    with pytest.raises(ValidationError) as caught:
        TEXT.validate_python(blank)
    (error,) = caught.value.errors()
    # The length is checked after clean_text, by pydantic's generic length check (hence « too_short »).
    assert error["type"] == "too_short"
    assert error["ctx"]["min_length"] == 1


def test_text_fields_are_cleaned_in_the_models() -> None:
    person = Person.model_validate({"name": " Ada\tLovelace ", "role": "Poète\vanalyste"})
    assert (person.name, person.role) == ("Ada Lovelace", "Poète\nanalyste")
    with pytest.raises(ValidationError) as caught:
        KeyFigure.model_validate({"value": "16\x07 %"})
    (error,) = caught.value.errors()
    assert error["loc"] == ("value",)
    assert "U+0007 at position 3" in error["msg"]


def test_text_is_not_a_number() -> None:
    with pytest.raises(ValidationError) as caught:
        TEXT.validate_python(16)
    assert caught.value.errors()[0]["type"] == "string_type"


# --- ids ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["ansa", "damien-conare", "a", "x_1", "2025", "prefecture-occitanie"])
def test_id_accepts(name: str) -> None:
    assert ID.validate_python(name) == name


@pytest.mark.parametrize("name", ["Ansa", "-ansa", "_a", "a b", "é", "a.b", ""])
def test_id_rejects(name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        ID.validate_python(name)
    assert caught.value.errors()[0]["type"] == "string_pattern_mismatch"


def test_ids_are_checked_as_dictionary_keys_too() -> None:
    with pytest.raises(ValidationError) as caught:
        Event.model_validate(
            {"title": "T", "date": "2025-11-07", "venue": "V", "city": "C", "organiser": "o",
             "people": {"Ada Lovelace": {"name": "Ada"}}, "agenda": [{"kind": "break"}]}
        )
    assert [e["type"] for e in caught.value.errors()] == ["string_pattern_mismatch"]


# --- strict base and the quiz question ------------------------------------------------------------------


def test_strict_base() -> None:
    class Sample(Strict):
        """A sample."""

        name: str
        """Its name."""

    assert issubclass(Sample, BaseModel)
    assert Sample.model_json_schema()["properties"]["name"]["description"] == "Its name."
    assert Sample.model_validate({"name": "  x  "}).name == "x"
    with pytest.raises(ValidationError):
        Sample.model_validate({"name": "x", "other": 1})


def test_question_properties() -> None:
    plain = Question.model_validate({"question": "Q ?", "choices": ["a", "b", "c"], "answer": "c"})
    assert (plain.correct_index, plain.is_odd_one_out) == (2, False)
    odd = Question.model_validate({"question": "Q ?", "choices": ["a", "b"], "answer": "a", "true_list": ["b", "z"]})
    assert (odd.correct_index, odd.is_odd_one_out) == (0, True)


@pytest.mark.parametrize("count", [1, 7])
def test_question_has_two_to_six_choices(count: int) -> None:
    choices = [str(n) for n in range(count)]
    with pytest.raises(ValidationError) as caught:
        Question.model_validate({"question": "Q ?", "choices": choices, "answer": "0"})
    assert [e["loc"] for e in caught.value.errors()] == [("choices",)]
