"""Measured text: wrap words with the real metrics of the font and pick the largest size that fits.

PowerPoint does not shrink text when a generated file opens, so deckgen decides every size itself:
each paragraph is wrapped greedily with Pillow's advance widths of the metric-compatible font files
(Liberation Sans ↔ Arial), lines are pitched at a fixed 1.2 × size (the renderer writes that exact
spacing), and the block's size steps down from its maximum to its floor until it fits the box.

Measures are cached by content, since the renderer asks the same questions many times (a dry run of each
slide that may continue on the next, then the drawing; the same title box tried twice): the advance width
of each word piece per font file, each paragraph's words, its line count per (width, size), and each
block's fit. The answers are the same numbers, computed the same way, only once. `clear_caches()` forgets
them all (a font file replaced on disk).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

from .inline import Run

LINE_PITCH = 1.2
"""Line height in ems; the renderer writes exactly this spacing so measure and render agree."""
WIDTH_SAFETY = 0.97
"""Kerning and hinting differ a little between clients: keep 3 % of each line free."""
UNBREAKABLE = 10**6
"""The line count of text holding a word wider than its box: it does not fit at that size."""
_UNIT = 100  # size the fonts are loaded at; widths scale linearly from it


@dataclass(frozen=True, slots=True)
class FontFiles:
    """The four files of a face, for measuring."""

    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path

    def __hash__(self) -> int:  # equal faces have the same regular file: hashing it alone is enough, and cheaper
        return hash(self.regular)

    def file(self, run: Run) -> Path:
        if run.bold and run.italic:
            return self.bold_italic
        return self.bold if run.bold else self.italic if run.italic else self.regular


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph to lay out: its runs, its left margin and its size relative to the block's."""

    runs: tuple[Run, ...]
    indent: float = 0.0  # points taken from the width (bullet margin)
    scale: float = 1.0
    space_before: float = 0.0  # in lines of this paragraph, ignored for the first paragraph


@dataclass(frozen=True)
class Fitted:
    size: float
    lines: tuple[int, ...] = field(default=())
    height: float = 0.0


@lru_cache(maxsize=64)
def _font(path: Path) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), _UNIT)


@lru_cache(maxsize=65536)
def _unit_width(path: Path, text: str) -> float:
    return _font(path).getlength(text) / _UNIT


def text_width(text: str, path: Path, size: float) -> float:
    """Advance width of `text` in points at `size` points."""
    return _unit_width(path, text) * size


def _words(runs: tuple[Run, ...]) -> list[list[tuple[str, Run]]]:
    """Runs → words (split at ordinary spaces and line breaks); a word may span runs of different styles.

    A `None` word marks a forced line break.
    """
    words: list[list[tuple[str, Run]] | None] = [[]]
    for run in runs:
        for index, chunk in enumerate(run.text.split("\n")):
            if index:
                words += [None, []]
            for part_index, part in enumerate(chunk.split(" ")):
                if part_index:
                    words.append([])
                if part:
                    words[-1].append((part, run))  # type: ignore[union-attr]
    return [w for w in words if w is None or w]  # type: ignore[misc]


@lru_cache(maxsize=16384)
def _word_units(runs: tuple[Run, ...], fonts: FontFiles) -> tuple[tuple[float, ...] | None, ...]:
    """Each word as the unit widths (at 1 pt) of its pieces, one per run it spans; `None`: a forced break."""
    return tuple(
        None if word is None else tuple(_unit_width(fonts.file(run), text) for text, run in word) for word in _words(runs)
    )


@lru_cache(maxsize=65536)
def count_lines(runs: tuple[Run, ...], width: float, size: float, fonts: FontFiles) -> int:
    """Lines the runs take in a box `width` points wide at `size` points (greedy wrap, as PowerPoint)."""
    if width <= 0:
        return UNBREAKABLE
    usable = width * WIDTH_SAFETY
    lines, line_width = 1, 0.0
    space = text_width(" ", fonts.regular, size)
    for word in _word_units(runs, fonts):
        if word is None:
            lines, line_width = lines + 1, 0.0
            continue
        word_width = sum(unit * size for unit in word)  # each piece scaled, then added: as text_width() does
        if line_width == 0.0:
            line_width = word_width
        elif line_width + space + word_width <= usable:
            line_width += space + word_width
        else:
            lines, line_width = lines + 1, word_width
        if word_width > usable:
            # Clients would break the word inside itself (« légumineu-ses »): never acceptable, so no fit.
            return UNBREAKABLE
    return lines


def measure(paras: list[Para], width: float, size: float, fonts: FontFiles) -> Fitted:
    """Height of the paragraphs at `size`, and the lines each takes."""
    height, lines = 0.0, []
    for index, para in enumerate(paras):
        para_size = size * para.scale
        count = count_lines(para.runs, width - para.indent, para_size, fonts)
        lines.append(count)
        height += count * para_size * LINE_PITCH
        if index:
            height += para.space_before * para_size * LINE_PITCH
    return Fitted(size=size, lines=tuple(lines), height=height)


def fit(
    paras: list[Para], width: float, height: float, fonts: FontFiles, *, largest: float, smallest: float,
    max_lines: int | None = None,
) -> Fitted | None:
    """The largest size in [smallest, largest] (half-point steps) at which the paragraphs fit the box."""
    return _fit(tuple(paras), width, height, fonts, largest, smallest, max_lines)


@lru_cache(maxsize=8192)
def _fit(
    paras: tuple[Para, ...], width: float, height: float, fonts: FontFiles, largest: float, smallest: float,
    max_lines: int | None,
) -> Fitted | None:
    size = largest
    while size >= smallest - 1e-9:
        fitted = measure(list(paras), width, size, fonts)
        if fitted.height <= height and (max_lines is None or sum(fitted.lines) <= max_lines):
            return fitted
        size -= 0.5
    return None


DERIVED: list[Callable[[], None]] = []
"""How to clear the caches other modules keep of measures (the canvas's fitted boxes): cleared with these."""


def clear_caches() -> None:
    """Forget every measure: the fonts, their widths and all that was derived from them (watch.py, when a
    font file is saved over in place)."""
    for cache in (_font, _unit_width, _word_units, count_lines, _fit):
        cache.cache_clear()
    for clear in DERIVED:
        clear()
