"""Whether a slide can show its template layout's own ground — background and decorations — under deckgen's
text, and where on it that text stays clear of the decorations.

A template's look is mostly its ground: a paper texture in a full-slide picture (LibreOffice's Vintage), drawn
shapes in the corners (Focus), a picture or colour background. Hiding it loses the organisation's look;
showing it under text it was not drawn for can make the text unreadable. So a ground is shown where:

- what lies under the text is light enough for deckgen's dark text: a solid colour by its luminance, a
  picture (a background fill, or a decoration covering the slide) by the luminance of its darker pixels under
  the body, no background at all as the white PowerPoint and LibreOffice draw; a gradient or pattern is not
  known to be light, and is not shown;
- the other decorations leave most of the body's width clear, from over the title to the body's foot: the
  text then goes in that column, which no decoration's box enters.

Elsewhere the slide paints its own ground and hides the layout's decorations (canvas.ground).
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import TYPE_CHECKING

from msgspec import Struct

from ..brand import linear, relative_luminance
from .geometry import Box

if TYPE_CHECKING:
    from ..package import Decoration, Layout, Template

LIGHT = 0.5
"""A ground at least this luminous (WCAG's relative luminance) carries deckgen's dark text (4.5:1 for text
of the darkness a theme's dk1/dk2 usually has)."""
DARK_SHARE = 0.02
"""The share of a picture's pixels under the body that may be darker than LIGHT: a texture's specks, not an
illustration's trees or a photograph's shadows (LibreOffice's Nature_Illustration has 6 %, its paper 0)."""
BACKDROP = 0.9
"""A decoration covering this share of the slide is its backdrop (a picture as background), not art."""
CLEAR = 0.6
"""The share of the body's width that must stay clear of decorations for the ground to show: below it the
text would be squeezed into a strip."""
SHORTEST = 0.75
"""The share of the body's height it keeps when its foot rises over a decoration."""
OVER_TITLE = 22.0
"""Points over the title kept clear too: the line naming who presents the slide (geometry.Frame.kicker)."""
TOUCH = 0.5
"""Points by which boxes may overlap and still count as clear of each other (rounding of EMU to points)."""


class Seen(Struct, frozen=True):
    """What a layout shows under deckgen's title and body: whether it can be shown, and where they then go."""

    shown: bool
    title: Box
    body: Box


def seen(template: Template, layout: Layout, title: Box, body: Box) -> Seen:
    """Whether the layout's ground can be shown under a title and body in these boxes, and the boxes then:
    the widest column of them, from over the title (where the presenter's name goes) to the body's foot,
    that none of its decorations enters — title and body aligned in it, and whatever a slide draws between
    its title and its foot (a question, cards, a chart) inside it too."""
    if not _light_under(template, layout, body):
        return Seen(False, title, body)
    art = tuple(Box(*decoration.box) for decoration in _art(template, layout))
    left, right = min(title.x, body.x), max(title.right, body.right)
    top = max(0.0, title.y - OVER_TITLE)
    # The body's foot may rise over a decoration that only enters its lowest part: a wider column for a
    # little less height, which long words need more.
    feet = [body.bottom, *(o.y for o in art if body.y + SHORTEST * body.h <= o.y < body.bottom)]
    columns = [(column, foot) for foot in feet if (column := clear_column(Box(left, top, right - left, foot - top), art)) is not None]
    fitting = [(column, foot) for column, foot in columns if column.w >= CLEAR * body.w]
    if not fitting:
        return Seen(False, title, body)
    column, foot = max(fitting, key=lambda found: (round(found[0].w, 2), found[1]))
    return Seen(True, _within(title, column), _within(Box(body.x, body.y, body.w, foot - body.y), column))


def clear_column(region: Box, obstacles: tuple[Box, ...]) -> Box | None:
    """The widest full-height column of the region that none of the obstacles enters; None if they fill
    its width."""
    blocked = sorted((max(o.x, region.x), min(o.right, region.right)) for o in obstacles if _overlaps(o, region))
    best, start = (0.0, region.x), region.x
    for left, right in blocked:
        if left - start > best[0]:
            best = (left - start, start)
        start = max(start, right)
    if region.right - start > best[0]:
        best = (region.right - start, start)
    width, x = best
    return Box(x, region.y, width, region.h) if width > TOUCH else None


def _within(box: Box, column: Box) -> Box:
    """The box cut to the column's sides (its own height kept)."""
    x = max(box.x, column.x)
    return Box(x, box.y, min(box.right, column.right) - x, box.h)


def _overlaps(a: Box, b: Box) -> bool:
    return min(a.right, b.right) - max(a.x, b.x) > TOUCH and min(a.bottom, b.bottom) - max(a.y, b.y) > TOUCH


def _covers(template: Template, decoration: Decoration) -> bool:
    """Whether the decoration is a picture covering the slide: a backdrop, not art."""
    box = decoration.box
    return decoration.picture is not None and box is not None and box[2] * box[3] >= BACKDROP * template.width * template.height


def _backdrop(template: Template, layout: Layout) -> str | None:
    """The picture covering the slide, if a decoration does (the last: it is drawn over any before it)."""
    covering = [d for d in layout.ground.decorations if _covers(template, d)]
    return covering[-1].picture if covering else None


def _art(template: Template, layout: Layout) -> list[Decoration]:
    """The decorations that are not the backdrop, and say where they are."""
    return [d for d in layout.ground.decorations if d.box and not _covers(template, d)]


def _light_under(template: Template, layout: Layout, body: Box) -> bool:
    """Whether what lies under the body is light: the backdrop picture, else the background's colour or
    picture, else (no background set) white."""
    ground = layout.ground
    picture = _backdrop(template, layout) or ground.picture
    if picture is not None:
        part = template.package.parts.get(picture)
        share = (body.x / template.width, body.y / template.height, body.right / template.width, body.bottom / template.height)
        return part is not None and _light_picture(part.data, share)
    if ground.colour is not None:
        return relative_luminance(ground.colour) >= LIGHT
    return not ground.filled


@lru_cache(maxsize=32)
def _light_picture(data: bytes, share: tuple[float, float, float, float]) -> bool:
    """Whether at most DARK_SHARE of the picture's pixels in that share of it (left, top, right, bottom, as
    fractions) are darker than LIGHT. A picture Pillow cannot read is not known to be light."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.draft("RGB", (256, 256))  # a JPEG decodes at a fraction of its size: its lightness is all we need
            rgba = image.convert("RGBA")  # what shows through a transparent pixel: the white under it
            small = Image.alpha_composite(Image.new("RGBA", rgba.size, "white"), rgba).convert("RGB").resize((128, 128))
    except (OSError, UnidentifiedImageError, ValueError):
        return False
    left, top, right, bottom = (round(v * 128) for v in share)
    region = small.crop((max(0, left), max(0, top), min(128, max(right, left + 1)), min(128, max(bottom, top + 1))))
    # WCAG's relative luminance of each pixel, as 0-255: sRGB channels made linear, then weighed.
    linear = region.point(_LINEAR * 3).convert("L", matrix=(0.2126, 0.7152, 0.0722, 0))
    histogram = linear.histogram()
    dark = sum(histogram[: round(LIGHT * 255)])
    return dark <= DARK_SHARE * sum(histogram)


_LINEAR = [round(255 * linear(v / 255)) for v in range(256)]
"""sRGB's transfer undone, one 8-bit channel value to another (brand.linear, WCAG 2's)."""
