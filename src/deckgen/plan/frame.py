"""The slides that open and close the deck: title and thanks, with the sponsors."""

from __future__ import annotations

from ..text.formatting import long_date
from .context import PlanContext
from .specs import ClosingSlide, TitleSlide


def title_slide(ctx: PlanContext) -> TitleSlide:
    event = ctx.event
    return TitleSlide(
        title=event.title,
        date_line=long_date(event.date, event.locale),
        place_line=f"{event.venue} - {event.city}",
        organiser=ctx.logo(event.organiser),
        sponsors_label=ctx.labels.supported_by,
        sponsors=tuple(ctx.logo(s) for s in event.sponsors),
    )


def closing_slide(ctx: PlanContext) -> ClosingSlide:
    return ClosingSlide(
        title=ctx.labels.thanks,
        organiser=ctx.logo(ctx.event.organiser),
        sponsors_label=ctx.labels.supported_by,
        sponsors=tuple(ctx.logo(s) for s in ctx.event.sponsors),
    )
