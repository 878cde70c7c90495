"""The reference event loads without a problem, and its facts come through the model."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from load_helpers import REFERENCE, WriteEvent, only_problem, reference_text

from deckgen.errors import LoadError
from deckgen.load import LoadedEvent, load_event
from deckgen.model import Break, Conclusion, Lunch, RoundTable, Welcome, Witnesses, Workshops


@pytest.fixture(scope="module")
def loaded() -> LoadedEvent:
    return load_event(REFERENCE.parent)


def test_reference_event_loads(loaded: LoadedEvent) -> None:
    assert loaded.folder == REFERENCE.parent
    assert loaded.files == (REFERENCE.parents[1] / "_shared" / "alim-activ.yaml", REFERENCE)
    event = loaded.event
    assert event.title == "Renforcer les coopérations pour lutter contre la précarité alimentaire"
    assert event.date == date(2025, 11, 7)
    assert (event.venue, event.city, event.organiser, event.locale, event.brand) == (
        "Palais du Travail",
        "Narbonne",
        "ansa",
        "fr",
        "ansa",
    )
    assert event.footer_text == event.title  # no `footer:`, so the title


def test_reference_agenda(loaded: LoadedEvent) -> None:
    agenda = loaded.event.agenda
    assert len(agenda) == 8
    assert [item.kind for item in agenda] == [
        "welcome", "witnesses", "round_table", "break", "round_table", "lunch", "workshops", "conclusion",
    ]
    assert [type(item) for item in agenda] == [
        Welcome, Witnesses, RoundTable, Break, RoundTable, Lunch, Workshops, Conclusion,
    ]
    assert [item.start for item in agenda] == [
        None, time(10, 0), time(10, 30), time(11, 30), time(11, 45), time(12, 45), time(14, 15), time(16, 0),
    ]
    assert all(item.end is None for item in agenda)
    witnesses = agenda[1]
    assert isinstance(witnesses, Witnesses)
    assert [slide.kind for slide in witnesses.slides] == ["figures", "bullets", "quote", "bullets", "bullets", "concept_map"]
    workshops = agenda[6]
    assert isinstance(workshops, Workshops)
    assert [w.room for w in workshops.workshops] == ["Salle des fêtes", "Salle Cheyton", "Salle Elie Sermet", "Salle Coubertin"]


def test_reference_first_round_table_quiz(loaded: LoadedEvent) -> None:
    round_table = next(item for item in loaded.event.agenda if isinstance(item, RoundTable))
    assert round_table.host == "ansa"
    assert len(round_table.quiz) == 6
    assert [q.correct_index for q in round_table.quiz] == [2, 2, 1, 1, 1, 3]
    assert [q.is_odd_one_out for q in round_table.quiz] == [False] * 5 + [True]
    odd = round_table.quiz[5]
    assert len(odd.true_list) == 5
    assert odd.answer not in odd.true_list
    assert "\n" in odd.question  # the `|-` block keeps its line break
    assert round_table.quiz[3].detail == "précisément 4,17 / 5"


def test_reference_training(loaded: LoadedEvent) -> None:
    training = loaded.event.training
    assert training is not None
    assert training.name == "Alim'Activ"
    assert len(training.programme) == 5
    assert training.programme[-1] == "Journée réseau"
    assert [season.season for season in training.calendar] == ["2024-25", "2025-26"]
    assert [d.code for d in training.calendar[0].territories] == ["30", "34", "11", "66"]
    assert len(training.participants) == 7
    presenting = [item for item in loaded.event.agenda if isinstance(item, RoundTable) and item.presents_training]
    assert len(presenting) == 1


def test_reference_people_keep_their_line_breaks(loaded: LoadedEvent) -> None:
    people = loaded.event.people
    assert list(people) == ["eric-pelisson", "damien-conare", "mathias-hudbert"]
    assert people["eric-pelisson"].organisation == "Préfecture région Occitanie\nPréfecture Haute-Garonne"
    assert loaded.event.sponsors == ["prefecture-occitanie"]


def test_source_map_locates_values(loaded: LoadedEvent) -> None:
    text = reference_text()
    lines = text.splitlines()
    position = loaded.source.values[("agenda", 2, "quiz", 0, "answer")]
    assert position.file == REFERENCE
    assert lines[position.line - 1][position.column - 1 :] == "14 117 personnes"
    key = loaded.source.keys[("training", "programme")]
    shared = REFERENCE.parents[1] / "_shared" / "alim-activ.yaml"
    assert key.file == shared  # a value from an included file is located in that file
    assert shared.read_text(encoding="utf-8").splitlines()[key.line - 1][key.column - 1 :] == "programme:"


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_reference_loads_with_other_line_endings(write_event: WriteEvent, newline: str) -> None:
    folder = write_event(reference_text().replace("\n", newline))
    event = load_event(folder).event
    assert len(event.agenda) == 8
    assert event.people["eric-pelisson"].organisation == "Préfecture région Occitanie\nPréfecture Haute-Garonne"


def test_reference_loads_with_a_byte_order_mark(write_event: WriteEvent) -> None:
    folder = write_event(b"\xef\xbb\xbf" + reference_text().encode("utf-8"))
    assert load_event(folder).event.title.startswith("Renforcer")


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as caught:
        load_event(tmp_path / "nowhere")
    assert "no such deck folder" in str(caught.value)
    assert "event.yaml" in str(caught.value)


def test_missing_event_file(tmp_path: Path) -> None:
    problem = only_problem(tmp_path)
    assert problem.file == tmp_path / "event.yaml"
    assert "file not found" in problem.message
    assert "event.yaml" in problem.message
