"""The layout rules hold on slides of other shapes: the Aude day (the most demanding of the decks: long
organisations, six workshops, three seasons) and the reference, on 4:3 and 16:10 slides, read back from
LibreOffice's PDF as the 16:9 decks are (test_layout_decks.py)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from deckgen.brand import load_brand
from deckgen.load import load_event
from deckgen.plan import plan_deck
from deckgen.render import render_deck
from deckgen.render.geometry import STANDARD, WIDE_16_10, Frame
from deckgen.write import build_date, deck_members, zipped
from faults import RULES, find_faults, listing, read_deck
from paths import DECKS, REFERENCE
from pdf_layout import convert_to_pdf, read_layout

CASES = [
    pytest.param(DECKS / "reseau-aude-2026", STANDARD, id="aude-4:3"),
    pytest.param(DECKS / "reseau-aude-2026", WIDE_16_10, id="aude-16:10"),
    pytest.param(REFERENCE, STANDARD, id="reference-4:3"),
]


def _built(folder: Path, frame: Frame, into: Path) -> Path:
    loaded = load_event(folder)
    plan = plan_deck(loaded.event, loaded.folder)
    package = render_deck(plan, load_brand(loaded.event.brand), frame=frame)
    members = deck_members(package, title=plan.title, author=plan.author, language=plan.language, created=build_date(datetime(2026, 1, 1)))
    output = into / f"{folder.name}-{int(frame.width)}x{int(frame.height)}.pptx"
    output.write_bytes(zipped(members))
    return output


@pytest.mark.libreoffice
@pytest.mark.parametrize(("folder", "frame"), CASES)
def test_the_layout_rules_hold_on_other_slide_shapes(soffice: str, folder: Path, frame: Frame, tmp_path: Path) -> None:
    pptx = _built(folder, frame, tmp_path)
    pages = read_layout(convert_to_pdf(soffice, pptx, tmp_path))
    found = find_faults(read_deck(pptx), pages)
    faults = [fault for rule in RULES for fault in found.get(rule, [])]
    assert not faults, listing(faults)
    assert all(round(page.width) == round(frame.width) and round(page.height) == round(frame.height) for page in pages)
