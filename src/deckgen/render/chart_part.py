"""A chart's part, made by python-pptx: its XML from the chart's data, styled for the room, and the workbook
it embeds (XlsxWriter). Imported when a chart is drawn, not when it is measured: python-pptx and lxml cost
a cold start about 0.1 s that decks without a chart do without (chart.py says how a chart looks and why).
"""

from __future__ import annotations

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
from pptx.util import Pt

from ..plan.specs import ChartSlide
from ..text.inline import plain
from .chart_style import AXIS_SIZE, CATEGORY_SIZE, LEGEND_SIZE, ChartStyle, gap, label, label_unit, number_format, short, value_decimals
from .palette import mix

CHART_TYPES = {
    "column": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "bar": XL_CHART_TYPE.BAR_CLUSTERED,
    "line": XL_CHART_TYPE.LINE_MARKERS,
    "pie": XL_CHART_TYPE.PIE,
}

_AFTER_LANG = ("c:roundedCorners", "c:style", "c:clrMapOvr", "c:pivotSource", "c:protection", "c:chart")
"""What follows `c:lang` in a chart space, in the schema's order (only `c:date1904` comes before it)."""


def chart_blobs(style: ChartStyle, spec: ChartSlide) -> tuple[bytes, bytes]:
    """The chart's part (its XML) and its embedded workbook, in the style (colours, font, language, sizes:
    chart.py makes it). Neither says its own part name: package.py names them.

    python-pptx makes the part (`ChartPart.new`, as `shapes.add_chart` does) for a package that only names
    parts (`_Named`); tests/charts/test_charts_render.py pins that the part is the one `add_chart` makes."""
    data = ChartData.of(style, spec)
    part = ChartPart.new(CHART_TYPES[spec.chart], data.values, _Named())
    data.style(style, part.chart, spec)
    return part.blob, part.chart_workbook.xlsx_part.blob


class ChartData:
    """A chart's values as python-pptx takes them, and how its labels are formatted and sized."""

    def __init__(self, values: CategoryChartData, value_format: str) -> None:
        self.values, self.value_format = values, value_format

    @classmethod
    def of(cls, style: ChartStyle, spec: ChartSlide) -> ChartData:
        value_format = number_format(style.language, value_decimals(spec), label_unit(spec))
        data = CategoryChartData(number_format=value_format)
        data.categories = [label(style.language, category) for category in spec.categories]
        for name, values in spec.series:
            data.add_series(label(style.language, name), values)
        return cls(data, value_format)

    def style(self, style: ChartStyle, chart, spec: ChartSlide) -> None:  # noqa: ANN001 - python-pptx's Chart
        """The chart styled for the room, its text in the deck's language."""
        _style(style, chart, spec, self.value_format)
        _language(chart, style.language)


class _Named:
    """What python-pptx's `ChartPart.new` asks of a package: a name for each part it makes. The names go
    nowhere (the parts' bytes do not contain them): package.py names the parts in the deck."""

    def next_partname(self, template: str) -> PackURI:
        return PackURI(template % 1)


def _language(chart, language: str) -> None:  # noqa: ANN001
    """The chart's text in the deck's language (python-pptx writes en-US), for spelling and screen readers."""
    space = chart._chartSpace
    lang = space.makeelement(qn("c:lang"), {"val": language})
    space.insert_element_before(lang, *_AFTER_LANG)
    for properties in space.iter(qn("a:defRPr"), qn("a:rPr"), qn("a:endParaRPr")):
        properties.set("lang", language)


def _style(style: ChartStyle, chart, spec: ChartSlide, value_format: str) -> None:  # noqa: ANN001
    chart.has_title = False  # the slide's title says what the chart shows
    chart.font.name = style.font
    chart.font.size = Pt(AXIS_SIZE * style.scale)
    chart.font.color.rgb = RGBColor.from_string(style.text)
    chart.has_legend = len(spec.series) > 1 or spec.chart == "pie"
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.RIGHT if spec.chart == "pie" else XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(LEGEND_SIZE * style.scale)
    plot = chart.plots[0]
    plot.vary_by_categories = spec.chart == "pie"
    palette = style.palette
    positions = _label_positions(spec)
    for index, series in enumerate(plot.series):
        if style.label_size is not None:
            _data_labels(style, series.data_labels, value_format, style.label_size, positions[index])
        colour = RGBColor.from_string(palette[index])
        if spec.chart == "pie":
            if style.label_size is not None:
                _without_thin_labels(series, spec)
            for number, point in enumerate(series.points):
                point.format.fill.solid()
                point.format.fill.fore_color.rgb = RGBColor.from_string(palette[number % len(palette)])
                point.format.line.color.rgb = RGBColor.from_string(style.background)  # seams between slices
                point.format.line.width = Pt(2 * style.scale)
        elif spec.chart == "line":
            series.smooth = False
            series.format.line.color.rgb = colour
            series.format.line.width = Pt(3.5 * style.scale)
            series.marker.style = XL_MARKER_STYLE.CIRCLE
            series.marker.size = 10
            series.marker.format.fill.solid()
            series.marker.format.fill.fore_color.rgb = colour
            series.marker.format.line.color.rgb = colour
        else:
            series.format.fill.solid()
            series.format.fill.fore_color.rgb = colour
    if spec.chart in ("column", "bar"):
        plot.gap_width = gap(spec)
    if spec.chart != "pie":
        _axes(style, chart, spec)


def _data_labels(style: ChartStyle, labels, value_format: str, size: float, position) -> None:  # noqa: ANN001
    """Every value written at its bar, point or slice, bold, with its unit."""
    labels.show_value = True
    labels.number_format = value_format
    labels.number_format_is_linked = False
    labels.position = position
    labels.font.size = Pt(size * style.scale)
    labels.font.bold = True
    labels.font.color.rgb = RGBColor.from_string(style.text)
    # One line per label: LibreOffice would otherwise wrap « 14 117 personnes » inside the word.
    labels._element.find(qn("c:txPr")).find(qn("a:bodyPr")).set("wrap", "none")


THIN_SLICE = 0.04
"""A pie's slice under this share of the whole has no label on the pie: side by side, the labels of thin
slices stand on one another (the legend names them, the alternative text gives their values)."""


def _without_thin_labels(series, spec: ChartSlide) -> None:  # noqa: ANN001 - python-pptx's series
    values = spec.series[0][1]
    total = sum(values)
    if total <= 0 or len(values) <= 6:
        return
    for index, value in enumerate(values):
        if value / total < THIN_SLICE:
            label = series.points[index].data_label._get_or_add_dLbl()
            for child in list(label):
                if child.tag != qn("c:idx"):
                    label.remove(child)
            label.append(label.makeelement(qn("c:delete"), {"val": "1"}))


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


def _axes(style: ChartStyle, chart, spec: ChartSlide) -> None:  # noqa: ANN001
    """Category labels large, value axis quiet: light gridlines, no axis line, no tick marks."""
    categories, values = chart.category_axis, chart.value_axis
    categories.tick_labels.font.size = Pt(CATEGORY_SIZE * style.scale)
    categories.major_tick_mark = XL_TICK_MARK.NONE
    categories.format.line.color.rgb = RGBColor.from_string(style.muted)
    categories.tick_label_position = XL_TICK_LABEL_POSITION.LOW  # under the plot even when values go negative
    if spec.chart == "bar":
        categories.reverse_order = True  # the first category on top, as written
        # Reversing moves the value axis to the top; it crosses at the last category to stay at the bottom.
        # (python-pptx sets an axis's `crosses` on the other axis; this one is the value axis's own.)
        values._element.find(qn("c:crosses")).set("val", "max")
    every = [value for _, series in spec.series for value in series]
    largest = max(abs(value) for value in every)
    tick_decimals = 0 if largest >= 6 else 1 if largest >= 0.6 else 2  # the client's ticks: 1, 0.5, 0.05 apart
    values.tick_labels.font.size = Pt(AXIS_SIZE * style.scale)
    values.tick_labels.font.color.rgb = RGBColor.from_string(style.muted)
    values.tick_labels.number_format = number_format(style.language, tick_decimals, plain(spec.unit) if short(spec.unit) else None)
    values.tick_labels.number_format_is_linked = False
    if spec.unit and not short(spec.unit):
        title = values.axis_title.text_frame
        title.text = label(style.language, spec.unit)
        title._bodyPr.set("rot", "0")  # read level, not up the side of a column chart
        title._bodyPr.set("vert", "horz")
        font = title.paragraphs[0].runs[0].font
        font.size, font.bold = Pt(AXIS_SIZE * style.scale), False
        font.color.rgb = RGBColor.from_string(style.muted)
    values.major_tick_mark = XL_TICK_MARK.NONE
    values.format.line.fill.background()
    values.has_major_gridlines = True
    gridlines = values.major_gridlines.format.line
    gridlines.color.rgb = RGBColor.from_string(mix(style.muted, style.background, 0.78))
    gridlines.width = Pt(0.75 * style.scale)
    if spec.chart in ("column", "bar") and min(every) >= 0:
        values.minimum_scale = 0  # bars always start at zero
