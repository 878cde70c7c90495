"""The template a deck is drawn on: an organisation's (`--template`, brand.yaml's `template:`), or deckgen's
own, made from the brand (brand_template.py), used exactly as an organisation's is.

On an organisation's template the deck takes its slide size, the content layout's bands, its theme's colours
and fonts (measured with their metric twins, fonts.py); on deckgen's own it keeps the brand's palette and
bands, and its layouts carry the brand's ground, bar and rule.
"""

from __future__ import annotations

from pathlib import Path

from msgspec import Struct

from ..brand import Brand, FontFace, relative_luminance
from ..errors import Problem
from ..fonts import twin
from ..i18n import _
from ..package import Template, open_template
from .brand_template import own_template
from .geometry import WIDESCREEN, Frame
from .layouts import SlideLayouts, choose, frame_of, grounds_shown
from .themed import themed

LIGHT = 0.5
"""A layout background at least this luminous (WCAG's relative luminance) carries deckgen's dark text."""


class Templated(Struct, frozen=True):
    """What a deck is drawn with on its template."""

    template: Template
    brand: Brand  # in the template's colours and faces
    frame: Frame
    layouts: SlideLayouts
    warnings: tuple[Problem, ...] = ()


def templated(brand: Brand, language: str, template: Path | None = None, *, frame: Frame = WIDESCREEN) -> Templated:
    """The deck's template: the file given (or brand.yaml's), else the brand's own at `frame`'s size."""
    path = template or brand.template
    if path is None:
        own = own_template(brand, frame, language)
        return Templated(own, brand, frame, SlideLayouts(choose(own), own_chrome=True))
    organisation = open_template(path)
    choices = choose(organisation, brand.layouts, brand.layout_places)
    content = choices["content"].layout
    theme = organisation.masters[content.master].theme
    # A dark content layout: deckgen's light slides paint the theme's light colour instead of showing it.
    background = content.background if _light(content.background) else None
    (heading, body), warnings = _faces(brand, theme.major_font, theme.minor_font, path)
    painted = frozenset(layout.part for layout in organisation.layouts if not _light(layout.background))
    frame = frame_of(organisation, choices)
    return Templated(
        organisation,
        themed(brand, theme.colours, background, heading, body),
        frame,
        SlideLayouts(choices, painted=painted, grounds=grounds_shown(organisation, frame), hiding=frame_of(organisation, choices, clear=False)),
        warnings,
    )


def _light(colour: str | None) -> bool:
    """Whether a layout's background carries deckgen's dark text: a solid colour (a picture, a gradient are
    not known to be light) at least LIGHT luminous."""
    return colour is not None and relative_luminance(colour) >= LIGHT


def _faces(brand: Brand, heading: str, text: str, path: Path) -> tuple[tuple[FontFace, FontFace], tuple[Problem, ...]]:
    """The faces the theme's heading and text fonts are measured with, and a warning for each measured
    with the nearest open font rather than a metric twin."""
    faces, warnings = [], []
    for role, name in ((_("headings"), heading), (_("text"), text)):
        found = twin(name or "Arial", brand.metrics)
        faces.append(found.face)
        if not found.exact:
            said = _("the template's font for {role}, « {font} », has no known metric twin: measured as {twin}, its text may come "
                     "out a little wider or narrower; give its files in brand.yaml (metrics: {example})")
            example = f"{{{name}: {{regular: …ttf}}}}"
            warnings.append(Problem(said.format(role=role, font=name, twin=found.face.regular.stem.split("-")[0], example=example), path))
    return (faces[0], faces[1]), tuple(warnings)
