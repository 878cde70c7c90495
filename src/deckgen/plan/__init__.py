"""Plan: a valid `Event` → a `DeckPlan`. This is where the deck is decided; it never imports python-pptx."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from msgspec.structs import replace

from ..model import Event
from .agenda import PLANNERS
from .context import PlanContext
from .frame import closing_slide, title_slide
from .programme import programme_slide
from .specs import DeckPlan, Slide
from .titles import distinct_titles


def plan_deck(event: Event, folder: Path) -> DeckPlan:
    """Title, programme, each agenda item's slides in agenda order, thanks."""
    ctx = PlanContext.of(event, folder)
    # The title slide's origin is the event itself: its texts name their own fields (`title`, `venue`), so
    # a venue too long for it is reported at `venue:`, not at `title:` (found by tests/properties/).
    slides: list[Slide] = [replace(title_slide(ctx), origin=())]
    programme = programme_slide(ctx)
    if programme.entries:  # an agenda without times has no programme to show: no empty « Programme » slide
        slides.append(replace(programme, origin=("agenda",)))
    times: list[time | None] = [None] * len(slides)  # the start of the agenda item each slide comes from
    for index, item in enumerate(event.agenda):
        # A planner may say more precisely where a slide comes from (a quiz question, a content slide).
        made = [s if s.origin else replace(s, origin=("agenda", index)) for s in PLANNERS[item.kind](ctx, index, item)]
        slides += made
        times += [item.start] * len(made)
    slides.append(replace(closing_slide(ctx), origin=("sponsors",)))
    times.append(None)
    return DeckPlan(
        title=event.title,
        footer=event.footer_text,
        language=_language_tag(event.locale),
        author=event.organisations[event.organiser].name,
        slides=tuple(distinct_titles(ctx, slides, times)),
        continued=ctx.labels.continued,
        continued_again=ctx.labels.continued_again,
        footer_origin=("footer",) if event.footer else ("title",),
    )


def _language_tag(locale: str) -> str:
    """`fr` → `fr-FR`, `en` → `en-US` (Babel's `en` formats are American), `fr_BE` → `fr-BE`."""
    if "_" in locale:
        return locale.replace("_", "-")
    return {"fr": "fr-FR", "en": "en-US"}.get(locale, locale)
