"""The training's slides: labelled blocks, the programme as a table, territories by département, participants."""

from __future__ import annotations

from ..plan.specs import Block, BlocksSlide, ListSlide, TableSlide, TerritoriesSlide
from ..text.fit import LINE_PITCH, count_lines
from .canvas import MARGIN, SLIDE_WIDTH, Box, Canvas, P, Style
from .chrome import light
from .drawing import Cell


def _subtitle(canvas: Canvas, body: Box, text: str) -> Box:
    canvas.text(body.top(30), [P(f"**{text}**")], Style(role="heading", largest=24, colour=canvas.colours.accent))
    return body.below(30, 12)


def render_blocks(canvas: Canvas, spec: BlocksSlide) -> None:
    body = light(canvas, spec.title, title_size=30)
    columns = body.columns(2, 36)
    texts = []
    for column, blocks in zip(columns, _balanced(spec.blocks)):
        paras: list[P] = []
        for block in blocks:
            paras.append(P(f"**{block.label}**", colour=canvas.colours.accent, space_before=0.7))
            if block.text:
                paras.append(P(block.text, space_before=0.15))
            paras += [P(item, level=0, space_before=0.15) for item in block.items]
        texts.append((column, paras))
    style = canvas.common_size(texts, Style(role="body", largest=24))
    for column, paras in texts:
        canvas.text(column, paras, style)


def _balanced(blocks: tuple[Block, ...]) -> tuple[tuple[Block, ...], tuple[Block, ...]]:
    """Split blocks, in order, into two columns holding about as much text each."""
    weights = [len(b.label) + len(b.text or "") + sum(len(i) + 20 for i in b.items) + 30 for b in blocks]
    total, running, cut = sum(weights), 0, len(blocks)
    for index, weight in enumerate(weights):
        if running + weight / 2 > total / 2:
            cut = max(index, 1)
            break
        running += weight
    return blocks[:cut], blocks[cut:]


def render_table(canvas: Canvas, spec: TableSlide) -> None:
    """A native table, its row heights measured so the table never grows past the slide."""
    body = _subtitle(canvas, light(canvas, spec.title, title_size=30), spec.heading)
    label_width, pad = 150.0, 8.0
    text_box = Box(0, 0, body.w - label_width - 2 * pad, body.h - 2 * pad * len(spec.rows))
    size = canvas.fit(text_box, [P(r.text, space_before=0) for r in spec.rows], Style(role="body", largest=24))
    heights = []
    for row in spec.rows:
        lines = _lines(canvas, row.text, body.w - label_width - 2 * pad, size)
        heights.append(lines * size * LINE_PITCH + 2 * pad)
    if canvas.slide is None:
        return  # a dry run: the rows were measured above
    rows = []
    for index, (row, height) in enumerate(zip(spec.rows, heights)):
        fill = canvas.colours.surface if index % 2 == 0 else canvas.colours.background
        rows.append(
            (
                height,
                [
                    _cell(canvas, f"**{row.label}**", size, canvas.colours.on_primary, canvas.colours.primary, pad),
                    _cell(canvas, row.text, size, canvas.colours.text, fill, pad),
                ],
            )
        )
    canvas.table(Box(body.x, body.y, body.w, sum(heights)), [label_width, body.w - label_width], rows)


def _lines(canvas: Canvas, text: str, width: float, size: float) -> int:
    style = Style(role="body")
    runs = canvas.runs(text, P(text), style)
    return count_lines(runs, width, size, canvas.font_files(style))


def _cell(canvas: Canvas, text: str, size: float, colour: str, fill: str, pad: float) -> Cell:
    """A cell of the table: its text measured at `size`, its fill, its padding, centred vertically."""
    return Cell(canvas.write_paragraphs([P(text)], Style(role="body", colour=colour), size), fill, pad, "middle")


def render_territories(canvas: Canvas, spec: TerritoriesSlide) -> None:
    body = _subtitle(canvas, light(canvas, spec.title, title_size=30), spec.heading)
    legend_height = 30.0 * len(spec.legend)
    swatches = (canvas.colours.accent, canvas.colours.muted)
    for index, line in enumerate(spec.legend):
        row = Box(body.x, body.y + index * 30, body.w - 240, 26)
        canvas.rect(Box(row.x, row.y + 6, 14, 14), swatches[min(index, 1)], rounded=3)
        canvas.text(Box(row.x + 24, row.y, row.w - 24, row.h), [P(line)], Style(role="detail", largest=18, bold=index == 0, anchor="middle"))
    if spec.host is not None:
        canvas.logo(spec.host, Box(SLIDE_WIDTH - MARGIN - 200, body.y - 4, 200, 56), align="right")
    area = body.below(legend_height, 16)
    count = len(spec.groups)
    per_row = min(count, 4)
    rows = -(-count // per_row)
    cells = [c for row in area.rows(rows, 16) for c in row.columns(per_row, 16)]
    texts = []
    for cell, group in zip(cells, spec.groups):
        paras = [P(f"**{group.heading}**", colour=canvas.colours.on_primary)]
        paras += [P(item, level=0, space_before=0.35, colour=canvas.colours.on_primary) for item in group.items]
        texts.append((cell.inset(14, 12), paras))
    style = canvas.common_size(texts, Style(role="detail", largest=20))
    for cell, (box, paras) in zip(cells, texts):
        canvas.rect(cell, canvas.colours.secondary, rounded=12)
        canvas.text(box, paras, style)


def render_list(canvas: Canvas, spec: ListSlide) -> None:
    body = _subtitle(canvas, light(canvas, spec.title, title_size=30), spec.heading)
    half = -(-len(spec.entries) // 2)
    columns = body.columns(2, 32)
    texts = [
        (column, [P(entry, level=0, space_before=0.5 if i else 0.0) for i, entry in enumerate(entries)])
        for column, entries in zip(columns, (spec.entries[:half], spec.entries[half:]))
    ]
    style = canvas.common_size(texts, Style(role="detail", largest=22))
    for column, paras in texts:
        canvas.text(column, paras, style)
