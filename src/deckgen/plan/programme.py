"""The programme slide: every timed agenda item, with its time, in order."""

from __future__ import annotations

from ..model import Conclusion, Lunch, RoundTable, Talk, Welcome, Witnesses, Workshops
from ..model.agenda import AgendaItem
from .context import PlanContext
from .specs import AgendaEntry, AgendaSlide


def programme_slide(ctx: PlanContext) -> AgendaSlide:
    entries = tuple(
        _entry(ctx, item) for item in ctx.event.agenda if item.start is not None
    )
    return AgendaSlide(title=ctx.labels.programme, entries=entries, times=tuple(e.time for e in entries if e.time))


def _entry(ctx: PlanContext, item: AgendaItem) -> AgendaEntry:
    assert item.start is not None
    name = item.label or ctx.labels.agenda_names[item.kind]
    time = ctx.clock(item.start)
    match item:
        case RoundTable():
            text = f"{name} " + ctx.labels.in_quotes(f"**{item.title}**")
            return AgendaEntry(time=time, text=text, detail=_names(ctx, item.speakers))
        case Talk():
            return AgendaEntry(time=time, text=f"**{item.title}**", detail=_names(ctx, item.speakers))
        case Witnesses() | Welcome() | Conclusion():
            # Who speaks, with their organisation: the room knows who opens and who closes the day.
            return AgendaEntry(time=time, text=f"**{name}**", detail=_names(ctx, item.speakers))
        case Lunch():
            text = f"**{name}**" + (f" - {item.detail}" if item.detail else "")
            return AgendaEntry(time=time, text=text)
        case Workshops():
            return AgendaEntry(time=time, text=f"**{name}**", items=tuple(w.question for w in item.workshops))
    return AgendaEntry(time=time, text=f"**{name}**")


def _names(ctx: PlanContext, speakers: list[str]) -> str | None:
    return ctx.names(speakers) or None
