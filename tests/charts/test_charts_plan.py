"""The chart slide's spec: what the planner decides, compared by equality."""

from __future__ import annotations

from pathlib import Path

from charts_events import BAR, COLUMN, PIE, write_event

from deckgen.load import load_event
from deckgen.plan import plan_deck
from deckgen.plan.specs import ChartSlide, SectionSlide


def test_each_chart_becomes_its_spec_in_order(tmp_path: Path) -> None:
    loaded = load_event(write_event(tmp_path, COLUMN, BAR, PIE))
    slides = plan_deck(loaded.event, loaded.folder).slides
    assert [s.kind for s in slides] == ["title", "agenda", "section", "chart", "chart", "chart", "closing"]
    assert isinstance(slides[2], SectionSlide)
    assert slides[3:6] == (
        ChartSlide(
            title="Recours à l'aide alimentaire dans l'Aude",
            kicker="Ada Lovelace",
            chart="column",
            categories=("2021", "2022", "2023", "2024"),
            series=(("Part des ménages", (8.2, 12.0, 14.5, 16.0)),),
            unit="%",
            caption="Source : enquête Ansa 2024, 1 200 ménages interrogés",
        ),
        ChartSlide(
            title="Bénéficiaires par épicerie",
            chart="bar",
            categories=("Épicerie solidaire de Narbonne", "GESMIP", "Secours Catholique"),
            series=(("2023", (5899.0, 14117.0, 12345.0)), ("2024", (6210.0, 15002.0, 11900.0))),
            unit="personnes",
        ),
        ChartSlide(
            title="Ce qu'Andès a acheté grâce au programme",
            chart="pie",
            categories=("Légumineuses", "Fruits et légumes", "Féculents", "Produits laitiers"),
            series=(("Achats", (41.0, 32.0, 17.0, 10.0)),),
            unit="%",
            caption="Source : Andès, rapport 2024",
        ),
    )
    assert [s.origin for s in slides[3:6]] == [("agenda", 0, "slides", n) for n in range(3)]


def test_a_chart_spec_is_frozen_and_hashable() -> None:
    spec = ChartSlide(title="T", categories=("a", "b"), series=(("s", (1.0, 2.0)),))
    assert spec.kind == "chart" and spec.chart == "column" and spec.chrome
    assert hash(spec) == hash(ChartSlide(title="T", categories=("a", "b"), series=(("s", (1.0, 2.0)),)))
    assert spec != ChartSlide(title="T", categories=("a", "b"), series=(("s", (1.0, 3.0)),))
