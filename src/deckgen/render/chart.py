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
from ..text.typography import typeset
from . import drawing
from .canvas import Canvas, Style
from .chart_style import ChartStyle, gap, label_unit, number_format, printed, value_decimals
from .chrome import light
from .geometry import Box
from .kinds import renders
from .palette import chart_palette
from .slide import RT_CHART

__all__ = ["alt_text", "chart_style", "number_format", "render_chart"]

CAPTION_HEIGHT = 30.0


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
    parts = canvas.package.chart(chart_style(canvas, spec, area), spec, area)
    rel_id = canvas.slide.relate(RT_CHART, parts)
    name = f"Chart: {plain(spec.title)}"[:60]
    canvas.slide.add(drawing.chart_frame(canvas.slide.new_id(), name, alt_text(spec, canvas.language), rel_id, canvas.placed(area)))


def chart_style(canvas: Canvas, spec: ChartSlide, area: Box) -> ChartStyle:
    """How the chart drawn in `area` on the canvas looks: the brand's colours and body face, the deck's
    language, the size of its values measured here (where the deck's measures are)."""
    colours = canvas.colours
    places, unit = value_decimals(spec), label_unit(spec)
    values = [printed(value, places, unit, canvas.language) for _, series in spec.series for value in series]
    return ChartStyle(
        palette=tuple(chart_palette(colours)),
        text=colours.text,
        muted=colours.muted,
        background=colours.background,
        font=canvas.brand.fonts.body.name,
        language=canvas.language,
        scale=canvas.scale,
        label_size=_label_size(canvas, spec, area, values),
    )


def _label_size(canvas: Canvas, spec: ChartSlide, area: Box, values: list[str]) -> float | None:
    """The largest size (18 or 16 pt) at which neighbouring data labels stay clear of each other, estimated
    from the chart's box; None when even 16 pt would pile them up: the value axis then carries the values
    (and the alternative text lists them)."""
    if spec.chart == "pie":
        return 18.0 if len(spec.categories) <= 6 else 16.0
    if spec.chart == "line" and len(spec.series) > 2:
        return None  # two lines' labels go above and below them (chart_part.py); a third's stand on theirs
    # The plot's length along its categories: the chart's box less the value axis's labels, its title and
    # the legend, as clients lay them out.
    along = area.h - 70 if spec.chart == "bar" else area.w - 110
    slot = along / len(spec.categories)
    bars = len(spec.series) if spec.chart != "line" else 1  # a line's labels are one category apart
    room = slot / (bars + gap(spec) / 100) if bars > 1 else slot
    bold = canvas.brand.fonts.body.bold
    for size in (18.0, 16.0):
        need = size * 1.3 if spec.chart == "bar" else max(canvas.context.measurer.text_width(text, bold, size) for text in values) + 6
        if need <= room:
            return size
    return None


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
