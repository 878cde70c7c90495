"""Cards in rows: how many a row, chosen by measuring what the cards hold, and the free space shared out.

A renderer of cards (speakers, workshops, territories, concept-map branches) says how a card's text is set
in a card of a given size; `choose()` tries every number of columns that makes sense for that many cards
and keeps the layout whose text is largest (the room reads it best), preferring, at one size, layouts that
break no name and that use fewer rows. The grid is then made as tall and wide as its cards need, and
centred in its area: the free space goes around it, never into one corner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn

from msgspec import Struct

from ..errors import TextOverflow
from ..i18n import N_, _
from .geometry import Box

if TYPE_CHECKING:
    from .canvas import Canvas, P, Style


ROLES = {"title": N_("title"), "heading": N_("heading"), "body": N_("body"), "detail": N_("detail"), "label": N_("label"), "footer": N_("footer")}
"""A text's role (its floor of sizes, render/canvas.py) in words, for the message of cards that cannot fit."""


class Grid(Struct, frozen=True):
    columns: int
    rows: int
    cell: tuple[float, float]  # a cell's width and height

    def cells(self, area: Box, count: int, gap: tuple[float, float], *, centre_last_row: bool = True) -> list[Box]:
        """The grid's `count` cells, the whole grid centred in `area`; a last row with fewer cards is
        centred under the others."""
        w, h = self.cell
        gap_x, gap_y = gap
        width = self.columns * w + (self.columns - 1) * gap_x
        height = self.rows * h + (self.rows - 1) * gap_y
        left = area.x + (area.w - width) / 2
        top = area.y + max(0.0, (area.h - height) / 2)
        cells = []
        for index in range(count):
            row, column = divmod(index, self.columns)
            in_row = min(self.columns, count - row * self.columns)
            shift = (self.columns - in_row) * (w + gap_x) / 2 if centre_last_row else 0.0
            cells.append(Box(left + shift + column * (w + gap_x), top + row * (h + gap_y), w, h))
        return cells


class Choice(Struct, frozen=True):
    """A layout tried: its grid, the size its text takes there, and how good it is otherwise."""

    grid: Grid
    size: float
    broken: int = 0  # names (or other one-line texts) broken over two lines
    """What the renderer's measure counts as a flaw at this size; fewer is better."""


Measure = Callable[[Grid], "Choice | None"]
"""Measure the cards laid out on a grid (cells of `grid.cell`): None if some text does not fit."""


def layouts(area: Box, count: int, gap: tuple[float, float], *, most_columns: int = 4, tallest: float | None = None) -> list[Grid]:
    """Every grid worth trying for `count` cards in `area`: from one column to `most_columns`, leaving out a
    count a row that needs as many rows as one column fewer (4 cards: 1, 2 or 4 a row, not 3: its wider
    cells are better), cells as large as the area allows (no taller than `tallest`)."""
    grids = []
    for columns in range(1, min(count, most_columns) + 1):
        rows = -(-count // columns)
        if columns > 1 and -(-count // (columns - 1)) == rows:
            continue
        width = (area.w - (columns - 1) * gap[0]) / columns
        height = (area.h - (rows - 1) * gap[1]) / rows
        if tallest is not None:
            height = min(height, tallest)
        if width > 0 and height > 0:
            grids.append(Grid(columns, rows, (width, height)))
    return grids


def choose(grids: Sequence[Grid], measure: Measure) -> Choice | None:
    """The best layout: the largest text; at one size, the fewest broken names, then the fewest rows."""
    best: Choice | None = None
    for grid in grids:
        choice = measure(grid)
        if choice is None:
            continue
        if best is None or _better(choice, best):
            best = choice
    return best


def _better(a: Choice, b: Choice) -> bool:
    return (a.broken, -a.size, a.grid.rows) < (b.broken, -b.size, b.grid.rows)


def raise_overflow(canvas: Canvas, area: Box, texts: Sequence[list[P]], style: Style, text_box: Callable[[Box], Box]) -> NoReturn:
    """No layout holds every card: the overflow of the first text that does not fit even a card as large
    as the whole area, else of the cards together (too many for the slide, at their floor)."""
    box = text_box(area)
    for paras in texts:
        canvas.fit(box, paras, style)  # raises the located overflow of a text too long for any card
    said = _("these {count} cards do not fit on one slide together, even at the smallest {role} size")
    raise TextOverflow(said.format(count=len(texts), role=_(ROLES.get(style.role, style.role))), len(texts))
