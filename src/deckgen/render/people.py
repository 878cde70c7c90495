"""People: speaker cards (portrait or initials, name, role, organisation) and section dividers."""

from __future__ import annotations

from msgspec import Struct

from ..plan.specs import Card, SectionSlide, SpeakersSlide
from ..text.fit import WIDTH_SAFETY
from .canvas import Canvas, P, Style
from .chrome import dark, light
from .geometry import Box, stack
from .grid import Choice, Grid, choose, layouts, raise_overflow
from .kinds import renders

PAD = 18.0
"""Inside a card, around its portrait and its text."""
GAP = (24.0, 20.0)
"""Between cards: across, down."""
NAME_SCALE = 1.15
ORGANISATION_SCALE = 0.9


class _Look(Struct, frozen=True):
    """How large a card's text and portrait may be, by how many cards share a row: one card alone is a
    portrait of the speaker, not a badge floating in an empty slide."""

    text: float
    portrait: float


def _look(columns: int) -> _Look:
    return {1: _Look(30.0, 200.0), 2: _Look(24.0, 132.0)}.get(columns, _Look(21.0, 104.0))


STACKED_BELOW = 340.0
"""A card narrower than this puts its portrait above its text, centred, rather than beside it: three or four
cards a row then keep their text as wide as the card."""
UNDER_PORTRAIT = 12.0


def _stacked(cell: tuple[float, float]) -> bool:
    return cell[0] < STACKED_BELOW


def _portrait(cell: tuple[float, float], look: _Look) -> float:
    width, height = cell
    if _stacked(cell):
        return max(0.0, min(look.portrait, width * 0.5, height * 0.42))
    return max(0.0, min(look.portrait, height - 2 * PAD, width * 0.3))


def _text_box(card: Box, portrait: float, stacked: bool) -> Box:
    if stacked:
        top = PAD + portrait + UNDER_PORTRAIT
        return Box(card.x + PAD, card.y + top, card.w - 2 * PAD, card.h - top - PAD)
    left = PAD + portrait + PAD
    return Box(card.x + left, card.y + PAD, card.w - left - PAD, card.h - 2 * PAD)


def _portrait_box(card: Box, portrait: float, stacked: bool) -> Box:
    if stacked:
        return Box(card.centre_x - portrait / 2, card.y + PAD, portrait, portrait)
    return Box(card.x + PAD, card.y + (card.h - portrait) / 2, portrait, portrait)


def card_text(person: Card) -> list[P]:
    paras = [P(f"**{person.name}**", scale=NAME_SCALE)]
    if person.role:
        paras.append(P(person.role, space_before=0.3))
    if person.organisation:
        paras.append(P(person.organisation, space_before=0.3, bold=True, scale=ORGANISATION_SCALE))
    return paras


def _style(look: _Look, stacked: bool = False, largest: float | None = None) -> Style:
    return Style(role="detail", largest=largest or look.text, anchor="top" if stacked else "middle", align="center" if stacked else "left")


@renders(SpeakersSlide)
def render_speakers(canvas: Canvas, spec: SpeakersSlide) -> None:
    body = light(canvas, spec.title)
    people = spec.people
    texts = [card_text(person) for person in people]

    def measure(grid: Grid) -> Choice | None:
        look = _look(grid.columns)
        box = _text_box(Box(0, 0, *grid.cell), _portrait(grid.cell, look), _stacked(grid.cell))
        style = _style(look)
        size = canvas.smallest_fit(((box, paras) for paras in texts), style) if box.w > 0 and box.h > 0 else None
        if size is None:
            return None
        broken = sum(canvas.lines(paras[0].text, box.w, size * NAME_SCALE, style) > 1 for paras in texts)
        return Choice(grid, size, broken)

    choice = choose(layouts(body, len(people), GAP, most_columns=4), measure)
    if choice is None:  # no layout holds every card: say which text is too long, in the widest cards
        raise_overflow(
            canvas, body, texts, _style(_look(1)), lambda cell: _text_box(cell, _portrait((cell.w, cell.h), _look(1)), _stacked((cell.w, cell.h)))
        )
    grid, look = choice.grid, _look(choice.grid.columns)
    fitted = _fitted_cells(canvas, grid, look, texts, _style(look, largest=choice.size))
    cells = fitted.cells(body, len(people), GAP)
    # As measured: the portrait's size and where it goes are the layout's, though the fitted card is only as
    # large as its text needs (a short name, « Paul », makes a narrow card that keeps its portrait beside it).
    portrait, stacked = _portrait(grid.cell, look), _stacked(grid.cell)
    style = _style(look, stacked, choice.size)
    for cell, person, paras in zip(cells, people, texts):
        canvas.rect(cell, canvas.colours.surface, rounded=14)
        avatar(canvas, person, _portrait_box(cell, portrait, stacked))
        canvas.text(_text_box(cell, portrait, stacked), paras, style)


def _fitted_cells(canvas: Canvas, grid: Grid, look: _Look, texts: list[list[P]], style: Style) -> Grid:
    """The grid's cells as large as their cards need at the chosen size: as tall as the tallest card's text
    (and portrait), as wide as the widest line, when every line stands on one line anyway."""
    width, height = grid.cell
    portrait, stacked = _portrait(grid.cell, look), _stacked(grid.cell)
    box = _text_box(Box(0, 0, width, height), portrait, stacked)
    size = style.largest
    if stacked:  # the portrait over the text: the card keeps its width, takes the height it needs
        text_height = canvas.tallest(box.w, texts, style)
        return Grid(grid.columns, grid.rows, (width, min(height, PAD + portrait + UNDER_PORTRAIT + text_height + PAD)))
    widest = max(_natural_width(canvas, p, style, size) for paras in texts for p in paras)
    text_width = box.w if widest > box.w * WIDTH_SAFETY else widest / WIDTH_SAFETY + 2
    card_width = min(width, PAD + portrait + PAD + text_width + PAD)
    narrow = _text_box(Box(0, 0, card_width, height), portrait, stacked=False)
    text_height = canvas.tallest(narrow.w, texts, style)
    card_height = min(height, max(text_height, portrait) + 2 * PAD)
    return Grid(grid.columns, grid.rows, (card_width, card_height))


def _natural_width(canvas: Canvas, para: P, style: Style, size: float) -> float:
    """The width a paragraph takes set on one line (each of its lines, if it has line breaks)."""
    bold = style if para.bold is None else Style(role=style.role, heading=style.heading, bold=para.bold)
    return max(canvas.width(line, bold, size * para.scale) for line in para.text.split("\n"))


def avatar(canvas: Canvas, person: Card, box: Box) -> None:
    """The portrait if there is one; otherwise the initials on the brand's colour."""
    if person.photo is not None:
        canvas.picture(person.photo, box, person.name, fit="circle")
        return
    canvas.ellipse(box, canvas.colours.primary)
    initials = "".join(word[0] for word in person.name.split()[:2] if word).upper()
    canvas.text(
        box.inset(box.w * 0.12),
        [P(initials, align="center")],
        Style(role="heading", largest=max(20.0, box.w * 0.36), colour=canvas.colours.on_primary, bold=True, anchor="middle"),
    )


RULE = (96.0, 8.0)


@renders(SectionSlide, dark=True, family="section")
def render_section(canvas: Canvas, spec: SectionSlide) -> None:
    """A divider: its title, the accent rule, and who speaks next with their role and organisation."""
    dark(canvas)
    area = canvas.frame.open_area
    title_style = Style(role="title", largest=60, colour=canvas.colours.on_primary, heading=True, bold=True, anchor="bottom")
    people_style = Style(role="body", largest=24, colour=canvas.colours.on_primary)
    lines = [P(_person_line(p), space_before=0.4) for p in spec.people]
    title_height = canvas.fitted(area.top(area.h * (0.45 if lines else 0.6)), [P(spec.title)], title_style).height
    people_height = canvas.fitted(area.below(title_height + 40), lines, people_style).height if lines else 0.0
    heights = [title_height, RULE[1]] + ([people_height] if lines else [])
    boxes = stack(area, heights, gap=22.0)
    canvas.title(boxes[0], spec.title, title_style)
    canvas.rect(Box(area.x, boxes[1].y, *RULE), canvas.colours.accent, name="Title rule")
    if lines:
        canvas.text(boxes[2], lines, people_style)


def _person_line(person: Card) -> str:
    """« **Name** — role, organisation »: whoever speaks is named with where they come from."""
    about = ", ".join(", ".join(part.split("\n")) for part in (person.role, person.organisation) if part)
    return f"**{person.name}**" + (f" — {about}" if about else "")
