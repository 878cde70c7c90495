"""The chart slide's model: what it accepts, and each mistake refused with a message saying what to write."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from charts_events import BAR, COLUMN, PIE, write_event
from pydantic import TypeAdapter, ValidationError

from deckgen.errors import LoadError
from deckgen.load import load_event
from deckgen.model import ChartSlide, ContentSlide, Series

SLIDE = TypeAdapter(ContentSlide)


def chart(**fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": "chart",
        "title": "Bénéficiaires",
        "series": [{"name": "2024", "values": {"Aude": 12, "Hérault": 9.5}}],
    }
    data.update(fields)
    return data


def error_of(data: dict[str, Any]) -> tuple[tuple[Any, ...], str]:
    """The one error the slide is refused with: where, and its message (pydantic's « Value error, » prefix off)."""
    with pytest.raises(ValidationError) as caught:
        SLIDE.validate_python(data)
    errors = caught.value.errors(include_url=False)
    assert len(errors) == 1, errors
    error = errors[0]
    message = str(error["ctx"]["error"]) if error["type"] == "value_error" else error["msg"]
    return tuple(error["loc"]), message


def test_a_chart_is_a_content_slide_with_defaults() -> None:
    slide = SLIDE.validate_python(chart())
    assert isinstance(slide, ChartSlide)
    assert (slide.chart, slide.unit, slide.caption, slide.speaker) == ("column", None, None, None)
    assert slide.series == [Series(name="2024", values={"Aude": 12.0, "Hérault": 9.5})]


def test_values_keep_the_order_written() -> None:
    labels = ["Zèbre", "Aude", "Moselle", "Bretagne"]
    slide = SLIDE.validate_python(chart(series=[{"name": "a", "values": {label: 1 for label in labels}}]))
    assert list(slide.series[0].values) == labels


@pytest.mark.parametrize(
    ("written", "value"),
    [(12, 12.0), (12.5, 12.5), ("12,5", 12.5), ("14 117", 14117.0), ("14\u202f117,25", 14117.25), ("-3", -3.0), ("\u22123,5", -3.5)],
)
def test_values_accept_french_numbers(written: object, value: float) -> None:
    slide = SLIDE.validate_python(chart(series=[{"name": "a", "values": {"Aude": written}}]))
    assert slide.series[0].values == {"Aude": value}


@pytest.mark.parametrize("written", ["12 %", "douze", "1 2", True, ".inf"])
def test_a_value_that_is_not_a_number_is_refused(written: object) -> None:
    loc, message = error_of(chart(series=[{"name": "a", "values": {"Aude": written}}]))
    assert loc == ("chart", "series", 0, "values", "Aude")
    assert message.startswith(f"'{written}' is not a number; write")


def test_a_series_named_by_a_year_needs_no_quotes() -> None:
    slide = SLIDE.validate_python(chart(series=[{"name": 2024, "values": {"Aude": 1}}]))
    assert slide.series[0].name == "2024"


def test_series_must_share_their_categories() -> None:
    loc, message = error_of(
        chart(series=[{"name": "2023", "values": {"Aude": 1, "Gard": 2}}, {"name": "2024", "values": {"Aude": 3, "Gers": 4}}])
    )
    assert loc == ("chart", "series")
    assert message == (
        "series 2 ('2024') lacks the category 'Gard' and has 'Gers' instead; every series needs the categories "
        "of series 1 ('2023'), in the same order"
    )


def test_series_must_list_their_categories_in_the_same_order() -> None:
    _, message = error_of(
        chart(series=[{"name": "a", "values": {"Aude": 1, "Gard": 2}}, {"name": "b", "values": {"Gard": 3, "Aude": 4}}])
    )
    assert message == (
        "series 2 ('b') lists its categories in another order (Gard, Aude instead of Aude, Gard); every series needs "
        "the categories of series 1 ('a'), in the same order"
    )


def test_a_series_with_one_more_category_is_refused() -> None:
    _, message = error_of(
        chart(series=[{"name": "a", "values": {"Aude": 1}}, {"name": "b", "values": {"Aude": 3, "Gard": 4}}])
    )
    assert message.startswith("series 2 ('b') has the category 'Gard' that series 1 lacks;")


def test_a_pie_shows_one_series() -> None:
    loc, message = error_of(
        chart(chart="pie", series=[{"name": "a", "values": {"Aude": 1}}, {"name": "b", "values": {"Aude": 2}}])
    )
    assert loc == ("chart", "series")
    assert message == "a pie shows one series, this one has 2; keep one, or use `chart: column` to compare them"


def test_a_pie_has_no_negative_value() -> None:
    loc, message = error_of(chart(chart="pie", series=[{"name": "a", "values": {"Aude": 5, "Gard": -2.5}}]))
    assert loc == ("chart", "series")
    assert message == "a pie cannot show a negative value ('Gard': -2.5); use `chart: column` or `chart: bar`"


def test_a_pie_of_zeros_is_refused() -> None:
    _, message = error_of(chart(chart="pie", series=[{"name": "a", "values": {"Aude": 0, "Gard": 0}}]))
    assert message == "a pie needs at least one value above zero"


def test_negative_values_are_fine_outside_a_pie() -> None:
    slide = SLIDE.validate_python(chart(chart="bar", series=[{"name": "a", "values": {"Aude": 5, "Gard": -2.5}}]))
    assert slide.series[0].values["Gard"] == -2.5


def test_at_most_twelve_categories() -> None:
    values = {f"Mois {n}": n for n in range(1, 14)}
    loc, message = error_of(chart(chart="line", series=[{"name": "a", "values": values}]))
    assert loc == ("chart", "series", 0, "values")
    assert message == (
        "has 13 categories; a chart stays readable with at most 12: group the smallest ones (e.g. « Autres ») "
        "or split the chart in two"
    )
    SLIDE.validate_python(chart(series=[{"name": "a", "values": dict(list(values.items())[:12])}]))


def test_one_to_four_series() -> None:
    series = [{"name": str(n), "values": {"Aude": n}} for n in range(5)]
    loc, message = error_of(chart(series=series))
    assert (loc, message) == (("chart", "series"), "List should have at most 4 items after validation, not 5")
    loc, _ = error_of(chart(series=[]))
    assert loc == ("chart", "series")


def test_an_unknown_chart_type_is_refused() -> None:
    loc, message = error_of(chart(chart="donut"))
    assert loc == ("chart", "chart")
    assert message == "Input should be 'column', 'bar', 'line' or 'pie'"


# --- through the loader: located in the file ----------------------------------------------------------


def test_the_loader_reads_every_chart(tmp_path: Path) -> None:
    event = load_event(write_event(tmp_path, COLUMN, BAR, PIE)).event
    slides = event.agenda[0].slides
    assert [s.chart for s in slides] == ["column", "bar", "pie"]
    assert slides[0].series[0].values == {"2021": 8.2, "2022": 12.0, "2023": 14.5, "2024": 16.0}
    assert slides[1].series[0].values["Secours Catholique"] == 12345.0
    assert [s.name for s in slides[1].series] == ["2023", "2024"]


def test_the_loader_locates_a_pie_with_two_series(tmp_path: Path) -> None:
    broken = PIE + "          - name: Dons\n            values: {Légumineuses: 1, Fruits et légumes: 2, Féculents: 3, Produits laitiers: 4}\n"
    broken = broken.replace('        caption: "Source : Andès, rapport 2024"\n', "")
    folder = write_event(tmp_path, broken)
    with pytest.raises(LoadError) as caught:
        load_event(folder)
    [problem] = caught.value.problems
    text = (folder / "event.yaml").read_text(encoding="utf-8")
    line = text[: text.index("          - name: Achats")].count("\n") + 1
    assert (problem.line, problem.field) == (line, "agenda[0].slides[0].series")
    assert problem.message.startswith("a pie shows one series, this one has 2;")


def test_the_loader_locates_a_value_that_is_not_a_number(tmp_path: Path) -> None:
    folder = write_event(tmp_path, COLUMN.replace('"2022": 12\n', '"2022": 12 %\n'))
    with pytest.raises(LoadError) as caught:
        load_event(folder)
    [problem] = caught.value.problems
    text = (folder / "event.yaml").read_text(encoding="utf-8")
    line = text[: text.index("12 %")].count("\n") + 1
    assert (problem.line, problem.field) == (line, "agenda[0].slides[0].series[0].values.2022")
    assert problem.message == "'12 %' is not a number; write digits only, e.g. 12.5 or 12,5 (a unit such as % goes in `unit:`)"
