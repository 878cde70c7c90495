"""Quiz slides: the question with large numbered choice cards; the answer with the right card lit."""

from __future__ import annotations

from ..plan.specs import AnswerSlide, QuestionSlide
from .canvas import MARGIN, SLIDE_WIDTH, Box, Canvas, P, Style

WIDE = SLIDE_WIDTH - 2 * MARGIN
QUESTION = Box(MARGIN, 96, WIDE, 150)
"""The most a question may take; it takes what it needs and the choices come right under it."""
BOTTOM = 496.0


def _header(canvas: Canvas, title: str) -> None:
    canvas.background(canvas.colours.background)
    canvas.rect(Box(0, 0, 12, 540), canvas.colours.accent, name="Brand edge")
    pill = Box(MARGIN, 30, 120, 40)
    canvas.rect(pill, canvas.colours.accent, rounded=20)
    canvas.title(pill.inset(12, 4), title, Style(role="caption", largest=22, colour=canvas.colours.on_primary, heading=True, bold=True, align="center", anchor="middle"))


def _cells(area: Box, count: int) -> list[Box]:
    """Choices as full-width rows (up to four), else in two columns; rows never taller than 76 pt."""
    columns = 1 if count <= 4 else 2
    rows = -(-count // columns)
    height = min(96.0, (area.h - 14 * (rows - 1)) / rows)
    used = Box(area.x, area.y, area.w, rows * height + (rows - 1) * 14)
    return [cell for row in used.rows(rows, 14) for cell in row.columns(columns, 24)][:count]


def _choice_cards(canvas: Canvas, area: Box, choices: tuple[str, ...], correct: int | None, detail: str | None = None) -> None:
    cells = _cells(area, len(choices))
    badge = min(52.0, cells[0].h - 16)
    texts = [(Box(c.x + badge + 32, c.y + 10, c.w - badge - 48, c.h - 20), [P(text)]) for c, text in zip(cells, choices)]
    # Five or six long choices are detail-sized text: the room reads them closer to the screen.
    role = "body" if len(choices) <= 4 else "detail"
    style = canvas.common_size(texts, Style(role=role, largest=30, anchor="middle"))
    for index, (cell, (box, paras)) in enumerate(zip(cells, texts)):
        is_correct = correct == index
        dimmed = correct is not None and not is_correct
        fill = canvas.colours.accent if is_correct else canvas.colours.surface
        canvas.rect(cell, fill, rounded=14, line=None if not dimmed else "D5DCE2")  # a hairline, not text: no contrast rule
        number = Box(cell.x + 16, cell.y + (cell.h - badge) / 2, badge, badge)
        canvas.ellipse(number, canvas.colours.on_primary if is_correct else (canvas.colours.dimmed if dimmed else canvas.colours.primary))
        mark = "✓" if is_correct else str(index + 1)
        canvas.text(number, [P(f"**{mark}**", align="center")], Style(role="caption", largest=badge * 0.48, colour=canvas.colours.accent if is_correct else canvas.colours.on_primary, anchor="middle"))
        colour = canvas.colours.on_primary if is_correct else (canvas.colours.dimmed if dimmed else canvas.colours.text)
        text = f"**{paras[0].text}**" if is_correct else paras[0].text
        if is_correct and detail:
            text += f" — {detail}"  # the precision is revealed with the answer, on its line
        canvas.text(box, [P(text, colour=colour)], style)


def _question(canvas: Canvas, text: str, choices: int) -> Box:
    """The question at the top, as tall as it needs; returns the area left for the choices.

    Question and answer slides compute the same layout, so only the highlight changes at the reveal.
    """
    style = Style(role="heading", largest=32 if choices <= 4 else 26, colour=canvas.colours.primary, bold=False)
    height = max(64.0, canvas.fitted(QUESTION, [P(text)], style).height + 6)
    box = Box(QUESTION.x, QUESTION.y, QUESTION.w, height)
    canvas.text(box, [P(text)], style)
    top = box.bottom + 22
    return Box(MARGIN, top, WIDE, BOTTOM - top)


def render_question(canvas: Canvas, spec: QuestionSlide) -> None:
    _header(canvas, spec.title)
    _choice_cards(canvas, _question(canvas, spec.question, len(spec.choices)), spec.choices, None)


def render_answer(canvas: Canvas, spec: AnswerSlide) -> None:
    _header(canvas, spec.title)
    choices = _question(canvas, spec.question, len(spec.choices))
    if not spec.true_list:
        _choice_cards(canvas, choices, spec.choices, spec.correct, spec.detail)
        return
    # Odd one out: the choices on the left (the intruder lit), the true list revealed on the right.
    if spec.detail:
        canvas.text(Box(MARGIN, choices.bottom - 24, WIDE, 24), spec.detail, Style(role="caption", largest=16, colour=canvas.colours.muted))
        choices = Box(choices.x, choices.y, choices.w, choices.h - 32)
    left, right = Box(choices.x, choices.y, 500, choices.h), Box(choices.x + 524, choices.y, WIDE - 524, choices.h)
    rows = left.rows(len(spec.choices), 10)
    _choice_rows(canvas, rows, spec.choices, spec.correct)
    canvas.rect(right, canvas.colours.primary, rounded=14)
    paras = [P(f"**{spec.true_list_label}**", colour=canvas.colours.on_primary_accent)]
    paras += [P(f"{n}.\t{item}", margin=26, prefix_width=26, space_before=0.3) for n, item in enumerate(spec.true_list, start=1)]
    canvas.text(right.inset(18, 14), paras, Style(role="detail", largest=20, colour=canvas.colours.on_primary))


def _choice_rows(canvas: Canvas, rows: list[Box], choices: tuple[str, ...], correct: int) -> None:
    texts = [(Box(r.x + 52, r.y + 4, r.w - 64, r.h - 8), [P(text)]) for r, text in zip(rows, choices)]
    style = canvas.common_size(texts, Style(role="detail", largest=22, anchor="middle"))
    for index, (row, (box, paras)) in enumerate(zip(rows, texts)):
        is_correct = index == correct
        canvas.rect(row, canvas.colours.accent if is_correct else canvas.colours.surface, rounded=10)
        canvas.text(Box(row.x + 12, row.y, 36, row.h), [P(f"**{'✓' if is_correct else index + 1}**", align="center")], Style(role="detail", largest=22, colour=canvas.colours.on_primary if is_correct else canvas.colours.dimmed, anchor="middle"))
        colour = canvas.colours.on_primary if is_correct else canvas.colours.dimmed
        canvas.text(box, [P(f"**{paras[0].text}**" if is_correct else paras[0].text, colour=colour)], style)
