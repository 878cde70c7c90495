"""Data labels that would stand on one another are left out: three lines' labels at each month, and the labels
of a pie's thin slices side by side (found on events of other shapes: four sites over twelve months, twelve
categories of which the last five are under 3 %)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from charts_events import write_event

from deckgen.build import build_deck

MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin"]


def _chart_xml(deck: Path) -> str:
    with zipfile.ZipFile(deck) as package:
        (name,) = [n for n in package.namelist() if re.fullmatch(r"ppt/charts/chart\d+\.xml", n)]
        return package.read(name).decode()


def _line(series: int) -> str:
    lines = "".join(
        f"          - name: Site {s}\n            values: {{{', '.join(f'{m}: {1000 + 300 * s + 50 * i}' for i, m in enumerate(MONTHS))}}}\n"
        for s in range(series)
    )
    return f"      - kind: chart\n        chart: line\n        title: Colis par mois\n        unit: colis\n        series:\n{lines}"


def test_three_lines_leave_their_values_to_the_axis_and_two_keep_them(tmp_path: Path) -> None:
    for series, labelled in ((3, False), (2, True)):
        deck = tmp_path / f"{series}.pptx"
        build_deck(write_event(tmp_path / f"lines-{series}", _line(series)), deck)
        assert ('<c:showVal val="1"/>' in _chart_xml(deck)) is labelled, series


def test_a_pie_s_thin_slices_have_no_label_on_the_pie(tmp_path: Path) -> None:
    shares = [40, 20, 10, 8, 6, 5, 4, 3, 2, 1, 0.5, 0.5]
    values = ", ".join(f"Catégorie {n}: {share}" for n, share in enumerate(shares, start=1))
    pie = f"      - kind: chart\n        chart: pie\n        title: Répartition\n        unit: \"%\"\n        series:\n          - name: Part\n            values: {{{values}}}\n"
    deck = tmp_path / "pie.pptx"
    build_deck(write_event(tmp_path / "pie", pie), deck)
    xml = _chart_xml(deck)
    deleted = sorted(int(i) for i in re.findall(r'<c:dLbl><c:idx val="(\d+)"/><c:delete val="1"/></c:dLbl>', xml))
    assert deleted == [n for n, share in enumerate(shares) if share / sum(shares) < 0.04]
    assert '<c:showVal val="1"/>' in xml  # the others keep theirs
