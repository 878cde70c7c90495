"""The quiz: every question becomes a question slide immediately followed by its answer slide."""

from __future__ import annotations

from ..model import Question, RoundTable
from .context import PlanContext
from .specs import AnswerSlide, QuestionSlide, Slide


def quiz_name(ctx: PlanContext, index: int) -> str:
    """« Quiz », or « Quiz 2 » for the second round table's quiz when the deck has several: the titles of two
    quizzes' slides must differ too. `index` is a round table's with a quiz."""
    with_quiz = [n for n, item in enumerate(ctx.event.agenda) if isinstance(item, RoundTable) and item.quiz]
    if len(with_quiz) <= 1:
        return ctx.labels.quiz
    return ctx.labels.numbered_quiz.format(number=with_quiz.index(index) + 1)


def quiz_slides(ctx: PlanContext, questions: list[Question], name: str) -> list[Slide]:
    slides: list[Slide] = []
    for number, question in enumerate(questions, start=1):
        slides.extend(question_pair(ctx, question, name, number, len(questions)))
    return slides


def question_pair(
    ctx: PlanContext, question: Question, name: str, number: int, total: int
) -> tuple[QuestionSlide, AnswerSlide]:
    """« Quiz · question 3 / 6 » then « Quiz · réponse 3 / 6 »: the titles carry the count, so every slide's
    title is its own (PowerPoint's accessibility checker and screen readers tell slides apart by them)."""
    labels = ctx.labels
    answer = question.answer + (f" ({question.detail})" if question.detail else "")
    choices = tuple(question.choices)
    ask = QuestionSlide(
        title=labels.question_title.format(quiz=name, number=number, total=total),
        question=question.question,
        choices=choices,
        # The presenter reads the answer before revealing it.
        notes=labels.answer_notes.format(answer=f"{question.correct_index + 1}. {answer}"),
    )
    reveal = AnswerSlide(
        title=labels.answer_title.format(quiz=name, number=number, total=total),
        question=question.question,
        choices=choices,
        correct=question.correct_index,
        detail=question.detail,
        true_list_label=labels.true_list if question.is_odd_one_out else None,
        true_list=tuple(question.true_list),
    )
    return ask, reveal
