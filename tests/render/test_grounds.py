"""Whether a template layout's ground shows under deckgen's text, and where the text then goes
(render/grounds.py): on made-up layouts — a light or dark backdrop picture, corner art, art across the body,
a gradient, no background at all — so that each rule is seen to hold, and to fail."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pytest
from PIL import Image

from deckgen.package import Decoration, Ground
from deckgen.render.geometry import Box
from deckgen.render.grounds import CLEAR, clear_column, seen

WIDTH, HEIGHT = 800.0, 450.0
TITLE = Box(50, 30, 700, 70)
BODY = Box(50, 120, 700, 280)


@dataclass
class _Part:
    data: bytes


@dataclass
class _Package:
    parts: dict[str, _Part] = field(default_factory=dict)


@dataclass
class _Template:
    width: float = WIDTH
    height: float = HEIGHT
    package: _Package = field(default_factory=_Package)


@dataclass
class _Layout:
    ground: Ground


def _png(colour: str, speckled: float = 0.0) -> bytes:
    """A picture of one colour, its left `speckled` share black."""
    image = Image.new("RGB", (200, 100), colour)
    if speckled:
        image.paste((0, 0, 0), (0, 0, round(200 * speckled), 100))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _backdrop(data: bytes) -> tuple[_Template, _Layout]:
    template = _Template()
    template.package.parts["ppt/media/image1.png"] = _Part(data)
    return template, _Layout(Ground(None, None, False, (Decoration((0, 0, WIDTH, HEIGHT), "ppt/media/image1.png"),)))


def test_a_light_backdrop_picture_shows_with_the_boxes_as_they_are() -> None:
    template, layout = _backdrop(_png("#F3E7C9"))  # parchment
    looked = seen(template, layout, TITLE, BODY)  # type: ignore[arg-type]
    assert (looked.shown, looked.title, looked.body) == (True, TITLE, BODY)


@pytest.mark.parametrize("data", [_png("#203050"), _png("#F3E7C9", speckled=0.3), b"not a picture"], ids=["dark", "a third dark", "unreadable"])
def test_a_backdrop_not_light_under_the_body_is_not_shown(data: bytes) -> None:
    template, layout = _backdrop(data)
    assert not seen(template, layout, TITLE, BODY).shown  # type: ignore[arg-type]


def test_no_background_at_all_is_white_and_a_gradient_is_not_known_to_be_light() -> None:
    assert seen(_Template(), _Layout(Ground(None, None, False, ())), TITLE, BODY).shown  # type: ignore[arg-type]
    assert not seen(_Template(), _Layout(Ground(None, None, True, ())), TITLE, BODY).shown  # type: ignore[arg-type]
    assert not seen(_Template(), _Layout(Ground("1F2A44", None, True, ())), TITLE, BODY).shown  # type: ignore[arg-type]
    assert seen(_Template(), _Layout(Ground("FFFFFF", None, True, ())), TITLE, BODY).shown  # type: ignore[arg-type]


def test_corner_art_narrows_title_and_body_to_one_clear_column() -> None:
    art = (Decoration((0, 0, 90, 250)), Decoration((650, 0, 150, 110)))
    looked = seen(_Template(), _Layout(Ground(None, None, False, art)), TITLE, BODY)  # type: ignore[arg-type]
    assert looked.shown
    assert (looked.title.x, looked.title.right) == (90, 650) == (looked.body.x, looked.body.right)
    assert (looked.title.y, looked.body.y, looked.body.h) == (TITLE.y, BODY.y, BODY.h)


def test_art_only_in_the_bodys_foot_raises_the_foot_rather_than_narrowing() -> None:
    art = (Decoration((0, 360, 300, 90)),)  # bottom-left, entering the body's last 40 pt
    looked = seen(_Template(), _Layout(Ground(None, None, False, art)), TITLE, BODY)  # type: ignore[arg-type]
    assert looked.shown and looked.body.w == BODY.w and looked.body.bottom == 360


def test_art_across_the_body_hides_the_ground() -> None:
    art = (Decoration((300, 0, 300, HEIGHT)),)  # a band down the middle: neither side keeps enough width
    looked = seen(_Template(), _Layout(Ground(None, None, False, art)), TITLE, BODY)  # type: ignore[arg-type]
    assert not looked.shown and looked.body == BODY
    assert 250 < CLEAR * BODY.w  # the widest side (250 pt) is under the share kept


def test_clear_column_finds_the_widest_gap_and_none_when_the_width_is_filled() -> None:
    region = Box(0, 0, 100, 100)
    assert clear_column(region, (Box(10, 0, 10, 10), Box(60, 50, 10, 10))) == Box(20, 0, 40, 100)
    assert clear_column(region, (Box(-5, 0, 110, 100),)) is None
    assert clear_column(region, ()) == region


def test_a_templates_footer_is_grown_to_two_lines_and_kept_on_the_slide() -> None:
    from deckgen.render.geometry import Bands, Frame

    one_line = Frame(720, 540, Bands(TITLE, BODY, footer=Box(200, 500, 300, 14), number=Box(600, 520, 60, 40)))
    assert one_line.footer == Box(200, 514 - Frame.FOOTER_HEIGHT, 300, Frame.FOOTER_HEIGHT)  # its foot kept, two lines tall
    assert one_line.number.bottom == 540 - Frame.FOOTER_BOTTOM and one_line.number.h == 40  # hanging off the edge: lifted
    assert one_line.body_bottom <= one_line.footer_band.y - Frame.OVER_FOOTER


def test_a_grown_footer_flush_with_the_edge_is_lifted_off_it() -> None:
    from deckgen.render.geometry import Bands, Frame

    flush = Frame(720, 540, Bands(TITLE, BODY, footer=Box(200, 522, 300, 18)))  # Midnightblue's: its foot on the edge
    assert flush.footer.bottom == 540 - Frame.FOOTER_BOTTOM and flush.footer.h == Frame.FOOTER_HEIGHT
    roomy = Frame(720, 540, Bands(TITLE, BODY, footer=Box(200, 500, 300, 40)))  # tall enough: left where it is
    assert roomy.footer == Box(200, 500, 300, 40)
