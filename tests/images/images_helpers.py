"""Test pictures drawn with Pillow into a folder, and readers for what `prepare` returns."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from PIL import Image

from deckgen.images import Prepared

RED, GREEN, BLUE, WHITE = (255, 0, 0), (0, 160, 0), (0, 0, 255), (255, 255, 255)


def save(image: Image.Image, path: Path, **options: object) -> Path:
    """Save `image` at `path` (format from the suffix unless `format=` is given); return the path."""
    image.save(path, **options)
    return path


def photo(size: tuple[int, int]) -> Image.Image:
    """A picture with the many colours of a photo: two gradients across each other and a blue band."""
    width, height = size
    across = Image.linear_gradient("L").rotate(90).resize(size)
    down = Image.linear_gradient("L").resize(size)
    image = Image.merge("RGB", (across, down, Image.new("L", size, 90)))
    image.paste(BLUE, (0, height // 3, width, height // 3 + max(1, height // 10)))
    return image


def opened(prepared: Prepared) -> Image.Image:
    """The prepared bytes decoded, after checking they are the format and size `prepared` says."""
    image = Image.open(io.BytesIO(prepared.data))
    assert image.format == prepared.format.upper()
    assert image.size == (prepared.width, prepared.height)
    image.load()
    return image


def close(colour: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 12) -> bool:
    """Whether two colours are equal within `tolerance` per channel (JPEG is lossy)."""
    return len(colour) == len(expected) and all(abs(a - b) <= tolerance for a, b in zip(colour, expected, strict=True))


def png_declaring(path: Path, width: int, height: int) -> Path:
    """A PNG whose header claims `width × height` pixels but which holds the data of a single pixel.

    Written in microseconds; decoding it would fail as damaged, so a refusal that names the size proves the
    size was checked from the header, before any decoding.
    """
    buffer = io.BytesIO()
    Image.new("1", (1, 1)).save(buffer, format="PNG")
    data = bytearray(buffer.getvalue())
    assert data[12:16] == b"IHDR"
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    path.write_bytes(bytes(data))
    return path


def linear_rgb_profile() -> bytes:
    """A minimal ICC v2 RGB profile: sRGB's primaries, but linear tone curves (gamma 1.0).

    Pixels tagged with it are far darker read as sRGB than converted: 128 means 188 in sRGB.
    """
    curve = b"curv" + bytes(4) + struct.pack(">I", 0)  # no entries: the identity
    tags = [
        (b"wtpt", _xyz(0.9642, 1.0, 0.8249)),
        (b"rXYZ", _xyz(0.4361, 0.2225, 0.0139)),
        (b"gXYZ", _xyz(0.3851, 0.7169, 0.0971)),
        (b"bXYZ", _xyz(0.1431, 0.0606, 0.7141)),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table, body = b"", b""
    for signature, data in tags:
        table += signature + struct.pack(">II", offset + len(body), len(data))
        body += data + bytes(-len(data) % 4)
    header = (
        struct.pack(">I", offset + len(body))
        + bytes(4)  # CMM
        + struct.pack(">I", 0x02100000)  # version 2.1
        + b"mntrRGB XYZ "  # display profile, RGB data, XYZ connection space
        + bytes(12)  # date
        + b"acsp"
        + bytes(28)  # platform, flags, maker, model, attributes, intent
        + _xyz(0.9642, 1.0, 0.8249)[8:]  # D50 illuminant
        + bytes(48)  # creator, id, reserved
    )
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + body


def _xyz(x: float, y: float, z: float) -> bytes:
    return b"XYZ " + bytes(4) + b"".join(struct.pack(">i", round(v * 65536)) for v in (x, y, z))


def png_16_bit_rgb(path: Path, size: tuple[int, int], colour: tuple[int, int, int]) -> Path:
    """A PNG of one colour with 16 bits per channel, written by hand: Pillow writes 16 bits only in grey."""
    width, height = size
    rows = (b"\x00" + struct.pack(">HHH", *colour) * width) * height  # each row: filter 0, then its pixels
    header = struct.pack(">IIBBBBB", width, height, 16, 2, 0, 0, 0)  # 16-bit, colour type 2 (RGB)
    data = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(rows)) + _chunk(b"IEND", b"")
    path.write_bytes(data)
    return path


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
