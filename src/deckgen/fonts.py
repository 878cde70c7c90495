"""Metric twins: the open fonts deckgen measures a template's fonts with.

A template names the fonts presenters' machines have (Calibri, Arial…); deckgen measures text with open
fonts drawn to the same widths (OFL, Debian's fonts-liberation2 and fonts-crosextra-*, shipped in
the package's assets/fonts/). A font with no known twin is measured with the nearest one (a serif, a sans or a mono) and
said so: its text may come out a little wider or narrower than measured, until brand.yaml gives its file
(`metrics:`).
"""

from __future__ import annotations

from pathlib import Path

from msgspec import Struct

from .brand import ASSETS, FontFace

FONTS = ASSETS / "fonts"

TWINS: dict[str, str] = {
    "calibri": "Carlito", "carlito": "Carlito",
    "cambria": "Caladea", "caladea": "Caladea",
    "arial": "LiberationSans", "helvetica": "LiberationSans", "liberation sans": "LiberationSans", "arimo": "LiberationSans",
    "times new roman": "LiberationSerif", "times": "LiberationSerif", "liberation serif": "LiberationSerif", "tinos": "LiberationSerif",
    "courier new": "LiberationMono", "courier": "LiberationMono", "liberation mono": "LiberationMono", "cousine": "LiberationMono",
}
"""A font's name (lower case) → the family of its metric twin's files in assets/fonts/."""

_MONO = ("mono", "courier", "consol", "code", "menlo")
_SERIF = ("serif", "times", "roman", "georgia", "garamond", "book", "cambria", "palatino", "baskerville", "caslon", "minion")


class Twin(Struct, frozen=True):
    face: FontFace
    exact: bool  # a metric twin; else the nearest open font, measured as if it were one


def _files(family: str) -> dict[str, Path]:
    return {
        "regular": FONTS / f"{family}-Regular.ttf", "bold": FONTS / f"{family}-Bold.ttf",
        "italic": FONTS / f"{family}-Italic.ttf", "bold_italic": FONTS / f"{family}-BoldItalic.ttf",
    }


def nearest(name: str) -> str:
    """The family of the open font nearest a font with no twin: by what its name says of it."""
    lower = name.lower()
    if any(word in lower for word in _MONO):
        return "LiberationMono"
    if any(word in lower for word in _SERIF) and "sans" not in lower:
        return "LiberationSerif"
    return "LiberationSans"


def twin(name: str, metrics: dict[str, FontFace] | None = None) -> Twin:
    """The face a template's font is measured with: brand.yaml's files for it, else its twin, else the nearest."""
    if metrics and name in metrics:
        return Twin(metrics[name], exact=True)
    family = TWINS.get(name.strip().lower())
    if family is not None:
        return Twin(FontFace(name=name, **_files(family)), exact=True)
    return Twin(FontFace(name=name, **_files(nearest(name))), exact=False)
