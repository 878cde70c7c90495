"""Quiz slides: the question with large numbered choice cards; the answer with the right card lit.

The question and its answer slide compute the same layout, so only the highlight changes at the reveal; an
odd-one-out's answer puts the choices in a column and reveals the true list beside them.
"""

from __future__ import annotations

from msgspec import Struct

from ..plan.specs import AnswerSlide, QuestionSlide
from .canvas import Canvas, P, Style
from .geometry import Box
from .kinds import renders

PILL = (44.0, 22.0)
"""The title pill's height and the room at each end of its text."""
QUESTION_MOST = 150.0
"""The most a question may take; it takes what it needs and the choices come right under it."""
ROW_GAP, COLUMN_GAP = 14.0, 24.0
TALLEST_ROW = 96.0
SHORTEST_ROW = 44.0
"""A choice's card holds at least a line at the body's floor, and its margins."""
QUESTION_GAP = 22.0
ODD_ONE_OUT_QUESTION = 84.0
"""The most an odd-one-out's question may take on its answer slide, where the true list needs the room."""


def _header(canvas: Canvas, title: str) -> Box:
    """The ground, the edge, and the title (« Quiz · question 3 / 6 ») in a pill; returns the area under it."""
    frame = canvas.frame
    canvas.ground(canvas.colours.background)
    canvas.edge(canvas.colours.accent)
    style = Style(role="title", largest=28, colour=canvas.colours.on_primary, heading=True, bold=True, align="center", anchor="middle")
    width = min(frame.wide, canvas.width(title, style, style.largest) / 0.97 + 2 * PILL[1] + 4)  # bold: the style is
    pill = Box(frame.margin, 28.0, width, PILL[0])
    canvas.rect(pill, canvas.colours.accent, rounded=PILL[0] / 2)
    canvas.title(pill.inset(PILL[1], 2), title, style)
    top = pill.bottom + 22
    return Box(frame.margin, top, frame.wide, frame.body_bottom - top)


def _question_style(canvas: Canvas, choices: int) -> Style:
    return Style(role="heading", largest=32 if choices <= 4 else 28, colour=canvas.colours.primary)


def _question(canvas: Canvas, area: Box, text: str, choices: int, *, most: float = QUESTION_MOST) -> tuple[Box, int]:
    """The question at the top of the area, as tall as it needs, leaving the choices room for a line of
    text each: in full-width rows (up to four), else in two columns, or in two columns as well where the
    slide is too short for four rows under the question. Returns the area left for the choices, and in
    how many columns they go."""
    style = _question_style(canvas, choices)
    for columns in (1, 2) if choices <= 4 else (2,):
        rows = -(-choices // columns)
        room = area.h - QUESTION_GAP - rows * SHORTEST_ROW - (rows - 1) * ROW_GAP
        box = area.top(max(40.0, min(most, room)))
        if canvas.fits(box, [P(text)], style):
            break
    height = max(40.0, canvas.fitted(box, [P(text)], style, field=("question",)).height + 4)
    canvas.text(area.top(height), [P(text)], style, field=("question",))
    return area.below(height, QUESTION_GAP), columns


def _cells(area: Box, count: int, columns: int) -> list[Box]:
    """The choices' cards, row by row in `columns` columns; rows never taller than TALLEST_ROW."""
    rows = -(-count // columns)
    height = min(TALLEST_ROW, (area.h - ROW_GAP * (rows - 1)) / rows)
    used = Box(area.x, area.y, area.w, rows * height + (rows - 1) * ROW_GAP)
    return [cell for row in used.rows(rows, ROW_GAP) for cell in row.columns(columns, COLUMN_GAP)][:count]


DETAIL_LINE = 40.0
"""Room for an answer's precision under the cards, where it does not fit in the correct one."""


class _Cards(Struct, frozen=True):
    """The choices' cards laid out: each card, the box of its text, its badge's size, the text's style."""

    cells: list[Box]
    boxes: list[Box]
    badge: float
    style: Style


def _cards(canvas: Canvas, area: Box, columns: int, choices: tuple[str, ...]) -> _Cards:
    cells = _cells(area, len(choices), columns)
    badge = min(52.0, cells[0].h - 16)
    boxes = [Box(c.x + badge + 32, c.y + 8, c.w - badge - 48, c.h - 16) for c in cells]
    # Five or six long choices are detail-sized text: the room reads them closer to the screen.
    role = "body" if len(choices) <= 4 else "detail"
    # Never larger than the question (32 pt, or 28 over five or six choices): it is read first. The choices
    # keep at the reveal the size they had on the question's slide; the correct one alone, now bold and
    # with its precision, may take a smaller one.
    largest = 30.0 if len(choices) <= 4 else 26.0
    style = canvas.common_size([(box, [P(text)]) for box, text in zip(boxes, choices)], Style(role=role, largest=largest, anchor="middle"))
    return _Cards(cells, boxes, badge, style)


def _choice_cards(
    canvas: Canvas, area: Box, columns: int, choices: tuple[str, ...], correct: int | None, detail: str | None = None
) -> None:
    cards = _cards(canvas, area, columns, choices)
    lit = [_choice_text(text, index == correct, detail) for index, text in enumerate(choices)]
    if correct is not None and detail and not canvas.fits(cards.boxes[correct], [P(lit[correct])], cards.style):
        # The precision does not fit in the correct card beside its text: it goes on a line under the
        # cards, which give it the room (as close as can be to the question's slide).
        lit[correct] = _choice_text(choices[correct], True, None)
        cards = _cards(canvas, Box(area.x, area.y, area.w, area.h - DETAIL_LINE - ROW_GAP), columns, choices)
        under = Box(area.x, cards.cells[-1].bottom + ROW_GAP, area.w, area.bottom - cards.cells[-1].bottom - ROW_GAP)
        canvas.text(under, [P(f"**{detail}**")], Style(role="detail", largest=24, colour=canvas.colours.accent, anchor="top"), field=("detail",))
    badge, style = cards.badge, cards.style
    for index, (cell, box) in enumerate(zip(cards.cells, cards.boxes)):
        is_correct = correct == index
        dimmed = correct is not None and not is_correct
        fill = canvas.colours.accent if is_correct else canvas.colours.surface
        canvas.rect(cell, fill, rounded=14, line=None if not dimmed else "D5DCE2")  # a hairline, not text: no contrast rule
        number = Box(cell.x + 16, cell.y + (cell.h - badge) / 2, badge, badge)
        canvas.ellipse(number, canvas.colours.on_primary if is_correct else (canvas.colours.dimmed if dimmed else canvas.colours.primary))
        mark = "✓" if is_correct else str(index + 1)
        canvas.text(number, [P(f"**{mark}**", align="center")], Style(role="label", largest=badge * 0.48, colour=canvas.colours.accent if is_correct else canvas.colours.on_primary, anchor="middle"))
        colour = canvas.colours.on_primary if is_correct else (canvas.colours.dimmed if dimmed else canvas.colours.text)
        canvas.text(box, [P(lit[index], colour=colour)], style, field=("choices", index))


def _choice_text(text: str, correct: bool, detail: str | None) -> str:
    """A choice as its card prints it: the correct one in bold at the reveal, with its precision."""
    if not correct:
        return text
    return f"**{text}**" + (f" — {detail}" if detail else "")


@renders(QuestionSlide, family="quiz")
def render_question(canvas: Canvas, spec: QuestionSlide) -> None:
    area = _header(canvas, spec.title)
    _choice_cards(canvas, *_question(canvas, area, spec.question, len(spec.choices)), spec.choices, None)


@renders(AnswerSlide, family="quiz")
def render_answer(canvas: Canvas, spec: AnswerSlide) -> None:
    area = _header(canvas, spec.title)
    # An odd-one-out's answer sets the choices out anew beside the true list: its question gives them room.
    compact = spec.true_list and canvas.fits(area.top(ODD_ONE_OUT_QUESTION), [P(spec.question)], _question_style(canvas, len(spec.choices)))
    most = ODD_ONE_OUT_QUESTION if compact else QUESTION_MOST
    choices, columns = _question(canvas, area, spec.question, len(spec.choices), most=most)
    if not spec.true_list:
        _choice_cards(canvas, choices, columns, spec.choices, spec.correct, spec.detail)
        return
    _odd_one_out(canvas, spec, choices)


SPLITS = (0.5, 0.44, 0.38, 0.56)
"""Shares of the width the choices' column may take beside the true list."""
COMPACT_ROW = 40.0
"""A choice's row when the choices stand over the true list, two a row."""


class _Reveal(Struct, frozen=True):
    """One way to set out an odd-one-out's answer: the choices' rows, the true list's panel and its text
    boxes (one column, or two), and the size their text then takes (0: it does not fit)."""

    rows: list[Box]
    panel: Box
    columns: list[tuple[Box, list[P]]]
    size: float


def _odd_one_out(canvas: Canvas, spec: AnswerSlide, area: Box) -> None:
    """The choices (the intruder lit) and the true list revealed: the choices in a column beside the list,
    or two a row over it, the list in one column or two — whichever sets both largest."""
    if spec.detail:
        detail_style = Style(role="detail", largest=18, colour=canvas.colours.muted)
        height = canvas.fitted(area.bottom_part(60), [P(spec.detail)], detail_style).height
        canvas.text(area.bottom_part(height), [P(spec.detail)], detail_style, field=("detail",))
        area = area.above(height, 10)
    list_style = Style(role="detail", largest=22, colour=canvas.colours.on_primary)
    label = P(f"**{spec.true_list_label}**", colour=canvas.colours.on_primary_accent)
    items = [P(f"{n}.\t{item}", margin_em=1.4, prefix_em=1.4, space_before=0.3) for n, item in enumerate(spec.true_list, start=1)]

    def measured(rows: list[Box], panel: Box, parts: list[list[P]]) -> _Reveal:
        inside = panel.inset(18, 14)
        columns = list(zip(inside.columns(len(parts), 24), parts))
        texts = [(_row_text_box(r), [P(_choice_text(t, i == spec.correct, None))]) for i, (r, t) in enumerate(zip(rows, spec.choices))]
        rows_size = canvas.smallest_fit(texts, Style(role="detail", largest=22, anchor="middle"))
        list_size = canvas.smallest_fit(columns, list_style)
        size = 0.0 if rows_size is None or list_size is None else min(rows_size, list_size)
        return _Reveal(rows, panel, columns, size)

    half = -(-len(items) // 2)
    reveals = []
    for share in SPLITS:  # the choices in a column on the left, the list on the right
        left, right = area.split_columns([area.w * share - 12, area.w * (1 - share) - 12], 24)
        reveals.append(measured(left.rows(len(spec.choices), 10), right, [[label, *items]]))
    rows_count = -(-len(spec.choices) // 2)  # the choices two a row on top, the list under them
    top = area.top(rows_count * COMPACT_ROW + (rows_count - 1) * 10)
    rows = [cell for row in top.rows(rows_count, 10) for cell in row.columns(2, 24)][: len(spec.choices)]
    panel = area.below(top.h, 16)
    reveals.append(measured(rows, panel, [[label, *items]]))
    if len(items) > 3:
        reveals.append(measured(rows, panel, [[label, *items[:half]], [P(" ", colour=label.colour), *items[half:]]]))
    best = max(reveals, key=lambda reveal: reveal.size)
    if not best.size:  # nothing fits: the list's own overflow, at its line
        box, paras = reveals[0].columns[0]
        canvas.text(box, paras, list_style, field=("true_list",))
        return
    _choice_rows(canvas, best.rows, spec.choices, spec.correct, Style(role="detail", largest=best.size, anchor="middle"))
    canvas.rect(best.panel, canvas.colours.primary, rounded=14)
    sized = Style(role="detail", largest=best.size, colour=canvas.colours.on_primary)
    for box, paras in best.columns:
        canvas.text(box, paras, sized, field=("true_list",))


def _row_text_box(row: Box) -> Box:
    return Box(row.x + 52, row.y + 4, row.w - 64, row.h - 8)


def _choice_rows(canvas: Canvas, rows: list[Box], choices: tuple[str, ...], correct: int, style: Style) -> None:
    for index, (row, text) in enumerate(zip(rows, choices)):
        is_correct = index == correct
        canvas.rect(row, canvas.colours.accent if is_correct else canvas.colours.surface, rounded=10)
        mark = Style(role="detail", largest=22, colour=canvas.colours.on_primary if is_correct else canvas.colours.dimmed, anchor="middle")
        canvas.text(Box(row.x + 12, row.y, 36, row.h), [P(f"**{'✓' if is_correct else index + 1}**", align="center")], mark)
        colour = canvas.colours.on_primary if is_correct else canvas.colours.dimmed
        canvas.text(_row_text_box(row), [P(_choice_text(text, is_correct, None), colour=colour)], style)

