"""A speaker's slides: bullets, key-figure tiles, a quotation, a concept map drawn as a diagram."""

from __future__ import annotations

from ..plan.specs import BulletsSlide, ConceptMapSlide, FiguresSlide, Line, QuoteSlide
from .canvas import MARGIN, SLIDE_WIDTH, Box, Canvas, P, Style
from .chrome import light


def bullet_paras(lines: tuple[Line, ...]) -> list[P]:
    return [
        P(line.text, level=line.level, scale=1.0 if line.level == 0 else 0.88, space_before=0.5 if line.level == 0 else 0.2)
        for line in lines
    ]


def render_bullets(canvas: Canvas, spec: BulletsSlide) -> None:
    body = light(canvas, spec.title, kicker=spec.kicker)
    closing = Box(body.x, body.bottom - 70, body.w, 70) if spec.closing else None
    list_box = Box(body.x, body.y, body.w, body.h - 86) if closing else body
    canvas.text(list_box, bullet_paras(spec.items), Style(role="body", largest=28))
    if closing is not None and spec.closing:  # drawn after the list: read in the order it is seen
        canvas.rect(Box(closing.x, closing.y, 5, closing.h), canvas.colours.accent)
        canvas.text(
            Box(closing.x + 22, closing.y, closing.w - 22, closing.h),
            spec.closing,
            Style(role="body", largest=26, colour=canvas.colours.primary, anchor="middle"),
        )


def render_figures(canvas: Canvas, spec: FiguresSlide) -> None:
    body = light(canvas, spec.title, kicker=spec.kicker)
    tiles_height = 150.0 if spec.items else body.h
    tiles = Box(body.x, body.y, body.w, tiles_height).columns(len(spec.figures), 24)
    labels = [(_label_box(t), [P(f.label)]) for t, f in zip(tiles, spec.figures) if f.label]
    label_style = canvas.common_size(labels, Style(role="detail", largest=20, colour=canvas.colours.on_primary)) if labels else None
    for tile, figure in zip(tiles, spec.figures):
        canvas.rect(tile, canvas.colours.secondary, rounded=12)
        value_box = Box(tile.x + 20, tile.y + 10, tile.w - 40, 70 if figure.label else tile.h - 20)
        canvas.text(value_box, [P(f"**{figure.value}**")], Style(role="heading", largest=60, colour=canvas.colours.on_primary, heading=True, anchor="middle" if not figure.label else "bottom"))
        if figure.label and label_style is not None:
            canvas.text(_label_box(tile), [P(figure.label)], label_style)
    if spec.items:
        canvas.text(body.below(tiles_height, 14), bullet_paras(spec.items), Style(role="body", largest=26))


def _label_box(tile: Box) -> Box:
    """Under the figure, clear of its descenders."""
    return Box(tile.x + 20, tile.y + 90, tile.w - 40, tile.h - 100)


def render_quote(canvas: Canvas, spec: QuoteSlide) -> None:
    body = light(canvas, spec.title, kicker=spec.kicker)
    canvas.rect(Box(body.x, body.y, 6, body.h - 40), canvas.colours.accent)
    paras = [P(text, space_before=0.5 if index else 0.0) for index, text in enumerate(spec.paragraphs)]
    canvas.text(Box(body.x + 28, body.y, body.w - 28, body.h - 44), paras, Style(role="body", largest=26, italic=True, colour=canvas.colours.text, anchor="middle"))
    if spec.attribution:
        canvas.text(Box(body.x, body.bottom - 32, body.w, 32), [P(f"**{spec.attribution}**", align="right")], Style(role="heading", largest=22, colour=canvas.colours.accent, anchor="bottom"))


def render_concept_map(canvas: Canvas, spec: ConceptMapSlide) -> None:
    """The centre as a band at the top, a line down the middle, and a card per branch hanging from it."""
    canvas.background(canvas.colours.background)
    canvas.rect(Box(0, 0, 12, 540), canvas.colours.primary, name="Brand edge")
    centre = Box(MARGIN + 80, 24, SLIDE_WIDTH - 2 * MARGIN - 160, 84)
    canvas.rect(centre, canvas.colours.primary, rounded=14, name="Centre")
    canvas.title(
        centre.inset(18, 6),
        spec.title,
        Style(role="title", largest=30, colour=canvas.colours.on_primary, heading=True, bold=True, align="center", anchor="middle"),
        field=("centre",),
    )
    grid = Box(MARGIN, 132, SLIDE_WIDTH - 2 * MARGIN, 366)
    rows = 1 if len(spec.branches) <= 2 else 2
    cells = [cell for row in grid.rows(rows, 18) for cell in row.columns(2, 40)]
    middle = SLIDE_WIDTH / 2
    canvas.line(middle, centre.bottom, middle, cells[-1].y + 24, canvas.colours.primary, 3)
    texts = []
    for cell, branch in zip(cells, spec.branches):
        paras = [P(f"**{branch.text}**", colour=canvas.colours.primary, scale=1.08)]
        paras += [P(item, level=0, space_before=0.25) for item in branch.items]
        texts.append((cell.inset(14, 10), paras))
    style = canvas.common_size(texts, Style(role="detail", largest=20))
    for cell, (box, paras) in zip(cells, texts):
        edge = cell.right if cell.x < middle else cell.x
        canvas.line(middle, cell.y + 24, edge, cell.y + 24, canvas.colours.primary, 3)
        canvas.rect(cell, canvas.colours.surface, rounded=12, line=canvas.colours.secondary)
        canvas.text(box, paras, style)
