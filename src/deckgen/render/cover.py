"""Title and closing slides: the event on the brand's colour, the sponsors on a white band at the bottom."""

from __future__ import annotations

from ..plan.specs import ClosingSlide, Logo, TitleSlide
from .canvas import WORDMARK, Canvas, P, Style
from .chrome import dark
from .geometry import Box, stack
from .kinds import renders

LOGO = (190.0, 64.0)
"""The organiser's logo at the top left of the title slide."""
CLOSING_LOGO = (220.0, 70.0)
BAND_HEIGHT = 148.0
"""The sponsors' band: their label and a row of logos."""
RULE = (80.0, 6.0)


def _above_band(canvas: Canvas, sponsors: tuple[Logo, ...]) -> Box:
    """The page above the sponsors' band (all of it without sponsors), inside the margins."""
    frame = canvas.frame
    bottom = frame.height - (BAND_HEIGHT if sponsors else 0.0)
    return Box(frame.margin, 0.0, frame.wide, bottom)


@renders(TitleSlide, dark=True, family="title")
def render_title(canvas: Canvas, spec: TitleSlide) -> None:
    dark(canvas)
    page = _above_band(canvas, spec.sponsors)
    canvas.logo(spec.organiser, Box(page.x, 36.0, *LOGO), on_dark=True, align="left")
    area = Box(page.x, 36.0 + LOGO[1] + 16, min(page.w, 760.0), page.h - 36.0 - LOGO[1] - 16 - 20)
    title_style = Style(role="title", largest=44, colour=canvas.colours.on_primary, heading=True, bold=True, anchor="bottom")
    lines_style = Style(role="heading", largest=24, colour=canvas.colours.on_primary)
    lines = [P(f"**{spec.date_line}**"), P(spec.place_line)]
    lines_height = canvas.fitted(area.bottom_part(min(area.h / 2, 90.0)), lines, lines_style, field=("venue",)).height
    title_height = canvas.fitted(area.above(lines_height + RULE[1] + 36), [P(spec.title)], title_style, field=("title",)).height
    boxes = stack(area, [title_height, RULE[1], lines_height], gap=18.0)
    canvas.title(boxes[0], spec.title, title_style)
    canvas.rect(Box(area.x, boxes[1].y, *RULE), canvas.colours.accent, name="Title rule")
    # The date is derived: what overflows is the place line, `venue` - `city`.
    canvas.text(boxes[2], lines, lines_style, field=("venue",))
    _sponsors(canvas, spec.sponsors_label, spec.sponsors)


@renders(ClosingSlide, dark=True, family="closing")
def render_closing(canvas: Canvas, spec: ClosingSlide) -> None:
    dark(canvas)
    page = _above_band(canvas, spec.sponsors).inset(0, 30)
    title_style = Style(role="title", largest=72, colour=canvas.colours.on_primary, heading=True, bold=True, align="center", anchor="middle")
    title_height = canvas.fitted(page.above(CLOSING_LOGO[1] + 24), [P(spec.title)], title_style, field=("title",)).height
    title, logo = stack(page, [title_height, CLOSING_LOGO[1]], gap=24.0)
    canvas.title(title, spec.title, title_style)
    canvas.logo(spec.organiser, logo.centred(*CLOSING_LOGO), on_dark=True)
    _sponsors(canvas, spec.sponsors_label, spec.sponsors)


def _sponsors(canvas: Canvas, label: str, sponsors: tuple[Logo, ...]) -> None:
    """A white band across the bottom: « Avec le soutien de », then the sponsors' logos in a row, or in two
    rows where the names written out (a sponsor without a logo file) would not hold in one, all at one size."""
    if not sponsors:
        return
    frame = canvas.frame
    band = Box(0.0, frame.height - BAND_HEIGHT, frame.width, BAND_HEIGHT)
    canvas.rect(band, canvas.colours.background, name="Sponsors band")
    canvas.text(
        Box(frame.margin, band.y + 22, frame.wide, 24),
        label,
        Style(role="label", largest=16, colour=canvas.colours.muted, bold=True),
    )
    row = Box(frame.margin, band.y + 58, frame.wide, 74)
    slots = _slots(row, len(sponsors), rows=1)
    size = _wordmark_size(canvas, sponsors, slots)
    if size is None:
        slots = _slots(row, len(sponsors), rows=2)
        size = _wordmark_size(canvas, sponsors, slots)
    for logo, slot in zip(sponsors, slots):
        canvas.logo(logo, slot, align="left", wordmark_size=size, field=("sponsors",))


def _slots(row: Box, count: int, *, rows: int) -> list[Box]:
    """`count` slots in `rows` rows of the band's row, at least three a row (a lone logo is not stretched)."""
    per_row = -(-count // rows)
    return [slot for line in row.rows(rows, 8.0) for slot in line.columns(max(per_row, 3), 32)][:count]


def _wordmark_size(canvas: Canvas, sponsors: tuple[Logo, ...], slots: list[Box]) -> float | None:
    """The size every name written out holds at in its slot (the largest when there is none); None if one
    does not fit at the floor."""
    names = [(slot, [P(f"**{logo.name}**")]) for logo, slot in zip(sponsors, slots) if logo.path is None and not logo.organiser]
    return canvas.smallest_fit(names, WORDMARK) if names else WORDMARK.largest
