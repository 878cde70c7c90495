"""Slides of other sizes lay out from the same bands: 4:3 and 16:10 reflow in their own width, and a slide of
another height is the slide laid out 540 pt tall, drawn to scale (its text as large a share of the screen)."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from deckgen.brand import load_brand
from deckgen.load import load_event
from deckgen.plan import plan_deck
from deckgen.render import render_deck
from deckgen.render.geometry import STANDARD, WIDE_16_10, WIDESCREEN, Frame
from deckgen.write import build_date, deck_members, zipped
from paths import REFERENCE

_OFFSET = re.compile(rb'<a:off x="(\d+)" y="(\d+)"/><a:ext cx="(\d+)" cy="(\d+)"/>')
_SIZE = re.compile(rb' sz="(\d+)"')


def deck(frame: Frame, folder: Path = REFERENCE) -> dict[str, bytes]:
    loaded = load_event(folder)
    plan = plan_deck(loaded.event, loaded.folder)
    package = render_deck(plan, load_brand(loaded.event.brand), frame=frame)
    members = deck_members(package, title=plan.title, author=plan.author, language=plan.language, created=build_date(datetime(2025, 11, 7)))
    with zipfile.ZipFile(io.BytesIO(zipped(members))) as built:
        return {name: built.read(name) for name in built.namelist()}


def slides(members: dict[str, bytes]) -> list[bytes]:
    names = sorted((n for n in members if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)), key=lambda n: int(n[16:-4]))
    return [members[n] for n in names]


@pytest.mark.parametrize("frame", [STANDARD, WIDE_16_10, Frame(793.75, 595.25)], ids=["4:3", "16:10", "impress-4:3"])
def test_a_slide_of_another_shape_declares_its_size_and_keeps_every_shape_on_it(frame: Frame) -> None:
    members = deck(frame)
    size = re.search(rb'<p:sldSz cx="(\d+)" cy="(\d+)"', members["ppt/presentation.xml"])
    assert size is not None and (int(size[1]), int(size[2])) == (int(frame.width * 12700), int(frame.height * 12700))
    for number, xml in enumerate(slides(members), start=1):
        for x, y, w, h in _OFFSET.findall(xml):
            assert int(x) + int(w) <= int(frame.width * 12700) + 2 and int(y) + int(h) <= int(frame.height * 12700) + 2, f"slide {number}"


def test_a_shorter_slide_is_the_same_slide_drawn_smaller() -> None:
    """720 × 405 (a 16:9 template's size) is 960 × 540 at three quarters: every shape where three quarters
    of its place is, every text three quarters of its size, the same slides."""
    large, small = slides(deck(WIDESCREEN)), slides(deck(Frame(720.0, 405.0)))
    assert len(large) == len(small)
    for number, (a, b) in enumerate(zip(large, small), start=1):
        places_a, places_b = _OFFSET.findall(a), _OFFSET.findall(b)
        assert len(places_a) == len(places_b), f"slide {number}"
        for one, other in zip(places_a, places_b):
            # within a tenth of a point, or half a percent: a picture keeps the proportions of its pixels,
            # resampled for its size
            assert all(abs(int(p) * 0.75 - int(q)) <= max(1270, 0.005 * int(q)) for p, q in zip(one, other)), f"slide {number}: {one} → {other}"
        sizes_a, sizes_b = _SIZE.findall(a), _SIZE.findall(b)
        assert [round(int(s) * 0.75) for s in sizes_a] == pytest.approx([int(s) for s in sizes_b], abs=1), f"slide {number}"


def test_a_concept_map_draws_its_own_bar_without_the_layout_s_title_rule() -> None:
    """Its title is the centre, in a band: the title-only layout's accent rule stood alone where a title goes,
    over the first branch (the reference deck's slides 11 and 12)."""
    members = deck(WIDESCREEN)
    maps = [xml for xml in slides(members) if b'name="Centre"' in xml]
    assert len(maps) == 2
    for xml in maps:
        assert b'showMasterSp="0"' in xml and b'name="Brand edge"' in xml  # the layout's rule and bar hidden, the bar drawn
