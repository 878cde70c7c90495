"""What a PDF rendering of a deck shows, read back with poppler's `pdftotext -bbox-layout`."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

_NS = {"x": "http://www.w3.org/1999/xhtml"}
EM_BOX = 1.2257
"""Height of a word's box in ems as poppler reports it for Liberation Sans (ascender + descender)."""


@dataclass(frozen=True)
class Word:
    """One word as poppler drew it: two texts drawn over each other can share a line, never a word."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class TextLine:
    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    words: tuple[Word, ...] = ()

    @property
    def size(self) -> float:
        """The font size, in points, that draws a line this tall."""
        return (self.y1 - self.y0) / EM_BOX


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    lines: list[TextLine]


def convert_to_pdf(soffice: str, deck: Path, outdir: Path) -> Path:
    profile = outdir / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(deck)],
        check=True,
        capture_output=True,
        timeout=240,
    )
    pdf = outdir / (deck.stem + ".pdf")
    assert pdf.is_file(), f"LibreOffice wrote no PDF for {deck}"
    return pdf


def read_layout(pdf: Path) -> list[Page]:
    xhtml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True, capture_output=True, timeout=60).stdout
    return parse_layout(xhtml)


def parse_layout(xhtml: bytes | str) -> list[Page]:
    """The pages of `pdftotext -bbox-layout`'s XHTML (a whole document, or a hand-made snippet in tests)."""
    root = ElementTree.fromstring(xhtml)
    pages = []
    for number, page in enumerate(root.iter(f"{{{_NS['x']}}}page"), start=1):
        lines = [_line(number, line) for line in page.iter(f"{{{_NS['x']}}}line")]
        pages.append(Page(number, float(page.get("width", 0)), float(page.get("height", 0)), lines))
    return pages


def _line(page: int, line: ElementTree.Element) -> TextLine:
    words = tuple(
        Word(w.text or "", *(float(w.get(key, 0)) for key in ("xMin", "yMin", "xMax", "yMax")))
        for w in line.iter(f"{{{_NS['x']}}}word")
    )
    x0, y0, x1, y1 = (float(line.get(key, 0)) for key in ("xMin", "yMin", "xMax", "yMax"))
    return TextLine(page=page, text=" ".join(w.text for w in words), x0=x0, y0=y0, x1=x1, y1=y1, words=words)


def off_page(page: Page, tolerance: float = 0.5) -> list[TextLine]:
    return [
        line for line in page.lines
        if line.x0 < -tolerance or line.y0 < -tolerance or line.x1 > page.width + tolerance or line.y1 > page.height + tolerance
    ]


def _cross(a: Word | TextLine, b: Word | TextLine) -> bool:
    dx = min(a.x1, b.x1) - max(a.x0, b.x0)
    dy = min(a.y1, b.y1) - max(a.y0, b.y0)
    return dx > 1.0 and dy > 0.25 * min(a.y1 - a.y0, b.y1 - b.y0)


def overlaps(page: Page) -> list[tuple[TextLine, TextLine]]:
    """Pairs of lines drawn over each other. Lines of one paragraph touch by a few percent of their height
    (their boxes include ascenders and descenders); more than a quarter of the shorter one is an overlap.

    Compared word by word where the words are known: pdftotext may join texts of two boxes that share a
    height into one line (a badge's number and the second line of the text beside it), whose box then
    spans the gap between them and meets the line above without any word of it doing so."""
    found = []
    lines = page.lines
    for i, a in enumerate(lines):
        for b in lines[i + 1 :]:
            if not _cross(a, b):
                continue
            if a.words and b.words and not any(_cross(u, v) for u in a.words for v in b.words):
                continue
            found.append((a, b))
    return found
