"""Where things go: boxes in points, and the frame every slide is laid out in.

A renderer never names a coordinate of a 960 × 540 pt slide: it asks the frame for the slide's bands (the
title band at the top, the footer band at the bottom, the body between them, the margins at the sides) and
shares out what is left by measuring what it holds. Text sizes are absolute (a 28 pt title is 28 pt on any
slide), so the bands are measured in points from the top and the bottom edges; widths follow the slide's.
"""

from __future__ import annotations

from collections.abc import Sequence

from msgspec import Struct


class Box(Struct, frozen=True):
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre_x(self) -> float:
        return self.x + self.w / 2

    def scaled(self, k: float) -> Box:
        """This box `k` times as far from the slide's corner and as large."""
        return Box(round(self.x * k, 4), round(self.y * k, 4), round(self.w * k, 4), round(self.h * k, 4))

    def inset(self, dx: float, dy: float | None = None) -> Box:
        dy = dx if dy is None else dy
        return Box(self.x + dx, self.y + dy, self.w - 2 * dx, self.h - 2 * dy)

    def columns(self, count: int, gap: float) -> list[Box]:
        width = (self.w - gap * (count - 1)) / count
        return [Box(self.x + i * (width + gap), self.y, width, self.h) for i in range(count)]

    def rows(self, count: int, gap: float) -> list[Box]:
        height = (self.h - gap * (count - 1)) / count
        return [Box(self.x, self.y + i * (height + gap), self.w, height) for i in range(count)]

    def split_columns(self, widths: Sequence[float], gap: float) -> list[Box]:
        """Columns of the given widths, left to right, `gap` apart."""
        boxes, x = [], self.x
        for width in widths:
            boxes.append(Box(x, self.y, width, self.h))
            x += width + gap
        return boxes

    def top(self, height: float) -> Box:
        return Box(self.x, self.y, self.w, height)

    def bottom_part(self, height: float) -> Box:
        """The last `height` points of this box."""
        return Box(self.x, self.bottom - height, self.w, height)

    def below(self, height: float, gap: float = 0.0) -> Box:
        """The part of this box under its first `height` points (and a gap)."""
        return Box(self.x, self.y + height + gap, self.w, self.h - height - gap)

    def above(self, height: float, gap: float = 0.0) -> Box:
        """The part of this box over its last `height` points (and a gap)."""
        return Box(self.x, self.y, self.w, self.h - height - gap)

    def centred(self, w: float, h: float) -> Box:
        """A box of that size in the middle of this one."""
        return Box(self.x + (self.w - w) / 2, self.y + (self.h - h) / 2, w, h)

    def at_y(self, y: float, h: float) -> Box:
        return Box(self.x, y, self.w, h)


def stack(area: Box, heights: Sequence[float], *, gap: float, align: str = "middle") -> list[Box]:
    """Boxes of the given heights one under the other, `gap` apart, the whole placed in `area` (top, middle
    or bottom): the free space goes around the group, never into one corner."""
    used = sum(heights) + gap * (len(heights) - 1)
    y = area.y + {"top": 0.0, "middle": max(0.0, (area.h - used) / 2), "bottom": max(0.0, area.h - used)}[align]
    boxes = []
    for height in heights:
        boxes.append(Box(area.x, y, area.w, height))
        y += height + gap
    return boxes


class Bands(Struct, frozen=True):
    """Where an organisation's template puts a content slide's title, body, footer and number: its layout's
    placeholders, in points of the slide. A frame with bands lays its slides out in them instead of in
    deckgen's own bands."""

    title: Box
    body: Box
    footer: Box | None = None
    number: Box | None = None

    def scaled(self, k: float) -> Bands:
        return Bands(
            self.title.scaled(k), self.body.scaled(k),
            None if self.footer is None else self.footer.scaled(k), None if self.number is None else self.number.scaled(k),
        )


class Frame(Struct, frozen=True):
    """A slide's size and bands. 16:9 at 13.33 × 7.5 in (960 × 540 pt) by default; 4:3 (720 × 540),
    16:10 (864 × 540) and a template's own size lay out from the same bands, in points of a slide 540 pt
    tall (`design`); a template's layout may give its own bands (`bands`)."""

    width: float = 960.0
    height: float = 540.0
    bands: Bands | None = None

    KICKER_TOP = 18.0
    KICKER_HEIGHT = 20.0
    TITLE_TOP = 40.0
    TITLE_HEIGHT = 78.0
    """One or two lines of a title at 34 pt."""
    TALL_TITLE_HEIGHT = 140.0
    """For a title that needs three or four lines even at the title's floor: the body gives way."""
    UNDER_TITLE = 28.0
    """From the title's bottom to the body's top: the title rule sits in between."""
    FOOTER_HEIGHT = 26.0
    """Two lines at 10 pt, for a long event title."""
    FOOTER_BOTTOM = 9.0
    """From the footer band's bottom to the slide's edge."""
    OVER_FOOTER = 9.0
    """From the body's bottom to the footer band."""
    EDGE = 12.0
    """The brand's bar down the left edge of content slides."""
    NUMBER_WIDTH = 60.0

    DESIGN_HEIGHT = 540.0

    @property
    def scale(self) -> float:
        """The slide's height against the 540 pt every slide is laid out for (`design`)."""
        return self.height / self.DESIGN_HEIGHT

    @property
    def design(self) -> Frame:
        """The frame slides are laid out in: this one's shape, 540 pt tall. What is drawn is then scaled by
        `scale` to the slide's real size, text sizes included, so that a 720 × 405 slide (a 16:9 template's)
        shows what a 960 × 540 one shows, as large on the screen: the floors that keep text readable from
        the back of the room are a share of the slide's height, not a number of points."""
        if self.height == self.DESIGN_HEIGHT:
            return self
        k = 1 / self.scale
        return Frame(round(self.width * k, 4), self.DESIGN_HEIGHT, None if self.bands is None else self.bands.scaled(k))

    @property
    def margin(self) -> float:
        """Left and right: 56 pt on a 960 pt wide slide, in proportion on others."""
        return round(self.width * 7 / 120, 2) if self.bands is None else round(self.bands.body.x, 2)

    @property
    def page(self) -> Box:
        return Box(0.0, 0.0, self.width, self.height)

    @property
    def wide(self) -> float:
        """The width between the margins: a template's body's."""
        if self.bands is not None:
            return self.bands.body.w
        return self.width - 2 * self.margin

    @property
    def content(self) -> Box:
        """The whole height, between the margins."""
        return Box(self.margin, 0.0, self.wide, self.height)

    @property
    def edge(self) -> Box:
        return Box(0.0, 0.0, self.EDGE, self.height)

    @property
    def kicker(self) -> Box:
        """Who presents the slide, over its title: above a template's title where there is room, else where
        the title starts (the title then moves down under it)."""
        if self.bands is not None:
            title = self.bands.title
            return Box(title.x, max(self.FOOTER_BOTTOM, title.y - self.KICKER_HEIGHT - 2), title.w, self.KICKER_HEIGHT)
        return Box(self.margin, self.KICKER_TOP, self.wide, self.KICKER_HEIGHT)

    def title(self, *, tall: bool = False) -> Box:
        if self.bands is not None:
            title = self.bands.title
            height = max(title.h, self.TITLE_HEIGHT, self.TALL_TITLE_HEIGHT if tall else 0.0)
            return Box(title.x, title.y, title.w, height)
        return Box(self.margin, self.TITLE_TOP, self.wide, self.TALL_TITLE_HEIGHT if tall else self.TITLE_HEIGHT)

    def _grown(self, box: Box) -> Box:
        """A template's footer or number box, grown upwards to two lines of footer where it is shorter (a
        one-line box, 14 pt tall, for an event title that takes two at the footer's floor), and lifted onto
        the slide where the template lets it hang off the bottom edge (Nature_Illustration's second master) or,
        grown, reach it (Midnightblue's)."""
        height = max(box.h, self.FOOTER_HEIGHT)
        edge = self.height - self.FOOTER_BOTTOM  # a grown box's second line must not touch the slide's edge
        bottom = box.bottom if box.bottom <= (self.height if height == box.h else edge) else edge
        return Box(box.x, bottom - height, box.w, height)

    NARROW_FOOTER = 0.3
    """A template's footer box narrower than this share of the slide's width (a corporate template's 140 pt
    for a line that may be an event's whole title) takes the footer band's width, left of the number."""

    def _widened(self, footer: Box) -> Box:
        if footer.w >= self.NARROW_FOOTER * self.wide:
            return footer
        number = self.bands.number if self.bands is not None else None
        right = number.x - 20 if number is not None and number.x > self.margin + self.NARROW_FOOTER * self.wide else self.margin + self.wide - self.NUMBER_WIDTH - 20
        return Box(self.margin, footer.y, max(footer.w, right - self.margin), footer.h)

    @property
    def footer_band(self) -> Box:
        """The footer's line and the slide number: the band nothing else may enter."""
        if self.bands is not None and (self.bands.footer or self.bands.number):
            boxes = [self._grown(box) for box in (self.bands.footer, self.bands.number) if box is not None]
            top = min(box.y for box in boxes)
            return Box(self.margin, top, self.wide, max(box.bottom for box in boxes) - top)
        return Box(self.margin, self.height - self.FOOTER_BOTTOM - self.FOOTER_HEIGHT, self.wide, self.FOOTER_HEIGHT)

    @property
    def footer(self) -> Box:
        if self.bands is not None and self.bands.footer is not None:
            return self._widened(self._grown(self.bands.footer))
        band = self.footer_band
        return Box(band.x, band.y, band.w - self.NUMBER_WIDTH - 20, band.h)

    @property
    def number(self) -> Box:
        if self.bands is not None and self.bands.number is not None:
            return self._grown(self.bands.number)
        band = self.footer_band
        return Box(band.right - self.NUMBER_WIDTH, band.y, self.NUMBER_WIDTH, band.h)

    @property
    def body_bottom(self) -> float:
        """Where a content slide's body ends, over the footer band (and inside a template's body)."""
        over_footer = self.footer_band.y - self.OVER_FOOTER
        if self.bands is not None:
            return min(self.bands.body.bottom, over_footer)
        return over_footer

    def body_under(self, title: Box) -> Box:
        """A content slide's body: under its title (and rule), over its footer; in a template's body, or
        under the title where a long title pushes into it."""
        top = title.bottom + self.UNDER_TITLE
        if self.bands is not None:
            top = max(self.bands.body.y, title.bottom + self.UNDER_TEMPLATE_TITLE)
        return Box(self.margin, top, self.wide, self.body_bottom - top)

    UNDER_TEMPLATE_TITLE = 14.0
    """From a title to the body on a template's slide, which has no rule between them."""

    @property
    def open_area(self) -> Box:
        """A slide without title band or footer (the dark slides, the quiz): the page inside the margins,
        top and bottom margins as the bands'."""
        top = self.TITLE_TOP
        return Box(self.margin, top, self.wide, self.body_bottom - top)


WIDESCREEN = Frame()
"""16:9, as PowerPoint's default slide: 13.33 × 7.5 in."""
STANDARD = Frame(720.0, 540.0)
"""4:3: 10 × 7.5 in."""
WIDE_16_10 = Frame(864.0, 540.0)
"""16:10: 12 × 7.5 in."""
