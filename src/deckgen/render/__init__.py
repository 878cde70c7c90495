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
from .templated import Templated, templated

RENDERERS = {kind: drawing.renderer for kind, drawing in DRAWINGS.items()}
"""Slide kind → its renderer (registered by `@renders`); a test checks every kind of the plan has exactly one."""

__all__ = ["RENDERERS", "SlideOverflow", "dry_run", "fitting_part", "laid_out", "render_deck"]


def _on(brand: Brand | Templated, language: str, frame: Frame) -> Templated:
    """What the deck is drawn on: given, or the brand's own template at the frame's size."""
    return brand if isinstance(brand, Templated) else templated(brand, language, frame=frame)


def render_deck(
    plan: DeckPlan,
    brand: Brand | Templated,
    *,
    on_slide: Callable[[int], None] | None = None,
    parallel: bool = False,
    frame: Frame = WIDESCREEN,
    measurer: Measurer | None = None,
) -> DeckPackage:
    """Every spec on its slide; a list too long for one slide continues on the next, « (suite) ».

    `on_slide(number)` is told of each slide drawn, for a progress display. `parallel`: many charts may be
    made by a worker process (chart_maker.py says when, and why only the command asks for it). `frame`: the
    slide's size, for the brand's own template. `measurer`: the measures to use and keep (a watch session's);
    a new one by default. `brand`: the brand, drawn on its own template, or a deck's template (templated.py)."""
    on = _on(brand, plan.language, frame)
    charts = sum(spec.kind == "chart" for spec in plan.slides)
    package = DeckPackage(template=on.template, chart_maker=ChartMaker(charts, parallel=parallel), frame=on.frame)
    measuring = RenderContext(on.brand, plan.language, on.frame, measurer or Measurer(), layouts=on.layouts)
    drawing_context = RenderContext(on.brand, plan.language, on.frame, measuring.measurer, package, layouts=on.layouts)
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


def dry_run(plan: DeckPlan, brand: Brand | Templated, *, frame: Frame = WIDESCREEN, measurer: Measurer | None = None) -> tuple[Slide, ...]:
    """The laid-out slides, each measured as it will be drawn (nothing drawn): what `deckgen check` needs
    to say, without writing, every overflow `build` would meet.

    A slide whose list was cut was dry-run as it is while it was cut, and fits: it is not measured again."""
    on = _on(brand, plan.language, frame)
    context = RenderContext(on.brand, plan.language, on.frame, measurer or Measurer(), layouts=on.layouts)
    slides = tuple(laid_out(plan, context))
    for number, (spec, fits) in enumerate(slides, start=1):
        if not fits:
            draw(None, spec, plan, context, number)
    return tuple(spec for spec, _ in slides)
