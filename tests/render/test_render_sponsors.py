"""The sponsors' band of the title and closing slides with names written out (sponsors without a logo file):
six of them, of the lengths public bodies have, stopped the build at « slide 1 (title) », placed at line 1
of the event. They now go in two rows where one does not hold them, all at one size."""

from __future__ import annotations

import re
from pathlib import Path

from pptx import Presentation

from deckgen.build import build_deck

SPONSORS = {
    "s1": "Préfecture de la région Occitanie",
    "s2": "Conseil départemental de l'Hérault",
    "s3": "Région Occitanie / Pyrénées-Méditerranée",
    "s4": "Direction régionale de l'économie, de l'emploi, du travail et des solidarités",
    "s5": "Caisse d'allocations familiales de la Haute-Garonne",
    "s6": "Mutualité sociale agricole Midi-Pyrénées Sud",
}


def _event(folder: Path, sponsors: dict[str, str]) -> Path:
    folder.mkdir()
    organisations = "".join(f'  {key}: {{name: "{name}"}}\n' for key, name in sponsors.items())
    (folder / "event.yaml").write_text(
        "title: Journée\ndate: 2026-06-02\nvenue: Mairie\ncity: Albi\norganiser: ansa\norganisations:\n"
        f"  ansa: {{name: Ansa}}\n{organisations}sponsors: [{', '.join(sponsors)}]\n"
        "agenda:\n  - {kind: conclusion, start: '16:00'}\n",
        encoding="utf-8",
    )
    return folder


def _wordmarks(deck: Path, names: set[str]) -> dict[str, set[float]]:
    """Each slide's sizes of the names written out, by slide index."""
    found: dict[str, set[float]] = {}
    for index, slide in enumerate(Presentation(deck).slides):
        for shape in slide.shapes:
            if shape.has_text_frame and shape.text_frame.text in names:
                for run in (r for p in shape.text_frame.paragraphs for r in p.runs):
                    found.setdefault(str(index), set()).add(run.font.size.pt)
    return found


def test_six_long_sponsor_names_fit_in_two_rows_at_one_size(tmp_path: Path) -> None:
    deck = tmp_path / "deck.pptx"
    build_deck(_event(tmp_path / "six", SPONSORS), deck)
    sizes = _wordmarks(deck, set(SPONSORS.values()))
    assert sizes and all(len(on_slide) == 1 for on_slide in sizes.values()), sizes  # one size a slide
    texts = {index: [s.text_frame.text for s in slide.shapes if s.has_text_frame] for index, slide in enumerate(Presentation(deck).slides)}
    assert all(name in texts[0] for name in SPONSORS.values())  # every name on the title slide


def test_three_short_names_stay_in_one_row(tmp_path: Path) -> None:
    short = {"s1": "CAF", "s2": "MSA", "s3": "Région"}
    deck = tmp_path / "deck.pptx"
    build_deck(_event(tmp_path / "three", short), deck)
    tops = {
        shape.top for shape in Presentation(deck).slides[0].shapes if shape.has_text_frame and shape.text_frame.text in short.values()
    }
    assert len(tops) == 1
    assert re.fullmatch(r"\{'0': \{20\.0\}.*", str(_wordmarks(deck, set(short.values()))))  # at the largest size
