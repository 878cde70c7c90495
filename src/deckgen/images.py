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
  pixels are converted to sRGB first), no dates, so the same file always gives the same bytes.

Sizes: a box of ``w × h`` points gets at most ``w / 72 × 192`` pixels across, twice what a 96 dpi screen
shows, enough for a projector or a retina screen. Pictures are scaled down to that, never up.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import struct
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PIL import (
    BmpImagePlugin,
    GifImagePlugin,
    Image,
    ImageChops,
    ImageDraw,
    ImageFile,
    ImageOps,
    JpegImagePlugin,
    PngImagePlugin,
    TiffImagePlugin,
    WebPImagePlugin,
    features,
)

Fit = Literal["contain", "cover", "circle"]
"""How a picture meets its box: whole inside it, cropped to fill it, or cropped to a disc (portraits)."""

ACCEPTED_FORMATS: dict[str, str] = {"JPEG": "JPEG", "PNG": "PNG", "GIF": "GIF", "BMP": "BMP", "TIFF": "TIFF", "WEBP": "WebP"}
"""Pillow's name of each accepted format → the name a user knows it by."""

_PLUGINS = (JpegImagePlugin, PngImagePlugin, GifImagePlugin, BmpImagePlugin, TiffImagePlugin, WebPImagePlugin)
"""Imported for their side effect: each registers its format's opener in `Image.OPEN`."""

MAX_PIXELS = 40_000_000
"""The largest picture accepted, in pixels (a 40-megapixel photo). Beyond it a file is most likely a mistake or a
decompression bomb, and decoding it would take hundreds of megabytes. Below Pillow's own warning threshold."""

PIXELS_PER_POINT = 192 / 72
"""Output resolution: 192 pixels per inch (2 × 96 dpi) of displayed size; a point is 1/72 inch."""

JPEG_QUALITY = 88

_GRAPHIC_COLOURS = 4096
"""A picture with at most this many distinct colours once sized is a graphic and stays lossless (PNG)."""

_CIRCLE_SUPERSAMPLING = 4
"""The disc is drawn this many times larger, then reduced: an anti-aliased edge."""

_CACHE_SIZE = 128

if features.check("littlecms2"):
    from PIL import ImageCms

    _SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
else:  # Pillow built without LittleCMS: embedded profiles are dropped, colours are read as sRGB
    ImageCms = None  # type: ignore[assignment]


class ImageProblem(Exception):
    """An image file deckgen cannot use; the message says what to do about it.

    ``str(problem)`` is the message alone; the caller adds where the file was named (YAML line, field).
    """

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


@dataclass(frozen=True)
class Prepared:
    """A picture ready to embed: its encoded bytes and its size in pixels."""

    data: bytes
    """PNG or JPEG bytes, without metadata."""
    format: Literal["png", "jpeg"]
    width: int
    """In pixels, as encoded in `data`."""
    height: int


# ── checking ────────────────────────────────────────────────────────────────────────────────────────────────


def check_image(path: Path) -> None:
    """Raise `ImageProblem` unless `path` is an image deckgen can use.

    The file is read and fully decoded, so a truncated or damaged file is caught here, at load time, and not
    in the middle of a build. Its size is checked from the header first: a picture larger than `MAX_PIXELS`
    is refused without being decoded. Its EXIF block is parsed too, as `prepare` will.
    """
    with _decode(_read(path), path) as image:
        try:
            with _pillow_warnings():
                image.getexif()
        except _DECODING_ERRORS as error:
            raise ImageProblem(f"the file is damaged (its EXIF block: {error}); {_EXPORT_AGAIN}", path) from None


def content_digest(path: Path) -> str:
    """The SHA-256 of the file's bytes, in hex: the same picture under two names has one digest."""
    return hashlib.sha256(_read(path)).hexdigest()


def _read(path: Path) -> bytes:
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise ImageProblem("file not found; check the path relative to the event's folder", path) from None
    except IsADirectoryError:
        raise ImageProblem("this is a folder, not an image file; name the image file itself", path) from None
    except PermissionError:
        raise ImageProblem("the file cannot be read (permission denied); check its permissions", path) from None
    except OSError as error:
        raise ImageProblem(f"the file cannot be read ({error.strerror or error}); check the path", path) from None
    if not data:
        raise ImageProblem("the file is empty; save the image again as PNG or JPEG", path)
    return data


def _decode(data: bytes, path: Path) -> Image.Image:
    """The first frame of the picture, decoded; or `ImageProblem` saying why it cannot be."""
    image = _identify(data, path)
    width, height = image.size
    if width * height > MAX_PIXELS:
        image.close()
        raise ImageProblem(
            f"the image is {width} × {height} pixels, too large to be a photo or logo "
            f"(limit {MAX_PIXELS // 1_000_000} megapixels); export it smaller, 4000 pixels across is plenty",
            path,
        )
    try:
        with _pillow_warnings():
            image.load()
    except _DECODING_ERRORS as error:
        image.close()
        raise ImageProblem(f"the file is damaged ({error}); {_EXPORT_AGAIN}", path) from None
    return image


_DECODING_ERRORS = (OSError, SyntaxError, ValueError, TypeError, KeyError, IndexError, struct.error, EOFError)
"""What Pillow raises on a damaged file, depending on the format and where the damage is."""

_EXPORT_AGAIN = "export the image again as PNG or JPEG"


def _identify(data: bytes, path: Path) -> ImageFile.ImageFile:
    """The picture opened from its header only, by the first accepted format that recognises it.

    This is what `Image.open` does, restricted to the accepted formats and without Pillow's decompression-bomb
    check, which refuses a huge file before telling its dimensions: `_decode` checks the size itself, with a
    lower limit, and names it. Nothing is decoded here.
    """
    prefix = data[:16]
    for name in ACCEPTED_FORMATS:
        if name not in Image.OPEN:  # not registered by this Pillow
            continue
        factory, accept = Image.OPEN[name]
        verdict = accept(prefix) if accept else True
        if isinstance(verdict, str):  # recognised, but this Pillow cannot decode it (e.g. built without WebP)
            raise ImageProblem(f"not an image deckgen can read here ({verdict}); save it as PNG or JPEG", path)
        if not verdict:
            continue
        try:
            with _pillow_warnings():
                return factory(io.BytesIO(data), str(path))
        except _DECODING_ERRORS as error:
            label = ACCEPTED_FORMATS[name]
            raise ImageProblem(f"the file is damaged (its {label} header: {error}); {_EXPORT_AGAIN}", path) from None
    raise ImageProblem(_unreadable(data, path), path)


def _unreadable(data: bytes, path: Path) -> str:
    """Why a file no accepted format recognises cannot be used, naming the kinds people commonly try."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    svg = head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head)
    if svg or Path(path).suffix.lower() in (".svg", ".svgz"):
        return "SVG drawings are not supported; export it as PNG"
    if head.startswith(b"%PDF"):
        return "not an image deckgen can read (it is a PDF document); export the page as PNG or JPEG"
    if data[4:8] == b"ftyp" and data[8:12] in {b"heic", b"heix", b"heif", b"mif1", b"msf1", b"avif", b"avis"}:
        return "not an image deckgen can read (it is a HEIC or AVIF photo, as phones take them); save it as JPEG"
    names = ", ".join(list(ACCEPTED_FORMATS.values())[:-1]) + " or " + list(ACCEPTED_FORMATS.values())[-1]
    what = "it looks like text" if _looks_like_text(head) else f"it is none of {names}"
    return f"not an image deckgen can read ({what}); save it as PNG or JPEG"


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
    point of the box and never enlarged. Prepared once per (file content, size in pixels, fit): a logo on
    every slide is read every time but normalised once. Raises `ImageProblem` as `check_image` does.
    """
    if not (width_pt > 0 and height_pt > 0):
        raise ValueError(f"a picture's box must have a positive size, not {width_pt} × {height_pt} pt")
    if fit not in ("contain", "cover", "circle"):
        raise ValueError(f"fit must be 'contain', 'cover' or 'circle', not {fit!r}")
    data = _read(path)
    key = (hashlib.sha256(data).hexdigest(), _pixels(width_pt), _pixels(height_pt), fit)
    prepared = _CACHE.get(key)
    if prepared is None:
        prepared = _prepare(data, path, key[1], key[2], fit)
        if len(_CACHE) >= _CACHE_SIZE:
            del _CACHE[next(iter(_CACHE))]  # the oldest
        _CACHE[key] = prepared
    return prepared


def clear_cache() -> None:
    """Forget every prepared picture (tests; a long-running process watching files)."""
    _CACHE.clear()


def _pixels(points: float) -> int:
    return max(1, round(points * PIXELS_PER_POINT))


def _prepare(data: bytes, path: Path, width_px: int, height_px: int, fit: Fit) -> Prepared:
    with _decode(data, path) as decoded:
        try:
            with _pillow_warnings():
                image = ImageOps.exif_transpose(decoded)
                image = _rgb(image)
                image = _fitted(image, width_px, height_px, fit)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:  # Pillow's limit is higher: a net
            raise ImageProblem(f"the image is too large to be a photo or logo ({error}); export it smaller", path) from None
        except _DECODING_ERRORS as error:
            raise ImageProblem(f"the image cannot be converted ({error}); {_EXPORT_AGAIN}", path) from None
    if fit == "circle":
        image = _disc(image)
    return _encode(image)


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
    if icc and ImageCms is not None:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            converted = ImageCms.profileToProfile(image, source, _SRGB, outputMode="RGB")
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
            pass  # a damaged profile, or one for another colour model: read the pixels as they are
        else:
            if converted is not None:
                return converted
    return image.convert("RGB")


def _fitted(image: Image.Image, width_px: int, height_px: int, fit: Fit) -> Image.Image:
    """Cropped as `fit` says, then scaled down (LANCZOS) to at most `width_px × height_px`; never up."""
    width, height = image.size
    if fit == "contain":
        region = (0, 0, width, height)
    elif fit == "cover":
        region = _centred(width, height, width_px / height_px)
    else:
        region = _centred(width, height, 1.0)
        width_px = height_px = min(width_px, height_px)
    crop_w, crop_h = region[2] - region[0], region[3] - region[1]
    scale = min(1.0, width_px / crop_w, height_px / crop_h)
    if scale < 1.0:
        size = (max(1, round(crop_w * scale)), max(1, round(crop_h * scale)))
        if fit != "contain":
            size = (width_px, height_px)  # the region already has the box's proportions, to a pixel
        return image.resize(size, Image.Resampling.LANCZOS, box=region, reducing_gap=3.0)
    if region != (0, 0, width, height):
        return image.crop(region)
    return image


def _centred(width: int, height: int, aspect: float) -> tuple[int, int, int, int]:
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
    # zlib's best compression saves a few percent on a photo (a portrait in a disc) at 15 times the time
    image.save(out, format="PNG", optimize=False)
    return Prepared(out.getvalue(), "png", image.width, image.height)
