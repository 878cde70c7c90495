"""A speaker's own slides: bullets, key figures, quotations, concept maps."""

from __future__ import annotations

from ..model import BulletItem, BulletsSlide, ConceptMapSlide, ContentSlide, FiguresSlide, QuoteSlide
from ..model.content import Bullet, ChartSlide
from . import specs
from .context import PlanContext


def content_slide(ctx: PlanContext, slide: ContentSlide) -> specs.Slide:
    kicker = ctx.kicker(slide.speaker) if slide.speaker else None
    match slide:
        case BulletsSlide():
            return specs.BulletsSlide(
                title=slide.title, kicker=kicker, items=flatten(slide.items), closing=slide.closing
            )
        case FiguresSlide():
            return specs.FiguresSlide(
                title=slide.title,
                kicker=kicker,
                figures=tuple(specs.Figure(f.value, f.label) for f in slide.figures),
                items=flatten(slide.items),
            )
        case QuoteSlide():
            attribution = ", ".join(str(part) for part in (slide.author, slide.year) if part)
            return specs.QuoteSlide(
                title=slide.title or ctx.labels.quote,
                kicker=kicker,
                paragraphs=tuple(slide.paragraphs),
                attribution=attribution or None,
            )
        case ConceptMapSlide():
            return specs.ConceptMapSlide(
                title=slide.centre,
                kicker=kicker,
                branches=tuple(specs.Branch(b.text, tuple(b.items)) for b in slide.branches),
            )
        case ChartSlide():
            return specs.ChartSlide(
                title=slide.title,
                kicker=kicker,
                chart=slide.chart,
                categories=tuple(slide.series[0].values),  # every series has the same, in the same order
                series=tuple((series.name, tuple(series.values.values())) for series in slide.series),
                unit=slide.unit,
                caption=slide.caption,
            )
    raise AssertionError(f"no planner for content slide {slide!r}")


def flatten(bullets: list[Bullet], level: int = 0) -> tuple[specs.Line, ...]:
    """Nested bullets → lines with their level, in reading order."""
    lines: list[specs.Line] = []
    for bullet in bullets:
        if isinstance(bullet, BulletItem):
            lines.append(specs.Line(bullet.text, level))
            lines.extend(flatten(bullet.items, level + 1))
        else:
            lines.append(specs.Line(bullet, level))
    return tuple(lines)
