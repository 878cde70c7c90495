"""Events with charts, written as organisers write them, for the chart tests.

A plain module with a unique name (not conftest.py), importable from every chart test module.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from paths import REFERENCE

HEAD = """\
title: Journée test des graphiques
date: 2025-11-07
venue: Palais du Travail
city: Narbonne
organiser: ansa
organisations: {ansa: {name: Agence nouvelle des solidarités actives}}
people:
  ada: {name: Ada Lovelace, role: Statisticienne}
agenda:
  - kind: talk
    start: "10:00"
    title: Les chiffres de l'Aude
    speakers: [ada]
    slides:
"""

COLUMN = """\
      - kind: chart
        speaker: ada
        title: Recours à l'aide alimentaire dans l'Aude
        unit: "%"
        series:
          - name: Part des ménages
            values:
              "2021": 8,2
              "2022": 12
              "2023": 14,5
              "2024": 16
        caption: "Source : enquête Ansa 2024, 1 200 ménages interrogés"
"""

BAR = """\
      - kind: chart
        chart: bar
        title: Bénéficiaires par épicerie
        unit: personnes
        series:
          - name: 2023
            values:
              Épicerie solidaire de Narbonne: 5899
              GESMIP: 14117
              Secours Catholique: 12 345
          - name: 2024
            values:
              Épicerie solidaire de Narbonne: 6210
              GESMIP: 15002
              Secours Catholique: 11 900
"""

LINE = """\
      - kind: chart
        chart: line
        title: Dons et achats du premier semestre
        unit: €
        series:
          - name: Dons
            values: {janv.: 56987, févr.: 98923, mars: 155086, avr.: 120400}
          - name: Achats
            values: {janv.: 36000, févr.: 41000, mars: 80000, avr.: 95000}
"""

PIE = """\
      - kind: chart
        chart: pie
        title: Ce qu'Andès a acheté grâce au programme
        unit: "%"
        series:
          - name: Achats
            values:
              Légumineuses: 41
              Fruits et légumes: 32
              Féculents: 17
              Produits laitiers: 10
        caption: "Source : Andès, rapport 2024"
"""

CHARTS = {"column": COLUMN, "bar": BAR, "line": LINE, "pie": PIE}
"""One chart of each type, in the order they are shown."""

FIRST_CHART_SLIDE = 4
"""Title, programme and the talk's section slide come first."""


def write_event(folder: Path, *slides: str) -> Path:
    """An event whose only talk shows these slides (YAML blocks indented as above); returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "event.yaml").write_text(HEAD + "".join(slides), encoding="utf-8")
    return folder


def reference_with(folder: Path, slide: str) -> Path:
    """The reference event with one more slide at the end of the witnesses' slides (after the concept map)."""
    text = (REFERENCE / "event.yaml").read_text(encoding="utf-8")
    anchor = "\n  - kind: round_table\n"  # the first one follows the witnesses
    folder.mkdir(parents=True, exist_ok=True)
    # The reference event includes ../_shared/alim-activ.yaml: give the copy that neighbour too.
    shutil.copytree(REFERENCE.parent / "_shared", folder.parent / "_shared", dirs_exist_ok=True)
    (folder / "event.yaml").write_text(text.replace(anchor, "\n" + slide + anchor, 1), encoding="utf-8")
    return folder
