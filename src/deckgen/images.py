"""Pictures made ready for a slide: checked, upright, in sRGB, cropped to their box and no larger than needed.

python-pptx embeds an image file as it is: it ignores EXIF orientation (a phone portrait lies on its side),
passes CMYK and 16-bit files to clients that draw them wrongly or not at all, and embeds a 6000-pixel photo
shown 2 inches wide at full weight. `prepare` turns any accepted file into the PNG or JPEG bytes the slide
needs; `check_image` lets the loader refuse a bad file at load time, located in the YAML.

This module uses Pillow only, never python-pptx, so the loader can import it.

Accepted inputs: JPEG, PNG, GIF, BMP, TIFF and WebP (only the first frame of an animation). Output:

- pictures with transparency, and pictures of few colours (logos, drawings, screenshots), as PNG;
- the others (photos) as JPEG, quality 88 (a portrait cut to a disc has transparency: PNG);
- never any metadata: no EXIF (LibreOffice would rotate the picture a second time), no ICC profile (the
  pixels are converted to sRGB first), no dates, so the same file always gives the same bytes. (A file passed
  through, below, may keep its resolution and a statement that it is sRGB: nothing else.)

Sizes: a box of ``w × h`` points gets at most ``w / 72 × 192`` pixels across, twice what a 96 dpi screen
shows, enough for a projector or a retina screen. Pictures are scaled down to that, never up.

Pictures already fit for their box are passed through: their own bytes, judged from their headers, no pixel
decoded and Pillow not even imported (`_as_is` has the exact rules). Decoding, resizing and re-encoding a logo
took about 20 ms, three times in a cold build of the reference deck, for a file no smaller than the original.
Where work remains, a large JPEG is decoded reduced (`_JPEG_DRAFT_GAP`) and PNGs are compressed at a faster
level (`PNG_COMPRESS_LEVEL`). Results are cached in memory only: with its logos passed through, the reference
deck has nothing left to prepare that a cache on disk would save.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import math
import struct
import warnings
import zlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from msgspec import Struct

from .i18n import N_, _

if TYPE_CHECKING:  # Pillow is imported where a picture is decoded: a build whose pictures pass through never is
    from PIL import Image, ImageCms, ImageFile

Fit = Literal["contain", "cover", "circle"]
"""How a picture meets its box: whole inside it, cropped to fill it, or cropped to a disc (portraits)."""

ACCEPTED_FORMATS: dict[str, str] = {"JPEG": "JPEG", "PNG": "PNG", "GIF": "GIF", "BMP": "BMP", "TIFF": "TIFF", "WEBP": "WebP"}
"""Pillow's name of each accepted format → the name a user knows it by."""

MAX_PIXELS = 40_000_000
"""The largest picture accepted, in pixels (a 40-megapixel photo). Beyond it a file is most likely a mistake or a
decompression bomb, and decoding it would take hundreds of megabytes. Below Pillow's own warning threshold."""

PIXELS_PER_POINT = 192 / 72
"""Output resolution: 192 pixels per inch (2 × 96 dpi) of displayed size; a point is 1/72 inch."""

JPEG_QUALITY = 88

PNG_COMPRESS_LEVEL = 3
"""zlib's level for the PNGs written. Lossless at every level, so only time and size differ: levels 1–3 use
zlib's fast matcher, 4–9 its lazy one. Measured on a portrait cut to a 320-pixel disc: level 6 (Pillow's
default) 32 ms and 110 KB, level 3 11 ms and 125 KB, level 1 7 ms and 137 KB; on the brand's logo 6.0, 3.5 and
2.9 ms. Level 3 takes most of the time saved for a seventh more bytes."""

_REDUCING_GAP = 3.0
"""`Image.resize` first reduces by a whole factor (a box filter) while the picture stays at least this many times
the target, then resamples with LANCZOS: from 3.0 on, Pillow documents the result as indistinguishable from
LANCZOS all the way "in most cases"."""

_JPEG_DRAFT_GAP = 2.0
"""A JPEG much larger than its box is decoded at 1/2, 1/4 or 1/8 of its size (libjpeg's scaled inverse DCT keeps
each block's lowest frequencies: a low-pass by construction) as long as that keeps at least this many times the
target's pixels across; LANCZOS then reduces the rest, at least twofold. 2.0 is what Pillow's own `thumbnail`
uses. A 12-megapixel portrait cut to a 320-pixel disc: 159 ms before, 61 ms with this and `PNG_COMPRESS_LEVEL`;
the result differs from a full decoding by 53 dB PSNR (at most 3 levels in a channel)."""

_AS_IS_OVERSIZE = 3.0
"""A PNG or JPEG at most this many times the pixels needed across (and down) is passed through as it is.

Extra pixels cost nothing on screen (every client scales a picture to its frame when drawing it) and little in
the file when the file is small, which `_AS_IS_BYTES_PER_PIXEL` ensures. 3× of 192 px per inch is 576: print
quality. The brand's logos, 1331 × 337 pixels (drawn at four times their size to be crisp), are
2.3 to 2.6 times their boxes: with 2× they would be decoded, resized and re-encoded into a file no smaller (the
re-encoded logo.png is 41 KB, the original 38 KB). The limit bounds what a client decodes to 9× the box's pixels."""

_AS_IS_BYTES_PER_PIXEL = 1.0
"""A passed-through file weighs at most this many bytes per pixel of the size it would be prepared at.

The re-encoded output weighs about 0.2–0.4 byte per pixel for a photo (JPEG, quality 88) and 0.3–0.6 for a
logo (PNG), so a file within this budget is at most a few times what preparing it would give, tens of kilobytes
for a logo. An oversized photo does not fit (a JPEG twice too wide and high weighs four times 0.3–0.4 byte per
needed pixel) and is reduced; an oversized flat logo, which compresses well, does."""

_GRAPHIC_COLOURS = 4096
"""A picture with at most this many distinct colours once sized is a graphic and stays lossless (PNG)."""

_CIRCLE_SUPERSAMPLING = 4
"""The disc is drawn this many times larger, then reduced: an anti-aliased edge."""

_CACHE_SIZE = 128


class ImageProblem(Exception):
    """An image file deckgen cannot use; the message says what to do about it.

    ``str(problem)`` is the message alone; the caller adds where the file was named (YAML line, field).
    """

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


class Prepared(Struct, frozen=True):
    """A picture ready to embed: its encoded bytes and its size in pixels."""

    data: bytes
    """PNG or JPEG bytes, without metadata: the file itself when it was fit for the box (see `_as_is`)."""
    format: Literal["png", "jpeg"]
    width: int
    """In pixels, as encoded in `data`."""
    height: int


# ── checking ────────────────────────────────────────────────────────────────────────────────────────────────


def check_image(path: Path) -> None:
    """Raise `ImageProblem` unless `path` is an image deckgen can use.

    The file is read and decoded, so a truncated or damaged file is caught here, at load time, and not in the
    middle of a build. Its size is checked from the header first: a picture larger than `MAX_PIXELS` is refused
    without being decoded. Its EXIF block is parsed too, as `prepare` will.

    A JPEG is decoded at an eighth of its size: libjpeg's scaled decoding still reads and entropy-decodes every
    block, so damage is caught just the same, without most of the inverse-DCT and colour work.
    """
    with _opened(_read(path), path) as image:
        if image.format == "JPEG":
            image.draft(None, (1, 1))  # the smallest scale libjpeg offers: 1/8
        _load(image, path)
        try:
            with _pillow_warnings():
                image.getexif()
        except _DECODING_ERRORS as error:
            raise ImageProblem(_("the file is damaged (its EXIF block: {error}); {advice}").format(error=error, advice=_(_EXPORT_AGAIN)), path) from None


def content_digest(path: Path) -> str:
    """The SHA-256 of the file's bytes, in hex: the same picture under two names has one digest."""
    return hashlib.sha256(_read(path)).hexdigest()


def _read(path: Path) -> bytes:
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise ImageProblem(_("file not found; check the path relative to the event's folder"), path) from None
    except IsADirectoryError:
        raise ImageProblem(_("this is a folder, not an image file; name the image file itself"), path) from None
    except PermissionError:
        raise ImageProblem(_("the file cannot be read (permission denied); check its permissions"), path) from None
    except OSError as error:
        raise ImageProblem(_("the file cannot be read ({error}); check the path").format(error=error.strerror or error), path) from None
    if not data:
        raise ImageProblem(_("the file is empty; save the image again as PNG or JPEG"), path)
    return data


def _opened(data: bytes, path: Path) -> ImageFile.ImageFile:
    """The picture opened from its header, its size checked; or `ImageProblem`. No pixel is decoded yet, so a
    caller may still ask a JPEG for a reduced decoding (`draft`)."""
    image = _identify(data, path)
    width, height = image.size
    if width * height > MAX_PIXELS:
        image.close()
        raise ImageProblem(
            _("the image is {width} × {height} pixels, too large to be a photo or logo (limit {limit} megapixels); "
              "export it smaller, 4000 pixels across is plenty").format(width=width, height=height, limit=MAX_PIXELS // 1_000_000),
            path,
        )
    return image


def _load(image: ImageFile.ImageFile, path: Path) -> None:
    """Decode the picture's first frame, or raise `ImageProblem` saying why it cannot be."""
    try:
        with _pillow_warnings():
            image.load()
    except _DECODING_ERRORS as error:
        image.close()
        raise ImageProblem(_("the file is damaged ({error}); {advice}").format(error=error, advice=_(_EXPORT_AGAIN)), path) from None


_DECODING_ERRORS = (OSError, SyntaxError, ValueError, TypeError, KeyError, IndexError, struct.error, EOFError)
"""What Pillow raises on a damaged file, depending on the format and where the damage is."""

_EXPORT_AGAIN = N_("export the image again as PNG or JPEG")


def _identify(data: bytes, path: Path) -> ImageFile.ImageFile:
    """The picture opened from its header only, by the first accepted format that recognises it.

    This is what `Image.open` does, restricted to the accepted formats and without Pillow's decompression-bomb
    check, which refuses a huge file before telling its dimensions: `_opened` checks the size itself, with a
    lower limit, and names it. Nothing is decoded here.
    """
    from PIL import Image

    _register_formats()
    prefix = data[:16]
    for name in ACCEPTED_FORMATS:
        if name not in Image.OPEN:  # not registered by this Pillow
            continue
        factory, accept = Image.OPEN[name]
        verdict = accept(prefix) if accept else True
        if isinstance(verdict, str):  # recognised, but this Pillow cannot decode it (e.g. built without WebP)
            raise ImageProblem(_("not an image deckgen can read here ({why}); save it as PNG or JPEG").format(why=verdict), path)
        if not verdict:
            continue
        try:
            with _pillow_warnings():
                return factory(io.BytesIO(data), str(path))
        except _DECODING_ERRORS as error:
            label = ACCEPTED_FORMATS[name]
            raise ImageProblem(_("the file is damaged (its {format} header: {error}); {advice}").format(format=label, error=error, advice=_(_EXPORT_AGAIN)), path) from None
    raise ImageProblem(_unreadable(data, path), path)


def _register_formats() -> None:
    """Import the accepted formats' plugins: each registers its opener in `Image.OPEN` (once; Python caches)."""
    from PIL import (  # noqa: F401 - imported for their side effect
        BmpImagePlugin,
        GifImagePlugin,
        JpegImagePlugin,
        PngImagePlugin,
        TiffImagePlugin,
        WebPImagePlugin,
    )


def _unreadable(data: bytes, path: Path) -> str:
    """Why a file no accepted format recognises cannot be used, naming the kinds people commonly try."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    svg = head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head)
    if svg or Path(path).suffix.lower() in (".svg", ".svgz"):
        return _("SVG drawings are not supported; export it as PNG")
    if head.startswith(b"%PDF"):
        return _("not an image deckgen can read (it is a PDF document); export the page as PNG or JPEG")
    if data[4:8] == b"ftyp" and data[8:12] in {b"heic", b"heix", b"heif", b"mif1", b"msf1", b"avif", b"avis"}:
        return _("not an image deckgen can read (it is a HEIC or AVIF photo, as phones take them); save it as JPEG")
    formats = list(ACCEPTED_FORMATS.values())
    names = _("{list} or {last}").format(list=", ".join(formats[:-1]), last=formats[-1])
    what = _("it looks like text") if _looks_like_text(head) else _("it is none of {formats}").format(formats=names)
    return _("not an image deckgen can read ({why}); save it as PNG or JPEG").format(why=what)


def _looks_like_text(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in head


@contextlib.contextmanager
def _pillow_warnings() -> Iterator[None]:
    """Pillow's decompression-bomb warning raised as an error; its other warnings (odd metadata) silenced.

    Pillow warns about unusual EXIF or TIFF tags the user cannot act on, and pytest turns warnings into errors.
    """
    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        yield


# ── preparing ───────────────────────────────────────────────────────────────────────────────────────────────


_CACHE: dict[tuple[str, int, int, Fit], Prepared] = {}
"""(SHA-256 of the file, width and height in pixels, fit) → the prepared picture; the oldest go first."""


def prepare(path: Path, width_pt: float, height_pt: float, *, fit: Fit) -> Prepared:
    """The picture at `path` made ready for a box of `width_pt × height_pt` points.

    - ``contain``: the whole picture, scaled to fit inside the box; the caller positions it.
    - ``cover``: cropped about its centre to the box's proportions, to fill the box.
    - ``circle``: cropped about its centre to a square as wide as the box's shorter side, transparent outside
      the disc it holds (a portrait).

    Upright (EXIF orientation applied), in sRGB, 8 bits per channel, at most `PIXELS_PER_POINT` pixels per
    point of the box and never enlarged; or, when the file is already all that give or take a few pixels, the
    file itself (`_as_is`). Prepared once per (file content, size in pixels, fit): a logo on every slide is read
    every time but normalised once. Raises `ImageProblem` as `check_image` does.
    """
    if not (width_pt > 0 and height_pt > 0):
        raise ValueError(f"a picture's box must have a positive size, not {width_pt} × {height_pt} pt")
    if fit not in ("contain", "cover", "circle"):
        raise ValueError(f"fit must be 'contain', 'cover' or 'circle', not {fit!r}")
    data = _read(path)
    key = (hashlib.sha256(data).hexdigest(), _pixels(width_pt), _pixels(height_pt), fit)
    prepared = _CACHE.get(key)
    if prepared is None:
        prepared = _as_is(data, key[1], key[2], fit) or _normalised(data, path, key[1], key[2], fit)
        if len(_CACHE) >= _CACHE_SIZE:
            del _CACHE[next(iter(_CACHE))]  # the oldest
        _CACHE[key] = prepared
    return prepared


def clear_cache() -> None:
    """Forget every prepared picture (tests; a long-running process watching files)."""
    _CACHE.clear()


def _pixels(points: float) -> int:
    return max(1, round(points * PIXELS_PER_POINT))


# ── passing through ─────────────────────────────────────────────────────────────────────────────────────────


def _as_is(data: bytes, width_px: int, height_px: int, fit: Fit) -> Prepared | None:
    """The file itself when normalising it would change nothing that matters; None when it must be normalised.

    Passed through, all of these holding:

    - the whole picture is wanted (``contain``): ``cover`` and ``circle`` crop it;
    - a PNG or JPEG that is already upright, sRGB, 8 bits per channel, intact and free of metadata, as its
      headers say (`_png_size`, `_jpeg_size`); anything else or anything unusual is decoded by Pillow, which
      converts it or says what is wrong with it;
    - at most `MAX_PIXELS` (a larger one is refused, by its size, where it is decoded);
    - at most `_AS_IS_OVERSIZE` times the size it would be prepared at, across and down;
    - at most `_AS_IS_BYTES_PER_PIXEL` bytes per pixel of that size.
    """
    if fit != "contain":
        return None
    png = _png_size(data)
    size = png or _jpeg_size(data)
    if size is None:
        return None
    width, height = size
    if width * height > MAX_PIXELS:
        return None
    region, _, scale = _plan(width, height, width_px, height_px, fit)
    if scale * _AS_IS_OVERSIZE < 1:
        return None
    prepared_w, prepared_h = _scaled(region, scale)
    if len(data) > prepared_w * prepared_h * _AS_IS_BYTES_PER_PIXEL:
        return None
    return Prepared(data, "png" if png else "jpeg", width, height)


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

_PNG_CHUNKS_AS_IS = frozenset({b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND", b"sRGB", b"pHYs"})
"""What a PNG passed through may hold: its pixels, palette and transparency, the statement that it is sRGB, and
its resolution. Any other chunk means normalising, which converts or drops it as before: a colour profile
(iCCP) or gamma and primaries (gAMA, cHRM) that clients would honour differently, text and EXIF (which can carry
an orientation, a place, a name), dates, an animation (acTL)."""


def _png_size(data: bytes) -> tuple[int, int] | None:
    """A PNG's width and height if it may pass through: intact, only `_PNG_CHUNKS_AS_IS`, 8-bit channels.

    8 bits per channel in grey, grey and alpha, RGB or RGBA (colour types 0, 4, 2, 6), or a palette of any depth
    (type 3), with a transparent entry or not. A single transparent colour in a picture without a palette (tRNS
    in grey or RGB) is rare: it is left to normalising, which makes it an alpha channel, as before.
    """
    chunks = _png_chunks(data)
    if chunks is None or chunks[0][0] != b"IHDR" or len(chunks[0][1]) != 13:
        return None
    kinds = {kind for kind, _ in chunks}
    width, height, depth, colour, compression, filtering, interlace = struct.unpack(">IIBBBBB", chunks[0][1])
    palette = colour == 3 and depth in (1, 2, 4, 8) and b"PLTE" in kinds
    channels = colour in (0, 2, 4, 6) and depth == 8 and b"tRNS" not in kinds
    standard = compression == 0 and filtering == 0 and interlace in (0, 1)  # the only methods PNG defines
    if kinds <= _PNG_CHUNKS_AS_IS and b"IDAT" in kinds and (palette or channels) and standard and width and height:
        return width, height
    return None


def _png_chunks(data: bytes) -> list[tuple[bytes, bytes]] | None:
    """The PNG's chunks, (type, content), or None unless it is a PNG whose every chunk is whole, with the right
    CRC, and whose IEND chunk ends the file: a truncated or altered file is left to the decoder to report."""
    if not data.startswith(_PNG_SIGNATURE):
        return None
    chunks: list[tuple[bytes, bytes]] = []
    position = len(_PNG_SIGNATURE)
    while position + 12 <= len(data):
        length, kind = struct.unpack_from(">I4s", data, position)
        end = position + 12 + length
        if end > len(data) or zlib.crc32(data[position + 4 : end - 4]) != int.from_bytes(data[end - 4 : end], "big"):
            return None
        chunks.append((kind, data[position + 8 : end - 4]))
        if kind == b"IEND":
            return chunks if end == len(data) else None
        position = end
    return None


_JPEG_FRAMES_AS_IS = frozenset({0xC0, 0xC1, 0xC2})
"""Baseline, extended and progressive Huffman-coded frames: what every client decodes (not arithmetic coding,
lossless or hierarchical JPEG)."""

_JPEG_TABLES = frozenset({0xC4, 0xDB, 0xDD})
"""Huffman tables, quantisation tables, restart interval: the decoding's own segments."""

_APP0 = 0xE0

_JPEG_SEGMENTS_AS_IS = _JPEG_FRAMES_AS_IS | _JPEG_TABLES | {_APP0}


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """A JPEG's width and height if it may pass through as it is.

    JFIF (so its three components are YCbCr, read as sRGB, or its one is grey: not CMYK), 8 bits, Huffman-coded,
    ending with its end marker (not truncated), and before its first scan nothing but its frame, its tables and
    the JFIF segment without a thumbnail: no EXIF (an orientation, a camera, a place), no colour profile, no
    comment, no Adobe or XMP block.
    """
    if not data.endswith(b"\xff\xd9"):
        return None
    segments = _jpeg_segments(data)
    if segments is None:
        return None
    frames = [body for marker, body in segments if marker in _JPEG_FRAMES_AS_IS]
    jfif = [body for marker, body in segments if marker == _APP0]
    if len(frames) != 1 or len(frames[0]) < 6 or len(jfif) != 1 or not _plain_jfif(jfif[0]):
        return None
    if any(marker not in _JPEG_SEGMENTS_AS_IS for marker, _ in segments):
        return None
    precision, height, width, components = struct.unpack_from(">BHHB", frames[0])
    if precision == 8 and components in (1, 3) and width and height:
        return width, height
    return None


def _jpeg_segments(data: bytes) -> list[tuple[int, bytes]] | None:
    """The segments before a JPEG's first scan, (marker, content), or None unless they are well formed."""
    if not data.startswith(b"\xff\xd8"):
        return None
    segments: list[tuple[int, bytes]] = []
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker == 0xFF:  # a fill byte before a marker
            position += 1
            continue
        if marker == 0xDA:  # start of scan: the header is over
            return segments
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        end = position + 2 + length
        if length < 2 or end > len(data):
            return None
        segments.append((marker, data[position + 4 : end]))
        position = end
    return None


def _plain_jfif(body: bytes) -> bool:
    """A JFIF segment without a thumbnail (its width and height are bytes 12 and 13)."""
    return body.startswith(b"JFIF\x00") and len(body) >= 14 and body[12] == body[13] == 0


# ── normalising ─────────────────────────────────────────────────────────────────────────────────────────────


def _normalised(data: bytes, path: Path, width_px: int, height_px: int, fit: Fit) -> Prepared:
    """The picture decoded, made upright, sRGB and 8-bit, fitted to the box and encoded again."""
    from PIL import Image, ImageOps

    with _opened(data, path) as opened:
        _draft(opened, width_px, height_px, fit)
        _load(opened, path)
        try:
            with _pillow_warnings():
                image = ImageOps.exif_transpose(opened)
                image = _rgb(image)
                image = _fitted(image, width_px, height_px, fit)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:  # Pillow's limit is higher: a net
            raise ImageProblem(_("the image is too large to be a photo or logo ({error}); export it smaller").format(error=error), path) from None
        except _DECODING_ERRORS as error:
            raise ImageProblem(_("the image cannot be converted ({error}); {advice}").format(error=error, advice=_(_EXPORT_AGAIN)), path) from None
    if fit == "circle":
        image = _disc(image)
    return _encode(image)


_ORIENTATION = 0x0112
"""The EXIF tag saying how the stored picture is turned; 5 to 8 mean on its side."""


def _draft(image: ImageFile.ImageFile, width_px: int, height_px: int, fit: Fit) -> None:
    """Ask a JPEG much larger than needed to decode at 1/2, 1/4 or 1/8 of its size (see `_JPEG_DRAFT_GAP`)."""
    if image.format != "JPEG":
        return
    width, height = image.size
    if _orientation(image) in (5, 6, 7, 8):  # the box is for the picture once upright
        width, height = height, width
    factor = _plan(width, height, width_px, height_px, fit)[2] * _JPEG_DRAFT_GAP
    if factor < 1:  # the same factor across and down, so the stored orientation does not matter here
        image.draft(None, (math.ceil(image.width * factor), math.ceil(image.height * factor)))


def _orientation(image: ImageFile.ImageFile) -> int:
    """The picture's EXIF orientation; 1 (upright) when it has none or it cannot be read (reported later)."""
    try:
        with _pillow_warnings():
            return int(image.getexif().get(_ORIENTATION, 1))
    except _DECODING_ERRORS:
        return 1


def _rgb(image: Image.Image) -> Image.Image:
    """The picture as RGB, or RGBA when it has transparency, 8 bits per channel, in sRGB."""
    icc = image.info.get("icc_profile")
    if image.mode.startswith("I") or image.mode == "F":
        image = _eight_bit(image)
    if "transparency" in image.info or image.mode in ("PA", "RGBa", "La"):  # one colour, or premultiplied
        image = image.convert("RGBA")
    elif image.mode == "P":
        image = image.convert("RGB")
    alpha: Image.Image | None = None
    if image.mode in ("RGBA", "LA"):
        alpha = image.getchannel("A")
        image = image.convert("RGB" if image.mode == "RGBA" else "L")
    image = _srgb(image, icc)
    if alpha is not None and alpha.getextrema() != (255, 255):
        image.putalpha(alpha)
    return image


def _eight_bit(image: Image.Image) -> Image.Image:
    """A 16-bit, 32-bit or floating-point greyscale picture as 8-bit grey, scaled, not clipped to white."""
    high = image.getextrema()[1]
    if image.mode.startswith("I;16") or 255 < high <= 65535:
        top: float = 65535
    else:
        top = max(255, high)  # 8-bit values as they are; wider ones scaled to their maximum
    wide = image if image.mode == "F" else image.convert("I")
    grey = wide.point(lambda value: value * 255 / top).convert("L")
    grey.info.pop("transparency", None)  # a 16-bit transparent value no longer names one grey; rare, dropped
    return grey


def _srgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    """A colour picture without alpha (RGB, L, CMYK, …) converted to RGB in sRGB, through its profile if any."""
    target = _srgb_profile() if icc else None
    if target is not None:
        from PIL import ImageCms

        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            converted = ImageCms.profileToProfile(image, source, target, outputMode="RGB")
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
            pass  # a damaged profile, or one for another colour model: read the pixels as they are
        else:
            if converted is not None:
                return converted
    return image.convert("RGB")


@cache
def _srgb_profile() -> ImageCms.ImageCmsProfile | None:
    """sRGB for LittleCMS; None when Pillow was built without it (embedded profiles are then dropped, and the
    colours read as sRGB)."""
    from PIL import features

    if not features.check("littlecms2"):
        return None
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


def _fitted(image: Image.Image, width_px: int, height_px: int, fit: Fit) -> Image.Image:
    """Cropped as `fit` says, then scaled down (LANCZOS) to at most `width_px × height_px`; never up."""
    from PIL import Image

    region, target, scale = _plan(image.width, image.height, width_px, height_px, fit)
    if scale < 1.0:
        # cover and circle: the region already has the box's proportions, to a pixel, so it gets the box's size
        size = _scaled(region, scale) if fit == "contain" else target
        return image.resize(size, Image.Resampling.LANCZOS, box=region, reducing_gap=_REDUCING_GAP)
    if region != (0, 0, image.width, image.height):
        return image.crop(region)
    return image


_Region = tuple[int, int, int, int]
"""Left, top, right, bottom, in pixels."""


def _plan(width: int, height: int, width_px: int, height_px: int, fit: Fit) -> tuple[_Region, tuple[int, int], float]:
    """For a `width × height` picture: the region `fit` keeps, the most pixels it may have once prepared, and the
    scale (at most 1: never up) that takes it there."""
    if fit == "contain":
        region, target = (0, 0, width, height), (width_px, height_px)
    elif fit == "cover":
        region, target = _centred(width, height, width_px / height_px), (width_px, height_px)
    else:
        side = min(width_px, height_px)
        region, target = _centred(width, height, 1.0), (side, side)
    crop_w, crop_h = region[2] - region[0], region[3] - region[1]
    return region, target, min(1.0, target[0] / crop_w, target[1] / crop_h)


def _scaled(region: _Region, scale: float) -> tuple[int, int]:
    """The size of `region` scaled by `scale`, at least a pixel each way."""
    return max(1, round((region[2] - region[0]) * scale)), max(1, round((region[3] - region[1]) * scale))


def _centred(width: int, height: int, aspect: float) -> _Region:
    """The largest region of proportions `aspect` (width / height) centred in a `width × height` picture."""
    if width / height > aspect:
        crop = max(1, round(height * aspect))
        left = (width - crop) // 2
        return (left, 0, left + crop, height)
    crop = max(1, round(width / aspect))
    top = (height - crop) // 2
    return (0, top, width, top + crop)


def _disc(image: Image.Image) -> Image.Image:
    """A square picture with everything outside its inscribed disc transparent, the edge anti-aliased."""
    from PIL import Image, ImageChops, ImageDraw

    side = image.width
    big = side * _CIRCLE_SUPERSAMPLING
    mask = Image.new("L", (big, big), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, big - 1, big - 1), fill=255)
    mask = mask.resize((side, side), Image.Resampling.BOX)
    if image.mode == "RGBA":
        mask = ImageChops.multiply(image.getchannel("A"), mask)
    else:
        image = image.convert("RGBA")
    image.putalpha(mask)
    return image


def _encode(image: Image.Image) -> Prepared:
    """PNG for transparency and graphics, JPEG for photos; no metadata, so the bytes depend on pixels alone."""
    image.info = {}  # no ICC profile, EXIF, DPI or comments carried over from the source
    photographic = image.getcolors(maxcolors=_GRAPHIC_COLOURS) is None
    out = io.BytesIO()
    if photographic and image.mode == "RGB":
        image.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
        return Prepared(out.getvalue(), "jpeg", image.width, image.height)
    image.save(out, format="PNG", optimize=False, compress_level=PNG_COMPRESS_LEVEL)
    return Prepared(out.getvalue(), "png", image.width, image.height)
