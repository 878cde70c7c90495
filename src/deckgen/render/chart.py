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
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import (
    XL_CHART_TYPE,
    XL_LABEL_POSITION,
    XL_LEGEND_POSITION,
    XL_MARKER_STYLE,
    XL_TICK_LABEL_POSITION,
    XL_TICK_MARK,
)
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn
from pptx.parts.chart import ChartPart
from pptx.parts.embeddedpackage import EmbeddedXlsxPart
from pptx.util import Pt

from ..plan.specs import ChartSlide
from ..text.fit import text_width
from ..text.inline import plain
from ..text.typography import NBSP, typeset
from .canvas import Box, Canvas, Style
from . import drawing
from .chrome import light
from .slide import RT_CHART, ChartParts

CHART_TYPES = {
    "column": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "bar": XL_CHART_TYPE.BAR_CLUSTERED,
    "line": XL_CHART_TYPE.LINE_MARKERS,
    "pie": XL_CHART_TYPE.PIE,
}
AXIS_SIZE, CATEGORY_SIZE, LEGEND_SIZE = 14.0, 16.0, 16.0
CAPTION_HEIGHT = 30.0

# Windows language ids for the number format's `[$-…]` prefix: the client formats with that language's
# separators. Without a known id the client's own settings apply.
_LCID = {"fr": "40C", "fr-FR": "40C", "fr-BE": "80C", "fr-CA": "C0C", "fr-CH": "100C", "en": "409", "en-US": "409", "en-GB": "809"}

_AFTER_LANG = ("c:roundedCorners", "c:style", "c:clrMapOvr", "c:pivotSource", "c:protection", "c:chart")
"""What follows `c:lang` in a chart space, in the schema's order (only `c:date1904` comes before it)."""

_WORDS = {
    "fr": {"column": "Histogramme", "bar": "Graphique à barres", "line": "Courbe", "pie": "Graphique en secteurs"},
    "en": {"column": "Column chart", "bar": "Bar chart", "line": "Line chart", "pie": "Pie chart"},
}
"""How the alternative text names the chart, per language."""


def render_chart(canvas: Canvas, spec: ChartSlide) -> None:
    body = light(canvas, spec.title, kicker=spec.kicker)
    area = Box(body.x, body.y, body.w, body.h - CAPTION_HEIGHT - 6) if spec.caption else body
    if canvas.slide is not None:  # (a dry run measures the texts only)
        _chart(canvas, spec, area)
    if spec.caption:  # under the chart, and read after it
        canvas.text(
            Box(body.x, body.bottom - CAPTION_HEIGHT, body.w, CAPTION_HEIGHT),
            spec.caption,
            Style(role="caption", largest=14, colour=canvas.colours.muted, anchor="bottom"),
        )


def _chart(canvas: Canvas, spec: ChartSlide, area: Box) -> None:
    decimals = max(_decimals(value) for _, values in spec.series for value in values)
    # A short unit (%, €) follows every value; a long one (« personnes ») is said once, as the value axis's
    # title: repeated, it would crowd the bars (and LibreOffice condenses all the chart's text to fit it).
    label_unit = plain(spec.unit) if spec.unit and (_short(spec.unit) or spec.chart == "pie") else None
    value_format = number_format(canvas.language, decimals, label_unit)
    printed = [_printed(value, decimals, label_unit, canvas.language) for _, values in spec.series for value in values]
    label_size = _label_size(canvas, spec, area, printed)
    data = CategoryChartData(number_format=value_format)
    data.categories = [_label(canvas, category) for category in spec.categories]
    for name, values in spec.series:
        data.add_series(_label(canvas, name), values)
    assert canvas.slide is not None and canvas.package is not None
    name, workbook_name = canvas.package.chart_names()
    part = ChartPart.new(CHART_TYPES[spec.chart], data, _Named(name, workbook_name))
    _style(canvas, part.chart, spec, value_format, label_size)
    _language(part.chart, canvas.language)
    parts = ChartParts(name, part.blob, workbook_name, part.chart_workbook.xlsx_part.blob)
    rel_id = canvas.slide.relate(RT_CHART, parts)
    title = f"Chart: {plain(spec.title)}"[:60]
    canvas.slide.add(drawing.chart_frame(canvas.slide.new_id(), title, alt_text(spec, canvas.language), rel_id, (area.x, area.y, area.w, area.h)))


class _Named:
    """What python-pptx's `ChartPart.new` asks of a package: names for the chart's part and its workbook's,
    here the deck's (package.py numbers them)."""

    def __init__(self, chart: str, workbook: str) -> None:
        self.names = {ChartPart.partname_template: chart, EmbeddedXlsxPart.partname_template: workbook}

    def next_partname(self, template: str) -> PackURI:
        return PackURI("/" + self.names[template])


def _language(chart, language: str) -> None:  # noqa: ANN001
    """The chart's text in the deck's language (python-pptx writes en-US), for spelling and screen readers."""
    space = chart._chartSpace
    lang = space.makeelement(qn("c:lang"), {"val": language})
    space.insert_element_before(lang, *_AFTER_LANG)
    for properties in space.iter(qn("a:defRPr"), qn("a:rPr"), qn("a:endParaRPr")):
        properties.set("lang", language)


def _style(canvas: Canvas, chart, spec: ChartSlide, value_format: str, label_size: float | None) -> None:  # noqa: ANN001
    colours = canvas.colours
    chart.has_title = False  # the slide's title says what the chart shows
    chart.font.name = canvas.brand.fonts.body.name
    chart.font.size = Pt(AXIS_SIZE)
    chart.font.color.rgb = RGBColor.from_string(colours.text)
    chart.has_legend = len(spec.series) > 1 or spec.chart == "pie"
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.RIGHT if spec.chart == "pie" else XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(LEGEND_SIZE)
    plot = chart.plots[0]
    plot.vary_by_categories = spec.chart == "pie"
    palette = _palette(colours)
    positions = _label_positions(spec)
    for index, series in enumerate(plot.series):
        if label_size is not None:
            _data_labels(canvas, series.data_labels, value_format, label_size, positions[index])
        colour = RGBColor.from_string(palette[index])
        if spec.chart == "pie":
            for number, point in enumerate(series.points):
                point.format.fill.solid()
                point.format.fill.fore_color.rgb = RGBColor.from_string(palette[number % len(palette)])
                point.format.line.color.rgb = RGBColor.from_string(colours.background)  # seams between slices
                point.format.line.width = Pt(2)
        elif spec.chart == "line":
            series.smooth = False
            series.format.line.color.rgb = colour
            series.format.line.width = Pt(3.5)
            series.marker.style = XL_MARKER_STYLE.CIRCLE
            series.marker.size = 10
            series.marker.format.fill.solid()
            series.marker.format.fill.fore_color.rgb = colour
            series.marker.format.line.color.rgb = colour
        else:
            series.format.fill.solid()
            series.format.fill.fore_color.rgb = colour
    if spec.chart in ("column", "bar"):
        plot.gap_width = _gap(spec)
    if spec.chart != "pie":
        _axes(canvas, chart, spec)


def _data_labels(canvas: Canvas, labels, value_format: str, size: float, position) -> None:  # noqa: ANN001
    """Every value written at its bar, point or slice, bold, with its unit."""
    labels.show_value = True
    labels.number_format = value_format
    labels.number_format_is_linked = False
    labels.position = position
    labels.font.size = Pt(size)
    labels.font.bold = True
    labels.font.color.rgb = RGBColor.from_string(canvas.colours.text)
    # One line per label: LibreOffice would otherwise wrap « 14 117 personnes » inside the word.
    labels._element.find(qn("c:txPr")).find(qn("a:bodyPr")).set("wrap", "none")


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
        need = size * 1.3 if spec.chart == "bar" else max(text_width(text, bold, size) for text in printed) + 6
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


def _label_positions(spec: ChartSlide) -> list:  # noqa: ANN001 - XL_LABEL_POSITION members
    """Where each series writes its values: outside the bar or slice; for lines, above the highest line and
    under the lowest (the others to the right of their points), so two lines' labels do not collide."""
    if spec.chart != "line":
        return [XL_LABEL_POSITION.OUTSIDE_END] * len(spec.series)
    if len(spec.series) == 1:
        return [XL_LABEL_POSITION.ABOVE]
    means = [sum(values) / len(values) for _, values in spec.series]
    highest, lowest = means.index(max(means)), means.index(min(means))
    return [
        XL_LABEL_POSITION.ABOVE if index == highest else XL_LABEL_POSITION.BELOW if index == lowest else XL_LABEL_POSITION.RIGHT
        for index in range(len(spec.series))
    ]


def _axes(canvas: Canvas, chart, spec: ChartSlide) -> None:  # noqa: ANN001
    """Category labels large, value axis quiet: light gridlines, no axis line, no tick marks."""
    colours = canvas.colours
    categories, values = chart.category_axis, chart.value_axis
    categories.tick_labels.font.size = Pt(CATEGORY_SIZE)
    categories.major_tick_mark = XL_TICK_MARK.NONE
    categories.format.line.color.rgb = RGBColor.from_string(colours.muted)
    categories.tick_label_position = XL_TICK_LABEL_POSITION.LOW  # under the plot even when values go negative
    if spec.chart == "bar":
        categories.reverse_order = True  # the first category on top, as written
        # Reversing moves the value axis to the top; it crosses at the last category to stay at the bottom.
        # (python-pptx sets an axis's `crosses` on the other axis; this one is the value axis's own.)
        values._element.find(qn("c:crosses")).set("val", "max")
    every = [value for _, series in spec.series for value in series]
    largest = max(abs(value) for value in every)
    tick_decimals = 0 if largest >= 6 else 1 if largest >= 0.6 else 2  # the client's ticks: 1, 0.5, 0.05 apart
    values.tick_labels.font.size = Pt(AXIS_SIZE)
    values.tick_labels.font.color.rgb = RGBColor.from_string(colours.muted)
    values.tick_labels.number_format = number_format(canvas.language, tick_decimals, plain(spec.unit) if _short(spec.unit) else None)
    values.tick_labels.number_format_is_linked = False
    if spec.unit and not _short(spec.unit):
        title = values.axis_title.text_frame
        title.text = _label(canvas, spec.unit)
        title._bodyPr.set("rot", "0")  # read level, not up the side of a column chart
        title._bodyPr.set("vert", "horz")
        font = title.paragraphs[0].runs[0].font
        font.size, font.bold = Pt(AXIS_SIZE), False
        font.color.rgb = RGBColor.from_string(colours.muted)
    values.major_tick_mark = XL_TICK_MARK.NONE
    values.format.line.fill.background()
    values.has_major_gridlines = True
    gridlines = values.major_gridlines.format.line
    gridlines.color.rgb = RGBColor.from_string(_mix(colours.muted, colours.background, 0.78))
    gridlines.width = Pt(0.75)
    if spec.chart in ("column", "bar") and min(every) >= 0:
        values.minimum_scale = 0  # bars always start at zero


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


def _palette(colours) -> list[str]:  # noqa: ANN001
    """Series colours from the brand: secondary, accent, primary, muted; then their tints, for a pie's slices."""
    base = [colours.secondary, colours.accent, colours.primary, colours.muted]
    return base + [_mix(colour, colours.background, 0.5) for colour in base] + [_mix(colour, "000000", 0.35) for colour in base]


def _mix(colour: str, other: str, amount: float) -> str:
    """`colour` moved `amount` of the way towards `other` (hex, six digits)."""
    channels = (
        round(int(colour[i : i + 2], 16) * (1 - amount) + int(other[i : i + 2], 16) * amount) for i in (0, 2, 4)
    )
    return "".join(f"{channel:02X}" for channel in channels)
