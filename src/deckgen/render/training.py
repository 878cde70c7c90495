"""The training's slides: labelled blocks, the programme as a table, territories by season, participants."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from msgspec import Struct
from msgspec.structs import replace

from ..plan.specs import Block, BlocksSlide, ListSlide, TableSlide, TerritoriesSlide
from ..text.fit import LINE_PITCH
from ..text.inline import plain
from .canvas import Canvas, P, Style
from .chrome import light
from .drawing import Cell
from .geometry import Box
from .grid import Choice, Grid, choose, layouts, raise_overflow
from .kinds import renders
from .palette import season_colour

TITLE_SIZE = 30.0


def _subtitle(canvas: Canvas, body: Box, text: str) -> Box:
    canvas.text(body.top(30), [P(f"**{text}**")], Style(role="heading", largest=24, colour=canvas.colours.accent))
    return body.below(30, 12)


# -- overview: labelled blocks in two columns -----------------------------------------------------------


def _block_paras(canvas: Canvas, blocks: tuple[Block, ...]) -> list[P]:
    paras: list[P] = []
    for block in blocks:
        paras.append(P(f"**{block.label}**", colour=canvas.colours.accent, space_before=0.7))
        if block.text:
            paras.append(P(block.text, space_before=0.15))
        paras += [P(item, level=0, space_before=0.15) for item in block.items]
    return paras


@renders(BlocksSlide, family="two_columns")
def render_blocks(canvas: Canvas, spec: BlocksSlide) -> None:
    """The blocks in order, in two columns cut where both read largest and come out most even."""
    body = light(canvas, spec.title, title_size=TITLE_SIZE)
    style = Style(role="body", largest=24)
    if len(spec.blocks) == 1:
        canvas.text(body, _block_paras(canvas, spec.blocks), style, slot=0)
        return
    columns = body.columns(2, 36)
    best = _two_columns(
        canvas, columns, range(1, len(spec.blocks)), lambda cut: [_block_paras(canvas, spec.blocks[:cut]), _block_paras(canvas, spec.blocks[cut:])],
        style, evenness=lambda heights: -abs(heights[0] - heights[1]),
    )
    if best is None:  # no cut fits: the blocks' overflow as one text, located at the training
        raise_overflow(canvas, columns[0], [_block_paras(canvas, spec.blocks)], style, lambda cell: cell)
    size, texts = best
    for slot, (column, paras) in enumerate(zip(columns, texts)):
        canvas.text(column, paras, replace(style, largest=size), slot=slot)


def _two_columns(
    canvas: Canvas, columns: list[Box], cuts: Iterable[int], parts: Callable[[int], list[list[P]]], style: Style,
    *, evenness: Callable[[list[float]], float],
) -> tuple[float, list[list[P]]] | None:
    """Of the cuts of a list into two columns, the one whose text reads largest and, at that size, is most
    even by `evenness` of the columns' heights: its size and its two columns' paragraphs; None if none fits."""
    best: tuple[tuple[float, float], list[list[P]]] | None = None
    for cut in cuts:
        texts = parts(cut)
        size = canvas.smallest_fit(zip(columns, texts), style)
        if size is None:
            continue
        sized = replace(style, largest=size)
        score = (size, evenness([canvas.fitted(column, paras, sized).height for column, paras in zip(columns, texts)]))
        if best is None or score > best[0]:
            best = (score, texts)
    return None if best is None else (best[0][0], best[1])


# -- the programme, a day a row -------------------------------------------------------------------------

PAD = 8.0


@renders(TableSlide)
def render_table(canvas: Canvas, spec: TableSlide) -> None:
    """A native table, its label column as wide as its widest label, its rows measured so the table never
    grows past the slide."""
    body = _subtitle(canvas, light(canvas, spec.title, title_size=TITLE_SIZE), spec.heading)
    style = Style(role="body", largest=24)
    label_em = max(canvas.width(f"**{row.label}**", style, 1.0) for row in spec.rows)
    label_width = min(body.w / 3, label_em * style.largest / 0.97 + 2 * PAD + 4)
    text_box = Box(0, 0, body.w - label_width - 2 * PAD, body.h - 2 * PAD * len(spec.rows))
    size = canvas.fit(text_box, [P(r.text, space_before=0) for r in spec.rows], style)
    lines = [canvas.lines(row.text, text_box.w, size, style) for row in spec.rows]
    canvas.body_lines += sum(lines)  # the table's text is not set by canvas.text, which counts what a slide holds
    heights = [count * size * LINE_PITCH + 2 * PAD for count in lines]
    if canvas.slide is None:
        return  # a dry run: the rows were measured above
    rows = []
    for index, (row, height) in enumerate(zip(spec.rows, heights)):
        fill = canvas.colours.surface if index % 2 == 0 else canvas.colours.background
        rows.append(
            (
                height,
                [
                    _cell(canvas, f"**{row.label}**", size, canvas.colours.on_primary, canvas.colours.primary),
                    _cell(canvas, row.text, size, canvas.colours.text, fill),
                ],
            )
        )
    canvas.table(Box(body.x, body.y, body.w, sum(heights)), [label_width, body.w - label_width], rows)


def _cell(canvas: Canvas, text: str, size: float, colour: str, fill: str) -> Cell:
    """A cell of the table: its text measured at `size`, its fill, its padding, centred vertically."""
    return Cell(canvas.write_paragraphs([P(text)], Style(role="body", colour=colour), size), fill, PAD, "middle")


# -- territories, one season a slide ----------------------------------------------------------------------

LEGEND_ROW = 26.0
LEGEND_STYLE = Style(role="detail", largest=16, anchor="middle")
SWATCH = 14.0
TILE_GAP = (16.0, 16.0)
TILE_PAD = (14.0, 12.0)


HOST_LOGO = (200.0, 56.0)
"""The host's logo, top right of the territories slide, beside the legend."""


class _Header(Struct, frozen=True):
    """Where the territories slide's header goes: the host's logo (None: left out), the seasons the legend
    shows (their indexes), where it goes and in how many columns, and the area left for the tiles."""

    logo: Box | None
    seasons: tuple[int, ...]
    legend: Box
    columns: int | None
    area: Box


@renders(TerritoriesSlide)
def render_territories(canvas: Canvas, spec: TerritoriesSlide) -> None:
    """The seasons' legend, this slide's season lit; its départements as tiles in its colour.

    On a template that leaves little room under its title, the header gives way before the tiles: first the
    host's logo (it is on other slides), then the other seasons in the legend (they have slides of their
    own). Otherwise a tile that fits nowhere under the header would stop the build, however the list is cut."""
    body = _subtitle(canvas, light(canvas, spec.title, title_size=TITLE_SIZE), spec.heading)
    fill = season_colour(canvas.colours, spec.season)
    texts = []
    for group in spec.groups:
        paras = [P(f"**{group.heading}**", colour=canvas.colours.on_primary)]
        paras += [P(item, level=0, space_before=0.35, colour=canvas.colours.on_primary) for item in group.items]
        texts.append(paras)
    style = Style(role="detail", largest=20)
    every_season = tuple(range(len(spec.legend)))
    headers = [(spec.host is not None, every_season), (False, every_season), (False, (spec.season,))]
    for with_logo, seasons in dict.fromkeys(headers):
        header = _header(canvas, spec, body, with_logo=with_logo, seasons=seasons)
        if all(canvas.fits(header.area.inset(*TILE_PAD), paras, style) for paras in texts):
            break
    area = header.area

    def measure(grid: Grid) -> Choice | None:
        box = Box(0, 0, *grid.cell).inset(*TILE_PAD)
        size = canvas.smallest_fit(((box, paras) for paras in texts), style)
        if size is None:
            return None
        broken = sum(canvas.lines(plain(paras[0].text), box.w, size, Style(role="detail", bold=True)) > 1 for paras in texts)
        return Choice(grid, size, broken)

    choice = choose(layouts(area, len(texts), TILE_GAP, most_columns=5), measure)
    if choice is None:
        raise_overflow(canvas, area, texts, style, lambda cell: cell.inset(*TILE_PAD))
    if header.logo is not None:
        assert spec.host is not None
        canvas.logo(spec.host, header.logo, align="right")
    _legend(canvas, spec, header)
    sized = Style(role="detail", largest=choice.size)
    width, height = choice.grid.cell
    tallest = canvas.tallest(width - 2 * TILE_PAD[0], texts, sized)
    grid = Grid(choice.grid.columns, choice.grid.rows, (width, min(height, tallest + 2 * TILE_PAD[1])))
    for cell, paras in zip(grid.cells(area, len(texts), TILE_GAP), texts):
        canvas.rect(cell, fill, rounded=12)
        canvas.text(cell.inset(*TILE_PAD), paras, sized)


def _header(canvas: Canvas, spec: TerritoriesSlide, body: Box, *, with_logo: bool, seasons: tuple[int, ...]) -> _Header:
    """The header measured, nothing drawn: the legend beside the logo, or under it where a season's name
    would take two lines beside it (a narrow template)."""
    logo = HOST_LOGO if with_logo else (0.0, 0.0)
    beside = Box(body.x, body.y, body.w - logo[0] - 24, 0)
    logo_box = Box(body.right - logo[0], body.y - 4, *logo) if with_logo else None
    lines = [spec.legend[index] for index in seasons]
    columns = _legend_columns(canvas, lines, beside)
    if columns is None and logo[1]:
        under = body.below(logo[1], 8)
        wide = Box(under.x, under.y, under.w, 0)
        columns = _legend_columns(canvas, lines, wide)
        return _Header(logo_box, seasons, wide, columns, under.below(_legend_height(lines, columns), 16))
    return _Header(logo_box, seasons, beside, columns, body.below(max(_legend_height(lines, columns), logo[1]), 16))


def _legend_columns(canvas: Canvas, lines: list[str], area: Box) -> int | None:
    """The most columns the legend's lines take, each on one line in the area's width; None if even one
    column breaks a line."""
    for count in range(len(lines), 0, -1):
        width = (area.w - (count - 1) * 24) / count - SWATCH - 10
        if all(canvas.lines(line, width, LEGEND_STYLE.largest, Style(role="detail", bold=True)) == 1 for line in lines):
            return count
    return None


def _legend_height(lines: list[str], columns: int | None) -> float:
    return -(-len(lines) // (columns or 1)) * LEGEND_ROW


def _legend(canvas: Canvas, spec: TerritoriesSlide, header: _Header) -> None:
    """The header's seasons with their colours, this slide's lit (bold, in the text's colour, the others
    muted), as many a row as fit on one line each."""
    columns = header.columns or 1
    rows = -(-len(header.seasons) // columns)
    area = header.legend
    cells = [cell for row in Box(area.x, area.y, area.w, rows * LEGEND_ROW).rows(rows, 0) for cell in row.columns(columns, 24)]
    for cell, index in zip(cells, header.seasons):
        lit = index == spec.season
        canvas.rect(Box(cell.x, cell.y + (cell.h - SWATCH) / 2, SWATCH, SWATCH), season_colour(canvas.colours, index), rounded=3)
        colour = canvas.colours.text if lit else canvas.colours.muted
        style = Style(role="detail", largest=LEGEND_STYLE.largest, bold=lit, colour=colour, anchor="middle")
        canvas.text(Box(cell.x + SWATCH + 10, cell.y, cell.w - SWATCH - 10, cell.h), [P(spec.legend[index])], style)


# -- participants, in two columns -------------------------------------------------------------------------

NEAR = 3
"""Cuts tried each side of the one that evens the characters out."""


@renders(ListSlide, family="two_columns")
def render_list(canvas: Canvas, spec: ListSlide) -> None:
    """The entries in two columns, cut where both read largest and come out most even (measured, not counted)."""
    body = _subtitle(canvas, light(canvas, spec.title, title_size=TITLE_SIZE), spec.heading)
    style = Style(role="detail", largest=22)
    columns = body.columns(2, 32)
    entries = spec.entries

    def paras(part: tuple[str, ...]) -> list[P]:
        return [P(entry, level=0, space_before=0.5 if i else 0.0) for i, entry in enumerate(part)]

    if len(entries) == 1:
        canvas.text(columns[0], paras(entries), style, slot=0)
        return
    weights = [len(plain(entry)) + 30 for entry in entries]
    even = min(range(1, len(entries)), key=lambda cut: abs(sum(weights[:cut]) - sum(weights[cut:])))
    best = _two_columns(
        canvas, columns, range(max(1, even - NEAR), min(len(entries) - 1, even + NEAR) + 1),
        lambda cut: [paras(entries[:cut]), paras(entries[cut:])], style, evenness=lambda heights: -max(heights),
    )
    # No cut fits: the characters' even cut, whose overflow the canvas then reports.
    size, texts = best if best is not None else (style.largest, [paras(entries[:even]), paras(entries[even:])])
    for slot, (column, part) in enumerate(zip(columns, texts)):
        canvas.text(column, part, replace(style, largest=size), slot=slot)
