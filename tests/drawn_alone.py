"""Whether the slides of a deck drawn from a deck of them alone (slides.slides_alone, as a preview redraws
the slides an edit changed) are the slides of the whole deck, as LibreOffice draws both: the same words at
the same places, and the same picture but for the anti-aliasing of a glyph's edge.

Pixel for pixel is too strict: LibreOffice embeds another subset of a font in each PDF, and poppler may draw
a glyph's edge a shade apart from one subset to the other (seen on a title of LibreOffice's Focus template).
A slide number drawn wrong differs by a word; a missing picture, ground or decoration by far more pixels
than an edge."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageChops

from deckgen.preview import to_pdf, to_pngs
from deckgen.slides import slides_alone
from pdf_layout import Page, read_layout

EDGE = 48
"""A channel difference up to this is a glyph's edge drawn a shade apart, not a different drawing."""
EDGES = 0.01
"""The share of a slide's pixels that may differ by more than EDGE: the edges of a title's glyphs."""


def _words(page: Page) -> list[tuple[str, float, float, float, float]]:
    return [(w.text, round(w.x0, 1), round(w.y0, 1), round(w.x1, 1), round(w.y1, 1)) for line in page.lines for w in line.words]


def _pixels_apart(one: Path, other: Path) -> str | None:
    with Image.open(one) as a, Image.open(other) as b:
        if a.size != b.size:
            return f"{a.size} against {b.size}"
        difference = ImageChops.difference(a.convert("RGB"), b.convert("RGB")).convert("L")
        histogram = difference.histogram()
        apart = sum(histogram[EDGE + 1:]) / (a.width * a.height)
        return f"{apart:.2%} of the pixels, in {difference.getbbox()}" if apart > EDGES else None


def drawn_apart(deck: Path, whole_pdf: Path, numbers: tuple[int, ...], work: Path) -> dict[int, str]:
    """For each of slides `numbers` (from 1), how it drawn alone differs from its page in `whole_pdf`
    (LibreOffice's PDF of `deck`); empty when each is the same."""
    alone = slides_alone(deck.read_bytes(), numbers)
    assert alone is not None, f"{deck.name}: its slides cannot be drawn alone"
    (work / "alone").mkdir(parents=True)
    changed = work / "alone" / deck.name
    changed.write_bytes(alone)
    pdf = to_pdf(changed, work / "alone")
    drawn, whole = to_pngs(pdf, work / "alone" / "png"), to_pngs(whole_pdf, work / "whole")
    pages, whole_pages = read_layout(pdf), read_layout(whole_pdf)
    assert len(drawn) == len(pages) == len(numbers)
    apart: dict[int, str] = {}
    for index, number in enumerate(sorted(numbers)):
        if _words(pages[index]) != _words(whole_pages[number - 1]):
            apart[number] = f"words {_words(pages[index])} against {_words(whole_pages[number - 1])}"
        elif (pixels := _pixels_apart(drawn[index], whole[number - 1])) is not None:
            apart[number] = pixels
    return apart
