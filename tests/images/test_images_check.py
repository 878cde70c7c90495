"""check_image refuses every file deckgen cannot use, saying what to do; it lets every accepted format through."""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

import pytest
from images_helpers import RED, png_declaring, save
from PIL import Image, ImageFile

from counting import counted

from deckgen.images import MAX_PIXELS, ImageProblem, check_image, content_digest, prepare


def problem(path: Path) -> str:
    with pytest.raises(ImageProblem) as raised:
        check_image(path)
    assert raised.value.path == path
    return str(raised.value)


@pytest.mark.parametrize("suffix", ["jpg", "png", "gif", "bmp", "tif", "webp"])
def test_every_accepted_format_passes(tmp_path: Path, suffix: str) -> None:
    path = save(Image.new("RGB", (30, 20), RED), tmp_path / f"ok.{suffix}")
    check_image(path)


def test_missing_file_says_where_paths_start(tmp_path: Path) -> None:
    message = problem(tmp_path / "photos" / "absent.jpg")
    assert message == "file not found; check the path relative to the event's folder"


def test_folder_is_not_an_image(tmp_path: Path) -> None:
    assert "folder" in problem(tmp_path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.png"
    path.write_bytes(b"")
    assert problem(path) == "the file is empty; save the image again as PNG or JPEG"


def test_text_named_png_is_not_an_image(tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    path.write_text("This is not a picture, just a note.\n", encoding="utf-8")
    assert problem(path) == "not an image deckgen can read (it looks like text); save it as PNG or JPEG"


def test_unknown_binary_names_the_accepted_formats(tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(bytes(range(256)) * 4)
    message = problem(path)
    assert "none of JPEG, PNG, GIF, BMP, TIFF or WebP" in message
    assert message.endswith("save it as PNG or JPEG")


def test_truncated_png_is_damaged(tmp_path: Path) -> None:
    # Noise does not compress, so half the file cuts through the pixel data, after a header that reads fine.
    whole = save(Image.effect_noise((120, 120), 80).convert("RGB"), tmp_path / "whole.png")
    data = whole.read_bytes()
    cut = tmp_path / "cut.png"
    cut.write_bytes(data[: len(data) // 2])
    with Image.open(cut) as header_only:
        assert header_only.size == (120, 120)  # the header alone would pass: the pixels must be decoded
    message = problem(cut)
    assert message.startswith("the file is damaged (")
    assert message.endswith("export the image again as PNG or JPEG")


def test_truncated_jpeg_is_damaged(tmp_path: Path) -> None:
    data = save(Image.effect_noise((200, 200), 80).convert("RGB"), tmp_path / "whole.jpg").read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(data[: len(data) // 2])
    assert problem(cut).startswith("the file is damaged (")


SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("logo.svg", SVG.encode()),
        ("logo.png", b'\xef\xbb\xbf<?xml version="1.0" encoding="UTF-8"?>\n' + SVG.encode()),  # by its content
        ("logo.svgz", gzip.compress(SVG.encode(), mtime=0)),  # by its name
    ],
)
def test_svg_is_refused_with_what_to_export(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert problem(path) == "SVG drawings are not supported; export it as PNG"


def test_pdf_is_named(tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    assert "it is a PDF document" in problem(path)


@pytest.mark.parametrize(
    ("width", "height"),
    [
        (8000, 6000),  # 48 Mpx: over deckgen's limit, under Pillow's warning
        (12000, 10000),  # 120 Mpx: Pillow would warn (an error under pytest)
        (20000, 20000),  # 400 Mpx: Pillow would refuse without naming the size
        (30000, 30000),
    ],
)
def test_decompression_bomb_is_refused_from_its_header(tmp_path: Path, width: int, height: int) -> None:
    assert width * height > MAX_PIXELS
    path = png_declaring(tmp_path / "bomb.png", width, height)
    with counted(ImageFile.ImageFile, "load") as decoded:
        message = problem(path)
    assert decoded[0] == 0  # refused from the header: not a pixel decoded
    assert message.startswith(f"the image is {width} × {height} pixels, too large to be a photo or logo (limit 40 megapixels)")
    assert message.endswith("export it smaller, 4000 pixels across is plenty")


def test_a_real_bomb_is_refused_quickly(tmp_path: Path) -> None:
    # 10000 × 10000 one-bit pixels: 100 megapixels of zeros (Pillow would warn), a few kilobytes on disk.
    path = save(Image.new("1", (10000, 10000)), tmp_path / "bomb.png")
    assert path.stat().st_size < 50_000
    with counted(ImageFile.ImageFile, "load") as decoded:
        assert "10000 × 10000 pixels" in problem(path)
        with pytest.raises(ImageProblem, match="10000 × 10000 pixels"):
            prepare(path, 100, 100, fit="contain")
    assert decoded[0] == 0  # refused from the header, before its 100 megapixels are decoded


def test_just_under_the_limit_is_not_refused_for_its_size(tmp_path: Path) -> None:
    # The header of a picture exactly at the limit passes; its (missing) data is then found damaged.
    path = png_declaring(tmp_path / "big.png", 8000, MAX_PIXELS // 8000)
    assert problem(path).startswith("the file is damaged (")


def test_prepare_refuses_what_check_refuses(tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    path.write_text("not a picture", encoding="utf-8")
    with pytest.raises(ImageProblem, match="it looks like text"):
        prepare(path, 100, 100, fit="contain")


def test_content_digest_is_the_sha256_of_the_bytes(tmp_path: Path) -> None:
    first = save(Image.new("RGB", (4, 4), RED), tmp_path / "a.png")
    second = tmp_path / "b.png"
    second.write_bytes(first.read_bytes())
    assert content_digest(first) == content_digest(second)
    assert content_digest(first) == hashlib.sha256(first.read_bytes()).hexdigest()
    with pytest.raises(ImageProblem, match="file not found"):
        content_digest(tmp_path / "absent.png")
