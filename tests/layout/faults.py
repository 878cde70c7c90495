"""What a presenter would not project, found in a built deck: read back from LibreOffice's PDF and the deck's XML.

Five rules (issue 11, item 9), each a function returning located `Fault`s (`slide N: …`):

1. `text_over_text` (PDF): no two words over each other, on one pdftotext line or not; no two lines over each
   other; no text off the page; nothing but the footer line and the slide number in the footer band.
2. `under_floor` (XML): no run under the floor of its box's role; no run under 14 pt outside the footer and
   label boxes; no text box whose name gives no role.
3. `duplicate_titles` (XML): every slide a non-empty title placeholder, no two slides with one title.
4. `orphan_continuations` (PDF + XML): a « (suite) » slide holds 2 lines or more, and a quarter at least of the
   lines of the slide before it.
5. `missing_texts` (XML + the event): every text the organiser wrote is somewhere in the deck.

Why words and not blocks: `pdftotext -bbox-layout` groups lines into blocks by proximity, and can merge two texts
drawn at the same height into one line (a programme line drawn over the footer came out inside the footer's
line). Two texts can share a line; they never share a word.

For engineers:  python tests/layout/faults.py DECK.pptx [DECK.pdf] [--event FOLDER]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import typing
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from lxml import etree

if __name__ == "__main__":  # run as a script: pdf_layout lives one folder up (pytest puts tests/ on the path)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pdf_layout import Page, TextLine, Word, convert_to_pdf, overlaps, read_layout  # noqa: E402

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
}
EMU_PER_POINT = 12700

TEXT_OVER_TEXT = "text over text"
UNDER_FLOOR = "under its floor"
DUPLICATE_TITLE = "one title"
ORPHAN = "orphan continuation"
MISSING = "missing text"
RULES = (TEXT_OVER_TEXT, UNDER_FLOOR, DUPLICATE_TITLE, ORPHAN, MISSING)

FLOORS = {"title": 28.0, "heading": 20.0, "body": 18.0, "detail": 14.0, "label": 12.0, "footer": 10.0}
"""The smallest size, in points, of each role's text (a table's cells are body text)."""
SMALL_ROLES = ("footer", "label")
"""The only boxes whose text may go under 14 pt (the acceptance rule of issue 11)."""
SMALL_TEXT = 14.0
ROLE_NAME = re.compile(r"^(Title|Heading|Body|Detail|Label|Footer) \d+$")
"""A text box named by the role of its text, as the renderer names them: `Body 7`."""
PLACEHOLDER_ROLES = {"title": "title", "ctrTitle": "title", "ftr": "footer", "sldNum": "footer", "dt": "footer"}

WORD_SLACK = 1.0
"""Points two words may share across: a glyph's side bearing, rounding."""
WORD_OVERLAP = 0.2
"""The part of the shorter word's height two words may share down: a word's box holds its ascender and descender,
so the lines of one paragraph touch (by 8-10 % at the deck's 1.2 line pitch, measured on the decks); 20 % lets
a line pitch down to about 1.0 em pass and catches two texts drawn over each other."""
BAND_SLACK = 1.0
"""Points a body word may reach into the footer band before it is in it."""
LEGACY_FOOTER = 0.9
"""A deck with no box named by role (before the renderer named them): its footer band is the text boxes in the
bottom tenth of the slide, so the other rules can still tell the footer from the body."""
CONTINUED = re.compile(r"\s\((?:suite|continued)(?:\s+\d+)?\)$", re.IGNORECASE)
"""A continuation slide's title: « … (suite) », « … (suite 2) », « … (continued) », « … (continued 2) »."""
MIN_CONTINUATION_LINES = 2
MIN_CONTINUATION_SHARE = 0.25


@dataclass(frozen=True)
class Fault:
    rule: str
    slide: int | None  # None: the deck's (a text of the event missing from every slide)
    message: str

    def __str__(self) -> str:
        return f"slide {self.slide}: {self.message}" if self.slide is not None else self.message


# ---------------------------------------------------------------------------------------------------------------
# The deck's XML


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def scaled(self, factor: float) -> Box:
        return Box(self.x0 * factor, self.y0 * factor, self.x1 * factor, self.y1 * factor)

    def holds(self, x: float, y: float, slack: float = 0.0) -> bool:
        return self.x0 - slack <= x <= self.x1 + slack and self.y0 - slack <= y <= self.y1 + slack


@dataclass(frozen=True)
class Run:
    text: str
    size: float | None  # points; None when neither the run nor its box's list style says


@dataclass(frozen=True)
class TextShape:
    name: str
    role: str | None  # a key of FLOORS; None: a box whose name gives no role
    box: Box | None  # points; None for a placeholder that inherits its place from the layout
    runs: tuple[Run, ...]
    text: str  # paragraphs and line breaks as "\n"
    placeholder: str | None = None  # the `p:ph` type


@dataclass(frozen=True)
class SlideXml:
    number: int
    shapes: tuple[TextShape, ...]
    alt_texts: tuple[str, ...] = ()  # pictures' and graphic frames' (charts') descriptions
    notes: str = ""

    @property
    def title(self) -> TextShape | None:
        return next((s for s in self.shapes if s.placeholder in ("title", "ctrTitle")), None)

    @property
    def title_text(self) -> str:
        return " ".join(self.title.text.split()) if self.title is not None else ""


@dataclass(frozen=True)
class Deck:
    width: float  # points
    height: float
    slides: tuple[SlideXml, ...]


def _q(tag: str) -> str:
    prefix, name = tag.split(":")
    return f"{{{NS[prefix]}}}{name}"


class _Transform:
    """Where a group's child coordinates land on the slide: x' = ax·x + bx (EMU)."""

    def __init__(self, ax: float = 1.0, bx: float = 0.0, ay: float = 1.0, by: float = 0.0) -> None:
        self.ax, self.bx, self.ay, self.by = ax, bx, ay, by

    def box(self, x: float, y: float, cx: float, cy: float) -> Box:
        x0, y0 = self.ax * x + self.bx, self.ay * y + self.by
        return Box(x0, y0, x0 + self.ax * cx, y0 + self.ay * cy).scaled(1 / EMU_PER_POINT)

    def into(self, xfrm: Any) -> _Transform:
        """The transform of a group whose `a:xfrm` is `xfrm`, inside this one."""
        if xfrm is None:
            return self
        off, ext, ch_off, ch_ext = (xfrm.find(_q(f"a:{t}")) for t in ("off", "ext", "chOff", "chExt"))
        if off is None or ext is None or ch_off is None or ch_ext is None:
            return self
        sx = int(ext.get("cx")) / max(int(ch_ext.get("cx")), 1)
        sy = int(ext.get("cy")) / max(int(ch_ext.get("cy")), 1)
        gx, gy = int(off.get("x")) - sx * int(ch_off.get("x")), int(off.get("y")) - sy * int(ch_off.get("y"))
        return _Transform(self.ax * sx, self.ax * gx + self.bx, self.ay * sy, self.ay * gy + self.by)


def _box(shape: Any, transform: _Transform) -> Box | None:
    """A shape's box on the slide, in points; None when it writes none (a placeholder placed by its layout)."""
    is_frame = shape.tag == _q("p:graphicFrame")
    xfrm = shape.find(_q("p:xfrm")) if is_frame else shape.find(f"{_q('p:spPr')}/{_q('a:xfrm')}")
    off, ext = (None, None) if xfrm is None else (xfrm.find(_q("a:off")), xfrm.find(_q("a:ext")))
    if off is None or ext is None:
        return None
    return transform.box(int(off.get("x")), int(off.get("y")), int(ext.get("cx")), int(ext.get("cy")))


def _shapes(tree: Any, transform: _Transform) -> Iterator[tuple[Any, Box | None]]:
    """Every shape of a shape tree, groups opened, with its box on the slide."""
    for child in tree:
        if child.tag == _q("p:grpSp"):
            yield from _shapes(child, transform.into(child.find(_q("p:grpSpPr") + "/" + _q("a:xfrm"))))
        elif child.tag in (_q("p:sp"), _q("p:graphicFrame"), _q("p:pic"), _q("p:cxnSp")):
            yield child, _box(child, transform)


def _list_sizes(body: Any) -> dict[int, float]:
    """The sizes a text body's list style gives its levels (0-based), for runs that write none."""
    sizes = {}
    style = body.find(_q("a:lstStyle"))
    for level in range(9):
        found = style.find(f"{_q(f'a:lvl{level + 1}pPr')}/{_q('a:defRPr')}") if style is not None else None
        if found is not None and found.get("sz"):
            sizes[level] = int(found.get("sz")) / 100
    return sizes


def _runs(body: Any) -> tuple[tuple[Run, ...], str]:
    """A text body's runs (with their sizes) and its text, paragraphs and breaks as new lines."""
    inherited = _list_sizes(body)
    runs: list[Run] = []
    paragraphs = []
    for paragraph in body.iter(_q("a:p")):
        properties = paragraph.find(_q("a:pPr"))
        level = int(properties.get("lvl", 0)) if properties is not None else 0
        text = ""
        for piece in paragraph:
            if piece.tag == _q("a:br"):
                text += "\n"
            elif piece.tag in (_q("a:r"), _q("a:fld")):
                content = "".join(t.text or "" for t in piece.iter(_q("a:t")))
                rpr = piece.find(_q("a:rPr"))
                size = int(rpr.get("sz")) / 100 if rpr is not None and rpr.get("sz") else inherited.get(level)
                text += content
                if content.strip():
                    runs.append(Run(content, size))
        paragraphs.append(text)
    return tuple(runs), "\n".join(paragraphs)


def _name(shape: Any) -> tuple[str, str]:
    """A shape's name and alternative text (its `descr`)."""
    props = next(shape.iter(_q("p:cNvPr")), None)
    return ("", "") if props is None else (props.get("name", ""), props.get("descr", ""))


def _placeholder(shape: Any) -> str | None:
    ph = next(shape.iter(_q("p:ph")), None)
    return None if ph is None else ph.get("type", "obj")


def _role(name: str, placeholder: str | None) -> str | None:
    if placeholder in ("title", "ctrTitle"):
        return "title"  # whatever its name: the title placeholder is the slide's title
    named = ROLE_NAME.match(name)
    if named:
        return named.group(1).lower()
    return PLACEHOLDER_ROLES.get(placeholder or "")


def _text_shape(shape: Any, box: Box | None) -> TextShape | None:
    name, _ = _name(shape)
    placeholder = _placeholder(shape)
    if shape.tag == _q("p:graphicFrame"):
        table = next(shape.iter(_q("a:tbl")), None)
        if table is None:
            return None
        cells = [_runs(body) for body in table.iter(_q("a:txBody"))]
        runs = tuple(run for cell, _ in cells for run in cell)
        return TextShape(name, "body", box, runs, "\n".join(text for _, text in cells), placeholder)
    body = shape.find(_q("p:txBody"))
    if body is None:
        return None
    runs, text = _runs(body)
    return TextShape(name, _role(name, placeholder), box, runs, text, placeholder)


def read_slide(number: int, xml: bytes, notes: str = "") -> SlideXml:
    """A slide part's text boxes, tables and alternative texts."""
    root = etree.fromstring(xml)
    tree = root.find(f"{_q('p:cSld')}/{_q('p:spTree')}")
    shapes, alt_texts = [], []
    for shape, box in _shapes(tree if tree is not None else [], _Transform()):
        found = _text_shape(shape, box)
        if found is not None and (found.runs or found.placeholder in ("title", "ctrTitle")):
            shapes.append(found)
        descr = _name(shape)[1]
        if descr and shape.tag in (_q("p:pic"), _q("p:graphicFrame")):
            alt_texts.append(descr)
    return SlideXml(number, tuple(shapes), tuple(alt_texts), notes)


def read_deck(path: Path) -> Deck:
    from pptx import Presentation

    presentation = Presentation(str(path))
    slides = []
    for number, slide in enumerate(presentation.slides, start=1):
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide and slide.notes_slide.notes_text_frame else ""
        slides.append(read_slide(number, slide.part.blob, notes))
    width, height = presentation.slide_width or 0, presentation.slide_height or 0
    return Deck(width / EMU_PER_POINT, height / EMU_PER_POINT, tuple(slides))


# ---------------------------------------------------------------------------------------------------------------
# Text: normalised for comparison


_MARKS = re.compile(r"\*+")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_NO_BREAK = dict.fromkeys(map(ord, "\u00a0\u202f\u2007"), " ")


def normalise(text: str) -> str:
    """Text as compared: no `**`/`*` marks, no-break spaces as spaces, case folded, whitespace collapsed.

    Zero-width spaces (and soft hyphens) are removed rather than made spaces: they are break opportunities the
    renderer may put inside a word (a URL broken at « / »), not spaces between words.
    """
    text = _MARKS.sub("", text).translate(_ZERO_WIDTH).translate(_NO_BREAK)
    return " ".join(text.casefold().split())


def _quoted(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return f"« {flat if len(flat) <= limit else flat[: limit - 1] + '…'} »"


# ---------------------------------------------------------------------------------------------------------------
# Rule 1: text over text


def _centre(item: Word | TextLine) -> tuple[float, float]:
    return (item.x0 + item.x1) / 2, (item.y0 + item.y1) / 2


def _words_meet(a: Word, b: Word) -> bool:
    dx = min(a.x1, b.x1) - max(a.x0, b.x0)
    dy = min(a.y1, b.y1) - max(a.y0, b.y0)
    return dx > WORD_SLACK and dy > WORD_OVERLAP * min(a.y1 - a.y0, b.y1 - b.y0)


def words_over_words(page: Page) -> list[tuple[Word, Word]]:
    """Pairs of words whose boxes cross: swept left to right, so a page of 400 words stays cheap."""
    words = sorted((w for line in page.lines for w in line.words), key=lambda w: w.x0)
    found = []
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            if b.x0 >= a.x1 - WORD_SLACK:
                break
            if _words_meet(a, b):
                found.append((a, b))
    return found


def _line_of(page: Page) -> dict[int, TextLine]:
    return {id(word): line for line in page.lines for word in line.words}


def _overlapping_words(page: Page, number: int, reported: set[tuple[int, int]]) -> list[Fault]:
    """Words over words whose lines were not already reported as lines over lines."""
    line_of = _line_of(page)
    faults = []
    for a, b in words_over_words(page):
        la, lb = line_of[id(a)], line_of[id(b)]
        if (id(la), id(lb)) in reported or (id(lb), id(la)) in reported:
            continue
        where = "on one line" if la is lb else f"(lines {_quoted(la.text, 40)} and {_quoted(lb.text, 40)})"
        faults.append(Fault(TEXT_OVER_TEXT, number, f"word {_quoted(a.text)} over word {_quoted(b.text)} {where}"))
    return faults


def _overlapping_lines(page: Page, number: int) -> tuple[list[Fault], set[tuple[int, int]]]:
    pairs = overlaps(page)
    faults = [Fault(TEXT_OVER_TEXT, number, f"line {_quoted(a.text)} over line {_quoted(b.text)}") for a, b in pairs]
    return faults, {(id(a), id(b)) for a, b in pairs}


def _off_page(page: Page, number: int, tolerance: float = 0.5) -> list[Fault]:
    return [
        Fault(TEXT_OVER_TEXT, number, f"off the page: {_quoted(word.text)} in {_quoted(line.text)}")
        for line in page.lines
        for word in line.words
        if word.x0 < -tolerance or word.y0 < -tolerance or word.x1 > page.width + tolerance or word.y1 > page.height + tolerance
    ]


def footer_shapes(slide: SlideXml, deck: Deck) -> list[TextShape]:
    """The boxes of the footer band: named `Footer …` (or footer placeholders); in a deck named by no role at all,
    the text boxes in the bottom tenth of the slide."""
    named = [s for s in slide.shapes if s.role == "footer" and s.box is not None]
    if named or any(s.role is not None and s.role != "title" for s in slide.shapes):
        return named
    return [s for s in slide.shapes if s.role is None and s.box is not None and s.box.y0 >= LEGACY_FOOTER * deck.height]


def footer_band(slide: SlideXml, deck: Deck, scale: float = 1.0) -> tuple[float, float] | None:
    """From the top of the highest footer box to the bottom of the lowest, in the page's points."""
    boxes = [s.box.scaled(scale) for s in footer_shapes(slide, deck) if s.box is not None]
    return (min(b.y0 for b in boxes), max(b.y1 for b in boxes)) if boxes else None


def _tokens(text: str) -> list[str]:
    return normalise(text).split()


def _in_band(word: Word | TextLine, band: tuple[float, float]) -> bool:
    return min(word.y1, band[1]) - max(word.y0, band[0]) > BAND_SLACK


def _foreign_words(line: TextLine, band: tuple[float, float], footers: list[tuple[Box, Counter[str]]]) -> list[Word]:
    """The words of `line` in the band that are not the footer's: outside every footer box, or one word more
    than its box's text holds (a programme line drawn over the footer line, even merged into it)."""
    foreign = []
    for word in line.words:
        if not _in_band(word, band):
            continue
        x, y = _centre(word)
        tokens = _tokens(word.text)
        home = next((pool for box, pool in footers if box.holds(x, y, slack=2.0) and all(pool[t] > 0 for t in tokens)), None)
        if home is None:
            foreign.append(word)
            continue
        home.subtract(tokens)
    return foreign


def _body_in_footer_band(page: Page, slide: SlideXml, deck: Deck) -> list[Fault]:
    scale = page.width / deck.width if deck.width else 1.0
    band = footer_band(slide, deck, scale)
    if band is None:
        return []
    footers = [(s.box.scaled(scale), Counter(_tokens(s.text))) for s in footer_shapes(slide, deck) if s.box is not None]
    faults = []
    for line in sorted(page.lines, key=lambda ln: (ln.y0, ln.x0)):
        foreign = _foreign_words(line, band, footers)
        if foreign:
            words = " ".join(w.text for w in foreign)
            faults.append(Fault(TEXT_OVER_TEXT, slide.number, f"in the footer band, not the footer's: {_quoted(words)} (line {_quoted(line.text)})"))
    return faults


def _page_count(pages: Sequence[Page], deck: Deck) -> list[Fault]:
    if len(pages) == len(deck.slides):
        return []
    return [Fault(TEXT_OVER_TEXT, None, f"the PDF has {len(pages)} pages for {len(deck.slides)} slides")]


def text_over_text(pages: Sequence[Page], deck: Deck) -> list[Fault]:
    """Rule 1: words over words, lines over lines, text off the page, body text in the footer band."""
    faults = _page_count(pages, deck)
    for page, slide in zip(pages, deck.slides):
        # Faults carry the slide's number: page N of LibreOffice's PDF is slide N.
        lines, reported = _overlapping_lines(page, slide.number)
        faults += lines + _overlapping_words(page, slide.number, reported) + _off_page(page, slide.number)
        faults += _body_in_footer_band(page, slide, deck)
    return faults


# ---------------------------------------------------------------------------------------------------------------
# Rule 2: no run under its role's floor


def _shape_floor_faults(number: int, shape: TextShape, scale: float = 1.0) -> list[Fault]:
    """`scale`: the slide's height against 540 pt — a 405 pt tall slide (a 16:9 template's 720 × 405) is
    projected as large as a 540 pt one, so its floors are three quarters as many points."""
    label = f"{shape.name or 'a text box'}"
    unsized = [run for run in shape.runs if run.size is None]
    # Sizes are written in hundredths of a point: scaled back, one is read to that precision.
    sized = [Run(run.text, round(run.size / scale, 2)) for run in shape.runs if run.size is not None] if scale != 1.0 else [run for run in shape.runs if run.size is not None]
    faults = []
    if unsized:
        faults.append(Fault(UNDER_FLOOR, number, f"{label}: {len(unsized)} run(s) with no size written, e.g. {_quoted(unsized[0].text)}"))
    if not sized:
        return faults
    smallest = min(sized, key=lambda run: run.size or 0.0)
    size = smallest.size or 0.0
    if shape.role is None:
        small = f"; {size:g} pt, under {SMALL_TEXT:g} pt outside the footer and label boxes" if size < SMALL_TEXT else ""
        faults.append(Fault(UNDER_FLOOR, number, f"unnamed text box {label!r} (no role){small}: {_quoted(smallest.text)}"))
    elif size < FLOORS[shape.role]:
        under = sum(1 for run in sized if (run.size or 0.0) < FLOORS[shape.role])
        faults.append(
            Fault(UNDER_FLOOR, number, f"{label}: {size:g} pt, under the {shape.role} floor of {FLOORS[shape.role]:g} pt "
                  f"({under} run{'s' if under > 1 else ''}): {_quoted(smallest.text)}")
        )
    elif shape.role not in SMALL_ROLES and size < SMALL_TEXT:  # (a floor under 14 pt for a role not allowed one)
        faults.append(Fault(UNDER_FLOOR, number, f"{label}: {size:g} pt, under {SMALL_TEXT:g} pt outside the footer and label boxes"))
    return faults


def under_floor(deck: Deck) -> list[Fault]:
    """Rule 2, from each run's `a:rPr/@sz`: the floor of its box's role, and 14 pt outside footer and label boxes."""
    scale = deck.height / DESIGN_HEIGHT if deck.height else 1.0
    return [fault for slide in deck.slides for shape in slide.shapes for fault in _shape_floor_faults(slide.number, shape, scale)]


DESIGN_HEIGHT = 540.0
"""The slide height the floors are points of (render/geometry.py's Frame.DESIGN_HEIGHT)."""


# ---------------------------------------------------------------------------------------------------------------
# Rule 3: one title per slide, none twice


def duplicate_titles(deck: Deck) -> list[Fault]:
    faults = []
    first: dict[str, int] = {}
    for slide in deck.slides:
        title = slide.title_text
        if not title:
            faults.append(Fault(DUPLICATE_TITLE, slide.number, "no title (the title placeholder is missing or empty)"))
            continue
        key = normalise(title)
        if key in first:
            faults.append(Fault(DUPLICATE_TITLE, slide.number, f"the title {_quoted(title)} is already slide {first[key]}'s"))
        else:
            first[key] = slide.number
    return faults


# ---------------------------------------------------------------------------------------------------------------
# Rule 4: no orphan continuation


def body_lines(page: Page, slide: SlideXml, deck: Deck) -> list[TextLine]:
    """The page's lines but the title's, the kicker's above it and the footer band's."""
    scale = page.width / deck.width if deck.width else 1.0
    title = slide.title.box.scaled(scale) if slide.title is not None and slide.title.box is not None else None
    band = footer_band(slide, deck, scale)
    kept = []
    for line in page.lines:
        x, y = _centre(line)
        if title is not None and (title.holds(x, y) or y < title.y0):
            continue
        if band is not None and band[0] <= y <= band[1]:
            continue
        kept.append(line)
    return kept


def orphan_continuations(pages: Sequence[Page], deck: Deck) -> list[Fault]:
    faults = []
    counts = [len(body_lines(page, slide, deck)) for page, slide in zip(pages, deck.slides)]
    for index, slide in enumerate(deck.slides[: len(counts)]):
        title = " ".join(slide.title_text.replace("\u00a0", " ").split())
        if index == 0 or not CONTINUED.search(title):
            continue
        held, before = counts[index], counts[index - 1]
        if held < MIN_CONTINUATION_LINES:
            faults.append(Fault(ORPHAN, slide.number, f"{_quoted(title)} holds {held} line(s) of text; a continuation holds {MIN_CONTINUATION_LINES} at least"))
        if held < MIN_CONTINUATION_SHARE * before:
            faults.append(Fault(ORPHAN, slide.number, f"{_quoted(title)} holds {held} line(s), under a quarter of the {before} of slide {slide.number - 1}"))
    return faults


# ---------------------------------------------------------------------------------------------------------------
# Rule 5: every text of the event on the slides


def _is_text(annotation: Any) -> bool:
    """Whether a model annotation holds deckgen's `Text` (slide text, validated by `clean_text`) anywhere."""
    from deckgen.model.base import clean_text

    return _annotated_with(annotation, lambda meta: getattr(meta, "func", None) is clean_text)


def _is_id(annotation: Any) -> bool:
    """Whether a model annotation holds deckgen's `Id` (a reference to a person, an organisation…)."""
    from deckgen.model.base import Id

    pattern = next(m.pattern for m in typing.get_args(Id)[1:] if getattr(m, "pattern", None))
    return _annotated_with(annotation, lambda meta: getattr(meta, "pattern", None) == pattern)


def _annotated_with(annotation: Any, test: Any) -> bool:
    if typing.get_origin(annotation) is typing.Annotated:
        if any(test(meta) for meta in annotation.__metadata__):
            return True
    return any(_annotated_with(arg, test) for arg in typing.get_args(annotation))


def _field_annotation(field: Any) -> Any:
    """A pydantic field's annotation with the metadata pydantic took off it put back."""
    return typing.Annotated[(field.annotation, *field.metadata)] if field.metadata else field.annotation


def _dict_args(annotation: Any) -> tuple[Any, Any]:
    """The key and value annotations of the dict an annotation holds (through `Optional`, `Annotated`)."""
    if typing.get_origin(annotation) is dict:
        key, value = typing.get_args(annotation)
        return key, value
    for arg in typing.get_args(annotation):
        found = _dict_args(arg)
        if found != (None, None):
            return found
    return None, None


Loc = tuple[Any, ...]


def _strings(value: Any, annotation: Any, loc: Loc, want: Any, keys: bool = True) -> Iterator[tuple[Loc, str]]:
    """Every string of a validated model whose annotation passes `want`, with its path in the model; the keys of
    its mappings too, unless not `keys`."""
    from pydantic import BaseModel

    if isinstance(value, BaseModel):
        for name, field in type(value).model_fields.items():
            yield from _strings(getattr(value, name), _field_annotation(field), (*loc, name), want, keys)
    elif isinstance(value, str):
        if want(annotation):
            yield loc, value
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _strings(item, annotation, (*loc, index), want, keys)
    elif isinstance(value, dict):
        key_type, value_type = _dict_args(annotation)
        for key, item in value.items():
            if keys and isinstance(key, str) and want(key_type):
                yield (*loc, key), key
            yield from _strings(item, value_type, (*loc, key), want, keys)


def _shown(loc: Loc, referenced: set[str], presented: bool, single_series: set[Loc]) -> bool:
    """Whether the deck is meant to show the text at `loc` at all."""
    if loc[0] in ("people", "organisations") and loc[1] not in referenced:
        return False  # an entry nothing in the event names (inherited, say) is on no slide, rightly
    if loc[0] == "training" and not presented:
        return False  # no round table presents it
    # A chart's only series: the model says the legend names series only when there are several.
    return not (loc[-1] == "name" and loc[:-1] in single_series)


def event_texts(event: Any) -> list[tuple[Loc, str]]:
    """Every text of the event the deck should show, with where it is in the model (a multi-line one by line)."""
    # What the event names: `people` and `organisations` are keyed by ids, which name nothing.
    referenced = {text for _, text in _strings(event, None, (), _is_id, keys=False)}
    presented = any(getattr(item, "presents_training", False) for item in event.agenda)
    single_series = {
        ("agenda", i, "slides", j, "series", 0)
        for i, item in enumerate(event.agenda)
        for j, slide in enumerate(getattr(item, "slides", []))
        if len(getattr(slide, "series", [])) == 1
    }
    texts = []
    for loc, text in _strings(event, None, (), _is_text):
        if _shown(loc, referenced, presented, single_series):
            texts.extend((loc, line) for line in text.split("\n") if normalise(line))
    return texts


def deck_text(deck: Deck) -> str:
    """All the deck's text, normalised: text frames, tables, alternative texts, then the speaker notes (the last
    resort). Pieces are kept apart by a character no text holds, so no match spans two boxes."""
    pieces = [text for slide in deck.slides for text in (*(s.text for s in slide.shapes), *slide.alt_texts)]
    pieces += [slide.notes for slide in deck.slides]
    return "\x00".join(normalise(piece) for piece in pieces)


def _dotted(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def missing_texts(loaded: Any, deck: Deck) -> list[Fault]:
    """Rule 5: each text of the event (a `LoadedEvent`, located at its line, or a bare `Event`) on some slide."""
    event = getattr(loaded, "event", loaded)
    everything = deck_text(deck)
    faults = []
    for loc, text in event_texts(event):
        if normalise(text) in everything:
            continue
        message = f"{_quoted(text)} is on no slide"
        where = f"{_dotted(loc)}: "
        if hasattr(loaded, "locate"):
            problem = loaded.locate(loc, message)
            where = f"{problem.file.name}:{problem.line}: {where}" if problem.file is not None else where
        faults.append(Fault(MISSING, None, where + message))
    return faults


# ---------------------------------------------------------------------------------------------------------------
# All of it


def find_faults(deck: Deck, pages: Sequence[Page] | None = None, loaded: Any = None) -> dict[str, list[Fault]]:
    """Every fault of a deck, by rule; the PDF's rules need `pages`, rule 5 the event."""
    faults: dict[str, list[Fault]] = {UNDER_FLOOR: under_floor(deck), DUPLICATE_TITLE: duplicate_titles(deck)}
    if pages is not None:
        faults[TEXT_OVER_TEXT] = text_over_text(pages, deck)
        faults[ORPHAN] = orphan_continuations(pages, deck)
    if loaded is not None:
        faults[MISSING] = missing_texts(loaded, deck)
    return {rule: faults[rule] for rule in RULES if rule in faults}


def listing(faults: Iterable[Fault]) -> str:
    """Faults one a line, for an assertion's message."""
    return "\n".join(str(fault) for fault in faults)


def _pages(pptx: Path, pdf: Path | None, scratch: Path) -> list[Page] | None:
    import shutil

    if pdf is None:
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None or shutil.which("pdftotext") is None:
            print("no LibreOffice or pdftotext here: the PDF's rules (1 and 4) are not checked", file=sys.stderr)
            return None
        pdf = convert_to_pdf(soffice, pptx, scratch)
    return read_layout(pdf)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print every layout fault of a built deck.")
    parser.add_argument("deck", type=Path, help="the .pptx")
    parser.add_argument("pdf", type=Path, nargs="?", help="LibreOffice's PDF of it (made here when not given)")
    parser.add_argument("--event", type=Path, help="the event's folder, to check every text of its YAML is on the slides")
    args = parser.parse_args(argv)
    loaded = None
    if args.event is not None:
        from deckgen.load import load_event

        loaded = load_event(args.event, allow_outside=True)
    with tempfile.TemporaryDirectory() as scratch:
        faults = find_faults(read_deck(args.deck), _pages(args.deck, args.pdf, Path(scratch)), loaded)
    total = 0
    for rule, found in faults.items():
        print(f"## {rule}: {len(found)}")
        for fault in found:
            print(fault)
        total += len(found)
    print(f"{total} fault{'s' if total != 1 else ''}", file=sys.stderr)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
