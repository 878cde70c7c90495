"""Free space shared out: a list that fits with room to spare gets wider gaps, not an empty bottom."""

from __future__ import annotations

from msgspec.structs import replace

from ..text.fit import LINE_PITCH
from .canvas import Canvas, P, Style
from .geometry import Box

SHARE = 0.6
"""Of the free height, what goes into the gaps: the rest stays under the last line."""


def spread(canvas: Canvas, box: Box, paras: list[P], style: Style, *, gap: float, most: float = 1.0) -> list[P]:
    """The paragraphs, those spaced `gap` lines before (the list's items) spaced wider, up to `most` lines,
    when the block fits the box at its largest size with height to spare. A block that had to shrink to fit
    has none: it is returned as it is (and so is one that does not fit, whose overflow the canvas raises)."""
    items = [index for index, para in enumerate(paras) if index and para.space_before == gap]
    fitted = canvas.fitted_or_none(box, paras, style) if items else None
    if fitted is None or fitted.size < style.largest or box.h - fitted.height <= 0:
        return paras
    free = box.h - fitted.height
    each = SHARE * free / len(items)  # points more before each item
    spaced = list(paras)
    for index in items:
        para = paras[index]
        line = fitted.size * para.scale * LINE_PITCH
        spaced[index] = replace(para, space_before=min(most, gap + each / line))
    return spaced
