"""prepare passes a PNG or JPEG already fit for its box through as its own bytes, and normalises every other."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from images_helpers import BLUE, RED, WHITE, linear_rgb_profile, opened, photo, png_16_bit_rgb, save
from paths import ROOT
from PIL import Image, ImageDraw, PngImagePlugin

from deckgen import images
from deckgen.images import ImageProblem, prepare

BOX = (100.0, 100.0)
"""Points: 267 × 267 pixels, the most a picture is prepared at."""


def drawn_logo(size: tuple[int, int] = (240, 80)) -> Image.Image:
    """A flat graphic with transparency: a square, a half-transparent disc, the rest clear."""
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rectangle((4, 4, size[1] - 4, size[1] - 4), fill=(11, 79, 108, 255))
    pen.ellipse((size[1] + 8, 8, 2 * size[1], size[1] - 8), fill=(*RED, 200))
    return image


def passed_through(path: Path, box: tuple[float, float] = BOX) -> bool:
    prepared = prepare(path, *box, fit="contain")
    return prepared.data == path.read_bytes()


# ── passed through ────────────────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("mode", "options"),
    [
        ("RGBA", {}),
        ("RGB", {}),
        ("L", {}),
        ("LA", {}),
        ("P", {"transparency": 0}),  # a palette with a transparent entry
        ("RGBA", {"dpi": (300, 300)}),  # a resolution (pHYs) is harmless
    ],
)
def test_a_fit_png_is_passed_through_byte_identical(tmp_path: Path, mode: str, options: dict[str, object]) -> None:
    logo = drawn_logo()
    image = logo.quantize(8) if mode == "P" else logo.convert(mode)
    path = save(image, tmp_path / "logo.png", **options)
    prepared = prepare(path, *BOX, fit="contain")
    assert prepared.data == path.read_bytes()
    assert (prepared.format, prepared.width, prepared.height) == ("png", 240, 80)
    assert opened(prepared).mode == image.mode


def test_a_png_declared_srgb_is_passed_through(tmp_path: Path) -> None:
    info = PngImagePlugin.PngInfo()
    info.add(b"sRGB", b"\x00")  # "these pixels are sRGB", with a rendering intent: no conversion to make
    path = save(drawn_logo(), tmp_path / "logo.png", pnginfo=info)
    assert b"sRGB" in path.read_bytes()
    assert passed_through(path)


@pytest.mark.parametrize(
    ("mode", "options"),
    [("RGB", {"quality": 90}), ("RGB", {"quality": 90, "progressive": True}), ("L", {"quality": 90})],
)
def test_a_fit_jpeg_is_passed_through_byte_identical(tmp_path: Path, mode: str, options: dict[str, object]) -> None:
    path = save(photo((400, 300)).convert(mode), tmp_path / "photo.jpg", **options)
    prepared = prepare(path, 200, 150, fit="contain")  # 533 × 400 pixels
    assert prepared.data == path.read_bytes()
    assert (prepared.format, prepared.width, prepared.height) == ("jpeg", 400, 300)


def test_up_to_three_times_the_pixels_needed_pass_through(tmp_path: Path) -> None:
    # A box 37.5 points wide is 100 pixels: a flat strip 300 pixels wide passes, one 301 wide is reduced.
    wide = save(Image.new("RGB", (300, 30), BLUE), tmp_path / "300.png")
    wider = save(Image.new("RGB", (301, 30), BLUE), tmp_path / "301.png")
    assert passed_through(wide, (37.5, 37.5))
    assert not passed_through(wider, (37.5, 37.5))
    assert prepare(wider, 37.5, 37.5, fit="contain").width == 100


def test_the_brand_logos_pass_through_in_their_boxes_without_pillow() -> None:
    # The reference deck's boxes for its logos, in a fresh process: the bytes as they are, and Pillow never
    # imported, so no pixel was decoded.
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from deckgen.images import prepare\n"
        "for name, w, h in (('logo.png', 199.9, 55.9), ('logo-white.png', 190.1, 64.1), ('logo-white.png', 220.1, 70.1)):\n"
        "    path = Path('src/deckgen/assets/ansa') / name\n"
        "    prepared = prepare(path, w, h, fit='contain')\n"
        "    assert prepared.data == path.read_bytes(), name\n"
        "    assert (prepared.format, prepared.width, prepared.height) == ('png', 1331, 337), prepared\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'PIL'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


# ── normalised ────────────────────────────────────────────────────────────────────────────────────────────


def oversized(folder: Path) -> Path:
    return save(drawn_logo((1000, 400)), folder / "big.png")  # 3.75 times the 267 pixels of the box


def rotated(folder: Path) -> Path:
    exif = Image.Exif()
    exif[0x0112] = 6  # stored on its side
    return save(photo((80, 40)), folder / "phone.jpg", exif=exif.tobytes())


def upright_with_exif(folder: Path) -> Path:
    exif = Image.Exif()
    exif[0x0112] = 1
    exif[0x010F] = "Camera maker"  # metadata a deck should not carry (a camera, a place, a date)
    return save(photo((80, 40)), folder / "camera.jpg", exif=exif.tobytes())


def cmyk(folder: Path) -> Path:
    return save(Image.new("CMYK", (40, 40), (0, 255, 255, 0)), folder / "print.jpg")


def cmyk_as_jfif(folder: Path) -> Path:
    # Its Adobe segment replaced by a JFIF one: only the four components say it is CMYK.
    data = cmyk(folder).read_bytes()
    start = data.index(b"\xff\xee")
    end = start + 2 + int.from_bytes(data[start + 2 : start + 4], "big")
    jfif = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    path = folder / "print-jfif.jpg"
    path.write_bytes(data[:2] + jfif + data[2:start] + data[end:])
    with Image.open(path) as source:
        assert source.mode == "CMYK" and "adobe" not in source.info
    return path


def sixteen_bit_grey(folder: Path) -> Path:
    return save(Image.new("I;16", (30, 10), 40000), folder / "scan.png")


def sixteen_bit_rgb(folder: Path) -> Path:
    return png_16_bit_rgb(folder / "deep.png", (30, 10), (65535, 0, 0))


def with_profile(folder: Path) -> Path:
    return save(drawn_logo(), folder / "tagged.png", icc_profile=linear_rgb_profile())


def with_text(folder: Path) -> Path:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Someone")
    return save(drawn_logo(), folder / "signed.png", pnginfo=info)


def with_comment(folder: Path) -> Path:
    return save(photo((80, 40)), folder / "commented.jpg", comment=b"hello")


def heavy(folder: Path) -> Path:
    # Colour noise at its box's size weighs about 3 bytes a pixel as PNG: a photo, smaller as JPEG.
    noise = Image.merge("RGB", [Image.effect_noise((200, 200), 60) for _ in range(3)])
    return save(noise, folder / "noise.png")


@pytest.mark.parametrize(
    "make",
    [
        oversized,
        rotated,
        upright_with_exif,
        cmyk,
        cmyk_as_jfif,
        sixteen_bit_grey,
        sixteen_bit_rgb,
        with_profile,
        with_text,
        with_comment,
        heavy,
    ],
)
def test_a_picture_not_fit_as_it_is_is_normalised(tmp_path: Path, make: Callable[[Path], Path]) -> None:
    path = make(tmp_path)
    prepared = prepare(path, *BOX, fit="contain")
    assert prepared.data != path.read_bytes()
    out = opened(prepared)
    assert out.mode in ("RGB", "RGBA", "L", "LA")  # 8 bits per channel
    assert max(out.size) <= 267
    assert not out.info.keys() & {"icc_profile", "exif", "comment", "Author", "dpi"}


def test_normalised_pictures_are_what_they_should_be(tmp_path: Path) -> None:
    # What the cases above become, for the ones whose pixels say it: upright, reduced, RGB, 8-bit tones.
    assert opened(prepare(rotated(tmp_path), *BOX, fit="contain")).size == (40, 80)
    assert opened(prepare(oversized(tmp_path), *BOX, fit="contain")).size == (267, 107)
    assert opened(prepare(cmyk(tmp_path), *BOX, fit="contain")).getpixel((5, 5)) == pytest.approx(RED, abs=12)
    assert opened(prepare(sixteen_bit_rgb(tmp_path), *BOX, fit="contain")).getpixel((5, 5)) == RED
    grey = opened(prepare(sixteen_bit_grey(tmp_path), *BOX, fit="contain")).getpixel((5, 5))
    assert grey == pytest.approx((156, 156, 156), abs=1)  # 40000 of 65535, not clipped to white
    heavy_photo = prepare(heavy(tmp_path), *BOX, fit="contain")
    assert (heavy_photo.format, heavy_photo.width, heavy_photo.height) == ("jpeg", 200, 200)


@pytest.mark.parametrize("fit", ["cover", "circle"])
def test_a_cropping_fit_always_normalises(tmp_path: Path, fit: str) -> None:
    path = save(drawn_logo(), tmp_path / "logo.png")
    prepared = prepare(path, *BOX, fit=fit)  # type: ignore[arg-type]
    assert prepared.data != path.read_bytes()
    assert prepared.width == prepared.height == 80


def test_a_damaged_png_is_reported_not_passed_through(tmp_path: Path) -> None:
    data = bytearray(save(drawn_logo(), tmp_path / "logo.png").read_bytes())
    data[60] ^= 0xFF  # inside the pixel data: its chunk's CRC no longer matches
    broken = tmp_path / "broken.png"
    broken.write_bytes(bytes(data))
    with pytest.raises(ImageProblem, match="the file is damaged"):
        prepare(broken, *BOX, fit="contain")


def test_a_truncated_jpeg_is_not_passed_through(tmp_path: Path) -> None:
    data = save(photo((400, 300)), tmp_path / "photo.jpg").read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(data[: len(data) * 3 // 4])  # no end marker
    with pytest.raises(ImageProblem, match="the file is damaged"):
        prepare(cut, 200, 150, fit="contain")


# ── reduced decoding ──────────────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("stored", "orientation", "box_px", "drafted"),
    [
        ((4000, 3000), 1, (267, 200), (1000, 750)),  # 1/4: the most that keeps twice 267 × 200
        ((4000, 1000), 6, (100, 400), (1000, 250)),  # upright 1000 × 4000: reduced for the box it will fill
        ((800, 600), 1, (267, 200), (800, 600)),  # under twice the box: decoded whole
    ],
)
def test_a_large_jpeg_is_decoded_reduced_but_at_least_twice_its_box(
    tmp_path: Path, stored: tuple[int, int], orientation: int, box_px: tuple[int, int], drafted: tuple[int, int]
) -> None:
    exif = Image.Exif()
    exif[0x0112] = orientation
    path = save(Image.new("RGB", stored, WHITE), tmp_path / "big.jpg", exif=exif.tobytes())
    with images._opened(path.read_bytes(), path) as image:
        images._draft(image, *box_px, "contain")
        image.load()
        assert image.size == drafted
