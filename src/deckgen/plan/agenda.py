"""Agenda items → their slides, one planner per kind of item; the registry maps kind → planner."""

from __future__ import annotations

from collections.abc import Callable

from msgspec.structs import replace

from ..model import Arrival, Break, Conclusion, Lunch, RoundTable, Talk, Welcome, Witnesses, Workshops
from ..model.agenda import AgendaItem
from ..text.formatting import duration, minutes_between
from .content import content_slide
from .context import PlanContext
from .quiz import quiz_name, quiz_slides
from .specs import (
    BreakSlide,
    LunchSlide,
    RoundTableSlide,
    SectionSlide,
    Slide,
    SpeakersSlide,
    WorkshopCard,
    WorkshopsSlide,
)
from .training import training_slides

Planner = Callable[[PlanContext, int, AgendaItem], list[Slide]]


def _title(ctx: PlanContext, item: AgendaItem) -> str:
    if item.label:
        return item.label[:1].upper() + item.label[1:]
    return ctx.labels.slide_titles[item.kind]


def welcome(ctx: PlanContext, index: int, item: Welcome) -> list[Slide]:
    return [SpeakersSlide(title=_title(ctx, item), people=tuple(ctx.card(p) for p in item.speakers))]


def witnesses(ctx: PlanContext, index: int, item: Witnesses) -> list[Slide]:
    opening = SpeakersSlide(title=_title(ctx, item), people=tuple(ctx.card(p) for p in item.speakers))
    return [opening, *_content(ctx, index, item.slides)]


def _content(ctx: PlanContext, index: int, slides: list) -> list[Slide]:  # noqa: ANN001 - list[ContentSlide]
    return [replace(content_slide(ctx, s), origin=("agenda", index, "slides", n)) for n, s in enumerate(slides)]


def talk(ctx: PlanContext, index: int, item: Talk) -> list[Slide]:
    opening = SectionSlide(title=item.title, people=tuple(ctx.card(p) for p in item.speakers))
    return [opening, *_content(ctx, index, item.slides)]


def round_table(ctx: PlanContext, index: int, item: RoundTable) -> list[Slide]:
    """Its opening slide, its panelists, its quiz, the training it presents, then the room's questions."""
    label = _title(ctx, item) if item.label else ctx.labels.slide_titles["round_table"]
    host = ctx.logo(item.host) if item.host else None
    title = ctx.labels.in_quotes(item.title)
    sms_line = ctx.labels.send_questions.format(number=item.sms) if item.sms else None
    has_more = bool(item.quiz) or item.presents_training
    slides: list[Slide] = [
        RoundTableSlide(title=title, label=label, host=host, sms_line=None if has_more and item.quiz else sms_line)
    ]
    if item.speakers:
        people = tuple(ctx.card(p) for p in item.speakers)
        slides.append(SpeakersSlide(title=ctx.labels.panelists.format(title=title), people=people))
    quiz = quiz_slides(ctx, item.quiz, quiz_name(ctx, index)) if item.quiz else []
    slides += [replace(s, origin=("agenda", index, "quiz", n // 2)) for n, s in enumerate(quiz)]
    if item.presents_training and ctx.event.training is not None:
        slides += [replace(s, origin=("training",)) for s in training_slides(ctx, ctx.event.training, host)]
    if item.quiz and sms_line:
        # After the quiz the discussion opens: the same slide, now with the number to text questions to.
        questions = ctx.labels.your_questions.format(title=title)
        slides.append(RoundTableSlide(title=questions, label=label, host=host, sms_line=sms_line))
    return slides


LONG_BREAK = 60
"""Minutes from which a break slide says when the room is back (« Retour à 17h15 »), not in how long."""


def break_(ctx: PlanContext, index: int, item: Break) -> list[Slide]:
    back = item.end or _next_time(ctx, index)
    assert back is not None, "checked at load: a break has an `end:` or a timed item after it"
    back_at: str = ctx.labels.back_at_notes.format(time=ctx.clock(back))
    back_line: str
    if item.start is not None and minutes_between(item.start, back) < LONG_BREAK:
        back_line = ctx.labels.back_in.format(duration=duration(minutes_between(item.start, back), ctx.event.locale))
    elif item.start is not None:
        # « Retour dans 135 minutes » makes the room count: past an hour, the time it is back says it plainly.
        back_line = ctx.labels.back_at.format(time=ctx.clock(back))
    else:
        # The loader accepts an untimed break as long as the time the room is back is known (the next
        # item's start), so there is no duration to count: say when the room is back instead of
        # failing on an assertion (« Reprise à 11h45 »).
        back_line = ctx.labels.back_at.format(time=ctx.clock(back))
    return [BreakSlide(title=_title(ctx, item), back_line=back_line, notes=back_at)]


def arrival(ctx: PlanContext, index: int, item: Arrival) -> list[Slide]:
    """The arrival coffee: a break's slide, saying when the day starts (its end, else the next item's start)."""
    starts = item.end or _next_time(ctx, index)
    assert starts is not None, "checked at load: an arrival has an `end:` or a timed item after it"
    return [BreakSlide(title=_title(ctx, item), back_line=ctx.labels.day_starts.format(time=ctx.clock(starts)))]


def lunch(ctx: PlanContext, index: int, item: Lunch) -> list[Slide]:
    following = ctx.next_start(index)
    next_line = None
    if following is not None:
        next_item, start = following
        name = next_item.label or ctx.labels.agenda_names[next_item.kind]
        next_line = ctx.labels.next_at.format(next=name[:1].upper() + name[1:], time=ctx.clock(start))
    return [LunchSlide(title=_title(ctx, item), wish=ctx.labels.enjoy_meal, next_line=next_line, detail=item.detail)]


def workshops(ctx: PlanContext, index: int, item: Workshops) -> list[Slide]:
    cards = tuple(
        WorkshopCard(
            label=ctx.labels.workshop.format(number=n),
            question=w.question,
            room=w.room,
            facilitators=ctx.labels.led_by.format(names=ctx.names(w.facilitators)) if w.facilitators else None,
        )
        for n, w in enumerate(item.workshops, start=1)
    )
    # The presenter announces who leads each room: the notes say it in full, roles included.
    notes = "\n".join(
        ctx.labels.room_led_by.format(workshop=card.label, room=w.room, people="; ".join(ctx.described(p) for p in w.facilitators))
        for card, w in zip(cards, item.workshops)
        if w.facilitators
    )
    return [WorkshopsSlide(title=_title(ctx, item), workshops=cards, notes=notes)]


def conclusion(ctx: PlanContext, index: int, item: Conclusion) -> list[Slide]:
    return [SectionSlide(title=_title(ctx, item), people=tuple(ctx.card(p) for p in item.speakers))]


def _next_time(ctx: PlanContext, index: int):  # noqa: ANN202 - time | None
    following = ctx.next_start(index)
    return following[1] if following else None


PLANNERS: dict[str, Planner] = {
    "arrival": arrival,
    "welcome": welcome,
    "witnesses": witnesses,
    "talk": talk,
    "round_table": round_table,
    "break": break_,
    "lunch": lunch,
    "workshops": workshops,
    "conclusion": conclusion,
}  # type: ignore[dict-item]
"""Agenda kind → the planner of its slides; a test checks every kind has one."""
