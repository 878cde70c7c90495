"""Brand: the colours, fonts (with the files deckgen measures them with) and logos of `assets/<brand>/`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints, ValidationError

from .errors import BrandError, Problem
from .load.messages import problems_from_validation
from .load.yaml_source import read_yaml

BRAND_FILE = "brand.yaml"
ASSETS = Path(__file__).resolve().parents[2] / "assets"
"""The repository's assets folder; a brand is a sub-folder of it."""

Hex = Annotated[str, StringConstraints(pattern=r"^[0-9A-Fa-f]{6}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class Colours(_Strict):
    """Colours as six hex digits, e.g. `0B4F6C`."""

    primary: Hex
    """Title and section slides' background, headings."""
    accent: Hex
    """Times, highlights, the correct answer."""
    secondary: Hex
    """Tiles and cards."""
    text: Hex
    """Body text on the background."""
    muted: Hex
    """Footer and secondary text."""
    surface: Hex
    """Card backgrounds."""
    background: Hex
    """Content slides' background."""
    on_primary: Hex
    """Text on the primary colour."""


class FontFace(_Strict):
    """A font as named in the deck, and the files with its metrics."""

    name: str
    """The name written in the file: a font presenters have (Arial, Calibri)."""
    regular: Path
    """A metric-compatible font file for measuring, relative to the brand folder."""
    bold: Path
    """Its bold variant."""
    italic: Path
    """Its italic variant."""
    bold_italic: Path
    """Its bold italic variant."""

    def file(self, *, bold: bool, italic: bool) -> Path:
        if bold and italic:
            return self.bold_italic
        return self.bold if bold else self.italic if italic else self.regular


class Fonts(_Strict):
    heading: FontFace
    """Titles."""
    body: FontFace
    """Everything else."""


class Brand(_Strict):
    """A brand folder, loaded: everything is resolved to absolute paths."""

    name: str
    """The organisation the brand belongs to; the alternative text of its logo."""
    logo: Path
    """The logo for light backgrounds."""
    logo_on_dark: Path
    """The logo for the primary colour."""
    colours: Colours
    """The palette."""
    fonts: Fonts
    """Heading and body fonts."""


def load_brand(name: str, assets: Path = ASSETS) -> Brand:
    """Read `assets/<name>/brand.yaml`, resolve its files, and check they exist."""
    folder = assets / name
    if not (folder / BRAND_FILE).is_file():
        known = sorted(p.name for p in assets.iterdir() if (p / BRAND_FILE).is_file()) if assets.is_dir() else []
        raise BrandError(f"no brand '{name}' in {assets} (known: {', '.join(known) or 'none'}); set `brand:` to one of them")
    data, source = read_yaml(folder / BRAND_FILE)
    try:
        brand = Brand.model_validate(data)
    except ValidationError as error:
        raise BrandError(problems_from_validation(error, data, source, Brand)) from None
    brand = _resolved(brand, folder)
    missing = [
        Problem(f"file not found: {path}", folder / BRAND_FILE)
        for path in (brand.logo, brand.logo_on_dark, *_font_files(brand))
        if not path.is_file()
    ]
    if missing:
        raise BrandError(missing)
    return brand


def _resolved(brand: Brand, folder: Path) -> Brand:
    def face(f: FontFace) -> FontFace:
        return f.model_copy(
            update={k: (folder / getattr(f, k)).resolve() for k in ("regular", "bold", "italic", "bold_italic")}
        )

    return brand.model_copy(
        update={
            "logo": (folder / brand.logo).resolve(),
            "logo_on_dark": (folder / brand.logo_on_dark).resolve(),
            "fonts": Fonts(heading=face(brand.fonts.heading), body=face(brand.fonts.body)),
        }
    )


def _font_files(brand: Brand) -> list[Path]:
    return [
        getattr(face, k)
        for face in (brand.fonts.heading, brand.fonts.body)
        for k in ("regular", "bold", "italic", "bold_italic")
    ]
