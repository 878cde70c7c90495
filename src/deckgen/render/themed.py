"""A template's theme as deckgen's palette and faces: what a deck on an organisation's template is drawn in.

What deckgen draws itself (tiles, cards, quiz choices, the concept map, charts) takes the theme's colours:
its text and background (dk1, lt1, or the content layout's own background), its accents for the brand's
primary, accent and secondary colours, tints of them for surfaces and quiet text. Every pair the renderers
set text on (brand.TEXT_PAIRS) is then brought to WCAG AA by darkening or lightening its text, so that a
theme drawn for decoration still reads from the back of the room.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..brand import MINIMUM_CONTRAST, TEXT_PAIRS, Brand, Colours, FontFace, Fonts, contrast, relative_luminance
from .palette import mix

WHITE, BLACK = "FFFFFF", "000000"
_SHARED = ("on_primary",)
"""Text colours several pairs share with different grounds: a pair under the minimum moves its ground instead."""


def readable(colour: str, ground: str, ratio: float = MINIMUM_CONTRAST) -> str:
    """The colour, darkened or lightened (away from the ground) just enough to read on it."""
    away = BLACK if relative_luminance(ground) > 0.18 else WHITE
    for step in range(21):
        moved = mix(colour, away, step / 20)
        if contrast(moved, ground) >= ratio:
            return moved
    return away


def _on(colour: str) -> str:
    return WHITE if contrast(WHITE, colour) >= contrast(BLACK, colour) else BLACK


def palette(theme: Mapping[str, str], background: str | None) -> Colours:
    """deckgen's colours from a theme's twelve: a background, a text, a primary among the accents that
    reads on the background and carries white or black text, an accent and a secondary unlike it."""
    slot = {key: value.upper() for key, value in theme.items()}
    ground = (background or slot.get("lt1") or WHITE).upper()
    text = readable(slot.get("dk1", BLACK), ground)
    accents = [slot[key] for key in ("accent1", "dk2", "accent2", "accent3", "accent4", "accent5", "accent6") if key in slot]
    strong = [c for c in accents if contrast(c, ground) >= MINIMUM_CONTRAST and max(contrast(WHITE, c), contrast(BLACK, c)) >= MINIMUM_CONTRAST]
    primary = strong[0] if strong else readable(accents[0] if accents else text, ground)
    others = [slot[key] for key in ("accent2", "accent3", "accent4", "accent5", "accent6", "dk2", "accent1") if key in slot and slot[key] != primary]
    accent = readable(others[0] if others else primary, ground)
    secondary = readable(others[1] if len(others) > 1 else mix(primary, BLACK, 0.25), ground)
    on_primary = _on(primary)
    surface = mix(primary, ground, 0.92)
    colours = Colours(
        primary=primary, accent=accent, secondary=secondary, text=text, muted=readable(mix(text, ground, 0.35), ground),
        surface=surface, background=ground, on_primary=on_primary,
        on_primary_accent=readable(mix(accent, on_primary, 0.35), primary), on_primary_muted=readable(mix(on_primary, primary, 0.25), primary),
        dimmed=readable(mix(text, surface, 0.35), surface),
    )
    return repaired(colours)


def repaired(colours: Colours) -> Colours:
    """The colours with every text pair brought to the minimum contrast: the text moved away from its
    ground, or for a text several grounds share (white on the primary, the accent…), the ground moved."""
    values = colours.model_dump()
    for _ in range(len(TEXT_PAIRS) * 2):
        failing = [(fg, bg) for fg, bg, _ in TEXT_PAIRS if contrast(values[fg], values[bg]) < MINIMUM_CONTRAST]
        if not failing:
            break
        fg, bg = failing[0]
        if fg in _SHARED:
            values[bg] = readable(values[bg], values[fg])
        else:
            values[fg] = readable(values[fg], values[bg])
    return Colours(**values)


def themed(brand: Brand, theme: Mapping[str, str], background: str | None, heading: FontFace, body: FontFace) -> Brand:
    """The brand as a template draws it: the theme's palette and faces; its name and logos stay the brand's."""
    return brand.model_copy(update={"colours": palette(theme, background), "fonts": Fonts(heading=heading, body=body)})
