"""Placement helpers every renderer shares: measured text, shapes, pictures, on one slide of a frame.

Renderers place, they do not decide: they get a spec and a `Canvas`, and say where things go, in boxes
derived from the canvas's `frame` (geometry.py) and from what they measured.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import cached_property, lru_cache
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from msgspec import Struct, field
from msgspec.structs import replace

from ..brand import Brand, FontFace
from ..errors import TextOverflow
from ..i18n import _, ngettext
from ..images import Fit, prepare
from ..plan.specs import Logo
from ..text.fit import LINE_PITCH, UNBREAKABLE, Fitted, FontFiles, Measurer, Para
from ..text.inline import Run, parse_inline, plain
from ..text.links import linked
from ..text.typography import BREAK, NBSP, typeset
from . import drawing
from .geometry import Box, Frame
from .slide import RT_HYPERLINK, RT_IMAGE, External, SlideDrawing

if TYPE_CHECKING:
    from ..package import Placeholder
    from .layouts import Choice, SlideLayouts
    from .package import DeckPackage

FLOORS = {"title": 28.0, "heading": 20.0, "body": 18.0, "detail": 14.0, "label": 12.0, "footer": 10.0}
"""The smallest size of each role, in points: below it text is unreadable from the back of a room."""



class Style(Struct, frozen=True):
    """How a block of text looks: role (for its floor), face, largest size, colour, alignment."""

    unmeasured: ClassVar[frozenset[str]] = frozenset({"colour", "align", "anchor"})
    """What does not change a text's measure, left out of the key its fitted size is kept by."""

    role: str = "body"
    largest: float = 24.0
    colour: str | None = None  # hex; the canvas's text colour by default
    heading: bool = False
    bold: bool = False
    italic: bool = False
    align: str = "left"  # left, center, right
    anchor: str = "top"  # top, middle, bottom


class P(Struct, frozen=True):
    """A paragraph: marked-up text, bullet level, relative size, space before (in lines)."""

    unmeasured: ClassVar[frozenset[str]] = frozenset({"colour", "align", "prefix_em", "prefix_colour"})
    """What does not change a text's measure (Style.unmeasured)."""

    text: str
    level: int | None = None  # None: no bullet; 0, 1…: bullet at that depth
    scale: float = 1.0
    space_before: float = 0.0
    colour: str | None = None
    bold: bool | None = None
    align: str | None = None
    margin: float = 0.0  # left margin of the text, in points
    margin_em: float = 0.0  # and in ems of the paragraph's size (a column as wide as the widest time in it)
    prefix_em: float = 0.0  # a first-line prefix (the text before a tab) hangs this many ems left of the margin
    prefix_colour: str | None = None
    role: str | None = None  # the floor of this paragraph's role, when it is not the block's (a detail under a body line)

    def split(self) -> tuple[str, str]:
        """(prefix, text): what stands in the hanging column, and the paragraph's text proper."""
        if self.prefix_em and "\t" in self.text:
            prefix, _, text = self.text.partition("\t")
            return prefix, text
        return "", self.text


def _key_of(cls: type[Style] | type[P]) -> attrgetter:
    """A C-level getter of the fields of `cls` that change a text's measure: every field but those the class
    says measure nothing, so a new field is in the key unless it is named there."""
    return attrgetter(*[name for name in cls.__struct_fields__ if name not in cls.unmeasured])


_STYLE_KEY = _key_of(Style)
_PARA_KEY = _key_of(P)

BULLET_INDENT = 0.9  # em: the hanging indent of a bullet level
_LINKED = re.compile(r"://|www\.")
"""A paragraph that may hold a web address (text/links.py finds it exactly)."""


class RenderContext(Struct, frozen=True, dict=True):  # dict: for its cached properties
    """What every slide of a deck is drawn with: the brand, the deck's language, the frame, the build's
    measures, and the package pictures and charts are stored in (None for a dry run)."""

    brand: Brand
    language: str
    frame: Frame = field(default_factory=Frame)
    measurer: Measurer = field(default_factory=Measurer)
    package: DeckPackage | None = None
    layouts: SlideLayouts | None = None  # the template's layouts each kind of slide goes on

    @property
    def locale(self) -> str:
        return self.language.replace("-", "_")

    @cached_property
    def hiding_grounds(self) -> RenderContext | None:
        """This context with every layout's ground hidden and the layouts' whole bands to lay out in; None
        where no ground is shown."""
        layouts = self.layouts
        if layouts is None or not layouts.grounds or layouts.hiding is None:
            return None
        return replace(self, frame=layouts.hiding, layouts=layouts.hiding_grounds())

    @cached_property
    def font_files(self) -> tuple[FontFiles, FontFiles]:
        """The files the heading and body faces are measured with, one object for equal files (the
        measures' keys then compare them by identity), looked up once per deck rather than once per text."""
        interned = self.measurer.interned

        def files(face: FontFace) -> FontFiles:
            made = FontFiles(face.regular, face.bold, face.italic, face.bold_italic)
            return interned.setdefault(made, made)  # type: ignore[return-value]

        return files(self.brand.fonts.heading), files(self.brand.fonts.body)


@lru_cache(maxsize=16384)
def _runs(text: str, language: str, bold: bool, italic: bool) -> tuple[Run, ...]:
    """The text typeset for its language and cut into runs of emphasis and links; the same text is asked for
    when it is measured (often in several dry runs) and when it is written."""
    return linked(parse_inline(typeset(text, language.replace("-", "_")), bold=bold, italic=italic))


class Canvas:
    """One slide being drawn, with the deck's context at hand."""

    def __init__(
        self, slide: SlideDrawing | None, context: RenderContext, number: int, *, dark: bool = False, layout: Choice | None = None
    ) -> None:
        self.slide = slide  # None: a dry run, which measures every text and draws nothing
        self.context = context
        self.number = number
        self.dark = dark
        self.layout = layout  # the template's layout the slide is on: its placeholders hold its title and text
        self.painted = layout is None  # whether the slide paints its own ground (deckgen's own look) or shows its layout's
        if slide is not None and layout is not None:
            slide.layout = layout.layout.part
            if layout.holds.title is not None:
                slide.title_placeholder = _ph(layout.holds.title)
        # The context's parts, as attributes: renderers ask for them tens of thousands of times a deck.
        self.brand: Brand = context.brand
        self.language: str = context.language
        self.frame: Frame = context.frame.design  # where renderers place things; drawn `scale` times as large
        self.scale = context.frame.scale
        self.colours = context.brand.colours
        self.package: DeckPackage | None = context.package
        self._files = context.font_files  # (heading, body)
        self.body_lines = 0
        """Lines of text measured on this slide outside its title, labels and footer: how much it holds."""

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

    def ground(self, colour: str, *, own: bool = False) -> None:
        """The slide's ground in the colour: its layout's, where the layout's background is that colour
        (deckgen's own template, a light template under a light slide), else painted, the layout's
        decorations hidden (they were drawn for another ground, and text must read over it). `own`: painted
        whatever the layout's (a slide of deckgen's own template that draws its bar and rule itself)."""
        layout, layouts = self.layout, self.context.layouts
        if not own and layout is not None and layouts is not None and layouts.shows(layout.layout, colour):
            if self.own_chrome and self.dark and self.slide is not None:
                self.slide.layout_shapes = False  # deckgen's dark slides draw their rules and logo where they measured them
            return
        self.background(colour)
        self.painted = True
        if layout is not None and self.slide is not None:
            self.slide.layout_shapes = False

    @property
    def _bare(self) -> bool:
        """Whether the slide's placeholders go without the layout's fill and outline: on an organisation's
        template, always. deckgen places its title and text where it measured them, with its own labels,
        pills and cards around them; a box the template fills for its own title (LibreOffice's
        Nature_Illustration: a pale veil) would sit over those, and behind a white title on a dark ground."""
        return self.layout is not None and not self.own_chrome

    @property
    def own_chrome(self) -> bool:
        """Whether the slide's layout is deckgen's own, which carries the brand's bar and title rule."""
        return self.layout is not None and self.context.layouts is not None and self.context.layouts.own_chrome

    def edge(self, colour: str) -> None:
        """The bar down the left edge: on a slide that paints its own ground (a template's layout has its own look)."""
        if self.painted:
            self.rect(self.frame.edge, colour, name="Brand edge")

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
        self.slide.add(drawing.autoshape(shape_id, name, preset, self.placed(box), fill, line, adjustment))

    def line(self, x1: float, y1: float, x2: float, y2: float, colour: str, width: float = 2.0) -> None:
        if self.slide is not None:
            k = self.scale
            self.slide.add(drawing.connector(self.slide.new_id(), (x1 * k, y1 * k), (x2 * k, y2 * k), colour, width * k))

    def table(self, box: Box, widths: list[float], rows: list[tuple[float, list[drawing.Cell]]]) -> None:
        """A native table: its columns' widths, and each row's height and cells (texts already written)."""
        if self.slide is not None:
            k = self.scale
            scaled = [(height * k, [replace(cell, padding=cell.padding * k) for cell in cells]) for height, cells in rows]
            self.slide.add(drawing.table(self.slide.new_id(), self.placed(box), [w * k for w in widths], scaled))

    # -- text ----------------------------------------------------------------------------------
    def fonts(self, style: Style) -> FontFace:
        return self.brand.fonts.heading if style.heading else self.brand.fonts.body

    def text(
        self, box: Box, paras: list[P] | str, style: Style, *, field: tuple[str | int, ...] = (), slot: int | str | None = None
    ) -> float:
        """Fit the paragraphs into the box at the largest size that holds them, write them; return the size.

        `field`: the event field the text comes from, relative to the slide's origin (e.g. ('title',)), so an
        overflow is reported at that line. `slot`: the layout's placeholder the text belongs in, where the
        layout has one — 0, 1: its first, second body; "ftr", "sldNum": its footer, its number — so that the
        outline, the layout's styles and « Reset slide » know it; else a text box.
        """
        paras = [P(paras)] if isinstance(paras, str) else paras
        fitted = self.fitted(box, paras, style, field=field)
        if style.role not in ("label", "footer"):
            self.body_lines += sum(fitted.lines)
        if self.slide is not None:
            body = self.write_paragraphs(paras, style, fitted.size)
            shape_id = self.slide.new_id()
            name = "%s %d" % (style.role.capitalize(), shape_id - 1)  # the role names the box: the floor it keeps
            placeholder = self._placeholder(slot)
            if placeholder is None:
                self.slide.add(drawing.textbox(shape_id, self.placed(box), style.anchor, body, name=name))
            else:
                body = drawing.numbered(body) if placeholder.type == "sldNum" else body
                self.slide.add(drawing.placeholder(shape_id, name, _ph(placeholder), self.placed(box), style.anchor, body, bare=self._bare))
        return fitted.size

    def _placeholder(self, slot: int | str | None) -> Placeholder | None:
        """The layout's placeholder for the slot, unless another text of the slide is in it already."""
        if slot is None or self.layout is None or self.slide is None:
            return None
        holds = self.layout.holds
        found = {"ftr": holds.footer, "sldNum": holds.number, "dt": holds.date}.get(slot) if isinstance(slot, str) else (
            holds.bodies[slot] if slot < len(holds.bodies) else None
        )
        if found is None or slot in self.slide.placeholders_used:
            return None
        self.slide.placeholders_used.add(slot)
        return found

    def title(self, box: Box, text: str, style: Style, *, field: tuple[str | int, ...] = ("title",)) -> float:
        """The slide's title, in its title placeholder: what screen readers and the outline call the slide.

        `field`: where the title is written in the event (a concept map's is its `centre`). The placeholder
        comes with the slide, first in z-order; written, it goes above what is drawn before it."""
        paras = [P(text)]
        size = self.fitted(box, paras, style, field=field).size
        if self.slide is not None:
            assert not self.slide.title_written, "a slide has one title"
            self.slide.add(drawing.title(self.placed(box), style.anchor, self.write_paragraphs(paras, style, size), self.slide.title_placeholder, bare=self._bare))
            self.slide.title_written = True
        return size

    def fit(self, box: Box, paras: list[P], style: Style) -> float:
        return self.fitted(box, paras, style).size

    def fitted(self, box: Box, paras: list[P], style: Style, *, field: tuple[str | int, ...] = ()) -> Fitted:
        """The largest size at which the paragraphs fit the box, with the height they then take; `field`: as
        for `text()`, where an overflow is reported."""
        fitted = self._fitted(box, paras, style)
        if fitted is None:
            overflow = self._overflow(box, paras, style)
            overflow.field = field
            raise overflow
        return fitted

    def fits(self, box: Box, paras: list[P], style: Style) -> bool:
        # Asked of the fitted size directly: an overflow would only be explained to be thrown away.
        return self._fitted(box, paras, style) is not None

    def height(self, width: float, paras: list[P], style: Style) -> float:
        """The height the paragraphs take `width` points wide at the style's largest size: one measure at a
        size already chosen (a card's, shared with its siblings), not a fit, and not kept."""
        return self.context.measurer.measure(self._measured(paras, style), width, style.largest, self.font_files(style)).height

    def tallest(self, width: float, texts: Iterable[list[P]], style: Style) -> float:
        """The tallest of sibling texts set at the style's largest size, `width` points wide."""
        return max(self.height(width, paras, style) for paras in texts)

    def fitted_or_none(self, box: Box, paras: list[P], style: Style) -> Fitted | None:
        """`fitted()`, or None where the text does not fit (nothing explained)."""
        return self._fitted(box, paras, style)

    def _key(self, box: Box, paras: list[P], style: Style) -> tuple[object, ...]:
        """What a box's measure depends on, in plain values: its size, the measured fields of its style and
        paragraphs (their colour and alignment are not), the language, the face. Boxes alike but for where
        they stand or their colour share their measure."""
        return (box.w, box.h, _STYLE_KEY(style), self.language, id(self._files[0 if style.heading else 1]), tuple(map(_PARA_KEY, paras)))

    def _fitted(self, box: Box, paras: list[P], style: Style) -> Fitted | None:
        blocks = self.context.measurer.blocks
        key = self._key(box, paras, style)
        try:
            return blocks[key]
        except KeyError:
            fitted = blocks[key] = self.context.measurer.fit(
                self._measured(paras, style), box.w, box.h, self.font_files(style), largest=style.largest, smallest=floor_of(paras, style)
            )
            return fitted

    def _measured(self, paras: list[P], style: Style) -> list[Para]:
        return [
            Para(
                _runs(p.split()[1], self.language, style.bold if p.bold is None else p.bold, style.italic),
                indent=p.margin,
                indent_em=p.margin_em + (0.0 if p.level is None else (p.level + 1) * BULLET_INDENT),
                scale=p.scale,
                space_before=p.space_before,
            )
            for p in paras
        ]

    def _overflow(self, box: Box, paras: list[P], style: Style) -> TextOverflow:
        """How far over the text is, said in characters: the measure an organiser can act on."""
        explained = self.context.measurer.overflows
        key = self._key(box, paras, style)
        if key not in explained:
            explained[key] = self._explain(box, paras, style)
        message, excess = explained[key]
        return TextOverflow(message, excess)

    def _explain(self, box: Box, paras: list[P], style: Style) -> tuple[str, int]:
        floor = floor_of(paras, style)
        texts = [plain(p.text) for p in paras]
        measured = self.context.measurer.measure(self._measured(paras, style), box.w, floor, self.font_files(style))
        if measured.height >= UNBREAKABLE:
            # The words as measured: split at ordinary spaces and break opportunities (a no-break space binds « 14 117 »).
            words = [w for text in texts for w in re.split(rf"[ \n{BREAK}]+", typeset(text, self.context.locale))]
            word = max(words, key=len).replace(NBSP, " ")
            said = _("the word « {word} » is too wide for its box even at {size} pt; shorten it or put a space in it")
            return said.format(word=word[:40], size=f"{floor:.0f}"), len(word)
        excess = max(1, math.ceil(sum(map(len, texts)) * (1 - box.h / measured.height)))
        start = max(texts, key=len).replace("\t", " ")  # the longest paragraph: most likely the one to cut
        quoted = start if len(start) <= 60 else start[:57] + "…"
        said = ngettext("« {text} »: {count} character too long for this slide, even at {size} pt; shorten it",
                        "« {text} »: {count} characters too long for this slide, even at {size} pt; shorten it", excess)
        return said.format(text=quoted, count=excess, size=f"{floor:.0f}"), excess

    def smallest_fit(self, items: Iterable[tuple[Box, list[P]]], style: Style) -> float | None:
        """The size sibling boxes can share (the smallest any of them needs), or None as soon as one does
        not fit: a layout tried and given up, with each box looked up once."""
        size = math.inf
        for box, paras in items:
            fitted = self._fitted(box, paras, style)
            if fitted is None:
                return None
            size = min(size, fitted.size)
        return size

    def common_size(self, items: list[tuple[Box, list[P]]], style: Style) -> Style:
        """One size for sibling boxes (cards in a row): the smallest that each of them needs."""
        size = min(self.fit(box, paras, style) for box, paras in items)
        return replace(style, largest=size)

    def font_files(self, style: Style) -> FontFiles:
        return self._files[0 if style.heading else 1]

    def runs(self, text: str, para: P, style: Style) -> tuple[Run, ...]:
        bold = style.bold if para.bold is None else para.bold
        return _runs(text, self.language, bold, style.italic)

    def width(self, text: str, style: Style, size: float) -> float:
        """The width of a one-line text at `size`, as measured (its runs' faces added up)."""
        runs = _runs(text, self.language, style.bold, style.italic)
        return self.context.measurer.runs_width(runs, size, self.font_files(style))

    def lines(self, text: str, width: float, size: float, style: Style) -> int:
        """Lines a paragraph takes `width` points wide at `size`."""
        return self.context.measurer.count_lines(self.runs(text, P(text), style), width, size, self.font_files(style))

    def write_paragraphs(self, paras: list[P], style: Style, size: float) -> str:
        """The measured paragraphs at `size`, as the `a:p` elements of a text body (a shape's or a table cell's),
        drawn at the slide's scale."""
        ink = _Ink(self.fonts(style).name, self.language, self.text_colour, self.colours.accent, self.colours.muted, self.scale)
        # Up to the next hundredth of a point (the unit `sz` is written in): a size fitted at its floor, drawn
        # at a slide's scale, must not come out a hair under the scaled floor.
        size = size if self.scale == 1 else math.ceil(round(size * self.scale * 100, 6)) / 100
        written = "".join(
            _paragraph_xml(para, style, size, index == 0, ink, self._links(para, style) if _LINKED.search(para.text) else ())
            for index, para in enumerate(paras)
        )
        return written or "<a:p/>"  # a text body holds at least one paragraph, as python-pptx's empty one

    def _links(self, para: P, style: Style) -> tuple[tuple[str, str], ...]:
        """(address, relationship id) of each link in the paragraph, related from the slide."""
        if self.slide is None:
            return ()
        bold = style.bold if para.bold is None else para.bold
        addresses = dict.fromkeys(run.link for run in _runs(para.text, self.language, bold, style.italic) if run.link)
        return tuple((address, self.slide.relate(RT_HYPERLINK, External(address))) for address in addresses if address)

    def placed(self, box: Box) -> tuple[float, float, float, float]:
        """A box of the layout where it is drawn on the slide: `scale` times as far and as large."""
        k = self.scale
        return box.x * k, box.y * k, box.w * k, box.h * k

    # -- pictures ------------------------------------------------------------------------------
    def picture(self, path: Path, box: Box, alt: str, *, align: str = "center", fit: Fit = "contain") -> Box:
        """The picture inside the box (whole, or cropped to fill it, or to a disc), normalised, with alt text;
        returns where it is drawn (the box itself in a dry run).

        Images are normalised first (EXIF orientation, colour, size: see images.py), and only when drawn: a
        dry run measures texts, and the file was checked when the event was loaded (load/images.py).
        """
        if self.slide is None or self.package is None:
            return box
        # Asked for in steps of PICTURE_STEP points: cards measured to their text take portraits of many
        # sizes, and a photo shown on several of them is then resampled once, not once a size.
        prepared = prepare(path, _stepped(box.w * self.scale), _stepped(box.h * self.scale), fit=fit)
        scale = min(box.w / prepared.width, box.h / prepared.height)
        w, h = prepared.width * scale, prepared.height * scale
        x = box.x + {"left": 0, "center": (box.w - w) / 2, "right": box.w - w}[align]
        y = box.y + (box.h - h) / 2
        media = self.package.picture(prepared.data, prepared.format)
        rel_id = self.slide.relate(RT_IMAGE, media)
        self.slide.add(drawing.picture(self.slide.new_id(), alt[:60], alt, rel_id, self.placed(Box(x, y, w, h))))
        return Box(x, y, w, h)

    def logo(
        self, logo: Logo, box: Box, *, on_dark: bool = False, align: str = "center", wordmark_size: float | None = None,
        field: tuple[str | int, ...] = (),
    ) -> None:
        """A logo file, the brand's logo for the organiser, or the name set as a wordmark (at `wordmark_size`,
        the size its siblings share, or at most WORDMARK's; `field`: where an overflow of it is reported)."""
        if logo.path is not None:
            self.picture(logo.path, box, logo.name, align=align)
        elif logo.organiser:
            path = self.brand.logo_on_dark if on_dark else self.brand.logo
            self.picture(path, box, logo.name, align=align)
        else:
            colour = self.colours.on_primary if on_dark else self.colours.primary
            largest = WORDMARK.largest if wordmark_size is None else wordmark_size
            self.text(box, [P(f"**{logo.name}**")], replace(WORDMARK, largest=largest, colour=colour, align=align), field=field)


WORDMARK = Style(role="label", largest=20, anchor="middle")
"""A name set where its logo would go (an organisation without a logo file)."""

PLACEHOLDER_ATTRIBUTES = ("type", "orient", "sz", "idx")
"""What of a layout's `p:ph` a slide's placeholder repeats: what PowerPoint matches it to the layout's by."""


def _ph(placeholder: Placeholder) -> tuple[tuple[str, str], ...]:
    return tuple((key, placeholder.attributes[key]) for key in PLACEHOLDER_ATTRIBUTES if key in placeholder.attributes)


PICTURE_STEP = 24.0
"""Points: a picture is prepared for its box rounded up to this, at most a third of an inch more."""


def _stepped(points: float) -> float:
    return math.ceil(points / PICTURE_STEP) * PICTURE_STEP


def floor_of(paras: list[P] | tuple[P, ...], style: Style) -> float:
    """The smallest size the block may take: every paragraph at or over the floor of its role, whatever its scale."""
    block = FLOORS[style.role]
    return max([block] + [FLOORS[p.role or style.role] / p.scale for p in paras if p.scale != 1.0 or p.role])


class _Ink(Struct, frozen=True):
    """What a paragraph's XML depends on besides the paragraph and its style: the face, the language, and
    the colours it falls back on."""

    font: str
    language: str
    text: str  # the slide's text colour (light or dark slide)
    accent: str  # a first-level bullet's
    muted: str  # a second-level bullet's
    scale: float  # of the slide drawn against the frame it was laid out in (a margin in points)


@lru_cache(maxsize=8192)
def _paragraph_xml(para: P, style: Style, size: float, first: bool, ink: _Ink, links: tuple[tuple[str, str], ...]) -> str:
    """One paragraph as `a:p`: the same paragraph in the same style comes back on every slide (the footer),
    so it is written once."""
    para_size = size * para.scale
    colour = para.colour or style.colour or ink.text
    bold = style.bold if para.bold is None else para.bold
    prefix, text = para.split()
    relations = dict(links)
    runs = ""
    if prefix:
        runs += _runs_xml(_runs(prefix, ink.language, bold, style.italic), ink, para_size, para.prefix_colour or colour, relations)
        runs += _runs_xml((Run("\t"),), ink, para_size, colour, relations)
    runs += _runs_xml(_runs(text, ink.language, bold, style.italic), ink, para_size, colour, relations)
    bullet = None
    if para.level is not None:  # hanging: a dot, a dash under it
        indent = BULLET_INDENT * para_size
        bullet_colour = para.colour or style.colour or (ink.accent if para.level == 0 else ink.muted)
        bullet = drawing.Bullet((para.level + 1) * indent, indent, bullet_colour, "•" if para.level == 0 else "–")
    margin = para.margin * ink.scale + para.margin_em * para_size
    return drawing.paragraph(
        runs,
        align=para.align or style.align,
        line_spacing=para_size * LINE_PITCH,
        space_before=0 if first else para.space_before * para_size * LINE_PITCH,
        bullet=bullet,
        hang=drawing.Hang(margin, para.prefix_em * para_size) if para.level is None and margin else None,
    )


def _runs_xml(runs: tuple[Run, ...], ink: _Ink, size: float, colour: str, links: dict[str, str]) -> str:
    """The runs, a line break for each newline in them; a link's runs point at its relationship."""
    written = []
    for run in runs:
        style = drawing.RunStyle(ink.font, size, run.bold, run.italic, colour, ink.language, links.get(run.link or ""))
        for index, piece in enumerate(run.text.split("\n")):
            if index:
                written.append(drawing.LINE_BREAK)
            if piece:
                written.append(drawing.run(piece, style))
    return "".join(written)



