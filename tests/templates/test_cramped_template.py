"""A template that leaves little room under its titles (its body placeholder in the lower 40 % of the slide, as
LibreOffice's Progress has it): the territories slide's header gives way before its tiles. The host's logo
goes first, then the other seasons of the legend; on a roomy slide both stay.

Before, the reference deck did not build on such a template: a tile fitted nowhere under the logo and the
legend, however the list of territories was cut."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.util import Emu

from deckgen.build import build_deck
from paths import REFERENCE

TITLES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
BODIES = (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.SUBTITLE)
SEASONS = ("Languedoc-Roussillon", "Midi-Pyrénées")  # the reference training's two seasons, in its legend
TERRITORIES = ("Gard (30)", "Hérault (34)", "Aude (11)", "Pyrénées-Orientales (66)")  # the 2024-25 season's


def _low_body_template(path: Path, body_top: float) -> Path:
    """python-pptx's default template at 16:9, every title just above `body_top` (a share of the height) and
    every body from there to near the bottom."""
    presentation = Presentation()
    presentation.slide_width, presentation.slide_height = Emu(12192000), Emu(6858000)
    width, height = presentation.slide_width, presentation.slide_height
    for master in presentation.slide_masters:
        for layout in (master, *master.slide_layouts):
            for placeholder in layout.placeholders:
                kind = placeholder.placeholder_format.type
                if kind not in TITLES + BODIES:
                    continue
                placeholder.left, placeholder.width = Emu(int(width * 0.07)), Emu(int(width * 0.86))
                if kind in TITLES:
                    placeholder.top, placeholder.height = Emu(int(height * (body_top - 0.2))), Emu(int(height * 0.15))
                else:
                    placeholder.top, placeholder.height = Emu(int(height * body_top)), Emu(int(height * (0.93 - body_top)))
    presentation.save(path)
    return path


def _territories_slides(deck: Path) -> list[tuple[str, int]]:
    """Each territories slide's text, and how many pictures it holds."""
    slides = []
    for slide in Presentation(deck).slides:
        title = slide.shapes.title.text_frame.text if slide.shapes.title is not None else ""
        if "territoires 2024-25" not in title:
            continue
        text = "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)
        slides.append((text, sum(shape.shape_type == MSO_SHAPE_TYPE.PICTURE for shape in slide.shapes)))
    return slides


def test_on_a_template_with_little_room_the_logo_and_the_other_seasons_give_way(tmp_path: Path) -> None:
    template = _low_body_template(tmp_path / "low.pptx", body_top=0.6)
    deck = tmp_path / "deck.pptx"
    build_deck(REFERENCE, deck, template=template)
    slides = _territories_slides(deck)
    assert slides, "no territories slide"
    shown = "\n".join(text for text, _ in slides)
    assert all(name in shown for name in TERRITORIES)  # every territory, on one slide or its continuation
    for text, pictures in slides:
        assert pictures == 0  # the host's logo left out
        assert SEASONS[0] in text and SEASONS[1] not in text  # the legend: this slide's season alone


@pytest.mark.parametrize("template", [None, 0.3], ids=["brand", "python-pptx-high-body"])
def test_where_there_is_room_the_logo_and_every_season_stay(tmp_path: Path, template: float | None) -> None:
    deck = tmp_path / "deck.pptx"
    build_deck(REFERENCE, deck, template=None if template is None else _low_body_template(tmp_path / "t.pptx", template))
    slides = _territories_slides(deck)
    assert len(slides) == 1
    text, pictures = slides[0]
    assert pictures == 1 and all(season in text for season in SEASONS) and all(name in text for name in TERRITORIES)
