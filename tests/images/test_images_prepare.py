"""prepare: upright, sRGB, 8-bit pictures, cropped to their box, no larger than twice 96 dpi, same bytes every time."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from images_helpers import BLUE, GREEN, RED, WHITE, close, linear_rgb_profile, opened, photo, save
from PIL import Image, ImageCms, ImageDraw, features

from deckgen.images import ImageProblem, Prepared, clear_cache, prepare

ORIENTATION = 0x0112


# ── orientation and colour ─────────────────────────────────────────────────────────────────────────────────


def test_exif_orientation_6_is_applied_and_dropped(tmp_path: Path) -> None:
    # Stored landscape, red in the top-left corner; orientation 6 says "turn 90° clockwise to view".
    image = Image.new("RGB", (80, 40), WHITE)
    image.paste(RED, (0, 0, 16, 16))
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    path = save(image, tmp_path / "phone.jpg", exif=exif.tobytes(), quality=95)

    out = opened(prepare(path, 300, 300, fit="contain"))
    assert out.size == (40, 80)
    assert close(out.getpixel((35, 4)), RED)  # top-right once upright
    assert close(out.getpixel((4, 4)), WHITE)
    assert ORIENTATION not in out.getexif()  # or LibreOffice would turn it a second time


def test_cmyk_jpeg_becomes_rgb(tmp_path: Path) -> None:
    path = save(Image.new("CMYK", (40, 40), (0, 255, 255, 0)), tmp_path / "print.jpg")
    with Image.open(path) as source:
        assert source.mode == "CMYK"
    out = opened(prepare(path, 100, 100, fit="contain"))
    assert out.mode == "RGB"
    assert close(out.getpixel((20, 20)), RED)


def test_sixteen_bit_grey_keeps_its_tones(tmp_path: Path) -> None:
    # Three bands: black, mid-grey, white in 16 bits. Clipping to 8 bits would make the middle one white.
    image = Image.new("I;16", (30, 10), 0)
    image.paste(Image.new("I;16", (10, 10), 32768), (10, 0))  # (pasting a number into I;16 is unreliable)
    image.paste(Image.new("I;16", (10, 10), 65535), (20, 0))
    path = save(image, tmp_path / "scan.png")
    with Image.open(path) as source:
        assert source.mode == "I;16"
        assert [source.getpixel((x, 5)) for x in (5, 15, 25)] == [0, 32768, 65535]
    out = opened(prepare(path, 100, 100, fit="contain"))
    assert out.mode == "RGB"
    assert close(out.getpixel((5, 5)), (0, 0, 0), 1)
    assert close(out.getpixel((15, 5)), (128, 128, 128), 1)
    assert close(out.getpixel((25, 5)), (255, 255, 255), 1)


@pytest.mark.skipif(not features.check("littlecms2"), reason="Pillow built without LittleCMS")
def test_embedded_profile_is_applied_then_dropped(tmp_path: Path) -> None:
    path = save(Image.new("RGB", (20, 20), (128, 128, 128)), tmp_path / "linear.png", icc_profile=linear_rgb_profile())
    out = opened(prepare(path, 100, 100, fit="contain"))
    assert "icc_profile" not in out.info
    assert close(out.getpixel((10, 10)), (188, 188, 188), 3)  # read as sRGB it would stay 128, far too dark


def test_photo_with_profile_loses_it(tmp_path: Path) -> None:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    path = save(photo((200, 150)), tmp_path / "tagged.jpg", icc_profile=srgb)
    with Image.open(path) as source:
        assert source.info.get("icc_profile") == srgb
    prepared = prepare(path, 100, 100, fit="contain")
    assert prepared.format == "jpeg"
    assert b"ICC_PROFILE" not in prepared.data


def test_damaged_profile_is_ignored(tmp_path: Path) -> None:
    path = save(Image.new("RGB", (20, 20), GREEN), tmp_path / "tagged.png", icc_profile=b"not a colour profile")
    out = opened(prepare(path, 100, 100, fit="contain"))
    assert "icc_profile" not in out.info
    assert close(out.getpixel((10, 10)), GREEN, 0)


# ── transparency and formats ──────────────────────────────────────────────────────────────────────────────


def logo_with_transparency() -> Image.Image:
    """A 60 × 40 picture, transparent but for a half-transparent blue square in the middle."""
    image = Image.new("RGBA", (60, 40), (0, 0, 0, 0))
    image.paste((0, 0, 255, 128), (20, 10, 40, 30))
    return image


def test_transparency_is_kept_in_contain(tmp_path: Path) -> None:
    path = save(logo_with_transparency(), tmp_path / "logo.png")
    prepared = prepare(path, 100, 100, fit="contain")
    out = opened(prepared)
    assert prepared.format == "png"
    assert out.mode == "RGBA"
    assert out.getpixel((0, 0))[3] == 0
    assert out.getpixel((30, 20)) == (0, 0, 255, 128)


def test_transparency_is_kept_in_circle(tmp_path: Path) -> None:
    image = Image.new("RGBA", (50, 50), (0, 0, 255, 255))
    image.paste((0, 0, 255, 0), (20, 20, 30, 30))  # a transparent hole in the middle
    path = save(image, tmp_path / "portrait.png")
    out = opened(prepare(path, 100, 100, fit="circle"))
    assert out.getpixel((0, 0))[3] == 0
    assert out.getpixel((25, 25))[3] == 0  # the picture's own transparency survives the disc
    assert out.getpixel((25, 10))[3] == 255


def test_palette_gif_transparency_becomes_alpha(tmp_path: Path) -> None:
    image = Image.new("P", (20, 20), 0)
    image.putpalette([255, 255, 255, 255, 0, 0] + [0] * 762)
    image.paste(1, (5, 5, 15, 15))
    path = save(image, tmp_path / "logo.gif", transparency=0)
    out = opened(prepare(path, 100, 100, fit="contain"))
    assert out.mode == "RGBA"
    assert out.getpixel((0, 0))[3] == 0
    assert out.getpixel((10, 10)) == (*RED, 255)


def test_opaque_alpha_is_dropped(tmp_path: Path) -> None:
    # Four times its box, so it is re-encoded (a picture fit for its box passes through with its alpha: harmless).
    path = save(Image.new("RGBA", (200, 200), (*GREEN, 255)), tmp_path / "flat.png")
    out = opened(prepare(path, 20, 20, fit="contain"))
    assert out.size == (53, 53)
    assert out.mode == "RGB"


def test_webp_photo_comes_out_as_jpeg(tmp_path: Path) -> None:
    path = save(photo((200, 150)), tmp_path / "photo.webp", quality=90)
    prepared = prepare(path, 300, 300, fit="contain")
    assert prepared.format == "jpeg"
    assert prepared.data.startswith(b"\xff\xd8\xff")
    assert opened(prepared).size == (200, 150)


def test_webp_with_transparency_comes_out_as_png(tmp_path: Path) -> None:
    path = save(logo_with_transparency(), tmp_path / "logo.webp", lossless=True)
    prepared = prepare(path, 300, 300, fit="contain")
    assert prepared.format == "png"
    assert prepared.data.startswith(b"\x89PNG\r\n\x1a\n")
    assert opened(prepared).getpixel((0, 0))[3] == 0


def test_a_flat_graphic_stays_lossless(tmp_path: Path) -> None:
    image = Image.new("RGB", (120, 60), WHITE)
    ImageDraw.Draw(image).rectangle((10, 10, 60, 50), fill=BLUE)
    prepared = prepare(save(image, tmp_path / "logo.bmp"), 40, 20, fit="contain")
    assert prepared.format == "png"  # JPEG would blur the edges of a logo
    assert opened(prepared).getpixel((2, 2)) == WHITE


def test_output_carries_no_metadata(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x010F] = "Camera maker"
    path = save(photo((200, 150)), tmp_path / "camera.jpg", exif=exif.tobytes(), dpi=(300, 300), comment=b"hello")
    prepared = prepare(path, 100, 100, fit="contain")
    assert prepared.format == "jpeg"
    for marker in (b"Exif", b"Camera maker", b"hello", b"ICC_PROFILE"):
        assert marker not in prepared.data


# ── size and fit ──────────────────────────────────────────────────────────────────────────────────────────


def test_large_photo_is_reduced_to_twice_96_dpi(tmp_path: Path) -> None:
    path = save(photo((4000, 3000)), tmp_path / "big.jpg", quality=80)
    prepared = prepare(path, 100, 75, fit="contain")
    assert (prepared.width, prepared.height) == (267, 200)  # 100 pt = 1.39 in; × 192 px/in
    assert prepared.format == "jpeg"
    out = opened(prepared)
    assert close(out.getpixel((130, 70)), BLUE, 40)  # the band a third of the way down is still there


def test_small_picture_is_never_enlarged(tmp_path: Path) -> None:
    path = save(photo((50, 40)), tmp_path / "small.png")
    for fit in ("contain", "cover", "circle"):
        prepared = prepare(path, 400, 300, fit=fit)
        assert prepared.width <= 50 and prepared.height <= 40, fit
    assert (prepare(path, 400, 300, fit="contain").width, prepare(path, 400, 300, fit="contain").height) == (50, 40)


def test_contain_keeps_the_whole_picture(tmp_path: Path) -> None:
    path = save(photo((900, 300)), tmp_path / "wide.png")
    prepared = prepare(path, 90, 90, fit="contain")  # a 240 px square box
    assert (prepared.width, prepared.height) == (240, 80)


@pytest.mark.parametrize(
    ("source", "box", "expected"),
    [
        ((400, 400), (160, 90), (400, 225)),  # a square in a 16:9 box: top and bottom cut, no enlarging
        ((2000, 500), (60, 60), (160, 160)),  # a banner in a square box: sides cut, then reduced
        ((1200, 1600), (120, 90), (320, 240)),  # a portrait in a 4:3 box
    ],
)
def test_cover_has_the_box_proportions(
    tmp_path: Path, source: tuple[int, int], box: tuple[float, float], expected: tuple[int, int]
) -> None:
    path = save(photo(source), tmp_path / "photo.png")
    prepared = prepare(path, *box, fit="cover")
    assert (prepared.width, prepared.height) == expected
    assert prepared.width / prepared.height == pytest.approx(box[0] / box[1], abs=0.01)


def test_cover_crops_about_the_centre(tmp_path: Path) -> None:
    image = Image.new("RGB", (300, 100), RED)
    image.paste(BLUE, (100, 0, 200, 100))  # red | blue | red
    path = save(image, tmp_path / "stripes.png")
    out = opened(prepare(path, 100, 100, fit="cover"))
    assert out.size == (100, 100)
    assert out.getpixel((2, 50)) == BLUE and out.getpixel((97, 50)) == BLUE


def test_circle_is_square_with_transparent_corners(tmp_path: Path) -> None:
    path = save(photo((300, 200)), tmp_path / "portrait.jpg")
    prepared = prepare(path, 45, 60, fit="circle")  # the disc takes the box's smaller side: 120 px
    out = opened(prepared)
    assert prepared.format == "png"
    assert out.size == (120, 120)
    assert out.mode == "RGBA"
    for corner in ((0, 0), (119, 0), (0, 119), (119, 119)):
        assert out.getpixel(corner)[3] == 0
    assert out.getpixel((60, 60))[3] == 255
    alpha = out.getchannel("A")
    partial = sum(1 for x in range(120) for y in range(120) if 0 < alpha.getpixel((x, y)) < 255)
    assert partial > 120  # anti-aliased all round (a circumference of 377 px), not a staircase


def test_bad_box_is_a_programming_error(tmp_path: Path) -> None:
    path = save(Image.new("RGB", (4, 4)), tmp_path / "a.png")
    with pytest.raises(ValueError, match="positive size"):
        prepare(path, 0, 10, fit="contain")
    with pytest.raises(ValueError, match="fit must be"):
        prepare(path, 10, 10, fit="stretch")  # type: ignore[arg-type]


# ── determinism and cache ─────────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize("fit", ["contain", "cover", "circle"])
def test_same_input_gives_the_same_bytes(tmp_path: Path, fit: str) -> None:
    path = save(photo((1280, 960)), tmp_path / "photo.jpg")  # 4.5 times its box: re-encoded, even in contain
    first = prepare(path, 120, 80, fit=fit)  # type: ignore[arg-type]
    clear_cache()
    copy = tmp_path / "copy.jpg"
    copy.write_bytes(path.read_bytes())
    second = prepare(copy, 120, 80, fit=fit)  # type: ignore[arg-type]
    assert second is not first
    assert second == first


def test_a_picture_used_twice_is_prepared_once(tmp_path: Path) -> None:
    path = save(photo((640, 480)), tmp_path / "logo.png")
    first = prepare(path, 120, 80, fit="contain")
    assert prepare(path, 120, 80, fit="contain") is first
    assert prepare(path, 120.05, 80.05, fit="contain") is first  # the same size in pixels: 320 × 213
    assert prepare(path, 120, 80, fit="cover") is not first


def test_a_changed_file_is_prepared_again(tmp_path: Path) -> None:
    path = save(Image.new("RGB", (20, 20), RED), tmp_path / "logo.png")
    first = prepare(path, 100, 100, fit="contain")
    save(Image.new("RGB", (20, 20), BLUE), path)
    second = prepare(path, 100, 100, fit="contain")
    assert opened(first).getpixel((1, 1)) == RED
    assert opened(second).getpixel((1, 1)) == BLUE


def test_errors_are_not_cached(tmp_path: Path) -> None:
    path = tmp_path / "late.png"
    with pytest.raises(ImageProblem, match="file not found"):
        prepare(path, 100, 100, fit="contain")
    save(Image.new("RGB", (4, 4), RED), path)
    assert isinstance(prepare(path, 100, 100, fit="contain"), Prepared)


def test_prepared_bytes_decode_to_what_they_claim(tmp_path: Path) -> None:
    prepared = prepare(save(photo((100, 100)), tmp_path / "p.tif"), 100, 100, fit="contain")
    out = Image.open(io.BytesIO(prepared.data))
    assert (out.format, out.size) == ("JPEG", (100, 100))
