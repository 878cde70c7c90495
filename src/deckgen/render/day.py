"""The day's moments on the brand's colour: round tables, the break, lunch; and the workshops' rooms."""

from __future__ import annotations

from msgspec.structs import replace

from ..plan.specs import BreakSlide, LunchSlide, RoundTableSlide, WorkshopCard, WorkshopsSlide
from ..text.fit import LINE_PITCH
from .canvas import Canvas, P, Style
from .chrome import dark, light
from .geometry import Box, stack
from .grid import Choice, Grid, choose, layouts, raise_overflow
from .kinds import renders

PILL_HEIGHT = 64.0
RULE = (80.0, 6.0)


def _height(canvas: Canvas, box: Box, paras: list[P], style: Style) -> float:
    """What the paragraphs take set in a box as wide as `box` and at most as tall."""
    return canvas.fitted(box, paras, style).height


PILL_END = 0.42 * PILL_HEIGHT
"""The room at each end of a pill's text, for its rounded ends."""


def _pill(canvas: Canvas, box: Box, text: str, style: Style, field: tuple[str | int, ...] = ()) -> None:
    canvas.rect(box, canvas.colours.accent, rounded=min(box.h, PILL_HEIGHT) / 2)
    canvas.text(box.inset(PILL_END, 8), [P(f"**{text}**", align=style.align)], style, field=field)


def _pill_box(canvas: Canvas, text: str, style: Style, most: float, field: tuple[str | int, ...] = ()) -> tuple[float, float]:
    """A pill as wide as its text at its largest size (and its rounded ends), at most `most`, and as tall
    as its text then needs (one line, or more for a long one)."""
    width = min(most, canvas.width(f"**{text}**", style, style.largest) / 0.97 + 2 * PILL_END + 4)
    inside = Box(0, 0, width - 2 * PILL_END, 200.0)
    height = canvas.fitted(inside, [P(f"**{text}**")], style, field=field).height
    return width, max(PILL_HEIGHT, height + 16)


@renders(RoundTableSlide, dark=True, family="section")
def render_round_table(canvas: Canvas, spec: RoundTableSlide) -> None:
    dark(canvas)
    area = canvas.frame.open_area
    label_style = Style(role="heading", largest=24, colour=canvas.colours.on_primary_accent)
    title_style = Style(role="title", largest=44, colour=canvas.colours.on_primary, heading=True, bold=True)
    pill_style = Style(role="heading", largest=26, colour=canvas.colours.on_primary, anchor="middle")
    logo = (220.0, 70.0) if spec.host is not None else (0.0, 0.0)
    text_area = Box(area.x, area.y, area.w - 40, area.h - logo[1] - 16)
    label_height = _height(canvas, text_area.top(40), [P(f"**{spec.label}**")], label_style)
    pill = _pill_box(canvas, spec.sms_line, pill_style, area.w - logo[0] - 24, ("sms",)) if spec.sms_line else (0.0, 0.0)
    title_room = text_area.h - label_height - RULE[1] - (pill[1] + 20 if spec.sms_line else 0) - 40
    title_height = canvas.fitted(text_area.top(title_room), [P(spec.title)], title_style, field=("title",)).height
    heights = [label_height, RULE[1], title_height] + ([pill[1]] if spec.sms_line else [])
    boxes = stack(text_area, heights, gap=20.0, align="middle")
    canvas.text(boxes[0], [P(f"**{spec.label}**")], label_style)
    canvas.rect(Box(area.x, boxes[1].y, *RULE), canvas.colours.accent, name="Title rule")
    canvas.title(boxes[2], spec.title, title_style)
    if spec.sms_line:
        _pill(canvas, Box(area.x, boxes[3].y, *pill), spec.sms_line, pill_style, ("sms",))
    if spec.host is not None:
        canvas.logo(spec.host, Box(area.right - logo[0], area.bottom - logo[1], *logo), on_dark=True, align="right")


@renders(BreakSlide, dark=True, family="break")
def render_break(canvas: Canvas, spec: BreakSlide) -> None:
    """A break, or the arrival coffee: its name, and when the room is back (or the day starts)."""
    dark(canvas)
    area = canvas.frame.open_area
    title_style = Style(role="title", largest=96, colour=canvas.colours.on_primary, heading=True, bold=True, align="center")
    line_style = Style(role="heading", largest=40, colour=canvas.colours.on_primary_accent)
    title_height = canvas.fitted(area.top(area.h * 0.45), [P(spec.title)], title_style, field=("label",)).height
    line = [P(spec.back_line, align="center")]
    line_height = _height(canvas, area.below(title_height + 40), line, line_style)
    boxes = stack(area, [title_height, 8.0, line_height], gap=24.0)
    canvas.title(boxes[0], spec.title, title_style)
    canvas.rect(boxes[1].centred(96, 8), canvas.colours.accent, name="Title rule")
    canvas.text(boxes[2], line, line_style)


@renders(LunchSlide, dark=True, family="break")
def render_lunch(canvas: Canvas, spec: LunchSlide) -> None:
    dark(canvas)
    area = canvas.frame.open_area
    title_style = Style(role="title", largest=88, colour=canvas.colours.on_primary, heading=True, bold=True, align="center")
    wish_style = Style(role="heading", largest=40, colour=canvas.colours.on_primary_accent)
    detail_style = Style(role="body", largest=26, colour=canvas.colours.on_primary)
    pill_style = Style(role="heading", largest=28, colour=canvas.colours.on_primary, anchor="middle", align="center")
    detail = spec.detail
    title_height = canvas.fitted(area.top(area.h * 0.4), [P(spec.title)], title_style, field=("label",)).height
    wish = [P(spec.wish, align="center")]
    wish_height = _height(canvas, area.top(area.h * 0.2), wish, wish_style)
    heights = [title_height, wish_height]
    if detail:
        detail_height = canvas.fitted(area.top(area.h * 0.25), [P(detail, align="center")], detail_style, field=("detail",)).height
        heights.append(detail_height)
    pill = _pill_box(canvas, spec.next_line, pill_style, area.w) if spec.next_line else (0.0, 0.0)
    if spec.next_line:
        heights.append(pill[1])
    boxes = stack(area, heights, gap=22.0)
    canvas.title(boxes[0], spec.title, title_style)
    canvas.text(boxes[1], wish, wish_style)
    if detail:
        canvas.text(boxes[2], [P(detail, align="center")], detail_style, field=("detail",))
    if spec.next_line:
        _pill(canvas, boxes[-1].centred(*pill), spec.next_line, pill_style)


# -- workshops ----------------------------------------------------------------------------------------

CARD_PAD = (20.0, 14.0)
CARD_GAP = (24.0, 18.0)
HEADER = 30.0
"""A card's first row: the workshop's number on the left, its room in a pill on the right."""
HEADER_GAP = 10.0
LEAD_SCALE = 0.8
LABEL_STYLE = Style(role="label", largest=18)
ROOM_STYLE = Style(role="label", largest=16, anchor="middle")


def _workshop_text(canvas: Canvas, workshop: WorkshopCard) -> list[P]:
    """The question, and under it who leads the workshop (if anyone does), in detail text."""
    paras = [P(workshop.question)]
    if workshop.facilitators:
        paras.append(P(workshop.facilitators, scale=LEAD_SCALE, role="detail", space_before=0.4, colour=canvas.colours.muted))
    return paras


def _room_width(canvas: Canvas, room: str) -> float:
    return canvas.width(f"**{room.upper()}**", ROOM_STYLE, ROOM_STYLE.largest) / 0.97 + 2 * 14 + 4


def _header_fits(canvas: Canvas, card_width: float, workshops: tuple[WorkshopCard, ...]) -> bool:
    """Whether every card's number and room pill share its first row."""
    inner = card_width - 2 * CARD_PAD[0]
    return all(
        canvas.width(f"**{w.label}**", LABEL_STYLE, LABEL_STYLE.largest) / 0.97 + 16 + _room_width(canvas, w.room) <= inner
        for w in workshops
    )


@renders(WorkshopsSlide)
def render_workshops(canvas: Canvas, spec: WorkshopsSlide) -> None:
    """A card a workshop: its number and its room on the first row, then its question and who leads it;
    as many cards a row as reads best (a narrow card puts its room on a row of its own, at the bottom)."""
    body = light(canvas, spec.title)
    texts = [_workshop_text(canvas, w) for w in spec.workshops]
    style = Style(role="body", largest=24)
    shares: dict[float, bool] = {}  # card width → whether its number and room share the first row

    def shared(width: float) -> bool:
        if width not in shares:
            shares[width] = _header_fits(canvas, width, spec.workshops)
        return shares[width]

    def fixed(width: float) -> float:
        """The card's own parts: padding, the header row, the room's row if it has one of its own."""
        own_row = 0.0 if shared(width) else HEADER + HEADER_GAP
        return 2 * CARD_PAD[1] + HEADER + HEADER_GAP + own_row

    def text_box(cell: Box) -> Box:
        return Box(cell.x + CARD_PAD[0], cell.y + CARD_PAD[1] + HEADER + HEADER_GAP, cell.w - 2 * CARD_PAD[0], cell.h - fixed(cell.w))

    def measure(grid: Grid) -> Choice | None:
        box = text_box(Box(0, 0, *grid.cell))
        size = canvas.smallest_fit(((box, paras) for paras in texts), style) if box.h > 0 else None
        return None if size is None else Choice(grid, size)

    choice = choose(layouts(body, len(texts), CARD_GAP, most_columns=3), measure)
    if choice is None:
        raise_overflow(canvas, body, texts, style, text_box)
    sized = Style(role="body", largest=choice.size)
    width, height = choice.grid.cell
    tallest = canvas.tallest(text_box(Box(0, 0, width, height)).w, texts, sized)
    grid = Grid(choice.grid.columns, choice.grid.rows, (width, min(height, fixed(width) + tallest)))
    for cell, workshop, paras in zip(grid.cells(body, len(texts), CARD_GAP), spec.workshops, texts):
        canvas.rect(cell, canvas.colours.surface, rounded=12)
        inside = cell.inset(*CARD_PAD)
        header = inside.top(HEADER)
        room_width = min(inside.w, _room_width(canvas, workshop.room))
        beside = shared(width)
        room = Box(header.right - room_width, header.y, room_width, HEADER) if beside else Box(inside.x, inside.bottom - HEADER, inside.w, HEADER)
        label = Box(header.x, header.y, header.w - (room_width + 16 if beside else 0), HEADER)
        canvas.text(label, [P(f"**{workshop.label}**")], Style(role="label", largest=18, colour=canvas.colours.accent, anchor="middle"))
        if beside:  # read in the order it is seen: the number, the room beside it, the question under them
            _room(canvas, room, workshop.room)
        _question_and_lead(canvas, text_box(cell), paras, sized)
        if not beside:
            _room(canvas, room, workshop.room)


def _question_and_lead(canvas: Canvas, box: Box, paras: list[P], style: Style) -> None:
    """The question in body text, who leads it under it in detail text: a box each, so that each box's
    role is its text's (measured together, they share the card's size)."""
    question, lead = paras[0], paras[1:]
    height = canvas.fitted(box, [question], style).height
    canvas.text(box.top(height), [question], style)
    if lead:
        lead_style = Style(role="detail", largest=style.largest * LEAD_SCALE, colour=canvas.colours.muted)
        gap = lead[0].space_before * LINE_PITCH * lead_style.largest
        canvas.text(box.below(height, gap), [replace(lead[0], scale=1.0, role=None, colour=None, space_before=0.0)], lead_style)


def _room(canvas: Canvas, box: Box, room: str) -> None:
    canvas.rect(box, canvas.colours.primary, rounded=HEADER / 2)
    canvas.text(box.inset(14, 3), [P(f"**{room.upper()}**", align="center")], Style(role="label", largest=16, colour=canvas.colours.on_primary, anchor="middle"))
