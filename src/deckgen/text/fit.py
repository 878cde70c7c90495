"""Measured text: wrap words with the real metrics of the font and pick the largest size that fits.

PowerPoint does not shrink text when a generated file opens, so deckgen decides every size itself:
each paragraph is wrapped greedily with Pillow's advance widths of the metric-compatible font files
(Liberation Sans ↔ Arial), lines are pitched at a fixed 1.2 × size (the renderer writes that exact
spacing), and a block is set at the largest size, in half-point steps down from its maximum to its floor,
at which it fits the box.

How it is kept cheap (a thousand-slide deck asks some fifty thousand of these questions), with the same
numbers as measuring every line of every size with Pillow:

- Pillow is asked once per distinct word piece and font file, at a unit size: the width of a word at any
  size is its unit width times the size (advance widths scale linearly), and a line is its words and
  spaces added up, so wrapping is arithmetic on cached numbers (`_Words`).
- each paragraph keeps its line count per (width, size) it was wrapped at;
- the fitting size is found by bisection over the sizes stepping down would try, not by trying each:
  a block that fits at a size fits at every smaller one (see `_fit`);
- a size is given up as soon as the paragraphs measured so far overflow the box, without measuring the
  rest of them (a long list tried whole on one slide).

Everything measured is kept by a `Measurer`, one per build (or per `deckgen watch` session while its font
files stay the same): the fonts, the widths of their words, each paragraph's line counts, and the blocks the
canvas fitted. Nothing is kept at module level, so nothing has to be forgotten by hand: a font file replaced
on disk gets a new Measurer.

Long words: a word may hold break opportunities, zero-width spaces (U+200B) that typography.py puts after
the `/ ? & = - _` of URLs and long words; a line may break there, without a space, as clients break it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from math import inf
from pathlib import Path
from typing import TypeVar

from msgspec import Struct, field
from PIL import ImageFont

from .inline import Run
from .typography import BREAK

LINE_PITCH = 1.2
"""Line height in ems; the renderer writes exactly this spacing so measure and render agree."""
WIDTH_SAFETY = 0.97
"""Kerning and hinting differ a little between clients: keep 3 % of each line free."""
UNBREAKABLE = 10**6
"""The line count of text holding a word wider than its box: it does not fit at that size."""
STEP = 0.5
"""Sizes are tried in half points."""
_UNIT = 100  # size the fonts are loaded at; widths scale linearly from it
_LIMIT = 1 << 16  # entries kept per cache of words or paragraphs, as the lru_caches they replace kept

K = TypeVar("K")
V = TypeVar("V")


class FontFiles(Struct, frozen=True):
    """The four files of a face, for measuring."""

    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path

    def __hash__(self) -> int:  # equal faces have the same regular file: hashing it alone is enough, and cheaper
        return hash(self.regular)


class Para(Struct, frozen=True):
    """A paragraph to lay out: its runs, its left margin and its size relative to the block's."""

    runs: tuple[Run, ...]
    indent: float = 0.0  # points taken from the width (bullet margin)
    indent_em: float = 0.0  # and ems of the paragraph's size (a column as wide as the widest time in it)
    scale: float = 1.0
    space_before: float = 0.0  # in lines of this paragraph, ignored for the first paragraph


class Fitted(Struct, frozen=True):
    size: float
    lines: tuple[int, ...] = field(default=())
    height: float = 0.0


# -- word widths ---------------------------------------------------------------------------------------


class _Kept(dict[K, V]):
    """A dict that makes what it lacks with `make(key)`, and keeps it: a hit is a C-level lookup (the
    measures' hottest), where an lru_cache would hash its arguments into a new key each call."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[K], V]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: K) -> V:
        if len(self) >= _LIMIT:
            self.clear()  # a bound for a long `deckgen watch` session; what a deck needs is made again
        value = self[key] = self.make(key)
        return value


# -- wrapping ------------------------------------------------------------------------------------------

class Joined(float):
    """The unit width of a piece of a long word that follows the piece before it without a space: the line
    may break between them (at a zero-width space), and they are not spaced when they share a line."""

    __slots__ = ()


Word = float | tuple[float, ...] | None
"""A word as measured: its unit width; the unit widths of its pieces if it spans runs of different styles
(each piece is scaled, then they are added, as measuring each piece at the size would); `None`: a forced
line break. A piece of a long word after a break opportunity is a `Joined` width."""


class _Words:
    """A paragraph ready to wrap at any width and size: its words' unit widths, and the line counts found."""

    __slots__ = ("words", "space", "counts")

    def __init__(self, runs: tuple[Run, ...], face: _Face) -> None:
        self.words = _word_widths(runs, face)
        self.space = face.regular[" "]
        self.counts: dict[tuple[float, float], int] = {}  # (width, size) → lines

    def lines(self, width: float, size: float) -> int:
        count = self.counts.get((width, size))
        if count is None:
            count = self.counts[width, size] = _wrap(self.words, self.space, width, size)
        return count


def _word_widths(runs: tuple[Run, ...], face: _Face) -> tuple[Word, ...]:
    """Runs → their words (split at ordinary spaces and line breaks) as unit widths; a word may span runs of
    different styles, and is then the widths of its pieces, in order."""
    if len(runs) == 1 and "\n" not in runs[0].text and BREAK not in runs[0].text:  # most paragraphs: one piece a word
        widths = face.widths(runs[0])
        return tuple([widths[part] for part in runs[0].text.split(" ") if part])
    words: list[Word] = []
    pieces: list[float] = []  # of the word being read
    joined: set[int] = set()  # the words that follow the one before them at a break opportunity, without a space

    def end_word() -> None:
        if pieces:
            words.append(pieces[0] if len(pieces) == 1 else tuple(pieces))
            pieces.clear()

    for run in runs:
        widths = face.widths(run)
        for index, chunk in enumerate(run.text.split("\n")):
            if index:
                end_word()
                words.append(None)
            for part_index, part in enumerate(chunk.split(" ")):
                if part_index:
                    end_word()
                for piece_index, piece in enumerate(part.split(BREAK)):
                    if piece_index:  # a break opportunity: what follows is a word of its own, joined to this one
                        end_word()
                        joined.add(len(words))
                    if piece:
                        pieces.append(widths[piece])
    end_word()
    return tuple(Joined(w) if index in joined and type(w) is float else w for index, w in enumerate(words))


def _wrap(words: tuple[Word, ...], space_unit: float, width: float, size: float) -> int:
    """Lines the words take in a box `width` points wide at `size` points (greedy wrap, as PowerPoint)."""
    if width <= 0:
        return UNBREAKABLE
    usable = width * WIDTH_SAFETY
    lines, line_width = 1, 0.0
    space = space_unit * size
    for word in words:
        if word is None:
            lines, line_width = lines + 1, 0.0
            continue
        kind = type(word)
        # Each piece scaled, then added (from 0, as sum() does): the same float whichever way it is asked.
        if kind is tuple:
            word_width = sum(unit * size for unit in word)  # type: ignore[union-attr]
        else:
            word_width = word * size  # type: ignore[operator]
        glue = 0.0 if kind is Joined else space
        if line_width == 0.0:
            line_width = word_width
        elif line_width + glue + word_width <= usable:
            line_width += glue + word_width
        else:
            lines, line_width = lines + 1, word_width
        if word_width > usable:
            # Clients would break the word inside itself (« légumineu-ses »): never acceptable, so no fit.
            return UNBREAKABLE
    return lines


class _Face:
    """A face as measured: the widths of its four files (found without hashing paths), and its paragraphs."""

    __slots__ = ("regular", "bold", "italic", "bold_italic", "paragraphs")

    def __init__(self, fonts: FontFiles, widths: _Kept[Path, _Kept[str, float]]) -> None:
        self.regular, self.bold = widths[fonts.regular], widths[fonts.bold]
        self.italic, self.bold_italic = widths[fonts.italic], widths[fonts.bold_italic]
        self.paragraphs: _Kept[tuple[Run, ...], _Words] = _Kept(lambda runs: _Words(runs, self))

    def widths(self, run: Run) -> _Kept[str, float]:
        if run.bold:
            return self.bold_italic if run.italic else self.bold
        return self.italic if run.italic else self.regular


def _widths_of(path: Path) -> _Kept[str, float]:
    """A font file's advance widths at 1 pt, by text: Pillow is asked the first time a text is looked up."""
    font = ImageFont.truetype(str(path), _UNIT)
    return _Kept(lambda text: font.getlength(text) / _UNIT)


class Measurer:
    """Every measure of one build: the fonts' word widths, each paragraph's line counts, and the blocks
    fitted (`blocks`, `overflows`: kept here for the canvas, by what their measure depends on).

    Made once per build; `deckgen watch` keeps one for as long as the font files it measured are unchanged
    on disk, and makes a new one when one is saved over. Measures never change within a Measurer."""

    __slots__ = ("_widths", "_faces", "blocks", "overflows", "interned")

    def __init__(self) -> None:
        self._widths: _Kept[Path, _Kept[str, float]] = _Kept(_widths_of)
        self._faces: _Kept[FontFiles, _Face] = _Kept(lambda fonts: _Face(fonts, self._widths))
        self.blocks: dict[tuple[object, ...], Fitted | None] = {}
        """A fitted block by what its measure depends on (the canvas's key): fitted once per build, looked
        up by every dry run of its slide and by its drawing."""
        self.overflows: dict[tuple[object, ...], tuple[str, int]] = {}
        """An overflow's explanation by the same key: each head of a list that does not fit raises one."""
        self.interned: dict[object, object] = {}
        """One object for equal values (a face's files), so the keys above compare them by identity."""

    def text_width(self, text: str, path: Path, size: float) -> float:
        """Advance width of `text` in points at `size` points."""
        return self._widths[path][text] * size

    def runs_width(self, runs: tuple[Run, ...], size: float, fonts: FontFiles) -> float:
        """The width of the runs set on one line at `size` points, each in its face's weight and slant."""
        face = self._faces[fonts]
        return sum(face.widths(run)[run.text.replace(BREAK, "")] for run in runs) * size

    def count_lines(self, runs: tuple[Run, ...], width: float, size: float, fonts: FontFiles) -> int:
        """Lines the runs take in a box `width` points wide at `size` points (greedy wrap, as PowerPoint)."""
        return self._faces[fonts].paragraphs[runs].lines(width, size)

    def measure(self, paras: list[Para], width: float, size: float, fonts: FontFiles) -> Fitted:
        """Height of the paragraphs at `size`, and the lines each takes."""
        paragraphs = self._faces[fonts].paragraphs
        fitted = _measure(tuple(paras), [paragraphs[p.runs] for p in paras], width, size, inf, None)
        assert fitted is not None  # nothing is over an infinite height
        return fitted

    def fit(
        self, paras: list[Para], width: float, height: float, fonts: FontFiles, *, largest: float, smallest: float,
        max_lines: int | None = None,
    ) -> Fitted | None:
        """The largest size in [smallest, largest] (half-point steps) at which the paragraphs fit the box.

        Not kept itself (the canvas keeps each box's answer in `blocks`; each paragraph keeps its line counts)."""
        paragraphs = self._faces[fonts].paragraphs
        return _fit(tuple(paras), [paragraphs[p.runs] for p in paras], width, height, largest, smallest, max_lines)


# -- fitting -------------------------------------------------------------------------------------------


def _measure(
    paras: tuple[Para, ...], words: list[_Words], width: float, size: float, limit: float, max_lines: int | None
) -> Fitted | None:
    """`measure()`, or None as soon as the paragraphs so far are over `limit` or `max_lines`: no term added
    is negative, so the whole block would be over them too (and the rest need not be wrapped)."""
    height, lines, total = 0.0, [], 0
    for index, para in enumerate(paras):
        para_size = size * para.scale
        count = words[index].lines(width - para.indent - para.indent_em * para_size, para_size)
        lines.append(count)
        total += count
        height += count * para_size * LINE_PITCH
        if index:
            height += para.space_before * para_size * LINE_PITCH
        if height > limit or (max_lines is not None and total > max_lines):
            return None
    return Fitted(size=size, lines=tuple(lines), height=height)


@lru_cache(maxsize=256, typed=True)  # typed: a block asked at 20 is set at 20, one asked at 20.0 at 20.0
def _sizes(largest: float, smallest: float) -> tuple[float, ...]:
    """The sizes a block may take, largest first: computed by stepping down from `largest` as a loop would
    (the floats of repeated subtraction, not `largest - k * STEP`), so the sizes chosen are those floats."""
    steps: list[float] = []
    size = largest
    while size >= smallest - 1e-9:
        steps.append(size)
        size -= STEP
    return tuple(steps)


def _fit(
    paras: tuple[Para, ...], words: list[_Words], width: float, height: float, largest: float, smallest: float,
    max_lines: int | None,
) -> Fitted | None:
    """The first of `_sizes()` at which the block fits, found by bisection.

    Fitting is monotone in the size: every width scales with it, and a greedy wrap never takes more lines
    in a wider box (each line of the narrower wrap starts no later than the wider one's: it holds a suffix
    of that line's words). That holds for the floats too, since rounding is monotone: each sum of positive
    widths is no larger at a smaller size. So the first size that fits splits `_sizes()` in two.
    """
    candidates = _sizes(largest, smallest)
    if not candidates:
        return None

    def at(index: int) -> Fitted | None:
        return _measure(paras, words, width, candidates[index], height, max_lines)

    fitted = at(0)  # most blocks fit at their largest size: one measure
    if fitted is not None:
        return fitted
    low, high = 0, len(candidates) - 1  # candidates[low] does not fit
    found = at(high) if high else None
    if found is None:
        return None  # not even at the floor
    while high - low > 1:  # candidates[high] fits
        middle = (low + high) // 2
        fitted = at(middle)
        if fitted is None:
            low = middle
        else:
            high, found = middle, fitted
    return found
