"""Placement helpers every renderer shares: boxes in points, measured text, shapes, pictures.

Renderers place, they do not decide: they get a spec and a `Canvas`, and say where things go.
All geometry is in points on a 960 × 540 pt (16:9, 13.33 × 7.5 in) slide.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..brand import Brand, FontFace
from ..errors import TextOverflow
from ..images import Fit, prepare
from ..plan.specs import Logo
from ..text.fit import DERIVED, LINE_PITCH, UNBREAKABLE, Fitted, FontFiles, Para, fit, measure
from ..text.inline import Run, parse_inline, plain
from ..text.typography import NBSP, typeset
from . import drawing
from .slide import RT_IMAGE, SlideDrawing

if TYPE_CHECKING:
    from .package import DeckPackage

SLIDE_WIDTH, SLIDE_HEIGHT = 960.0, 540.0
MARGIN = 56.0

FLOORS = {"title": 28.0, "heading": 20.0, "body": 18.0, "detail": 14.0, "caption": 12.0, "footer": 10.0}
"""The smallest size of each role, in points: below it text is unreadable from the back of a room."""


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def inset(self, dx: float, dy: float | None = None) -> Box:
        dy = dx if dy is None else dy
        return Box(self.x + dx, self.y + dy, self.w - 2 * dx, self.h - 2 * dy)

    def columns(self, count: int, gap: float) -> list[Box]:
        width = (self.w - gap * (count - 1)) / count
        return [Box(self.x + i * (width + gap), self.y, width, self.h) for i in range(count)]

    def rows(self, count: int, gap: float) -> list[Box]:
        height = (self.h - gap * (count - 1)) / count
        return [Box(self.x, self.y + i * (height + gap), self.w, height) for i in range(count)]

    def top(self, height: float) -> Box:
        return Box(self.x, self.y, self.w, height)

    def below(self, height: float, gap: float = 0.0) -> Box:
        """The part of this box under its first `height` points (and a gap)."""
        return Box(self.x, self.y + height + gap, self.w, self.h - height - gap)


@dataclass(frozen=True, slots=True)
class Style:
    """How a block of text looks: role (for its floor), face, largest size, colour, alignment."""

    role: str = "body"
    largest: float = 24.0
    colour: str | None = None  # hex; the canvas's text colour by default
    heading: bool = False
    bold: bool = False
    italic: bool = False
    align: str = "left"  # left, center, right
    anchor: str = "top"  # top, middle, bottom


@dataclass(frozen=True, slots=True)
class P:
    """A paragraph: marked-up text, bullet level, relative size, space before (in lines)."""

    text: str
    level: int | None = None  # None: no bullet; 0, 1…: bullet at that depth
    scale: float = 1.0
    space_before: float = 0.0
    colour: str | None = None
    bold: bool | None = None
    align: str | None = None
    margin: float = 0.0  # left margin of the text, in points
    prefix_width: float = 0.0  # a first-line prefix (the text before a tab) hangs this far left of the margin
    prefix_colour: str | None = None

    def split(self) -> tuple[str, str]:
        """(prefix, text): what stands in the hanging column, and the paragraph's text proper."""
        if self.prefix_width and "\t" in self.text:
            prefix, _, text = self.text.partition("\t")
            return prefix, text
        return "", self.text


BULLET_INDENT = 0.9  # em: the hanging indent of a bullet level


@lru_cache(maxsize=16384)
def _runs(text: str, language: str, bold: bool, italic: bool) -> tuple[Run, ...]:
    """The text typeset for its language and cut into runs of emphasis; the same text is asked for when it
    is measured (often in several dry runs) and when it is written."""
    return parse_inline(typeset(text, language.replace("-", "_")), bold=bold, italic=italic)


def _measured(paras: list[P] | tuple[P, ...], style: Style, language: str) -> list[Para]:
    return [
        Para(
            _runs(p.split()[1], language, style.bold if p.bold is None else p.bold, style.italic),
            indent=p.margin + (0.0 if p.level is None else (p.level + 1) * BULLET_INDENT * style.largest * p.scale),
            scale=p.scale,
            space_before=p.space_before,
        )
        for p in paras
    ]


def _fitted(box: Box, paras: tuple[P, ...], style: Style, language: str, fonts: FontFiles) -> Fitted | None:
    """`fit()` of the paragraphs as measured (kept by `_fitted_once()`)."""
    return fit(_measured(paras, style, language), box.w, box.h, fonts, largest=style.largest, smallest=FLOORS[style.role])


_FITTED: dict[tuple[object, ...], Fitted | None] = {}
"""What a box's measure depends on, in plain values → the box fitted. A box is fitted in each dry run of its
slide, then drawn: some twenty thousand lookups for a thousand slides. Plain values hash and compare in C,
where `Box`, `P` and `Style` would call their dataclass methods, a dozen Python calls a box; and boxes
alike but for where they stand or their colour share their measure."""


def _fitted_once(box: Box, paras: list[P], style: Style, language: str, fonts: FontFiles) -> Fitted | None:
    # `fonts` comes from `_font_files()`, which keeps one object for equal files, for good: its id stands for it.
    key = (
        box.w, box.h, style.role, style.largest, style.bold, style.italic, language, id(fonts),
        tuple([(p.text, p.level, p.scale, p.space_before, p.bold, p.margin, p.prefix_width) for p in paras]),
    )
    try:
        return _FITTED[key]
    except KeyError:
        if len(_FITTED) >= 65536:
            _FITTED.clear()  # a bound for a long `deckgen watch` session
        fitted = _FITTED[key] = _fitted(box, tuple(paras), style, language, fonts)
        return fitted


DERIVED.append(_FITTED.clear)  # forgotten with the measures it is made of (a font file replaced on disk)


@lru_cache(maxsize=1024)
def _overflow_message(box: Box, paras: tuple[P, ...], style: Style, language: str, fonts: FontFiles) -> tuple[str, int]:
    """`Canvas._overflow()`'s message and excess, by content: each head of a list tried on a slide that does
    not fit raises one, and a build's dry runs try the same heads as `deckgen check`'s, or a rebuild's."""
    floor = FLOORS[style.role]
    texts = [plain(p.text) for p in paras]
    measured = measure(_measured(paras, style, language), box.w, floor, fonts)
    if measured.height >= UNBREAKABLE:
        # The words as measured: split at ordinary spaces only (a no-break space binds « 14 117 »).
        words = [w for text in texts for w in re.split(r"[ \n]+", typeset(text, language.replace("-", "_")))]
        word = max(words, key=len).replace(NBSP, " ")
        return f"the word « {word[:40]} » is too wide for its box even at {floor:.0f} pt; shorten it", len(word)
    excess = max(1, math.ceil(sum(map(len, texts)) * (1 - box.h / measured.height)))
    start = max(texts, key=len)  # the longest paragraph: most likely the one to cut
    quoted = start if len(start) <= 60 else start[:57] + "…"
    return f"« {quoted} »: {excess} characters too long for this slide, even at {floor:.0f} pt; shorten it or split it", excess


DERIVED.append(_overflow_message.cache_clear)

_FACE_FILES: dict[int, tuple[FontFace, FontFiles]] = {}
"""id of a brand's face → the face (kept, so its id stays its own) and its files, as measured."""
_FILES: dict[FontFiles, FontFiles] = {}
"""One `FontFiles` for equal files: the caches keyed by it then find it by identity, without comparing paths
(a brand whose headings and body share a face has two equal faces)."""


def _font_files(face: FontFace) -> FontFiles:
    known = _FACE_FILES.get(id(face))
    if known is None or known[0] is not face:
        if len(_FACE_FILES) >= 64:
            _FACE_FILES.clear()  # brands loaded again and again by `deckgen watch`
        files = FontFiles(face.regular, face.bold, face.italic, face.bold_italic)
        known = _FACE_FILES[id(face)] = (face, _FILES.setdefault(files, files))
    return known[1]


class Canvas:
    """One slide being drawn, with the brand and the deck's language at hand."""

    def __init__(
        self, slide: SlideDrawing | None, brand: Brand, language: str, number: int, *, dark: bool = False, package: DeckPackage | None = None
    ) -> None:
        self.slide = slide  # None: a dry run, which measures every text and draws nothing
        self.package = package  # where pictures and charts are stored, once each
        self.brand = brand
        self.language = language
        self.number = number
        self.dark = dark
        self.colours = brand.colours

    # -- colours -------------------------------------------------------------------------------
    @property
    def dry(self) -> bool:
        """Whether this is a dry run: texts are fitted (and may overflow), nothing is drawn."""
        return self.slide is None

    @property
    def text_colour(self) -> str:
        return self.colours.on_primary if self.dark else self.colours.text

    def background(self, colour: str) -> None:
        if self.slide is not None:
            self.slide.background = drawing.background(colour)

    # -- shapes --------------------------------------------------------------------------------
    def rect(self, box: Box, fill: str, *, rounded: float = 0.0, line: str | None = None, name: str = "") -> None:
        """A filled rectangle, its corners rounded by `rounded` points, with a hairline outline or none."""
        adjustment = min(0.5, rounded / min(box.w, box.h)) if rounded else None
        self._autoshape("roundRect" if rounded else "rect", box, fill, line, adjustment, name)

    def ellipse(self, box: Box, fill: str, *, line: str | None = None) -> None:
        self._autoshape("ellipse", box, fill, line, None, "")

    def _autoshape(self, preset: str, box: Box, fill: str, line: str | None, adjustment: float | None, name: str) -> None:
        if self.slide is None:
            return
        shape_id = self.slide.new_id()
        name = name or "%s %d" % (drawing.PRESETS[preset], shape_id - 1)
        self.slide.add(drawing.autoshape(shape_id, name, preset, _xywh(box), fill, line, adjustment))

    def line(self, x1: float, y1: float, x2: float, y2: float, colour: str, width: float = 2.0) -> None:
        if self.slide is not None:
            self.slide.add(drawing.connector(self.slide.new_id(), (x1, y1), (x2, y2), colour, width))

    def table(self, box: Box, widths: list[float], rows: list[tuple[float, list[drawing.Cell]]]) -> None:
        """A native table: its columns' widths, and each row's height and cells (texts already written)."""
        if self.slide is not None:
            self.slide.add(drawing.table(self.slide.new_id(), _xywh(box), widths, rows))

    # -- text ----------------------------------------------------------------------------------
    def fonts(self, style: Style) -> FontFace:
        return self.brand.fonts.heading if style.heading else self.brand.fonts.body

    def text(self, box: Box, paras: list[P] | str, style: Style, *, field: tuple[str, ...] = ()) -> float:
        """Fit the paragraphs into the box at the largest size that holds them, write them; return the size.

        `field`: the event field the text comes from, relative to the slide's origin (e.g. ('title',)), so an
        overflow is reported at that line.
        """
        paras = [P(paras)] if isinstance(paras, str) else paras
        size = self._size(box, paras, style, field)
        if self.slide is not None:
            body = self.write_paragraphs(paras, style, size)
            self.slide.add(drawing.textbox(self.slide.new_id(), _xywh(box), style.anchor, body))
        return size

    def _size(self, box: Box, paras: list[P], style: Style, field: tuple[str, ...]) -> float:
        try:
            return self.fit(box, paras, style)
        except TextOverflow as overflow:
            overflow.field = overflow.field or field
            raise

    def title(self, box: Box, text: str, style: Style, *, field: tuple[str, ...] = ("title",)) -> float:
        """The slide's title, in its title placeholder: what screen readers and the outline call the slide.

        `field`: where the title is written in the event (a concept map's is its `centre`). The placeholder
        comes with the slide, first in z-order; written, it goes above what is drawn before it."""
        paras = [P(text)]
        size = self._size(box, paras, style, field)
        if self.slide is not None:
            assert not self.slide.title_written, "a slide has one title"
            self.slide.add(drawing.title(_xywh(box), style.anchor, self.write_paragraphs(paras, style, size)))
            self.slide.title_written = True
        return size

    def fit(self, box: Box, paras: list[P], style: Style) -> float:
        return self.fitted(box, paras, style).size

    def fitted(self, box: Box, paras: list[P], style: Style) -> Fitted:
        """The largest size at which the paragraphs fit the box, with the height they then take."""
        fitted = _fitted_once(box, paras, style, self.language, self.font_files(style))
        if fitted is None:
            raise self._overflow(box, paras, style)
        return fitted

    def _overflow(self, box: Box, paras: list[P], style: Style) -> TextOverflow:
        """How far over the text is, said in characters: the measure an organiser can act on."""
        message, excess = _overflow_message(box, tuple(paras), style, self.language, self.font_files(style))
        return TextOverflow(message, excess)

    def fits(self, box: Box, paras: list[P], style: Style) -> bool:
        # Asked of the fitted size directly: an overflow would only be explained to be thrown away.
        return _fitted_once(box, paras, style, self.language, self.font_files(style)) is not None

    def common_size(self, items: list[tuple[Box, list[P]]], style: Style) -> Style:
        """One size for sibling boxes (cards in a row): the smallest that each of them needs."""
        size = min(self.fit(box, paras, style) for box, paras in items)
        return replace(style, largest=size)

    def font_files(self, style: Style) -> FontFiles:
        return _font_files(self.fonts(style))

    def runs(self, text: str, para: P, style: Style) -> tuple[Run, ...]:
        bold = style.bold if para.bold is None else para.bold
        return _runs(text, self.language, bold, style.italic)

    def write_paragraphs(self, paras: list[P], style: Style, size: float) -> str:
        """The measured paragraphs at `size`, as the `a:p` elements of a text body (a shape's or a table cell's)."""
        ink = _Ink(self.fonts(style).name, self.language, self.text_colour, self.colours.accent, self.colours.muted)
        written = "".join(_paragraph_xml(para, style, size, index == 0, ink) for index, para in enumerate(paras))
        return written or "<a:p/>"  # a text body holds at least one paragraph, as python-pptx's empty one

    # -- pictures ------------------------------------------------------------------------------
    def picture(self, path: Path, box: Box, alt: str, *, align: str = "center", fit: Fit = "contain") -> None:
        """The picture inside the box (whole, or cropped to fill it, or to a disc), normalised, with alt text.

        Images are normalised first (EXIF orientation, colour, size: see images.py), and only when drawn: a
        dry run measures texts, and the file was checked when the event was loaded (load/images.py).
        """
        if self.slide is None or self.package is None:
            return
        prepared = prepare(path, box.w, box.h, fit=fit)
        scale = min(box.w / prepared.width, box.h / prepared.height)
        w, h = prepared.width * scale, prepared.height * scale
        x = box.x + {"left": 0, "center": (box.w - w) / 2, "right": box.w - w}[align]
        y = box.y + (box.h - h) / 2
        media = self.package.picture(prepared.data, prepared.format)
        rel_id = self.slide.relate(RT_IMAGE, media)
        self.slide.add(drawing.picture(self.slide.new_id(), alt[:60], alt, rel_id, (x, y, w, h)))

    def logo(self, logo: Logo, box: Box, *, on_dark: bool = False, align: str = "center") -> None:
        """A logo file, the brand's logo for the organiser, or the name set as a wordmark."""
        if logo.path is not None:
            self.picture(logo.path, box, logo.name, align=align)
        elif logo.organiser:
            path = self.brand.logo_on_dark if on_dark else self.brand.logo
            self.picture(path, box, logo.name, align=align)
        else:
            colour = self.colours.on_primary if on_dark else self.colours.primary
            self.text(box, [P(f"**{logo.name}**")], Style(role="caption", largest=20, colour=colour, align=align, anchor="middle"))


@dataclass(frozen=True, slots=True)
class _Ink:
    """What a paragraph's XML depends on besides the paragraph and its style: the face, the language, and
    the colours it falls back on."""

    font: str
    language: str
    text: str  # the slide's text colour (light or dark slide)
    accent: str  # a first-level bullet's
    muted: str  # a second-level bullet's


@lru_cache(maxsize=8192)
def _paragraph_xml(para: P, style: Style, size: float, first: bool, ink: _Ink) -> str:
    """One paragraph as `a:p`: the same paragraph in the same style comes back on every slide (the footer),
    so it is written once."""
    para_size = size * para.scale
    colour = para.colour or style.colour or ink.text
    bold = style.bold if para.bold is None else para.bold
    prefix, text = para.split()
    runs = ""
    if prefix:
        runs += _runs_xml(_runs(prefix, ink.language, bold, style.italic), ink, para_size, para.prefix_colour or colour)
        runs += _runs_xml((Run("\t"),), ink, para_size, colour)
    runs += _runs_xml(_runs(text, ink.language, bold, style.italic), ink, para_size, colour)
    bullet = None
    if para.level is not None:  # hanging: a dot, a dash under it
        indent = BULLET_INDENT * para_size
        bullet_colour = para.colour or style.colour or (ink.accent if para.level == 0 else ink.muted)
        bullet = drawing.Bullet((para.level + 1) * indent, indent, bullet_colour, "•" if para.level == 0 else "–")
    return drawing.paragraph(
        runs,
        align=para.align or style.align,
        line_spacing=para_size * LINE_PITCH,
        space_before=0 if first else para.space_before * para_size * LINE_PITCH,
        bullet=bullet,
        hang=drawing.Hang(para.margin, para.prefix_width) if para.level is None and para.margin else None,
    )


def _runs_xml(runs: tuple[Run, ...], ink: _Ink, size: float, colour: str) -> str:
    """The runs, a line break for each newline in them."""
    written = []
    for run in runs:
        style = drawing.RunStyle(ink.font, size, run.bold, run.italic, colour, ink.language)
        for index, piece in enumerate(run.text.split("\n")):
            if index:
                written.append(drawing.LINE_BREAK)
            if piece:
                written.append(drawing.run(piece, style))
    return "".join(written)




def _xywh(box: Box) -> tuple[float, float, float, float]:
    return box.x, box.y, box.w, box.h
