"""A series of numbers as a native chart: PowerPoint draws it, and it stays editable (Edit Data opens the
workbook python-pptx embeds). Never a picture of a chart.

Sizes are for the back of a room: category labels 16 pt, value-axis labels 14 pt, data labels 18 or 16 pt
(none where they would pile up: the value axis then reads the values). Numbers are formatted by the client
from a number format carrying the deck's language (`[$-40C]` for French: « 14 117,5 » in LibreOffice and in
a French PowerPoint); a short unit follows each value after a non-breaking space, a long one titles the
value axis. The chart's alternative text lists every value, for screen readers.
"""

from __future__ import annotations

from babel.numbers import format_decimal

from ..plan.specs import ChartSlide
from ..text.inline import plain
from ..text.typography import NBSP, typeset
from . import drawing
from .canvas import Canvas, Style
from .chrome import light
from .geometry import Box
from .kinds import renders
from .slide import RT_CHART

AXIS_SIZE, CATEGORY_SIZE, LEGEND_SIZE = 14.0, 16.0, 16.0
CAPTION_HEIGHT = 30.0

# Windows language ids for the number format's `[$-…]` prefix: the client formats with that language's
# separators. Without a known id the client's own settings apply.
_LCID = {"fr": "40C", "fr-FR": "40C", "fr-BE": "80C", "fr-CA": "C0C", "fr-CH": "100C", "en": "409", "en-US": "409", "en-GB": "809"}


_WORDS = {
    "fr": {"column": "Histogramme", "bar": "Graphique à barres", "line": "Courbe", "pie": "Graphique en secteurs"},
    "en": {"column": "Column chart", "bar": "Bar chart", "line": "Line chart", "pie": "Pie chart"},
}
"""How the alternative text names the chart, per language."""


@renders(ChartSlide)
def render_chart(canvas: Canvas, spec: ChartSlide) -> None:
    body = light(canvas, spec.title, kicker=spec.kicker)
    area = Box(body.x, body.y, body.w, body.h - CAPTION_HEIGHT - 6) if spec.caption else body
    if canvas.slide is not None:  # (a dry run measures the texts only)
        _draw(canvas, spec, area)
    if spec.caption:  # under the chart, and read after it
        canvas.text(
            Box(body.x, body.bottom - CAPTION_HEIGHT, body.w, CAPTION_HEIGHT),
            spec.caption,
            Style(role="label", largest=14, colour=canvas.colours.muted, anchor="bottom"),
        )


def _draw(canvas: Canvas, spec: ChartSlide, area: Box) -> None:
    """The chart's frame on the slide, pointing at its part (made by python-pptx, here or in a worker:
    chart_maker.py), named and described for screen readers."""
    assert canvas.slide is not None and canvas.package is not None
    parts = canvas.package.chart(canvas, spec, area)
    rel_id = canvas.slide.relate(RT_CHART, parts)
    name = f"Chart: {plain(spec.title)}"[:60]
    canvas.slide.add(drawing.chart_frame(canvas.slide.new_id(), name, alt_text(spec, canvas.language), rel_id, canvas.placed(area)))


def _label_size(canvas: Canvas, spec: ChartSlide, area: Box, printed: list[str]) -> float | None:
    """The largest size (18 or 16 pt) at which neighbouring data labels stay clear of each other, estimated
    from the chart's box; None when even 16 pt would pile them up: the value axis then carries the values
    (and the alternative text lists them)."""
    if spec.chart == "pie":
        return 18.0 if len(spec.categories) <= 6 else 16.0
    # The plot's length along its categories: the chart's box less the value axis's labels, its title and
    # the legend, as clients lay them out.
    along = area.h - 70 if spec.chart == "bar" else area.w - 110
    slot = along / len(spec.categories)
    bars = len(spec.series) if spec.chart != "line" else 1  # a line's labels are one category apart
    room = slot / (bars + _gap(spec) / 100) if bars > 1 else slot
    bold = canvas.brand.fonts.body.bold
    for size in (18.0, 16.0):
        need = size * 1.3 if spec.chart == "bar" else max(canvas.context.measurer.text_width(text, bold, size) for text in printed) + 6
        if need <= room:
            return size
    return None


def _gap(spec: ChartSlide) -> int:
    """The gap between groups of bars, in percent of a bar's width."""
    return 60 if len(spec.series) == 1 else 80


def _printed(value: float, decimals: int, unit: str | None, language: str) -> str:
    """A value as its data label prints it (for measuring): « 14 117,5 % »."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    text = format_decimal(value, format=pattern, locale=language.replace("-", "_"))
    return text + (NBSP + unit if unit else "")


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


def alt_text(spec: ChartSlide, language: str) -> str:
    """The chart in words, every value with its unit: « Histogramme « Titre ». 2022 : 12 %, 2023 : 14,5 %. »"""
    locale = language.replace("-", "_")
    words = _WORDS.get(language.split("-")[0], _WORDS["en"])
    quoted = f"« {plain(spec.title)} »" if language.startswith("fr") else f"“{plain(spec.title)}”"
    sentences = [f"{words[spec.chart]} {quoted}."]
    unit = ""
    if spec.unit:
        unit = spec.unit if spec.unit == "%" and language.startswith("en") else " " + plain(spec.unit)
    for name, values in spec.series:
        listed = ", ".join(
            f"{plain(category)} : {format_decimal(value, format='#,##0.##', locale=locale)}{unit}"
            if language.startswith("fr")
            else f"{plain(category)}: {format_decimal(value, format='#,##0.##', locale=locale)}{unit}"
            for category, value in zip(spec.categories, values)
        )
        sentences.append(f"{plain(name)} — {listed}." if len(spec.series) > 1 else f"{listed}.")
    if spec.caption:
        sentences.append(plain(spec.caption).rstrip(".") + ".")
    return typeset(" ".join(sentences), locale)


def _label(canvas: Canvas, text: str) -> str:
    """A category or series name as the chart prints it: no inline marks, the language's spaces."""
    return typeset(plain(text), canvas.language.replace("-", "_"))


def _decimals(value: float) -> int:
    """The decimal places a value needs, up to two."""
    for places in (0, 1):
        if abs(round(value, places) - value) < 1e-9:
            return places
    return 2


def _short(unit: str | None) -> bool:
    """Whether the unit is short enough to repeat after every value (%, €, k€, not « personnes »)."""
    return unit is not None and len(plain(unit)) <= 2
