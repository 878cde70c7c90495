"""A speaker's slides: bullets, key-figure tiles, a quotation, a concept map drawn as a diagram."""

from __future__ import annotations

from ..plan.specs import BulletsSlide, ConceptMapSlide, FiguresSlide, Line, QuoteSlide
from ..text.fit import LINE_PITCH
from .canvas import Canvas, P, Style
from .chrome import light
from .geometry import Box
from .grid import Choice, Grid, choose, layouts, raise_overflow
from .kinds import renders
from .spacing import spread

ITEM_GAP = 0.5
"""Lines before a top-level bullet (a sub-bullet: 0.2)."""
CLOSING_GAP = 48.0
"""From a short list to its closing line."""


def bullet_paras(lines: tuple[Line, ...]) -> list[P]:
    return [
        P(line.text, level=line.level, scale=1.0 if line.level == 0 else 0.88, space_before=ITEM_GAP if line.level == 0 else 0.2)
        for line in lines
    ]


@renders(BulletsSlide, family="content")
def render_bullets(canvas: Canvas, spec: BulletsSlide) -> None:
    body = light(canvas, spec.title, kicker=spec.kicker)
    style = Style(role="body", largest=28)
    list_box = body
    if spec.closing:
        closing_style = Style(role="body", largest=26, colour=canvas.colours.primary, anchor="middle")
        text_box = Box(body.x + 22, body.y, body.w - 22, body.h / 2)
        height = max(50.0, canvas.fitted(text_box, [P(spec.closing)], closing_style).height + 16)
        closing = body.bottom_part(height)
        list_box = body.above(height, 16)
    paras = spread(canvas, list_box, bullet_paras(spec.items), style, gap=ITEM_GAP)
    canvas.text(list_box, paras, style, slot=0)
    if spec.closing:  # drawn after the list: read in the order it is seen
        # Under a short list, the closing line follows it, a couple of lines below, not at the slide's foot.
        under_list = list_box.y + canvas.fitted(list_box, paras, style).height + CLOSING_GAP
        closing = Box(closing.x, min(closing.y, under_list), closing.w, closing.h)
        canvas.rect(Box(closing.x, closing.y, 5, closing.h), canvas.colours.accent)
        canvas.text(Box(closing.x + 22, closing.y, closing.w - 22, closing.h), spec.closing, closing_style)


# -- key figures --------------------------------------------------------------------------------------

TILE_PAD = (18.0, 14.0)
"""Inside a tile: across, down."""
TILE_GAP = 24.0
VALUE_SIZES = (60.0, 48.0, 40.0, 32.0)
"""The values' largest sizes, tried in turn while the bullets under the tiles do not fit: the tiles give
way before the bullets continue on another slide."""


@renders(FiguresSlide)
def render_figures(canvas: Canvas, spec: FiguresSlide) -> None:
    """A row of tiles, each a value and its label, all values at one size and all labels at one; the
    bullets under them. The tiles are as tall as their text needs; the rest of the body is the bullets'."""
    body = light(canvas, spec.title, kicker=spec.kicker)
    columns = body.columns(len(spec.figures), TILE_GAP)
    items = bullet_paras(spec.items)
    style = Style(role="body", largest=26)
    if items:
        for largest in VALUE_SIZES:
            tiles = _tiles(canvas, columns[0].w, spec, largest)
            if canvas.fits(body.below(tiles.height, 22), items, style):
                break
        row = body.top(tiles.height)
    else:  # the tiles alone: in the middle of the body, taller than they need
        tiles = _tiles(canvas, columns[0].w, spec, VALUE_SIZES[0])
        tiles.height = min(body.h, max(tiles.height, body.h * 0.6))
        row = body.centred(body.w, tiles.height)
    for column, figure in zip(row.columns(len(spec.figures), TILE_GAP), spec.figures):
        canvas.rect(column, canvas.colours.secondary, rounded=12)
        inner = column.inset(*TILE_PAD)
        if not figure.label:  # a value alone stands in the middle of its tile
            canvas.text(inner, [P(f"**{figure.value}**")], tiles.value_style(canvas, False))
            continue
        value_box, label_box = tiles.boxes(inner)
        canvas.text(value_box, [P(f"**{figure.value}**")], tiles.value_style(canvas, True))
        canvas.text(label_box, [P(figure.label)], tiles.label_style(canvas))
    if items:
        rest = body.below(row.h, 22)
        canvas.text(rest, spread(canvas, rest, items, style, gap=ITEM_GAP), style)


class _Tiles:
    """The tiles' measure: one size for every value, one for every label, the height they then need."""

    def __init__(self, value_size: float, value_height: float, label_size: float | None, label_height: float) -> None:
        self.value_size, self.value_height = value_size, value_height
        self.label_size, self.label_height = label_size, label_height
        self.height = 2 * TILE_PAD[1] + value_height + (8 + label_height if label_size else 0)
        """As tall as the tiles' text needs; taller where they stand alone on the slide."""

    def boxes(self, inner: Box) -> tuple[Box, Box]:
        """The value's box and the label's under it, the pair centred in the tile."""
        used = self.value_height + (8 + self.label_height if self.label_size else 0)
        top = inner.y + (inner.h - used) / 2
        value = Box(inner.x, top, inner.w, self.value_height)
        return value, Box(inner.x, value.bottom + 8, inner.w, self.label_height)

    def value_style(self, canvas: Canvas, labelled: bool) -> Style:
        return Style(role="heading", largest=self.value_size, colour=canvas.colours.on_primary, heading=True, anchor="bottom" if labelled else "middle")

    def label_style(self, canvas: Canvas) -> Style:
        assert self.label_size is not None
        return Style(role="detail", largest=self.label_size, colour=canvas.colours.on_primary)


def _tiles(canvas: Canvas, width: float, spec: FiguresSlide, largest: float) -> _Tiles:
    inner_width = width - 2 * TILE_PAD[0]
    value_style = Style(role="heading", largest=largest, heading=True)
    values = [[P(f"**{f.value}**")] for f in spec.figures]
    one_line = Box(0, 0, inner_width, largest * LINE_PITCH)  # a value on one line, or on two at half its size
    value_size = min(canvas.fit(one_line, paras, value_style) for paras in values)
    value_height = canvas.tallest(inner_width, values, Style(role="heading", largest=value_size, heading=True))
    labels = [[P(f.label)] for f in spec.figures if f.label]
    label_size, label_height = None, 0.0
    if labels:
        label_style = Style(role="detail", largest=min(22.0, max(16.0, value_size * 0.4)))
        room = Box(0, 0, inner_width, 200.0)
        label_size = min(canvas.fit(room, paras, label_style) for paras in labels)
        label_height = canvas.tallest(inner_width, labels, Style(role="detail", largest=label_size))
    return _Tiles(value_size, value_height, label_size, label_height)


# -- quotation ----------------------------------------------------------------------------------------


@renders(QuoteSlide, family="content")
def render_quote(canvas: Canvas, spec: QuoteSlide) -> None:
    body = light(canvas, spec.title, kicker=spec.kicker)
    attribution = 36.0 if spec.attribution else 0.0
    text = Box(body.x + 28, body.y, body.w - 28, body.h - attribution - (8 if attribution else 0))
    paras = [P(text_, space_before=0.5 if index else 0.0) for index, text_ in enumerate(spec.paragraphs)]
    style = Style(role="body", largest=26, italic=True, colour=canvas.colours.text, anchor="middle")
    fitted = canvas.fitted(text, paras, style)
    bar = text.centred(text.w, min(text.h, fitted.height + 12))
    canvas.rect(Box(body.x, bar.y, 6, bar.h), canvas.colours.accent)
    canvas.text(text, paras, style, slot=0)
    if spec.attribution:
        canvas.text(
            Box(body.x, body.bottom - attribution, body.w, attribution),
            [P(f"**{spec.attribution}**", align="right")],
            Style(role="heading", largest=22, colour=canvas.colours.accent, anchor="bottom"),
        )


# -- concept map --------------------------------------------------------------------------------------

MAP_GAP = (40.0, 18.0)
CENTRE_MOST = 110.0
"""The most the centre's text may take: three lines at the title's floor."""
CARD_PAD = (14.0, 10.0)


def _branch_paras(canvas: Canvas, text: str, items: tuple[str, ...]) -> list[P]:
    paras = [P(f"**{text}**", colour=canvas.colours.primary, scale=1.08)]
    return paras + [P(item, level=0, space_before=0.25) for item in items]


@renders(ConceptMapSlide)
def render_concept_map(canvas: Canvas, spec: ConceptMapSlide) -> None:
    """The centre as a band at the top, a line down the middle, a card per branch hanging from it; branches
    that cannot be read from the room at body size continue on the next slide."""
    frame = canvas.frame
    # Its title is the centre, in the band: on deckgen's own layout, the title's rule would stand alone
    # where a title goes, over the first branch. The slide draws its own ground and bar instead.
    canvas.ground(canvas.colours.background, own=canvas.own_chrome)
    canvas.edge(canvas.colours.primary)
    area = frame.open_area
    title_style = Style(role="title", largest=30, colour=canvas.colours.on_primary, heading=True, bold=True, align="center", anchor="middle")
    width = area.w * 0.8
    needed = canvas.fitted(Box(0, 0, width - 36, CENTRE_MOST), [P(spec.title)], title_style, field=("centre",)).height
    band = Box(area.x + area.w * 0.1, frame.KICKER_TOP + 6, width, max(84.0, needed + 12))
    canvas.rect(band, canvas.colours.primary, rounded=14, name="Centre")
    canvas.title(band.inset(18, 6), spec.title, title_style, field=("centre",))
    gap = 24.0
    grid_area = Box(area.x, band.bottom + gap, area.w, frame.body_bottom - band.bottom - gap)
    texts = [_branch_paras(canvas, b.text, b.items) for b in spec.branches]
    style = Style(role="body", largest=22)

    def measure(grid: Grid) -> Choice | None:
        box = Box(0, 0, *grid.cell).inset(*CARD_PAD)
        size = canvas.smallest_fit(((box, paras) for paras in texts), style)
        return None if size is None else Choice(grid, size)

    grids = [g for g in layouts(grid_area, len(texts), MAP_GAP, most_columns=2) if g.columns == min(2, len(texts))]
    choice = choose(grids, measure)
    if choice is None:
        raise_overflow(canvas, grid_area, texts, style, lambda cell: cell.inset(*CARD_PAD))
    size_style = Style(role="body", largest=choice.size)
    width, _ = choice.grid.cell
    height = canvas.tallest(width - 2 * CARD_PAD[0], texts, size_style)
    grid = Grid(choice.grid.columns, choice.grid.rows, (width, min(choice.grid.cell[1], height + 2 * CARD_PAD[1])))
    cells = grid.cells(grid_area, len(texts), MAP_GAP, centre_last_row=False)
    middle = area.centre_x
    canvas.line(middle, band.bottom, middle, cells[-1].y + 24, canvas.colours.primary, 3)
    for cell, paras in zip(cells, texts):
        if not cell.x < middle < cell.right:  # a card on one side: its branch from the line down the middle
            edge = cell.right if cell.x < middle else cell.x
            canvas.line(middle, cell.y + 24, edge, cell.y + 24, canvas.colours.primary, 3)
        canvas.rect(cell, canvas.colours.surface, rounded=12, line=canvas.colours.secondary)
        canvas.text(cell.inset(*CARD_PAD), paras, size_style)
