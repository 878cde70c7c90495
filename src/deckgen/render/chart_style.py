"""What a chart's look depends on, as a value: handed to the chart's maker (chart_maker.py, maybe in a worker
process) and to chart_part.py, which never see a canvas. chart.py makes it from the slide's canvas; the
formatting rules both sides share are here too.
"""

from __future__ import annotations

from babel.numbers import format_decimal
from msgspec import Struct

from ..plan.specs import ChartSlide
from ..text.inline import plain
from ..text.typography import NBSP, typeset

AXIS_SIZE, CATEGORY_SIZE, LEGEND_SIZE = 14.0, 16.0, 16.0

# Windows language ids for the number format's `[$-…]` prefix: the client formats with that language's
# separators. Without a known id the client's own settings apply.
_LCID = {"fr": "40C", "fr-FR": "40C", "fr-BE": "80C", "fr-CA": "C0C", "fr-CH": "100C", "en": "409", "en-US": "409", "en-GB": "809"}


class ChartStyle(Struct, frozen=True):
    """One chart's look: its series' colours, its text's colour, face and language, its sizes."""

    palette: tuple[str, ...]  # hex, a series (or a pie's slice) each, in order
    text: str  # hex: labels and values
    muted: str  # hex: axes, gridlines' base
    background: str  # hex: the slide's, for the seams between slices and the gridlines' tint
    font: str  # the face's name
    language: str  # e.g. fr-FR
    scale: float = 1.0  # of the slide drawn against the frame it was laid out in (sizes are for the frame)
    label_size: float | None = None  # points of the values written at each bar, point or slice; None: none written


def number_format(language: str, decimals: int, unit: str | None) -> str:
    """An Excel number format: grouped thousands, `decimals` places, the unit after a non-breaking space.

    The `[$-40C]` prefix names the language whose separators the client uses (« 14 117,5 » in French).
    """
    lcid = _LCID.get(language) or _LCID.get(language.split("-")[0])
    code = ("[$-" + lcid + "]" if lcid else "") + "#,##0" + ("." + "0" * decimals if decimals else "")
    if unit:
        glue = "" if unit == "%" and language.startswith("en") else NBSP
        code += '"' + (glue + unit).replace('"', '"\\""') + '"'
    return code


def printed(value: float, decimals: int, unit: str | None, language: str) -> str:
    """A value as its data label prints it (for measuring): « 14 117,5 % »."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    text = format_decimal(value, format=pattern, locale=language.replace("-", "_"))
    return text + (NBSP + unit if unit else "")


def label(language: str, text: str) -> str:
    """A category or series name as the chart prints it: no inline marks, the language's spaces."""
    return typeset(plain(text), language.replace("-", "_"))


def decimals(value: float) -> int:
    """The decimal places a value needs, up to two."""
    for places in (0, 1):
        if abs(round(value, places) - value) < 1e-9:
            return places
    return 2


def gap(spec: ChartSlide) -> int:
    """The gap between groups of bars, in percent of a bar's width."""
    return 60 if len(spec.series) == 1 else 80


def short(unit: str | None) -> bool:
    """Whether the unit is short enough to repeat after every value (%, €, k€, not « personnes »)."""
    return unit is not None and len(plain(unit)) <= 2


def label_unit(spec: ChartSlide) -> str | None:
    """The unit written after every value: a short one (%, €); a long one (« personnes ») is said once, as
    the value axis's title: repeated, it would crowd the bars (and LibreOffice condenses all the chart's text
    to fit it). A pie has no axis: its values carry their unit whatever it is."""
    return plain(spec.unit) if spec.unit and (short(spec.unit) or spec.chart == "pie") else None


def value_decimals(spec: ChartSlide) -> int:
    return max(decimals(value) for _, values in spec.series for value in values)
