"""The quiz: every question slide is immediately followed by its answer slide."""

from __future__ import annotations

from msgspec.structs import fields
from typing import Any

import pytest
from plan_events import all_of, body, event, plan, reference_plan

from deckgen.plan.specs import AnswerSlide, DeckPlan, QuestionSlide, RoundTableSlide

PLAIN: dict[str, Any] = {
    "question": "Combien de **bénévoles** ?",
    "choices": ["100", "200", "300"],
    "answer": "200",
}
DETAILED: dict[str, Any] = {
    "question": "Quelle note ?",
    "choices": ["3,9 / 5", "4,1 / 5", "4,8 / 5"],
    "answer": "4,1 / 5",
    "detail": "précisément 4,17 / 5",
}
ODD_ONE_OUT: dict[str, Any] = {
    "question": "Trouver l'intrus.",
    "choices": ["Pommes", "Poires", "Cailloux"],
    "answer": "Cailloux",
    "true_list": ["Pommes", "Poires", "Prunes"],
}


def quiz_deck(*questions: dict[str, Any]) -> DeckPlan:
    return plan(event([{"kind": "round_table", "title": "Le quiz", "quiz": list(questions)}]))


def shown(slide: QuestionSlide | AnswerSlide) -> str:
    """Everything the room sees on a slide: every text field but the speaker notes."""
    parts: list[str] = []
    for field in fields(slide):
        if field.name in ("notes", "origin"):  # for the presenter; for error messages
            continue
        value = getattr(slide, field.name)
        parts.extend(value if isinstance(value, tuple) else [str(value)])
    return "\n".join(parts)


def test_a_question_gives_a_question_slide_then_its_answer_slide() -> None:
    assert body(quiz_deck(PLAIN)) == (
        RoundTableSlide(title="« Le quiz »", label="Table ronde"),
        QuestionSlide(
            title="Quiz · question 1 / 1",
            question="Combien de **bénévoles** ?",
            choices=("100", "200", "300"),
            notes="Réponse : 2. 200",
        ),
        AnswerSlide(
            title="Quiz · réponse 1 / 1",
            question="Combien de **bénévoles** ?",
            choices=("100", "200", "300"),
            correct=1,
        ),
    )


def test_every_question_slide_is_immediately_followed_by_its_answer_slide() -> None:
    for deck in (reference_plan(), quiz_deck(PLAIN, DETAILED, ODD_ONE_OUT)):
        slides = deck.slides
        questions = [i for i, slide in enumerate(slides) if isinstance(slide, QuestionSlide)]
        answers = [i for i, slide in enumerate(slides) if isinstance(slide, AnswerSlide)]
        assert questions and answers == [i + 1 for i in questions]
        for i in questions:
            ask, reveal = slides[i], slides[i + 1]
            assert isinstance(ask, QuestionSlide) and isinstance(reveal, AnswerSlide)
            assert (reveal.question, reveal.choices) == (ask.question, ask.choices)


def test_titles_number_the_questions_out_of_the_total() -> None:
    deck = quiz_deck(PLAIN, DETAILED, ODD_ONE_OUT)
    assert [s.title for s in body(deck)[1:]] == [
        "Quiz · question 1 / 3",
        "Quiz · réponse 1 / 3",
        "Quiz · question 2 / 3",
        "Quiz · réponse 2 / 3",
        "Quiz · question 3 / 3",
        "Quiz · réponse 3 / 3",
    ]
    assert [q.title for q in all_of(reference_plan(), QuestionSlide)] == [f"Quiz · question {k} / 6" for k in range(1, 7)]
    assert [a.title for a in all_of(reference_plan(), AnswerSlide)] == [f"Quiz · réponse {k} / 6" for k in range(1, 7)]


def test_the_count_is_in_the_title_alone() -> None:
    # The title carries the count: the spec has no separate counter any more for a renderer to print twice.
    assert "counter" not in {f.name for f in fields(QuestionSlide)} | {f.name for f in fields(AnswerSlide)}


def test_several_quizzes_are_numbered_by_their_round_table() -> None:
    deck = plan(
        event(
            [
                {"kind": "round_table", "start": "10:00", "title": "Premier", "quiz": [PLAIN, DETAILED]},
                {"kind": "round_table", "start": "11:00", "title": "Sans quiz"},
                {"kind": "round_table", "start": "12:00", "title": "Second", "quiz": [ODD_ONE_OUT]},
            ]
        )
    )
    assert [s.title for s in deck.slides if isinstance(s, (QuestionSlide, AnswerSlide))] == [
        "Quiz 1 · question 1 / 2",
        "Quiz 1 · réponse 1 / 2",
        "Quiz 1 · question 2 / 2",
        "Quiz 1 · réponse 2 / 2",
        "Quiz 2 · question 1 / 1",
        "Quiz 2 · réponse 1 / 1",
    ]
    # The notes still give the answer before the reveal.
    assert [q.notes for q in all_of(deck, QuestionSlide)] == [
        "Réponse : 2. 200",
        "Réponse : 2. 4,1 / 5 (précisément 4,17 / 5)",
        "Réponse : 3. Cailloux",
    ]


def test_english_quiz_titles() -> None:
    deck = plan(event([{"kind": "round_table", "title": "Le quiz", "quiz": [PLAIN, ODD_ONE_OUT]}], locale="en"))
    assert [s.title for s in body(deck)[1:]] == [
        "Quiz · question 1 / 2", "Quiz · answer 1 / 2", "Quiz · question 2 / 2", "Quiz · answer 2 / 2",
    ]  # fmt: skip
    assert all_of(deck, QuestionSlide)[0].notes == "Answer: 2. 200"


@pytest.mark.parametrize("position", [0, 1, 2, 3])
def test_the_correct_index_is_the_answers_position_among_the_choices(position: int) -> None:
    choices = ["A", "B", "C", "D"]
    deck = quiz_deck({"question": "Laquelle ?", "choices": choices, "answer": choices[position]})
    reveal = all_of(deck, AnswerSlide)[0]
    assert reveal.correct == position
    assert all_of(deck, QuestionSlide)[0].notes == f"Réponse : {position + 1}. {choices[position]}"


def test_reference_correct_indexes() -> None:
    assert [a.correct for a in all_of(reference_plan(), AnswerSlide)] == [2, 2, 1, 1, 1, 3]


def test_the_detail_is_shown_only_on_the_answer_slide() -> None:
    deck = quiz_deck(DETAILED)
    ask, reveal = all_of(deck, QuestionSlide)[0], all_of(deck, AnswerSlide)[0]
    assert reveal.detail == "précisément 4,17 / 5"
    assert "4,17" not in shown(ask)
    assert reveal == AnswerSlide(
        title="Quiz · réponse 1 / 1",
        question="Quelle note ?",
        choices=("3,9 / 5", "4,1 / 5", "4,8 / 5"),
        correct=1,
        detail="précisément 4,17 / 5",
    )


def test_the_question_slides_notes_give_the_answer_and_its_detail_before_the_reveal() -> None:
    deck = quiz_deck(PLAIN, DETAILED, ODD_ONE_OUT)
    assert [q.notes for q in all_of(deck, QuestionSlide)] == [
        "Réponse : 2. 200",
        "Réponse : 2. 4,1 / 5 (précisément 4,17 / 5)",
        "Réponse : 3. Cailloux",
    ]
    reference = all_of(reference_plan(), QuestionSlide)
    assert reference[3].notes == "Réponse : 2. 4,1 / 5 (précisément 4,17 / 5)"
    assert reference[5].notes == "Réponse : 4. Collecte d'invendus en restauration bio"


def test_odd_one_out_reveals_the_true_list_only_on_the_answer_slide() -> None:
    deck = quiz_deck(ODD_ONE_OUT)
    ask, reveal = all_of(deck, QuestionSlide)[0], all_of(deck, AnswerSlide)[0]
    assert reveal == AnswerSlide(
        title="Quiz · réponse 1 / 1",
        question="Trouver l'intrus.",
        choices=("Pommes", "Poires", "Cailloux"),
        correct=2,
        true_list_label="La bonne liste",
        true_list=("Pommes", "Poires", "Prunes"),
    )
    assert "Prunes" not in shown(ask) and "La bonne liste" not in shown(ask)
    assert "Prunes" not in ask.notes


def test_a_plain_question_has_no_true_list() -> None:
    reveal = all_of(quiz_deck(PLAIN), AnswerSlide)[0]
    assert reveal.true_list_label is None and reveal.true_list == ()


def test_reference_odd_one_out() -> None:
    reveal = all_of(reference_plan(), AnswerSlide)[5]
    assert reveal.true_list_label == "La bonne liste"
    assert reveal.true_list == (
        "Marché national de fruits et légumes",
        "Achats via réseaux solidaires et coopératives",
        "Financement de projets d'achats locaux",
        "Autres achats de produits sous labels et locaux",
        "Réservation sur récolte",
    )
    assert "Financement de projets d'achats locaux" not in shown(all_of(reference_plan(), QuestionSlide)[5])
    assert [a.true_list_label for a in all_of(reference_plan(), AnswerSlide)[:5]] == [None] * 5


def test_quiz_pairs_counts_the_questions() -> None:
    assert reference_plan().quiz_pairs == 6
    assert quiz_deck(PLAIN, DETAILED).quiz_pairs == 2
    assert plan(event([{"kind": "round_table", "title": "Sans quiz"}])).quiz_pairs == 0


def test_quiz_slides_go_without_the_footer() -> None:
    deck = quiz_deck(PLAIN)
    assert [s.chrome for s in body(deck)] == [True, False, False]
