"""Brand: the colours, fonts (with the files deckgen measures them with) and logos of `assets/<brand>/`.

Brands are looked up in folders of brands, the first that holds one winning (`asset_folders`): the one given
(`--assets DIR`, else DECKGEN_ASSETS), the project's own `assets/` beside its `deck/` folder, then the brands
shipped inside the package (`ASSETS`: the Ansa brand and the open fonts). So a deck outside any project builds
with the shipped brand, and a project adds brands, or overrides a shipped one by giving its folder the same name.
"""

from __future__ import annotations

import difflib

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, PrivateAttr, StringConstraints, ValidationError

from .errors import BrandError, Problem
from .i18n import N_, _, decimal
from .load.messages import problem_at, problems_from_validation
from .load.yaml_source import read_yaml
from .model.base import HEX_PATTERN
from .model.docs import describe_fields
from .shipped import shipped

BRAND_FILE = "brand.yaml"
ASSETS = shipped("assets")
"""The brands shipped with deckgen, and the fonts they are measured with (`fonts/`): package data."""
PROJECT_ASSETS = "assets"
"""A project's own brands: the folder of that name beside the folder that holds its decks (`deck/`)."""
ASSETS_VARIABLE = "DECKGEN_ASSETS"
"""A folder of brands to look in first, as `--assets` gives one."""

_given: Path | None = None


def use_assets(folder: Path | None) -> None:
    """`--assets DIR`: look brands up in `folder` first from now on (over DECKGEN_ASSETS); None: no more."""
    global _given
    _given = folder


def asset_folders(deck: Path | None = None) -> tuple[Path, ...]:
    """The folders brands are looked up in for the deck folder `deck`, first wins: the one given (`--assets`,
    else DECKGEN_ASSETS), the project's `assets/` beside the folder that holds the deck (without a deck, the
    working folder's), the shipped brands. Each resolved, those that do not exist left out but the shipped."""
    given = _given or os.environ.get(ASSETS_VARIABLE)
    project = (deck.resolve().parent.parent if deck is not None else Path.cwd()) / PROJECT_ASSETS
    found = [Path(folder).resolve() for folder in (given, project) if folder and Path(folder).is_dir()]
    return tuple(dict.fromkeys([*found, ASSETS]))


def brand_folder(name: str, folders: Sequence[Path]) -> Path | None:
    """The folder of the brand `name`: the first of `folders` that holds `<name>/brand.yaml`."""
    return next((folder / name for folder in folders if _is_file(folder / name / BRAND_FILE)), None)

def _without_hash(colour: object) -> object:
    """`#0B4F6C` as `0B4F6C`: the `#` is how colours are usually written (in quotes, or YAML reads a comment)."""
    return colour.strip().removeprefix("#") if isinstance(colour, str) else colour


Hex = Annotated[str, BeforeValidator(_without_hash), StringConstraints(pattern=HEX_PATTERN)]


class _Strict(BaseModel):
    # As the event's models (model/base.py): docstrings read only for a JSON schema, validators built on first use.
    model_config = ConfigDict(extra="forbid", frozen=True, json_schema_extra=describe_fields, defer_build=True)


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
    on_primary_accent: Hex
    """Labels on the primary colour (« Table ronde », « Retour dans … »)."""
    on_primary_muted: Hex
    """The footer on the primary colour."""
    dimmed: Hex
    """The wrong choices on an answer slide: quieter than text, still readable."""


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


class Metrics(_Strict):
    """The files a template's font is measured with, where it has no known metric twin."""

    regular: Path
    """A .ttf of the font (or one drawn to its widths), relative to the brand folder."""
    bold: Path | None = None
    """Its bold; the regular file if none."""
    italic: Path | None = None
    """Its italic; the regular file if none."""
    bold_italic: Path | None = None
    """Its bold italic; the bold file if none."""

    def files(self) -> list[Path]:
        """The files given, regular first."""
        return [path for path in (self.regular, self.bold, self.italic, self.bold_italic) if path is not None]

    def face(self, name: str) -> FontFace:
        bold = self.bold or self.regular
        return FontFace(name=name, regular=self.regular, bold=bold, italic=self.italic or self.regular, bold_italic=self.bold_italic or bold)


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
    template: Path | None = None
    """The organisation's PowerPoint template (.pptx or .potx), relative to the brand folder: the deck keeps
    its masters, layouts, theme and slide size. `deckgen build --template` wins over it. None: deckgen's own
    template, made from this brand."""
    layouts: dict[str, str] = {}
    """A layout of the template, by name, for a kind of slide or a family (title, section, content,
    two_columns, title_only, quiz, break, closing), e.g. `question: "Titre seul"`; the others are chosen by
    what the layouts hold (`deckgen template inspect` shows the choice)."""
    _layout_places: dict[str, Problem] = PrivateAttr(default_factory=dict)
    # Where each key of `layouts:` is written in brand.yaml (file, line, column; no message yet): a layout the
    # template has not is told there, once the template is open.

    @property
    def layout_places(self) -> dict[str, Problem]:
        return self._layout_places

    metrics: dict[str, Metrics] = {}
    """Font files for a template's font that has no metric twin, by the font's name, e.g. `Open Sans:
    {regular: fonts/OpenSans-Regular.ttf, bold: fonts/OpenSans-Bold.ttf}`."""


MINIMUM_CONTRAST = 4.5
"""WCAG 2 AA for normal text: what can be read from the back of a room, and by weaker eyes."""

TEXT_PAIRS: tuple[tuple[str, str, str], ...] = (
    ("text", "background", N_("body text")),
    ("muted", "background", N_("footer and captions")),
    ("primary", "background", N_("titles")),
    ("accent", "background", N_("times and subtitles")),
    ("text", "surface", N_("text in cards")),
    ("primary", "surface", N_("headings in cards")),
    ("accent", "surface", N_("labels in cards")),
    ("dimmed", "surface", N_("the wrong choices on an answer slide")),
    ("on_primary", "primary", N_("text on title and section slides")),
    ("on_primary_accent", "primary", N_("labels on section slides")),
    ("on_primary_muted", "primary", N_("the footer on section slides")),
    ("on_primary", "accent", N_("the correct answer and the pills")),
    ("on_primary", "secondary", N_("key figures and territory tiles")),
    ("on_primary", "dimmed", N_("the numbers of the wrong choices")),
)
"""Every (text colour, background colour) pair the renderers use, and where (translated where it is said)."""


def relative_luminance(colour: str) -> float:
    """WCAG 2's relative luminance of an sRGB colour given as six hex digits."""
    red, green, blue = (linear(int(colour[i : i + 2], 16) / 255) for i in (0, 2, 4))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def linear(channel: float) -> float:
    """An sRGB channel (0 to 1) with its transfer undone, as WCAG 2 computes luminance."""
    return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4


def contrast(foreground: str, background: str) -> float:
    """WCAG 2's contrast ratio, from 1 (none) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def contrast_findings(colours: Colours) -> list[tuple[str, str]]:
    """(colour field, message) for every pair under the minimum."""
    findings = []
    for fg, bg, where in TEXT_PAIRS:
        ratio = contrast(getattr(colours, fg), getattr(colours, bg))
        if ratio < MINIMUM_CONTRAST:
            light_ground = relative_luminance(getattr(colours, bg)) > 0.4
            advice = _("make {colour} darker or change {ground}") if light_ground else _("make {colour} lighter or change {ground}")
            findings.append(
                (fg, _("{colour} on {ground} ({where}) has a contrast of {ratio}:1, under {minimum}:1 (WCAG AA); {advice}").format(
                    colour=fg, ground=bg, where=_(where), ratio=decimal(ratio, 2), minimum=decimal(MINIMUM_CONTRAST, 1),
                    advice=advice.format(colour=fg, ground=bg)))
            )
    return findings


def load_brand(name: str, assets: Path | Sequence[Path] | None = None, *, deck: Path | None = None) -> Brand:
    """Read `<name>/brand.yaml` from the first folder of brands that has it, resolve its files, and check they
    exist and their colours read well.

    `assets`: the folder (or folders, first wins) of brands; by default `asset_folders(deck)`.
    """
    folders = asset_folders(deck) if assets is None else (assets,) if isinstance(assets, Path) else tuple(assets)
    folder = brand_folder(name, folders)
    if folder is None:
        known = known_brands(folders)
        close = difflib.get_close_matches(name.casefold(), known, n=1)
        hint = _("did you mean '{brand}'?").format(brand=close[0]) if close else _("set `brand:` to one of them")
        raise BrandError(
            _("no brand '{name}' in {folders} (known: {known}); {hint}").format(
                name=name, folders=", ".join(str(f) for f in folders), known=", ".join(known) or _("none"), hint=hint
            )
        )
    data, source = read_yaml(folder / BRAND_FILE)
    try:
        brand = Brand.model_validate(data)
    except ValidationError as error:
        raise BrandError(problems_from_validation(error, data, source, Brand)) from None
    low_contrast = [
        problem_at(("colours", field), message, data, source) for field, message in contrast_findings(brand.colours)
    ]
    if low_contrast:
        raise BrandError(low_contrast)
    brand = _resolved(brand, folder, folders)
    brand._layout_places = {key: problem_at(("layouts", key), "", data, source) for key in brand.layouts}
    missing = [
        Problem(_("file not found: {path}").format(path=path), folder / BRAND_FILE)
        for path in (brand.logo, brand.logo_on_dark, *_font_files(brand), *([brand.template] if brand.template else []),
                     *(path for metrics in brand.metrics.values() for path in metrics.files()))
        if not path.is_file()
    ]
    if missing:
        raise BrandError(missing)
    return brand


def known_brands(folders: Sequence[Path] | None = None) -> list[str]:
    """The brands there are in the folders of brands (by default, those a deck in the working folder sees)."""
    folders = asset_folders() if folders is None else folders
    return sorted({p.name for folder in folders if folder.is_dir() for p in folder.iterdir() if _is_file(p / BRAND_FILE)})


def _is_file(path: Path) -> bool:
    """Whether the file is there; False for a name the system cannot even look up (too long, say), which
    `Path.is_file` raises for rather than answering (found by tests/properties/)."""
    try:
        return path.is_file()
    except OSError:
        return False


def _located(folder: Path, written: Path, folders: Sequence[Path]) -> Path:
    """A file brand.yaml names, relative to the brand's folder. One that climbs out of it into the folder of
    brands (`../fonts/…`) is looked up in each folder of brands in turn, so that a project's own brand can be
    measured with the fonts deckgen ships without copying them."""
    path = (folder / written).resolve()
    home = folder.resolve()
    if path.is_file() or path.is_relative_to(home) or not path.is_relative_to(home.parent):
        return path
    inside = path.relative_to(home.parent)
    return next(((f / inside).resolve() for f in folders if (f / inside).is_file()), path)


def _resolved(brand: Brand, folder: Path, folders: Sequence[Path]) -> Brand:
    def file(written: Path) -> Path:
        return _located(folder, written, folders)

    def face(f: FontFace) -> FontFace:
        return f.model_copy(update={k: file(getattr(f, k)) for k in ("regular", "bold", "italic", "bold_italic")})

    def metrics(m: Metrics) -> Metrics:
        return m.model_copy(update={k: file(path) for k, path in m if path is not None})

    return brand.model_copy(
        update={
            "logo": file(brand.logo),
            "logo_on_dark": file(brand.logo_on_dark),
            "fonts": Fonts(heading=face(brand.fonts.heading), body=face(brand.fonts.body)),
            "template": None if brand.template is None else file(brand.template),
            "metrics": {name: metrics(m) for name, m in brand.metrics.items()},
        }
    )


def _font_files(brand: Brand) -> list[Path]:
    return [
        getattr(face, k)
        for face in (brand.fonts.heading, brand.fonts.body)
        for k in ("regular", "bold", "italic", "bold_italic")
    ]
