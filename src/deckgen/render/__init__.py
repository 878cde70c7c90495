"""Render: a `DeckPlan` → a `DeckPackage`, every slide written as DrawingML.

Each kind of slide has its renderer, declared where it is defined (`@renders`, kinds.py); a list too long
for its slide continues on the next, cut by measure (paginate.py).
"""

from __future__ import annotations

from collections.abc import Callable

from ..brand import Brand
from ..plan.specs import DeckPlan, Slide
from ..text.fit import Measurer
from . import agenda, chart, content, cover, day, people, quiz, training  # noqa: F401 - each registers its renderers
from .canvas import RenderContext
from .chart_maker import ChartMaker
from .geometry import WIDESCREEN, Frame
from .kinds import DRAWINGS
from .package import DeckPackage
from .pages import SlideOverflow, draw
from .paginate import fitting_part, laid_out, pages
from .slide import SlideDrawing

RENDERERS = {kind: drawing.renderer for kind, drawing in DRAWINGS.items()}
"""Slide kind → its renderer (registered by `@renders`); a test checks every kind of the plan has exactly one."""

__all__ = ["RENDERERS", "SlideOverflow", "dry_run", "fitting_part", "laid_out", "render_deck"]


def render_deck(
    plan: DeckPlan,
    brand: Brand,
    *,
    on_slide: Callable[[int], None] | None = None,
    parallel: bool = False,
    frame: Frame = WIDESCREEN,
    measurer: Measurer | None = None,
) -> DeckPackage:
    """Every spec on its slide; a list too long for one slide continues on the next, « (suite) ».

    `on_slide(number)` is told of each slide drawn, for a progress display. `parallel`: many charts may be
    made by a worker process (chart_maker.py says when, and why only the command asks for it). `frame`: the
    slide's size. `measurer`: the measures to use and keep (a watch session's); a new one by default."""
    charts = sum(spec.kind == "chart" for spec in plan.slides)
    package = DeckPackage(chart_maker=ChartMaker(charts, parallel=parallel), brand=brand, frame=frame)
    measuring = RenderContext(brand, plan.language, frame, measurer or Measurer())
    drawing_context = RenderContext(brand, plan.language, frame, measuring.measurer, package)
    try:
        def attempt(spec: Slide, number: int) -> SlideDrawing | None:
            """A slide as planned, drawn at once; None where its list does not fit (it is cut, then drawn)."""
            return _drawn(spec, plan, drawing_context, number)

        for number, (spec, _, drawn) in enumerate(pages(plan, measuring, attempt), start=1):
            slide = drawn
            if slide is None:
                slide = _new_slide(spec)
                draw(slide, spec, plan, drawing_context, number)
            package.add(slide)
            if on_slide is not None:
                on_slide(number)
    finally:
        package.chart_maker.close()  # every chart made (or, after an error, the worker stopped)
    return package


def _new_slide(spec: Slide) -> SlideDrawing:
    return SlideDrawing(kind=spec.kind, notes=spec.notes or None)  # the kind names the slide, for outlines and tests


def _drawn(spec: Slide, plan: DeckPlan, context: RenderContext, number: int) -> SlideDrawing | None:
    """The slide drawn as planned; None if its list does not fit and may continue (what was drawn of it is
    dropped, and so are the pictures it stored: the deck's are numbered as its slides first show them)."""
    slide = _new_slide(spec)
    assert context.package is not None
    stored = len(context.package.media)
    try:
        draw(slide, spec, plan, context, number)
    except SlideOverflow:
        if spec.continues is None:
            raise
        for sha1 in list(context.package.media)[stored:]:
            del context.package.media[sha1]
        return None
    return slide


def dry_run(plan: DeckPlan, brand: Brand, *, frame: Frame = WIDESCREEN, measurer: Measurer | None = None) -> tuple[Slide, ...]:
    """The laid-out slides, each measured as it will be drawn (nothing drawn): what `deckgen check` needs
    to say, without writing, every overflow `build` would meet.

    A slide whose list was cut was dry-run as it is while it was cut, and fits: it is not measured again."""
    context = RenderContext(brand, plan.language, frame, measurer or Measurer())
    slides = tuple(laid_out(plan, context))
    for number, (spec, fits) in enumerate(slides, start=1):
        if not fits:
            draw(None, spec, plan, context, number)
    return tuple(spec for spec, _ in slides)
