"""The quiz: every question becomes a question slide immediately followed by its answer slide."""

from __future__ import annotations

from ..model import Question
from .context import PlanContext
from .specs import AnswerSlide, QuestionSlide, Slide


def quiz_slides(ctx: PlanContext, questions: list[Question]) -> list[Slide]:
    slides: list[Slide] = []
    for number, question in enumerate(questions, start=1):
        slides.extend(question_pair(ctx, question, number, len(questions)))
    return slides


def question_pair(ctx: PlanContext, question: Question, number: int, total: int) -> tuple[QuestionSlide, AnswerSlide]:
    labels = ctx.labels
    counter = labels.question_counter.format(number=number, total=total)
    answer = question.answer + (f" ({question.detail})" if question.detail else "")
    choices = tuple(question.choices)
    ask = QuestionSlide(
        title=labels.quiz,
        counter=counter,
        question=question.question,
        choices=choices,
        # The presenter reads the answer before revealing it.
        notes=labels.answer_notes.format(answer=f"{question.correct_index + 1}. {answer}"),
    )
    reveal = AnswerSlide(
        title=labels.quiz,
        counter=f"{counter} · {labels.answer}",
        question=question.question,
        choices=choices,
        correct=question.correct_index,
        detail=question.detail,
        true_list_label=labels.true_list if question.is_odd_one_out else None,
        true_list=tuple(question.true_list),
    )
    return ask, reveal
