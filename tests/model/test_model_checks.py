"""The cross-field rules of check_event, on events built in Python (no YAML involved)."""

from __future__ import annotations

from datetime import time
from typing import Any

import pytest

from deckgen.model import Event
from deckgen.model.checks import Finding, _overlap, check_event


def make_event(agenda: list[dict[str, Any]], **fields: Any) -> Event:
    data: dict[str, Any] = {
        "title": "Journée",
        "date": "2025-11-07",
        "venue": "Palais",
        "city": "Narbonne",
        "organiser": "ansa",
        "organisations": {"ansa": {"name": "Ansa"}, "etat": {"name": "État"}},
        "people": {"ada": {"name": "Ada"}, "alan": {"name": "Alan"}},
        "agenda": agenda,
    }
    data.update(fields)
    return Event.model_validate(data)


def locs(findings: list[Finding]) -> list[tuple[str | int, ...]]:
    return [finding.loc for finding in findings]


def workshops(start: str | None, *rooms: str, end: str | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {"kind": "workshops", "workshops": [{"question": f"Q{n} ?", "room": r} for n, r in enumerate(rooms)]}
    if start is not None:
        item["start"] = start
    if end is not None:
        item["end"] = end
    return item


def question(**fields: Any) -> dict[str, Any]:
    return {"question": "Q ?", "choices": ["a", "b", "c"], "answer": "a", **fields}


# --- a valid event --------------------------------------------------------------------------------------


def test_valid_event_has_no_findings() -> None:
    event = make_event(
        [
            {"kind": "welcome", "speakers": ["ada"]},
            {"kind": "talk", "start": "9:00", "end": "9:30", "title": "T", "speakers": ["alan"],
             "slides": [{"kind": "bullets", "speaker": "ada", "title": "B", "items": ["x"]}]},
            {"kind": "break", "start": "9:30"},
            {"kind": "round_table", "start": "10h", "title": "R", "host": "etat", "quiz": [question()]},
            workshops("11:00", "A", "B"),
            {"kind": "conclusion", "start": "12:00", "speakers": ["ada", "alan"]},
        ],
        sponsors=["etat"],
    )
    assert check_event(event) == []


# --- references -----------------------------------------------------------------------------------------


def test_every_unknown_reference_is_found() -> None:
    event = make_event(
        [
            {"kind": "welcome", "speakers": ["ada", "adda"]},
            {"kind": "witnesses", "speakers": ["alan"], "slides": [{"kind": "quote", "speaker": "alain", "paragraphs": ["p"]}]},
            {"kind": "round_table", "title": "R", "host": "ansaa"},
            {"kind": "conclusion", "speakers": ["nobody"]},
        ],
        organiser="etta",
        sponsors=["ansa", "zzz"],
    )
    findings = check_event(event)
    assert locs(findings) == [
        ("organiser",),
        ("sponsors", 1),
        ("agenda", 0, "speakers", 1),
        ("agenda", 1, "slides", 0, "speaker"),
        ("agenda", 2, "host"),
        ("agenda", 3, "speakers", 0),
    ]
    messages = [finding.message for finding in findings]
    assert messages[0] == "no organisation 'etta' (known: ansa, etat); did you mean 'etat'?"
    assert messages[1] == "no organisation 'zzz' (known: ansa, etat); add it under `organisations:`"
    assert messages[2].endswith("did you mean 'ada'?")
    assert messages[3].endswith("did you mean 'alan'?")
    assert messages[4].endswith("did you mean 'ansa'?")
    assert messages[5] == "no person 'nobody' (known: ada, alan); add it under `people:`"


def test_unknown_person_when_there_are_no_people() -> None:
    event = make_event([{"kind": "welcome", "speakers": ["ada"]}], people={})
    (finding,) = check_event(event)
    assert finding.message == "no person 'ada' (known: none yet); add it under `people:`"


def test_presenting_a_missing_training() -> None:
    event = make_event([{"kind": "round_table", "title": "R", "presents_training": True}])
    (finding,) = check_event(event)
    assert finding.loc == ("agenda", 0, "presents_training")
    assert "the event has no `training:`" in finding.message


# --- times ----------------------------------------------------------------------------------------------


def test_untimed_items_are_skipped_by_the_order_check() -> None:
    event = make_event([{"kind": "talk", "start": "9:00", "title": "A"}, {"kind": "talk", "title": "B"},
                        {"kind": "talk", "start": "9:30", "title": "C"}])
    assert check_event(event) == []


def test_order_is_checked_against_the_last_timed_item() -> None:
    event = make_event([{"kind": "talk", "start": "10:00", "title": "A"}, {"kind": "talk", "title": "B"},
                        {"kind": "talk", "start": "9:30", "title": "C"}])
    (finding,) = check_event(event)
    assert finding.loc == ("agenda", 2, "start")
    assert "(agenda[0], 10:00)" in finding.message


@pytest.mark.parametrize("end", ["9:00", "8:59"])
def test_end_not_after_start(end: str) -> None:
    event = make_event([{"kind": "talk", "start": "9:00", "end": end, "title": "A"}])
    (finding,) = check_event(event)
    assert finding.loc == ("agenda", 0, "end")
    assert finding.message.startswith(f"ends at {time.fromisoformat(end.zfill(5)).strftime('%H:%M')}, not after it starts (09:00)")


def test_end_equal_to_the_next_start_is_not_an_overlap() -> None:
    event = make_event([{"kind": "talk", "start": "9:00", "end": "9:30", "title": "A"},
                        {"kind": "talk", "start": "9:30", "title": "B"}])
    assert check_event(event) == []


def test_overlap_with_the_item_before() -> None:
    event = make_event([{"kind": "talk", "start": "9:00", "end": "9:45", "title": "A"},
                        {"kind": "talk", "start": "9:30", "title": "B"}])
    (finding,) = check_event(event)
    assert finding.loc == ("agenda", 1, "start")
    assert "before the item before it ends (agenda[0], until 09:45)" in finding.message


def test_break_takes_its_end_from_the_next_timed_item() -> None:
    event = make_event([{"kind": "break", "start": "10:00"}, {"kind": "talk", "title": "B"},
                        {"kind": "talk", "start": "10:15", "title": "C"}])
    assert check_event(event) == []


@pytest.mark.parametrize(
    "agenda",
    [
        [{"kind": "break"}],
        [{"kind": "talk", "start": "9:00", "title": "A"}, {"kind": "break"}, {"kind": "conclusion"}],
    ],
)
def test_break_that_cannot_know_when_it_ends(agenda: list[dict[str, Any]]) -> None:
    findings = check_event(make_event(agenda))
    index = next(i for i, item in enumerate(agenda) if item["kind"] == "break")
    assert locs(findings) == [("agenda", index)]


# --- quizzes --------------------------------------------------------------------------------------------


def test_one_question_with_several_problems() -> None:
    event = make_event([{"kind": "round_table", "title": "R", "quiz": [question(), question(choices=["alpha", "beta", "beta"], answer="Beta")]}])
    findings = check_event(event)
    assert locs(findings) == [("agenda", 0, "quiz", 1, "choices", 2), ("agenda", 0, "quiz", 1, "answer")]
    assert findings[0].message == "'beta' is already choice 2; each choice must differ"
    assert findings[1].message == "'Beta' is not one of the choices; did you mean 'beta'?"


def test_odd_one_out_rules() -> None:
    good = question(choices=["a", "b", "c"], answer="c", true_list=["a", "b", "d"])
    answer_listed = question(choices=["a", "b", "c"], answer="c", true_list=["a", "b", "c"])
    choice_unlisted = question(choices=["a", "b", "c"], answer="c", true_list=["a"])
    event = make_event([{"kind": "round_table", "title": "R", "quiz": [good, answer_listed, choice_unlisted]}])
    findings = check_event(event)
    assert locs(findings) == [("agenda", 0, "quiz", 1, "true_list"), ("agenda", 0, "quiz", 2, "choices", 1)]
    assert findings[0].message.startswith("the odd one out 'c' is in the true list")
    assert findings[1].message.startswith("'b' is not the answer, so it must be in `true_list:` too")


# --- rooms ----------------------------------------------------------------------------------------------


def test_same_room_twice_in_one_workshops_item_ignores_case_and_spaces() -> None:
    event = make_event([workshops("14:00", "Salle A", "Salle B", " salle a ")])
    (finding,) = check_event(event)
    assert finding.loc == ("agenda", 0, "workshops", 2, "room")
    assert finding.message == "room 'salle a' is already used at that time (agenda[0].workshops[0].room); choose another room"


def test_same_room_in_overlapping_workshops_items() -> None:
    event = make_event([workshops("14:00", "A", end="15:00"), workshops("14:30", "A")])
    findings = check_event(event)
    # The agenda's overlap and the room's double booking are both reported.
    assert locs(findings) == [("agenda", 1, "start"), ("agenda", 1, "workshops", 0, "room")]


def test_same_room_in_successive_workshops_items() -> None:
    event = make_event([workshops("14:00", "A", "B"), workshops("15:00", "A", "B"), {"kind": "conclusion", "start": "16:00"}])
    assert check_event(event) == []


@pytest.mark.parametrize(
    ("first", "second", "overlaps"),
    [
        ((time(9), time(10)), (time(10), time(11)), False),
        ((time(9), time(10)), (time(9, 59), time(11)), True),
        ((time(10), time(11)), (time(9), time(10)), False),
        ((time(10), time(11)), (time(9), time(10, 1)), True),
        ((time(9), None), (time(15), time(16)), True),  # an open end runs into whatever follows
        ((time(9), time(10)), (time(9), time(10)), True),
        ((None, None), (None, None), True),
        ((None, None), (time(9), time(10)), False),
    ],
)
def test_overlap(first: tuple[time | None, time | None], second: tuple[time | None, time | None], overlaps: bool) -> None:
    assert _overlap(*first, *second) is overlaps
    assert _overlap(*second, *first) is overlaps


# --- the training's teams ---------------------------------------------------------------------------------


def training(*teams: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": "Alim'Activ", "objective": "o", "audience": ["a"], "modalities": ["m"], "method": "m",
        "programme": ["p"],
        "calendar": [
            {"season": "2024-25", "region": "LR", "area": "Est",
             "territories": [{"name": "Aude", "code": "11", "members": ["x"]}, {"name": "Gard", "code": "30", "members": ["y"]}]},
            {"season": "2025-26", "region": "MP", "area": "Ouest",
             "territories": [{"name": "Ariège", "code": "09", "members": ["z"]}]},
            {"season": "2026-27", "region": "MP", "area": "Ouest"},
        ],
        "participants": list(teams),
    }  # fmt: skip


def team(**fields: Any) -> dict[str, Any]:
    return {"members": [{"name": "Ada"}], **fields}


def test_teams_of_the_territories_have_no_findings() -> None:
    teams = [team(departement="11"), team(departement="09", season="2025-26"), team(season="2026-27"), team()]
    assert check_event(make_event([{"kind": "conclusion"}], training=training(*teams))) == []


def test_a_team_without_a_season_may_come_from_any_seasons_territories() -> None:
    assert check_event(make_event([{"kind": "conclusion"}], training=training(team(departement="09")))) == []


@pytest.mark.parametrize(
    ("written", "loc", "message"),
    [
        (team(season="2025-2026"), "season",
         "no season '2025-2026' in the calendar (its seasons: 2024-25, 2025-26, 2026-27); did you mean '2025-26'?"),
        (team(season="printemps"), "season",
         "no season 'printemps' in the calendar (its seasons: 2024-25, 2025-26, 2026-27); write one of them, "
         "or add the season to `training.calendar:`"),
        (team(departement="31"), "departement",
         "no territory with the code '31' in any season (codes: 11, 30, 09); write one of them, or add the "
         "département under `training.calendar[0].territories:`"),
        (team(departement="110"), "departement",
         "no territory with the code '110' in any season (codes: 11, 30, 09); did you mean '11' (Aude)?"),
        (team(departement="gard"), "departement",
         "no territory with the code 'gard' in any season (codes: 11, 30, 09); did you mean '30' (Gard)?"),
        (team(departement="31", season="2025-26"), "departement",
         "no territory with the code '31' in season 2025-26 (codes: 09); write one of them, or add the "
         "département under `training.calendar[1].territories:`"),
        (team(departement="11", season="2025-26"), "departement",
         "no territory with the code '11' in season 2025-26 (codes: 09); it is a territory of season 2024-25: "
         "write `season: 2024-25` for this team"),
        (team(departement="09", season="2026-27"), "departement",
         "no territory with the code '09' in season 2026-27 (codes: none yet); it is a territory of season "
         "2025-26: write `season: 2025-26` for this team"),
    ],
)  # fmt: skip
def test_a_team_outside_the_calendar_or_its_territories(written: dict[str, Any], loc: str, message: str) -> None:
    event = make_event([{"kind": "conclusion"}], training=training(team(departement="30"), written))
    assert check_event(event) == [Finding(("training", "participants", 1, loc), message)]


def test_a_team_of_an_unknown_season_is_checked_against_every_season() -> None:
    event = make_event([{"kind": "conclusion"}], training=training(team(departement="09", season="2030")))
    assert locs(check_event(event)) == [("training", "participants", 0, "season")]


def test_unknown_panelists_and_facilitators_are_found() -> None:
    event = make_event(
        [
            {"kind": "round_table", "title": "R", "speakers": ["ada", "alain"]},
            {"kind": "workshops", "workshops": [{"question": "Q ?", "room": "A", "facilitators": ["adda", "alan"]}]},
        ]
    )
    findings = check_event(event)
    assert locs(findings) == [("agenda", 0, "speakers", 1), ("agenda", 1, "workshops", 0, "facilitators", 0)]
    assert [f.message for f in findings] == [
        "no person 'alain' (known: ada, alan); did you mean 'alan'?",
        "no person 'adda' (known: ada, alan); did you mean 'ada'?",
    ]


def test_an_arrival_needs_to_know_when_the_day_starts() -> None:
    assert check_event(make_event([{"kind": "arrival"}, {"kind": "talk", "start": "9:30", "title": "T"}])) == []
    assert check_event(make_event([{"kind": "arrival", "start": "9:00", "end": "9:30"}])) == []
    (finding,) = check_event(make_event([{"kind": "arrival", "start": "9:00"}, {"kind": "talk", "title": "T"}]))
    assert finding == Finding(
        ("agenda", 0),
        "an arrival coffee needs to know when the day starts: give the next item a `start:` or give this one an `end:`",
    )
