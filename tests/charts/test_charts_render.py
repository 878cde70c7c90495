"""Charts in the built deck: native chart parts with their values (never pictures), styled for the back of a
room in the brand's colours, described for screen readers, the same bytes twice, clean for the OOXML checker,
and readable once LibreOffice has drawn them."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
import xlsxwriter.core
from charts_events import BAR, CHARTS, COLUMN, FIRST_CHART_SLIDE, LINE, PIE, reference_with, write_event
from paths import REFERENCE_SLIDES
from lxml import etree
from pdf_layout import Page, convert_to_pdf, off_page, overlaps, read_layout
from PIL import Image
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE

from deckgen.brand import load_brand
from deckgen.build import build_deck
from deckgen.plan.specs import ChartSlide
from deckgen.render.chart import alt_text, number_format

NS = {
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
}
NBSP = "\u00a0"
COLOURS = load_brand("ansa").colours
TYPES = {
    "column": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "bar": XL_CHART_TYPE.BAR_CLUSTERED,
    "line": XL_CHART_TYPE.LINE_MARKERS,
    "pie": XL_CHART_TYPE.PIE,
}


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small event with one chart of each type, built."""
    folder = write_event(tmp_path_factory.mktemp("charts") / "event", COLUMN, BAR, LINE, PIE)
    output = folder.parent / "charts.pptx"
    build_deck(folder, output)
    return output


def chart_xml(deck: Path, kind: str) -> etree._Element:
    """The chart part of the chart of this type (the charts are numbered in the order of the slides)."""
    number = list(CHARTS).index(kind) + 1
    with zipfile.ZipFile(deck) as package:
        return etree.fromstring(package.read(f"ppt/charts/chart{number}.xml"))


def values_of(element: etree._Element, path: str, attribute: str = "val") -> list[str]:
    return [e.get(attribute) for e in element.xpath(path, namespaces=NS)]


# --- native charts with the event's numbers -----------------------------------------------------------


def test_each_chart_is_a_native_chart_part_with_its_workbook(deck: Path) -> None:
    with zipfile.ZipFile(deck) as package:
        names = package.namelist()
    assert sorted(n for n in names if n.startswith("ppt/charts/chart")) == [f"ppt/charts/chart{n}.xml" for n in range(1, 5)]
    assert len([n for n in names if n.startswith("ppt/embeddings/") and n.endswith(".xlsx")]) == 4
    chart_slides = list(Presentation(str(deck)).slides)[FIRST_CHART_SLIDE - 1 : FIRST_CHART_SLIDE + 3]
    assert [[shape.has_chart for shape in slide.shapes].count(True) for slide in chart_slides] == [1, 1, 1, 1]
    assert not [shape for slide in chart_slides for shape in slide.shapes if shape.shape_type == 13]  # no picture


def test_each_chart_has_its_type_categories_and_values(deck: Path) -> None:
    slides = list(Presentation(str(deck)).slides)
    expected = {
        "column": (["2021", "2022", "2023", "2024"], [("Part des ménages", (8.2, 12.0, 14.5, 16.0))]),
        "bar": (
            ["Épicerie solidaire de Narbonne", "GESMIP", "Secours Catholique"],
            [("2023", (5899.0, 14117.0, 12345.0)), ("2024", (6210.0, 15002.0, 11900.0))],
        ),
        "line": (["janv.", "févr.", "mars", "avr."], [("Dons", (56987.0, 98923.0, 155086.0, 120400.0)), ("Achats", (36000.0, 41000.0, 80000.0, 95000.0))]),
        "pie": (["Légumineuses", "Fruits et légumes", "Féculents", "Produits laitiers"], [("Achats", (41.0, 32.0, 17.0, 10.0))]),
    }
    for offset, (kind, (categories, series)) in enumerate(expected.items()):
        slide = slides[FIRST_CHART_SLIDE - 1 + offset]
        assert slide._element.cSld.get("name") == "chart"
        [frame] = [shape for shape in slide.shapes if shape.has_chart]
        chart = frame.chart
        assert chart.chart_type == TYPES[kind]
        assert list(chart.plots[0].categories) == categories
        assert [(s.name, tuple(s.values)) for s in chart.plots[0].series] == series


def test_the_slide_title_names_the_chart_which_has_no_title_of_its_own(deck: Path) -> None:
    slide = list(Presentation(str(deck)).slides)[FIRST_CHART_SLIDE - 1]
    assert slide.shapes.title.text_frame.text == "Recours à l'aide alimentaire dans l'Aude"
    for kind in CHARTS:
        xml = chart_xml(deck, kind)
        assert values_of(xml, "c:chart/c:autoTitleDeleted") == ["1"]
        assert xml.find("c:chart/c:title", NS) is None


def test_the_caption_sits_under_the_chart(deck: Path) -> None:
    slides = list(Presentation(str(deck)).slides)
    slide = slides[FIRST_CHART_SLIDE - 1]
    [frame] = [shape for shape in slide.shapes if shape.has_chart]
    [caption] = [s for s in slide.shapes if s.has_text_frame and s.text_frame.text.startswith("Source")]
    assert caption.text_frame.text == f"Source{NBSP}: enquête Ansa 2024, 1{NBSP}200 ménages interrogés"
    assert caption.top >= frame.top + frame.height
    shapes = list(slide.shapes)
    assert shapes.index(frame) < shapes.index(caption)  # screen readers read it after the chart
    assert caption.text_frame.paragraphs[0].runs[0].font.size.pt >= 12
    # The bar chart has no caption: its chart takes the whole body.
    bar = slides[FIRST_CHART_SLIDE]
    assert not [s for s in bar.shapes if s.has_text_frame and s.text_frame.text.startswith("Source")]


# --- readable from the back of a room, in the brand's colours -----------------------------------------


def test_values_are_labelled_in_french_with_their_unit(deck: Path) -> None:
    column = chart_xml(deck, "column")
    assert [e.text for e in column.iterfind(".//c:numCache/c:formatCode", NS)] == [f'[$-40C]#,##0.0"{NBSP}%"']
    assert values_of(column, ".//c:dLbls/c:numFmt", "formatCode") == [f'[$-40C]#,##0.0"{NBSP}%"']
    assert values_of(column, ".//c:dLbls/c:numFmt", "sourceLinked") == ["0"]
    assert values_of(column, ".//c:dLbls/c:showVal") == ["1"]
    assert values_of(column, ".//c:valAx/c:numFmt", "formatCode") == [f'[$-40C]#,##0"{NBSP}%"']
    # A long unit is said once, as the value axis's title (level, in the axis's grey), not after every value.
    bar = chart_xml(deck, "bar")
    assert values_of(bar, ".//c:dLbls/c:numFmt", "formatCode") == ["[$-40C]#,##0"] * 2
    assert values_of(bar, ".//c:valAx/c:numFmt", "formatCode") == ["[$-40C]#,##0"]
    assert [t.text for t in bar.iterfind(".//c:valAx/c:title//a:t", NS)] == ["personnes"]
    assert values_of(bar, ".//c:valAx/c:title//a:bodyPr", "rot") == ["0"]
    assert values_of(bar, ".//c:valAx/c:title//a:rPr", "sz") == ["1400"]
    assert chart_xml(deck, "column").find(".//c:valAx/c:title", NS) is None
    assert set(values_of(chart_xml(deck, "line"), ".//c:dLbls/c:numFmt", "formatCode")) == {f'[$-40C]#,##0"{NBSP}€"'}


def test_text_is_arial_and_large(deck: Path) -> None:
    for kind in CHARTS:
        xml = chart_xml(deck, kind)
        assert values_of(xml, "c:txPr//a:latin", "typeface") == ["Arial"]
        assert values_of(xml, "c:txPr//a:defRPr", "sz") == ["1400"]  # the chart's floor: 14 pt
        labels = [int(size) for size in values_of(xml, ".//c:dLbls/c:txPr//a:defRPr", "sz")]
        assert labels and min(labels) >= 1600
        assert values_of(xml, ".//c:dLbls/c:txPr/a:bodyPr", "wrap") == ["none"] * len(labels)
        if kind != "pie":
            assert [int(s) for s in values_of(xml, ".//c:catAx/c:txPr//a:defRPr", "sz")] == [1600]
            assert [int(s) for s in values_of(xml, ".//c:valAx/c:txPr//a:defRPr", "sz")] == [1400]
        legend = [int(s) for s in values_of(xml, ".//c:legend/c:txPr//a:defRPr", "sz")]
        assert legend == ([] if kind == "column" else [1600])


def test_a_legend_only_where_there_are_several_series_or_a_pie(deck: Path) -> None:
    legends = {kind: chart_xml(deck, kind).find("c:chart/c:legend", NS) for kind in CHARTS}
    assert [kind for kind, legend in legends.items() if legend is not None] == ["bar", "line", "pie"]
    positions = {kind: values_of(legend, "c:legendPos") for kind, legend in legends.items() if legend is not None}
    assert positions == {"bar": ["b"], "line": ["b"], "pie": [None]}  # the pie's on the right, the default


def test_series_and_slices_wear_the_brand_colours(deck: Path) -> None:
    fills = "c:chart/c:plotArea/*/c:ser/c:spPr/a:solidFill/a:srgbClr"
    assert values_of(chart_xml(deck, "column"), fills) == [COLOURS.secondary]
    assert values_of(chart_xml(deck, "bar"), fills) == [COLOURS.secondary, COLOURS.accent]
    lines = values_of(chart_xml(deck, "line"), "c:chart/c:plotArea/*/c:ser/c:spPr/a:ln/a:solidFill/a:srgbClr")
    assert lines == [COLOURS.secondary, COLOURS.accent]
    slices = values_of(chart_xml(deck, "pie"), ".//c:ser/c:dPt/c:spPr/a:solidFill/a:srgbClr")
    assert slices == [COLOURS.secondary, COLOURS.accent, COLOURS.primary, COLOURS.muted]
    for kind in CHARTS:  # the labels in the text colour
        assert set(values_of(chart_xml(deck, kind), ".//c:dLbls/c:txPr//a:defRPr/a:solidFill/a:srgbClr")) == {COLOURS.text}


def test_gridlines_are_light_and_bars_start_at_zero(deck: Path) -> None:
    column = chart_xml(deck, "column")
    [grey] = values_of(column, ".//c:valAx/c:majorGridlines//a:srgbClr")
    assert all(int(grey[i : i + 2], 16) > 0xC8 for i in (0, 2, 4))
    assert values_of(column, ".//c:valAx/c:majorGridlines/c:spPr/a:ln", "w") == ["9525"]  # 0.75 pt
    assert values_of(column, ".//c:valAx/c:scaling/c:min") == ["0.0"]


def test_a_bar_chart_reads_from_the_top_with_its_axis_at_the_bottom(deck: Path) -> None:
    bar = chart_xml(deck, "bar")
    assert values_of(bar, ".//c:catAx/c:scaling/c:orientation") == ["maxMin"]
    assert values_of(bar, ".//c:valAx/c:crosses") == ["max"]


def test_two_lines_label_one_above_and_one_below(deck: Path) -> None:
    assert values_of(chart_xml(deck, "line"), ".//c:ser/c:dLbls/c:dLblPos") == ["t", "b"]


MONTHS = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()


def monthly(unit: str, series: dict[str, list[float]]) -> str:
    """A column chart of twelve months."""
    text = f"      - kind: chart\n        title: Par mois\n        unit: \"{unit}\"\n        series:\n"
    for name, values in series.items():
        text += f"          - name: {name}\n            values:\n"
        text += "".join(f"              {month}: {value}\n" for month, value in zip(MONTHS, values))
    return text


def test_crowded_labels_shrink_then_give_way_to_the_value_axis(tmp_path: Path) -> None:
    pairs = monthly("€", {"Dons": [14117 + 1000 * n for n in range(12)], "Achats": [9000 + 500 * n for n in range(12)]})
    twelve = monthly("%", {"Part": [14.5 + n for n in range(12)]})
    build_deck(write_event(tmp_path / "event", pairs, twelve), tmp_path / "deck.pptx")
    with zipfile.ZipFile(tmp_path / "deck.pptx") as package:
        pairs_xml, twelve_xml = (etree.fromstring(package.read(f"ppt/charts/chart{n}.xml")) for n in (1, 2))
    # 24 bars labelled « 14 117 € » would pile up: no labels, the axis and its gridlines read the values.
    assert pairs_xml.find(".//c:dLbls", NS) is None
    assert values_of(pairs_xml, ".//c:valAx/c:numFmt", "formatCode") == [f'[$-40C]#,##0"{NBSP}€"']
    # Twelve labels « 25,5 % » fit side by side at 16 pt, not at 18.
    assert values_of(twelve_xml, ".//c:dLbls/c:txPr//a:defRPr", "sz") == ["1600"]


# --- for screen readers -------------------------------------------------------------------------------


def test_the_alt_text_reads_out_every_value(deck: Path) -> None:
    slides = list(Presentation(str(deck)).slides)
    descriptions = [
        shape._element.nvGraphicFramePr.cNvPr.get("descr")
        for slide in slides
        for shape in slide.shapes
        if shape.has_chart
    ]
    assert descriptions[0] == (
        f"Histogramme «{NBSP}Recours à l'aide alimentaire dans l'Aude{NBSP}». 2021{NBSP}: 8,2{NBSP}%, 2022{NBSP}: 12{NBSP}%, "
        f"2023{NBSP}: 14,5{NBSP}%, 2024{NBSP}: 16{NBSP}%. Source{NBSP}: enquête Ansa 2024, 1{NBSP}200 ménages interrogés."
    )
    bar = descriptions[1].replace("\u202f", " ").replace(NBSP, " ")
    assert bar == (
        "Graphique à barres « Bénéficiaires par épicerie ». 2023 — Épicerie solidaire de Narbonne : 5 899 personnes, "
        "GESMIP : 14 117 personnes, Secours Catholique : 12 345 personnes. 2024 — Épicerie solidaire de Narbonne : "
        "6 210 personnes, GESMIP : 15 002 personnes, Secours Catholique : 11 900 personnes."
    )
    assert descriptions[3].startswith("Graphique en secteurs")


def test_the_chart_speaks_the_decks_language(deck: Path) -> None:
    for kind in CHARTS:
        xml = chart_xml(deck, kind)
        assert values_of(xml, "c:lang") == ["fr-FR"]
        assert {element.get("lang") for element in xml.iter(f"{{{NS['a']}}}defRPr", f"{{{NS['a']}}}rPr", f"{{{NS['a']}}}endParaRPr")} == {"fr-FR"}


def test_number_formats_and_alt_text_follow_the_language() -> None:
    assert number_format("en-US", 1, "%") == '[$-409]#,##0.0"%"'
    assert number_format("en-US", 0, "€") == f'[$-409]#,##0"{NBSP}€"'
    assert number_format("fr-FR", 2, None) == "[$-40C]#,##0.00"
    assert number_format("de-DE", 0, None) == "#,##0"  # no known id: the client's own separators
    assert number_format("fr-FR", 0, 'pouces"') == f'[$-40C]#,##0"{NBSP}pouces"\\"""'  # a quote stays a quote
    spec = ChartSlide(title="**Share**", chart="line", categories=("2023", "2024"), series=(("Homes", (12.5, 1500.0)),), unit="%")
    assert alt_text(spec, "en-US") == "Line chart “Share”. 2023: 12.5%, 2024: 1,500%."


# --- the same bytes, a clean package ------------------------------------------------------------------


class _Now(datetime):
    """XlsxWriter's clock, set by the test: each build stamps its workbooks with a different time."""

    moment = datetime(2001, 1, 1)

    @classmethod
    def now(cls, tz=None):  # noqa: ANN001, ANN206
        return cls.moment.replace(tzinfo=tz)


def test_two_builds_give_identical_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_event(tmp_path / "event", COLUMN, PIE)
    monkeypatch.setattr(xlsxwriter.core, "datetime", _Now)
    outputs = []
    for year in (2001, 2031):
        monkeypatch.setattr(_Now, "moment", datetime(year, 5, 6, 7, 8, 9))
        outputs.append(tmp_path / f"{year}.pptx")
        build_deck(folder, outputs[-1])
    assert outputs[0].read_bytes() == outputs[1].read_bytes()


def test_embedded_workbooks_carry_the_deck_date_not_the_build_time(deck: Path) -> None:
    with zipfile.ZipFile(deck) as package:
        workbooks = [package.read(n) for n in package.namelist() if n.startswith("ppt/embeddings/")]
    assert len(workbooks) == 4
    for data in workbooks:
        with zipfile.ZipFile(io.BytesIO(data)) as workbook:
            assert {info.date_time for info in workbook.infolist()} == {(1980, 1, 1, 0, 0, 0)}
            core = workbook.read("docProps/core.xml").decode()
        assert core.count("2025-11-07T00:00:00Z") == 2  # created and modified: the event's day
    with zipfile.ZipFile(io.BytesIO(workbooks[0])) as first:
        assert "<v>14.5</v>" in first.read("xl/worksheets/sheet1.xml").decode()  # Edit Data opens the numbers


def test_ooxml_checker_finds_charts_clean(shared: Path, deck: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(shared / "ooxml" / "check.py"), str(deck)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "clean" in result.stdout


def test_a_chart_slots_into_the_reference_deck(tmp_path: Path) -> None:
    output = tmp_path / "narbonne.pptx"
    slide = COLUMN.replace("speaker: ada", "speaker: damien-conare")
    result = build_deck(reference_with(tmp_path / "event", slide), output)
    assert result.slides == REFERENCE_SLIDES + 1
    kinds = [slide._element.cSld.get("name") for slide in Presentation(str(output)).slides]
    assert kinds.index("chart") == len(kinds) - kinds[::-1].index("concept_map")  # after the map and its continuation


# --- drawn by LibreOffice -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def drawn(soffice: str, deck: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Page], Path]:
    """The deck as LibreOffice draws it: its text read back, and the PDF."""
    pdf = convert_to_pdf(soffice, deck, tmp_path_factory.mktemp("charts-pdf"))
    return read_layout(pdf), pdf


def _words(page: Page) -> list[str]:
    return [line.text.replace(NBSP, " ").replace("\u202f", " ") for line in page.lines]


def test_libreoffice_writes_the_values_in_french(drawn: tuple[list[Page], Path]) -> None:
    pages, _ = drawn
    assert len(pages) == 8
    column, bar, line, pie = (_words(pages[FIRST_CHART_SLIDE - 1 + n]) for n in range(4))
    assert {"8,2 %", "12,0 %", "14,5 %", "16,0 %", "2021", "2024"} <= set(column)
    assert {"14 117", "11 900", "personnes", "Épicerie solidaire de Narbonne", "2023", "2024"} <= set(bar)
    assert {"155 086 €", "36 000 €", "janv.", "Dons", "Achats"} <= set(line)
    assert {"41 %", "10 %", "Légumineuses", "Produits laitiers"} <= set(pie)


def test_libreoffice_draws_chart_text_large_and_apart(drawn: tuple[list[Page], Path]) -> None:
    pages, _ = drawn
    for page in pages[FIRST_CHART_SLIDE - 1 : FIRST_CHART_SLIDE + 3]:
        assert not off_page(page) and not overlaps(page), page.number
        chart_text = [line for line in page.lines if 150 < line.y0 < 500 and not line.text.startswith("Source")]
        assert chart_text and min(line.size for line in chart_text) >= 14 * 0.98, page.number
    labels = [line for line in pages[FIRST_CHART_SLIDE - 1].lines if line.text.replace(NBSP, " ") == "14,5 %"]
    assert [round(line.size) for line in labels] == [round(18 * 1.06)]  # 18 pt (poppler's box is a little taller)


def test_libreoffice_paints_the_bars_in_the_brand_colours(drawn: tuple[list[Page], Path], tmp_path: Path) -> None:
    _, pdf = drawn
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", str(FIRST_CHART_SLIDE), "-l", str(FIRST_CHART_SLIDE + 1), str(pdf), str(tmp_path / "slide")],
        check=True, capture_output=True, timeout=60,
    )
    column, bar = (Image.open(path).convert("RGB") for path in sorted(tmp_path.glob("slide-*.png")))

    def share(image: Image.Image, colour: str) -> float:
        rgb = tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))
        return sum(count for count, pixel in image.getcolors(image.width * image.height) if pixel == rgb) / (image.width * image.height)

    assert share(column, COLOURS.secondary) > 0.08  # four teal columns
    assert share(column, COLOURS.accent) < 0.01  # (only the title's rule)
    assert share(bar, COLOURS.secondary) > 0.04 and share(bar, COLOURS.accent) > 0.04  # two series


def test_checking_a_deck_with_charts_measures_them_without_python_pptx(tmp_path: Path) -> None:
    """A dry run measures a chart slide's title and caption; python-pptx makes the chart only when it is drawn."""
    import subprocess
    import sys

    folder = write_event(tmp_path / "charts", *CHARTS.values())
    code = (
        "import sys\nfrom pathlib import Path\nfrom deckgen.build import check_deck\n"
        f"result = check_deck(Path({str(folder)!r}))\n"
        "print(sum(s.kind == 'chart' for s in result.slides), 'pptx' in sys.modules, 'xlsxwriter' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["4", "False", "False"]


def test_many_charts_made_by_a_worker_process_give_the_same_deck(tmp_path: Path) -> None:
    """`deckgen build` has a deck's many charts made by a worker process (chart_maker.py): the same bytes as
    made here, and python-pptx never imported by the building process."""
    import subprocess
    import sys

    from deckgen.render.chart_maker import WORKER_FROM

    folder = write_event(tmp_path / "charts", *(list(CHARTS.values()) * (WORKER_FROM // len(CHARTS) + 1)))
    code = (
        "import sys\nfrom pathlib import Path\nfrom deckgen.build import build_deck\n"
        "if __name__ == '__main__':\n"
        f"    build_deck(Path({str(folder)!r}), Path({str(tmp_path / 'worker.pptx')!r}), parallel=True)\n"
        "    print('pptx' in sys.modules)\n"
    )
    (tmp_path / "build.py").write_text(code, encoding="utf-8")
    done = subprocess.run([sys.executable, str(tmp_path / "build.py")], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False"]
    build_deck(folder, tmp_path / "here.pptx")
    assert (tmp_path / "worker.pptx").read_bytes() == (tmp_path / "here.pptx").read_bytes()


def test_a_worker_is_started_only_for_many_charts_and_when_asked() -> None:
    from deckgen.render.chart_maker import WORKER_FROM, ChartMaker, _cores

    for charts, parallel in ((WORKER_FROM - 1, True), (WORKER_FROM, False)):
        assert ChartMaker(charts, parallel=parallel).pool is None
    maker = ChartMaker(WORKER_FROM, parallel=True)
    try:
        assert (maker.pool is not None) == (_cores() > 1)  # one core: nothing to run it on
    finally:
        maker.close()


def test_charts_are_made_here_when_no_worker_can_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sandbox without semaphores (or fork) cannot start a worker: the charts are made here, the same bytes."""
    from deckgen.render import chart_maker

    def refused(*args: object, **kwargs: object) -> None:
        raise OSError(38, "Function not implemented")

    folder = write_event(tmp_path / "charts", *(list(CHARTS.values()) * (chart_maker.WORKER_FROM // len(CHARTS) + 1)))
    build_deck(folder, tmp_path / "here.pptx")
    import concurrent.futures

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refused)  # chart_maker imports it as it starts a worker
    build_deck(folder, tmp_path / "refused.pptx", parallel=True)
    assert (tmp_path / "refused.pptx").read_bytes() == (tmp_path / "here.pptx").read_bytes()


def test_a_chart_whose_worker_died_is_made_here() -> None:
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from deckgen.render.chart_maker import ChartJob

    died: Future[tuple[bytes, bytes]] = Future()
    died.set_exception(BrokenProcessPool("killed"))
    assert ChartJob(died, lambda: (b"chart", b"workbook")).result() == (b"chart", b"workbook")
    failed: Future[tuple[bytes, bytes]] = Future()
    failed.set_exception(ValueError("a bug in the chart's code"))
    with pytest.raises(ValueError):  # not the worker's fault: not hidden
        ChartJob(failed, lambda: (b"chart", b"workbook")).result()


@pytest.mark.parametrize("kind", list(CHARTS))
def test_a_chart_part_is_the_one_python_pptx_s_add_chart_makes(kind: str, tmp_path: Path) -> None:
    """chart_blobs makes the part with python-pptx's `ChartPart.new` for a package that only names parts;
    `shapes.add_chart` on a real presentation makes the same part and the same workbook."""
    import io
    import zipfile

    from pptx import Presentation
    from pptx.util import Pt

    from deckgen.brand import load_brand
    from deckgen.load import load_event
    from deckgen.plan import plan_deck
    from deckgen.render.canvas import Canvas, RenderContext
    from deckgen.render.chart import chart_style
    from deckgen.render.chart_part import CHART_TYPES, ChartData, chart_blobs
    from deckgen.render.geometry import Box

    loaded = load_event(write_event(tmp_path / "event", CHARTS[kind]))
    spec = next(s for s in plan_deck(loaded.event, loaded.folder).slides if s.kind == "chart")
    canvas, area = Canvas(None, RenderContext(load_brand("ansa"), "fr-FR"), 4), Box(56, 146, 848, 320)
    style = chart_style(canvas, spec, area)
    ours = chart_blobs(style, spec)
    data = ChartData.of(style, spec)
    presentation = Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])
    frame = slide.shapes.add_chart(CHART_TYPES[spec.chart], Pt(area.x), Pt(area.y), Pt(area.w), Pt(area.h), data.values)
    data.style(style, frame.chart, spec)
    part = frame.chart.part
    assert ours[0] == part.blob

    def members(workbook: bytes) -> dict[str, bytes]:  # the workbook's own dates are now: set aside
        with zipfile.ZipFile(io.BytesIO(workbook)) as package:
            return {name: package.read(name) for name in package.namelist() if name != "docProps/core.xml"}

    assert members(ours[1]) == members(part.chart_workbook.xlsx_part.blob)
