"""The fields of issue 11 in a real file: each mistake located at its file:line:col, with what to write."""

from __future__ import annotations

from pathlib import Path

from load_helpers import WriteEvent, assert_at, mutate, only_problem, position_of, problems_of, reference_text

from deckgen.load import load_event
from deckgen.model import Arrival, RoundTable, Workshops

FIRST_TABLE = "    host: ansa\n    sms: 07 62 32 67 85\n"
FIRST_WORKSHOP = "        room: Salle des fêtes\n"


def shared_training(folder: Path, old: str, new: str) -> tuple[Path, str]:
    """Edit the training the reference includes (deck/_shared/alim-activ.yaml, copied beside the event)."""
    shared = folder.parent / "_shared" / "alim-activ.yaml"
    text = shared.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    text = text.replace(old, new)
    shared.write_text(text, encoding="utf-8")
    return shared, text


# --- the new fields load ---------------------------------------------------------------------------------


def test_panelists_facilitators_and_an_arrival_coffee_load(write_event: WriteEvent) -> None:
    text = mutate("agenda:\n", 'agenda:\n  - kind: arrival\n    start: "9:30"\n')
    text = mutate(FIRST_TABLE, FIRST_TABLE + "    speakers: [damien-conare, mathias-hudbert]\n", text)
    text = mutate(FIRST_WORKSHOP, FIRST_WORKSHOP + "        facilitators: [eric-pelisson]\n", text)
    event = load_event(write_event(text)).event
    assert isinstance(event.agenda[0], Arrival)
    table, workshops = event.agenda[3], event.agenda[7]
    assert isinstance(table, RoundTable) and table.speakers == ["damien-conare", "mathias-hudbert"]
    assert isinstance(workshops, Workshops) and workshops.workshops[0].facilitators == ["eric-pelisson"]


def test_a_team_names_its_season(write_event: WriteEvent) -> None:
    folder = write_event(reference_text())
    shared_training(folder, '    - departement: "66"\n', '    - departement: "66"\n      season: 2024-25\n')
    assert load_event(folder).event.training.participants[4].season == "2024-25"  # type: ignore[union-attr]


# --- references --------------------------------------------------------------------------------------------


def test_an_unknown_panelist_suggests_the_closest(write_event: WriteEvent) -> None:
    text = mutate(FIRST_TABLE, FIRST_TABLE + "    speakers: [damien-conare, mathias-hubert]\n")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "mathias-hubert"), "agenda[2].speakers[1]")
    assert problem.message == (
        "no person 'mathias-hubert' (known: eric-pelisson, damien-conare, mathias-hudbert); did you mean 'mathias-hudbert'?"
    )


def test_an_unknown_facilitator_suggests_the_closest(write_event: WriteEvent) -> None:
    text = mutate(FIRST_WORKSHOP, FIRST_WORKSHOP + "        facilitators: [damien-conare, eric-pelison]\n")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "eric-pelison]"), "agenda[6].workshops[0].facilitators[1]")
    assert problem.message.endswith("did you mean 'eric-pelisson'?")


def test_an_unknown_facilitator_far_from_everyone_says_where_to_add_them(write_event: WriteEvent) -> None:
    text = mutate(FIRST_WORKSHOP, FIRST_WORKSHOP + "        facilitators: [zoe]\n")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "zoe"), "agenda[6].workshops[0].facilitators[0]")
    assert problem.message.endswith("; add it under `people:`")


# --- the arrival coffee --------------------------------------------------------------------------------------


def test_an_arrival_with_no_following_time(write_event: WriteEvent) -> None:
    text = mutate('  - kind: conclusion\n    start: "16:00"\n', '  - kind: conclusion\n    start: "16:00"\n  - kind: arrival\n')
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "kind: arrival"), "agenda[8]")
    assert problem.message == (
        "an arrival coffee needs to know when the day starts: give the next item a `start:` or give this one an `end:`"
    )


def test_an_arrival_at_the_end_with_its_own_end_is_fine(write_event: WriteEvent) -> None:
    text = mutate('    start: "16:00"\n', '    start: "16:00"\n  - kind: arrival\n    start: "17:00"\n    end: "17:15"\n')
    assert len(load_event(write_event(text)).event.agenda) == 9


# --- teams: their season and département, located in the included training file ---------------------------


def test_a_team_season_not_in_the_calendar_is_located_in_the_training_file(write_event: WriteEvent) -> None:
    folder = write_event(reference_text())
    shared, text = shared_training(folder, '    - departement: "66"\n', '    - departement: "66"\n      season: 2024-2025\n')
    problem = only_problem(folder)
    line, column = position_of(text, "2024-2025")
    assert (problem.file, problem.line, problem.column) == (shared, line, column)
    assert problem.field == "training.participants[4].season"
    assert problem.message == "no season '2024-2025' in the calendar (its seasons: 2024-25, 2025-26); did you mean '2024-25'?"


def test_a_team_departement_not_among_the_territories(write_event: WriteEvent) -> None:
    folder = write_event(reference_text())
    shared, text = shared_training(folder, '    - departement: "66"\n', '    - departement: "48"\n')
    problem = only_problem(folder)
    line, column = position_of(text, '"48"')
    assert (problem.file, problem.line, problem.column) == (shared, line, column)
    assert problem.field == "training.participants[4].departement"
    assert problem.message == (
        "no territory with the code '48' in any season (codes: 30, 34, 11, 66); write one of them, "
        "or add the département under `training.calendar[0].territories:`"
    )


def test_a_departement_written_by_its_name_points_to_its_code(write_event: WriteEvent) -> None:
    folder = write_event(reference_text())
    shared, text = shared_training(folder, '    - departement: "66"\n', "    - departement: Pyrénées-Orientales\n")
    problem = only_problem(folder)
    assert (problem.file, problem.line) == (shared, position_of(text, "departement: Pyrénées")[0])
    assert problem.message.endswith("did you mean '66' (Pyrénées-Orientales)?")


def test_a_departement_of_another_season_than_the_teams(write_event: WriteEvent) -> None:
    folder = write_event(reference_text())
    shared, text = shared_training(folder, '    - departement: "66"\n', '    - departement: "66"\n      season: 2025-26\n')
    problem = only_problem(folder)
    assert (problem.file, problem.line) == (shared, position_of(text, 'departement: "66"')[0])
    assert problem.field == "training.participants[4].departement"
    assert problem.message == (
        "no territory with the code '66' in season 2025-26 (codes: none yet); "
        "it is a territory of season 2024-25: write `season: 2024-25` for this team"
    )


def test_every_team_problem_is_reported_in_one_run(write_event: WriteEvent) -> None:
    folder = write_event(reference_text())
    shared_training(folder, '    - departement: "66"\n', '    - departement: "67"\n      season: 2023-24\n')
    problems = problems_of(folder)
    assert [p.field for p in problems] == ["training.participants[4].departement", "training.participants[4].season"]
