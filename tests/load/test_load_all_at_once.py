"""One run reports every mistake: type errors and cross-field errors together, each at its line."""

from __future__ import annotations

from load_helpers import WriteEvent, mutate, position_of, problems_of


def test_three_independent_mistakes_of_different_kinds_are_all_reported(write_event: WriteEvent) -> None:
    text = mutate("venue: Palais du Travail", "venu: Palais du Travail\nvenue: Palais du Travail")  # unknown key
    text = mutate("        answer: 63 %", "        answer: 64 %", text)  # not among the choices
    text = mutate("        room: Salle Cheyton", "        room: Salle des fêtes", text)  # a room twice
    folder = write_event(text)
    problems = problems_of(folder)
    assert [(p.line, p.field) for p in problems] == [
        (position_of(text, "venu:")[0], "venu"),
        (position_of(text, "answer: 64 %")[0], "agenda[2].quiz[4].answer"),
        (position_of(text, "room: Salle des fêtes", 2)[0], "agenda[6].workshops[1].room"),
    ]


def test_cross_field_checks_still_run_beside_a_broken_list_item(write_event: WriteEvent) -> None:
    # Question 2's choices are broken (not a list): the other questions are still checked, at their own index.
    text = mutate("        choices: [56 987 euros, 98 923 euros, 155 086 euros]", "        choices: 56", )
    text = mutate("        answer: 63 %", "        answer: 64 %", text)
    text = mutate('date: 2025-11-07', 'date: 2025-02-30', text)
    problems = problems_of(write_event(text))
    assert [p.field for p in problems] == ["date", "agenda[2].quiz[1].choices", "agenda[2].quiz[4].answer"]


def test_several_correct_answers_are_refused_with_the_rule(write_event: WriteEvent) -> None:
    text = mutate("        answer: 63 %", '        answer: ["53 %", "63 %"]')
    [problem] = problems_of(write_event(text))
    assert (problem.line, problem.field) == (position_of(text, 'answer: ["53')[0], "agenda[2].quiz[4].answer")
    assert problem.message == "a question has exactly one correct answer, here 2 ('53 %', '63 %'); keep one"
