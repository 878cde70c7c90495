"""Every kind of mistake in event.yaml is reported at its file:line:col, with its field and what to write."""

from __future__ import annotations

import pytest
from load_helpers import WriteEvent, assert_at, mutate, only_problem, position_of, problems_of, reference_text

from deckgen.load import load_event

# --- unknown keys -------------------------------------------------------------------------------------


def test_unknown_top_level_key_suggests_the_closest(write_event: WriteEvent) -> None:
    text = mutate("title: Renforcer", "titel: Renforcer")
    folder = write_event(text)
    problems = problems_of(folder)
    unknown = [p for p in problems if p.field == "titel"]
    assert len(unknown) == 1
    assert_at(unknown[0], folder, *position_of(text, "titel:"), "titel")
    assert unknown[0].message == "unknown field 'titel'; did you mean 'title'?"
    # With `title:` misspelt, the title is also missing, but « add `title:` » would only be noise: the
    # unknown field's « did you mean » says all.
    assert len(problems) == 1


def test_unknown_key_without_a_close_match_lists_the_fields(write_event: WriteEvent) -> None:
    text = mutate("city: Narbonne\n", "city: Narbonne\nzzz: 1\n")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "zzz:"), "zzz")
    assert problem.message.startswith("unknown field 'zzz'; the fields here are: title, date, venue, city,")


def test_unknown_key_inside_a_quiz_question(write_event: WriteEvent) -> None:
    text = mutate("        answer: 63 %", "        answer: 63 %\n        detial: exactement")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "detial:"), "agenda[2].quiz[4].detial")
    assert problem.message == "unknown field 'detial'; did you mean 'detail'?"


def test_misspelt_required_key_inside_a_quiz_question(write_event: WriteEvent) -> None:
    text = mutate("        answer: 63 %", "        answr: 63 %")
    folder = write_event(text)
    unknown = only_problem(folder)  # no « this field is required » besides: the key is only misspelt
    assert_at(unknown, folder, *position_of(text, "answr:"), "agenda[2].quiz[4].answr")
    assert unknown.message == "unknown field 'answr'; did you mean 'answer'?"


def test_missing_required_key_inside_a_quiz_question(write_event: WriteEvent) -> None:
    text = mutate("        answer: 63 %\n", "")
    folder = write_event(text)
    missing = only_problem(folder)
    # The missing answer is located at its question, the block where `answer:` belongs.
    assert_at(missing, folder, *position_of(text, "question: Quel pourcentage"), "agenda[2].quiz[4].answer")
    assert missing.message == "this field is required; add `answer:` here"


def test_unknown_key_inside_a_figures_slide(write_event: WriteEvent) -> None:
    text = mutate("          - value: 16 %", "          - value: 16 %\n            lable: x")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "lable:"), "agenda[1].slides[0].figures[0].lable")
    assert problem.message == "unknown field 'lable'; did you mean 'label'?"


def test_unknown_key_on_a_figures_slide_itself(write_event: WriteEvent) -> None:
    text = mutate("        title: Des précarités structurelles", "        heading: Des précarités structurelles")
    folder = write_event(text)
    problems = sorted(problems_of(folder), key=lambda p: p.field)
    assert [p.field for p in problems] == ["agenda[1].slides[0].heading", "agenda[1].slides[0].title"]
    unknown, missing = problems
    # The slide's `kind: figures` and its `figures:` key share a name: the path must still end in title.
    assert_at(missing, folder, *position_of(text, "kind: figures"), "agenda[1].slides[0].title")
    assert missing.message == "this field is required; add `title:` here"
    assert_at(unknown, folder, *position_of(text, "heading:"), "agenda[1].slides[0].heading")
    assert unknown.message.startswith("unknown field 'heading'; the fields here are: ")


def test_unknown_key_in_a_nested_bullet_is_the_only_problem(write_event: WriteEvent) -> None:
    # A bullet may be text or a `text:`/`items:` block: a mistake inside the block must not also be
    # reported as « expected text, got a block » at each level.
    text = mutate('              - "**non-recours** fréquent"', "              - text: non-recours\n                itemz: [b]")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "itemz:"), "agenda[1].slides[1].items[0].items[1].itemz")
    assert problem.message == "unknown field 'itemz'; did you mean 'items'?"


def test_unknown_key_in_a_concept_map_branch(write_event: WriteEvent) -> None:
    text = mutate("          - text: Production d'un plaidoyer", "          - txt: Production d'un plaidoyer")
    folder = write_event(text)
    unknown = [p for p in problems_of(folder) if p.field.endswith(".txt")]
    assert len(unknown) == 1
    assert_at(unknown[0], folder, *position_of(text, "txt:"), "agenda[1].slides[5].branches[3].txt")
    assert unknown[0].message == "unknown field 'txt'; did you mean 'text'?"


def test_unknown_key_in_the_included_training_is_located_in_that_file(write_event: WriteEvent) -> None:
    folder = write_event(reference_text())
    shared = folder.parent / "_shared" / "alim-activ.yaml"
    text = shared.read_text(encoding="utf-8").replace('    - departement: "66"', '    - departemnt: "66"')
    shared.write_text(text, encoding="utf-8")
    problem = only_problem(folder)
    line, column = position_of(text, "departemnt:")
    assert (problem.file, problem.line, problem.column) == (shared, line, column)
    assert problem.field == "training.participants[4].departemnt"
    assert problem.message == "unknown field 'departemnt'; did you mean 'departement'?"


def test_unknown_key_in_a_person(write_event: WriteEvent) -> None:
    text = mutate("    role: Responsable de recherche", "    rôle: Responsable de recherche")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "rôle:"), "people.mathias-hudbert.rôle")
    assert problem.message == "unknown field 'rôle'; did you mean 'role'?"


# --- wrong values ---------------------------------------------------------------------------------------


def test_list_where_text_is_expected(write_event: WriteEvent) -> None:
    text = mutate("venue: Palais du Travail", "venue: [Palais, Travail]")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "[Palais"), "venue")
    assert problem.message.startswith("expected text, got a list")


def test_number_where_text_is_expected_says_to_quote_it(write_event: WriteEvent) -> None:
    text = mutate("          - value: 16 %", "          - value: 16")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "16\n"), "agenda[1].slides[0].figures[0].value")
    assert problem.message == "expected text, got 16; put the text in quotes if it looks like a number or a date"


def test_text_where_a_list_is_expected(write_event: WriteEvent) -> None:
    text = mutate("    speakers: [eric-pelisson]", "    speakers: eric-pelisson")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "eric-pelisson\n"), "agenda[0].speakers")
    assert problem.message == "expected a list, got 'eric-pelisson'; write the items in brackets: `speakers: [eric-pelisson]`"


def test_empty_value_of_a_required_field(write_event: WriteEvent) -> None:
    text = mutate("venue: Palais du Travail", "venue:")
    folder = write_event(text)
    problem = only_problem(folder)
    # An empty value is located at its key (the value's own mark would be on the next line).
    assert_at(problem, folder, *position_of(text, "venue:"), "venue")
    # `venue:` is required: « or remove the line » would only lead to « this field is required ».
    assert problem.message == "this field is empty; write its value after the colon (it cannot be left out)"


def test_empty_value_of_an_optional_field(write_event: WriteEvent) -> None:
    text = mutate("sponsors: [prefecture-occitanie]", "sponsors:")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "sponsors:"), "sponsors")
    assert problem.message == "this field is empty; write its value after the colon, or remove the line"


@pytest.mark.parametrize("blank", ['"  "', '"\\t"', '"\\v"'])
def test_blank_text(write_event: WriteEvent, blank: str) -> None:
    text = mutate("venue: Palais du Travail", f"venue: {blank}")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, blank), "venue")
    assert problem.message == "must not be empty; write the text"  # required: not « or remove the line »


def test_blank_quiz_choice(write_event: WriteEvent) -> None:
    text = mutate("choices: [53 %, 63 %, 73 %]", 'choices: [53 %, 63 %, " "]')
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, '" "'), "agenda[2].quiz[4].choices[2]")
    assert problem.message == "must not be empty; write the text or remove the line"


def test_impossible_date(write_event: WriteEvent) -> None:
    text = mutate("date: 2025-11-07", "date: 2025-02-30")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "2025-02-30"), "date")
    assert problem.message == "'2025-02-30' is not a date: February has only 28 days"


def test_date_with_a_time_is_not_a_date(write_event: WriteEvent) -> None:
    text = mutate("date: 2025-11-07", "date: 2025-11-07T10:00")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "2025-11-07T"), "date")
    assert problem.message == "'2025-11-07T10:00' is not written year-month-day; write `date: 2025-11-07`"


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ('"25:00"', "'25:00' is not a time of day (hours 0-23, minutes 0-59)"),
        ("10h75", "'10h75' is not a time of day (hours 0-23, minutes 0-59)"),
        ('"10:5"', "'10:5' is not a time of day; write it as \"10:30\" or 10h30"),
        ("midi", "'midi' is not a time of day; write it as \"10:30\" or 10h30"),
        ("10.45", "10.45 is read as a number, not a time; write the time in quotes: `start: \"10:45\"`"),
        ("10.30", "10.30 is read as a number, not a time; write the time in quotes: `start: \"10:30\"`"),
        ("1030", "'1030' is not a time of day; write it as \"10:30\""),
        ("true", "true is not a time of day; write it as \"10:30\" or 10h30"),
    ],
)
def test_impossible_time(write_event: WriteEvent, written: str, hint: str) -> None:
    text = mutate('    start: "10:30"', f"    start: {written}")
    folder = write_event(text)
    problem = only_problem(folder)
    line, _ = position_of(text, f"start: {written}")
    assert_at(problem, folder, line, len("    start: ") + 1, "agenda[2].start")
    assert problem.message == hint  # the value as typed (10.30, not the number 10.3 YAML made of it)


def test_unquoted_whole_hour_is_an_hour(write_event: WriteEvent) -> None:
    # `start: 11` is an int to YAML; it means 11:00, not 11 seconds after midnight UTC.
    text = mutate('    start: "10:30"', "    start: 10")
    folder = write_event(text)
    problem = only_problem(folder)
    # 10:00 is when the item before starts: the int was read as an hour and compared with the others.
    assert_at(problem, folder, *position_of(text, "10\n    title: Bilan"), "agenda[2].start")
    assert problem.message.startswith("starts at 10:00, not after the item before it (agenda[1], 10:00)")


def test_invalid_id(write_event: WriteEvent) -> None:
    text = mutate("organiser: ansa", "organiser: Ansa")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "Ansa"), "organiser")
    assert problem.message == "'Ansa' is not an id; did you mean 'ansa'? (ids are written in lower case, with '-' between words)"


def test_too_many_key_figures(write_event: WriteEvent) -> None:
    extra = "\n".join(f"          - value: {n} %" for n in range(3))
    text = mutate("          - value: 16 %", f"          - value: 16 %\n{extra}")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "- value: 16 %"), "agenda[1].slides[0].figures")
    assert problem.message == "has too many items: at most 4"


def test_quiz_needs_two_choices(write_event: WriteEvent) -> None:
    text = mutate("choices: [53 %, 63 %, 73 %]", "choices: [63 %]")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "[63 %]"), "agenda[2].quiz[4].choices")
    assert problem.message == "needs at least 2 items; add more"


# --- missing fields and kinds -------------------------------------------------------------------------


def test_missing_required_top_level_field(write_event: WriteEvent) -> None:
    text = mutate("city: Narbonne\n", "")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "title:"), "city")  # the top-level block starts at `title:`
    assert problem.message == "this field is required; add `city:` here"


def test_missing_required_field_of_an_agenda_item(write_event: WriteEvent) -> None:
    text = mutate("    title: Bilan et perspectives du programme Mieux Manger pour Tous\n", "")
    folder = write_event(text)
    problem = only_problem(folder)
    line, _ = position_of(text, 'start: "10:30"')
    assert_at(problem, folder, line - 1, 5, "agenda[2].title")  # at `kind: round_table`
    assert problem.message == "this field is required; add `title:` here"


def test_unknown_agenda_kind_suggests_the_closest(write_event: WriteEvent) -> None:
    text = mutate("  - kind: lunch", "  - kind: lunsh")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "lunsh"), "agenda[5].kind")
    assert problem.message.startswith("unknown kind 'lunsh'; did you mean 'lunch'? write one of: 'arrival', 'welcome', ")
    assert "'round_table'" in problem.message and "'conclusion'" in problem.message


def test_unknown_slide_kind_suggests_the_closest(write_event: WriteEvent) -> None:
    text = mutate("      - kind: quote", "      - kind: quotes")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "quotes"), "agenda[1].slides[2].kind")
    assert problem.message.startswith("unknown kind 'quotes'; did you mean 'quote'? write one of: 'bullets', ")


def test_agenda_item_without_a_kind(write_event: WriteEvent) -> None:
    text = mutate("  - kind: break\n    start", "  - start")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, 'start: "11:30"'), "agenda[3]")
    assert problem.message.startswith("this item needs a `kind:`")


# --- the agenda's times ---------------------------------------------------------------------------------


def test_agenda_not_in_time_order(write_event: WriteEvent) -> None:
    text = mutate('    start: "11:45"', '    start: "11:15"')
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, '"11:15"'), "agenda[4].start")
    assert problem.message == (
        "starts at 11:15, not after the item before it (agenda[3], 11:30); the agenda must be in time order"
    )


def test_two_items_starting_together(write_event: WriteEvent) -> None:
    text = mutate('    start: "11:45"', '    start: "11:30"')
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, '"11:30"', 2), "agenda[4].start")
    assert "the agenda must be in time order" in problem.message


def test_overlapping_items(write_event: WriteEvent) -> None:
    text = mutate('    start: "10:30"', '    start: "10:30"\n    end: "11:40"')
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, '"11:30"'), "agenda[3].start")
    assert problem.message == (
        "starts at 11:30, before the item before it ends (agenda[2], until 11:40); move one of the two times"
    )


def test_end_before_start(write_event: WriteEvent) -> None:
    text = mutate('    start: "12:45"', '    start: "12:45"\n    end: "12h"')
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, '"12h"'), "agenda[5].end")
    assert problem.message == "ends at 12:00, not after it starts (12:45); write a later end time"


def test_break_with_no_following_time(write_event: WriteEvent) -> None:
    text = mutate('  - kind: conclusion\n    start: "16:00"\n', '  - kind: conclusion\n    start: "16:00"\n  - kind: break\n')
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "kind: break", 2), "agenda[8]")
    assert "give it `end:` or give the next item a `start:`" in problem.message


def test_break_with_its_own_end_needs_no_following_time(write_event: WriteEvent) -> None:
    text = mutate('    start: "16:00"\n', '    start: "16:00"\n  - kind: break\n    start: "17:00"\n    end: "17:15"\n')
    assert len(load_event(write_event(text)).event.agenda) == 9


# --- references -----------------------------------------------------------------------------------------


def test_unknown_person_suggests_the_closest(write_event: WriteEvent) -> None:
    text = mutate("    speakers: [eric-pelisson]", "    speakers: [eric-pelison]")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "eric-pelison]"), "agenda[0].speakers[0]")
    assert problem.message == (
        "no person 'eric-pelison' (known: eric-pelisson, damien-conare, mathias-hudbert); did you mean 'eric-pelisson'?"
    )


def test_unknown_person_without_a_close_match_says_where_to_add_it(write_event: WriteEvent) -> None:
    text = mutate("    speakers: [eric-pelisson]", "    speakers: [eric-pelisson, zoe]")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "zoe"), "agenda[0].speakers[1]")
    assert problem.message.endswith("; add it under `people:`")


def test_unknown_slide_speaker(write_event: WriteEvent) -> None:
    text = mutate("        speaker: mathias-hudbert", "        speaker: mathias-hubert")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "mathias-hubert"), "agenda[1].slides[5].speaker")
    assert problem.message.endswith("did you mean 'mathias-hudbert'?")


def test_unknown_organisation_suggests_the_closest(write_event: WriteEvent) -> None:
    text = mutate("    host: ansa\n    sms", "    host: ansaa\n    sms")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "ansaa"), "agenda[2].host")
    assert problem.message == "no organisation 'ansaa' (known: ansa, prefecture-occitanie); did you mean 'ansa'?"


def test_unknown_organiser_and_sponsor(write_event: WriteEvent) -> None:
    text = mutate("organiser: ansa", "organiser: asna")
    text = mutate("sponsors: [prefecture-occitanie]", "sponsors: [prefecture]", text)
    folder = write_event(text)
    organiser, sponsor = problems_of(folder)
    assert_at(organiser, folder, *position_of(text, "asna"), "organiser")
    assert organiser.message.endswith("did you mean 'ansa'?")
    assert_at(sponsor, folder, *position_of(text, "prefecture]"), "sponsors[0]")
    assert sponsor.message.endswith("did you mean 'prefecture-occitanie'?")


def test_presenting_a_training_the_event_does_not_have(write_event: WriteEvent) -> None:
    text = mutate("include: [../_shared/alim-activ.yaml]", "include: []")
    folder = write_event(text)
    problem = only_problem(folder)
    line, column = position_of(text, "presents_training: true")
    assert_at(problem, folder, line, column + len("presents_training: "), "agenda[4].presents_training")
    assert "add one or remove this line" in problem.message


# --- the quiz -------------------------------------------------------------------------------------------


def test_answer_not_among_the_choices_suggests_the_closest(write_event: WriteEvent) -> None:
    text = mutate("        answer: 63 %", "        answer: 64 %")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "64 %"), "agenda[2].quiz[4].answer")
    assert problem.message == "'64 %' is not one of the choices; did you mean '63 %'?"


def test_answer_far_from_every_choice(write_event: WriteEvent) -> None:
    text = mutate("        answer: Des légumineuses", "        answer: Aucune idée")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "Aucune idée"), "agenda[2].quiz[2].answer")
    assert problem.message.endswith("copy the correct choice here, word for word")


def test_duplicate_choices(write_event: WriteEvent) -> None:
    text = mutate("choices: [53 %, 63 %, 73 %]", "choices: [53 %, 63 %, 63 %]")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "63 %]"), "agenda[2].quiz[4].choices[2]")
    assert problem.message == "'63 %' is already choice 2; each choice must differ"


def test_odd_one_out_listed_in_the_true_list(write_event: WriteEvent) -> None:
    text = mutate("          - Financement de projets d'achats locaux", "          - Collecte d'invendus en restauration bio")
    folder = write_event(text)
    problem = only_problem(folder)
    line, _ = position_of(text, "        true_list:")
    assert_at(problem, folder, line + 1, 11, "agenda[2].quiz[5].true_list")  # the list starts on the next line
    assert problem.message.startswith("the odd one out 'Collecte d'invendus en restauration bio' is in the true list;")
    assert "remove it from `true_list:` or choose another answer" in problem.message


def test_wrong_choice_missing_from_the_true_list(write_event: WriteEvent) -> None:
    text = mutate("          - Réservation sur récolte\n\n", "\n")  # the true list's last line
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "Réservation sur récolte"), "agenda[2].quiz[5].choices[2]")
    assert problem.message == (
        "'Réservation sur récolte' is not the answer, so it must be in `true_list:` too; add it there or make it the answer"
    )


# --- rooms ----------------------------------------------------------------------------------------------


def test_room_used_twice_at_the_same_time(write_event: WriteEvent) -> None:
    text = mutate("        room: Salle Cheyton", "        room: salle des Fêtes")
    folder = write_event(text)
    problem = only_problem(folder)
    assert_at(problem, folder, *position_of(text, "salle des Fêtes"), "agenda[6].workshops[1].room")
    assert problem.message == (
        "room 'salle des Fêtes' is already used at that time (agenda[6].workshops[0].room); choose another room"
    )


def test_same_room_in_workshops_at_different_times_is_fine(write_event: WriteEvent) -> None:
    second = '  - kind: workshops\n    start: "15:15"\n    workshops:\n      - question: Et après ?\n        room: Salle Cheyton\n'
    text = mutate('  - kind: conclusion\n', second + "  - kind: conclusion\n")
    assert len(load_event(write_event(text)).event.agenda) == 9


# --- several problems at once ---------------------------------------------------------------------------


def test_every_semantic_problem_is_reported_in_one_run_in_file_order(write_event: WriteEvent) -> None:
    text = mutate("    speakers: [eric-pelisson]", "    speakers: [eric-pelison]")
    text = mutate('    start: "11:45"', '    start: "11:15"', text)
    text = mutate("        answer: 63 %", "        answer: 64 %", text)
    text = mutate("        room: Salle Cheyton", "        room: Salle des fêtes", text)
    text = mutate("    host: ansa\n    sms", "    host: ansaa\n    sms", text)
    folder = write_event(text)
    problems = problems_of(folder)
    assert [(p.line, p.column, p.field) for p in problems] == [
        (*position_of(text, "eric-pelison]"), "agenda[0].speakers[0]"),
        (*position_of(text, "ansaa"), "agenda[2].host"),
        (*position_of(text, "64 %"), "agenda[2].quiz[4].answer"),
        (*position_of(text, '"11:15"'), "agenda[4].start"),
        (*position_of(text, "Salle des fêtes", 2), "agenda[6].workshops[1].room"),
    ]
    assert all(p.file == folder / "event.yaml" for p in problems)


def test_every_validation_problem_is_reported_in_one_run(write_event: WriteEvent) -> None:
    text = mutate("date: 2025-11-07", "date: 2025-02-30")
    text = mutate('    start: "10:30"', '    start: "25:00"', text)
    text = mutate("  - kind: lunch", "  - kind: lunsh", text)
    text = mutate("        answer: 63 %", "        answer: 63 %\n        detial: x", text)
    folder = write_event(text)
    problems = problems_of(folder)
    assert sorted((p.line, p.column, p.field) for p in problems) == [
        (*position_of(text, "2025-02-30"), "date"),
        (*position_of(text, '"25:00"'), "agenda[2].start"),
        (*position_of(text, "detial"), "agenda[2].quiz[4].detial"),
        (*position_of(text, "lunsh"), "agenda[5].kind"),
    ]
