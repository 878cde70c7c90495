"""Colours derived from the brand's: a chart's series, each training season's own."""

from __future__ import annotations

from ..brand import MINIMUM_CONTRAST, Colours, contrast


def mix(colour: str, other: str, amount: float) -> str:
    """`colour` moved `amount` of the way towards `other` (hex, six digits)."""
    channels = (
        round(int(colour[i : i + 2], 16) * (1 - amount) + int(other[i : i + 2], 16) * amount) for i in (0, 2, 4)
    )
    return "".join(f"{channel:02X}" for channel in channels)


def chart_palette(colours: Colours) -> list[str]:
    """Series colours from the brand: secondary, accent, primary, muted; then their tints, for a pie's slices."""
    base = [colours.secondary, colours.accent, colours.primary, colours.muted]
    return base + [mix(colour, colours.background, 0.5) for colour in base] + [mix(colour, "000000", 0.35) for colour in base]


def season_colour(colours: Colours, index: int) -> str:
    """The tiles' colour of the `index`-th season: the brand's secondary, primary and accent (whose contrast
    with the text on them the brand check guarantees), then the same darkened or lightened — whichever
    keeps the text on them readable — so that seasons beyond the third are told apart too."""
    base = (colours.secondary, colours.primary, colours.accent)
    colour = base[index % len(base)]
    rounds = index // len(base)
    if not rounds:
        return colour
    towards = "000000" if contrast(colours.on_primary, "000000") < contrast(colours.on_primary, "FFFFFF") else "FFFFFF"
    for amount in (0.3 * rounds, 0.2 * rounds, 0.1 * rounds):
        shade = mix(colour, towards, min(amount, 0.8))
        if contrast(colours.on_primary, shade) >= MINIMUM_CONTRAST:
            return shade
    return colour
