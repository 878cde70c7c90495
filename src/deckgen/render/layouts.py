"""Which of a template's layouts each slide goes on, chosen by what the layouts hold.

Slide kinds come in families (`@renders(…, family=…)`): the title slide, section breaks, content slides with
a text body, two columns, slides with a title only (tiles, cards, charts drawn by deckgen), the quiz, the
break, the closing slide. A family is matched to a layout by its placeholders first — title and subtitle,
title and one body, title and two bodies side by side, a title alone — and by its name second, in English
and in French (pandoc looks layouts up by English name only, and falls back to its own where a French office
names them « Titre et contenu »). A family with no layout of its own falls back to the nearest that holds a
title; brand.yaml's `layouts:` names a layout for a kind or a family outright.

The content layout also gives the frame: its title, body, footer and number placeholders are where every
content slide's title, body and footer go (geometry.Bands).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING

from msgspec import Struct, field
from msgspec.structs import replace

from ..brand import relative_luminance
from ..errors import BrandError, Problem
from ..i18n import _, ngettext
from ..plan.specs import SLIDE_KINDS
from .geometry import Bands, Box, Frame
from .grounds import LIGHT, seen

if TYPE_CHECKING:
    from ..package import Layout, Placeholder, Template

FAMILIES = ("title", "section", "content", "two_columns", "title_only", "quiz", "break", "closing")
"""Every family of slides, in the order `deckgen template inspect` shows them."""

FALLBACKS: dict[str, tuple[str, ...]] = {
    "title": ("section", "title_only", "content"),
    "section": ("title_only", "content"),
    "content": ("title_only",),
    "two_columns": ("content", "title_only"),
    "title_only": ("content", "section"),
    "quiz": ("title_only", "content"),
    "break": ("section", "title_only", "content"),
    "closing": ("section", "title_only", "content"),
}
"""Where a family goes when the template has no layout of its own for it, nearest first."""

NAMES: dict[str, tuple[str, ...]] = {
    "title": ("title slide", "diapositive de titre", "titre", "title"),
    "section": ("section header", "section title", "titre de section", "en tete de section", "section"),
    "content": ("title and content", "title content", "titre et contenu", "contenu"),
    "two_columns": ("two content", "title 2 content", "deux contenus", "two columns", "deux colonnes", "comparison", "comparaison"),
    "title_only": ("title only", "titre seul"),
    "quiz": ("quiz", "question"),
    "break": ("break", "pause"),
    "closing": ("closing", "cloture", "end", "fin", "merci", "thank you"),
}
"""Layout names recognised for each family (compared without accents, case or punctuation)."""

TITLE_TYPES = ("title", "ctrTitle")
BODY_TYPES = ("body", "obj")
SMALLEST_BODY = 0.4
"""A content layout's body shorter than this share of the slide is too small to lay a deck out in: the
body then reaches from under the title to the footer."""


def normalised(name: str) -> str:
    """A layout's name as compared: lower case, no accents, punctuation and digits as spaces."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z]+", " ", plain).split())


def _boxed(placeholder: Placeholder) -> Box | None:
    return None if placeholder.box is None else Box(*placeholder.box)


class Holds(Struct, frozen=True):
    """What a layout holds, by placeholder: its title, subtitle, bodies (left to right, top to bottom) and
    its footer, number and date."""

    title: Placeholder | None
    subtitle: Placeholder | None
    bodies: tuple[Placeholder, ...]
    footer: Placeholder | None
    number: Placeholder | None
    date: Placeholder | None

    @classmethod
    def of(cls, layout: Layout) -> Holds:
        def first(*types: str) -> Placeholder | None:
            return next((p for p in layout.placeholders if p.type in types), None)

        bodies = [p for p in layout.placeholders if p.type in BODY_TYPES and p.attributes.get("orient") != "vert"]
        bodies.sort(key=lambda p: (p.box or (0, 0, 0, 0))[1::-1])  # by y, then x
        if len(bodies) == 2 and bodies[0].box and bodies[1].box and abs(bodies[0].box[1] - bodies[1].box[1]) < 1:
            bodies.sort(key=lambda p: p.box[0])  # type: ignore[index] - side by side: left first
        return cls(first(*TITLE_TYPES), first("subTitle"), tuple(bodies), first("ftr"), first("sldNum"), first("dt"))

    @property
    def side_by_side(self) -> bool:
        """Two bodies next to each other, as wide as each other within a tenth."""
        if len(self.bodies) != 2 or not all(b.box for b in self.bodies):
            return False
        left, right = (Box(*b.box) for b in self.bodies)  # type: ignore[misc]
        return right.x >= left.right - 1 and abs(left.w - right.w) <= 0.1 * max(left.w, right.w)

    def summary(self) -> str:
        parts = []
        if self.title is not None:
            parts.append(_("title") if self.title.type == "title" else _("centred title"))
        if self.subtitle is not None:
            parts.append(_("subtitle"))
        if self.bodies:
            parts.append(ngettext("{count} body", "{count} bodies", len(self.bodies)).format(count=len(self.bodies)))
        return " + ".join(parts) or _("no title, no body")


def _fits(family: str, holds: Holds) -> bool:
    """Whether a layout holds what the family's slides need, and nothing they would leave empty in sight."""
    if holds.title is None:
        return False
    bodies = len(holds.bodies)
    if family == "title":
        return holds.subtitle is not None
    if family == "content":
        return bodies == 1 and holds.subtitle is None and holds.title.type == "title"
    if family == "two_columns":
        return holds.side_by_side and holds.subtitle is None
    if family == "section":
        return bodies <= 1 and holds.subtitle is None
    return bodies == 0 and holds.subtitle is None  # title only, quiz, break, closing: a title, nothing more


class Choice(Struct, frozen=True):
    """The layout a family (or a kind) goes on, and why: what `deckgen template inspect` prints."""

    layout: Layout
    holds: Holds
    reason: str
    fallback: bool = False


def _name_rank(family: str, layout: Layout) -> int:
    """0 for the family's first name, 1 for the next…, len(names) for none: names second, placeholders first."""
    names = NAMES[family]
    name = normalised(layout.name)
    return next((rank for rank, known in enumerate(names) if name == known), len(names))


def _named(family: str, layout: Layout) -> bool:
    return _name_rank(family, layout) < len(NAMES[family])


def _own_family(template: Template, family: str, master: int | None, holds: dict[str, Holds]) -> Choice | None:
    if family in BY_NAME_ONLY:
        candidates = [layout for layout in template.layouts if _named(family, layout) and holds[layout.part].title is not None]
    else:
        candidates = [layout for layout in template.layouts if _fits(family, holds[layout.part])]
    if not candidates:
        return None

    def rank(layout: Layout) -> tuple[float, ...]:
        same_master = 0 if master is None or layout.master == master else 1
        area = 0.0
        if family in ("content", "two_columns"):
            bands = bands_of(template, layout, holds[layout.part])
            area = 0.0 if bands is None else -bands.body.w * bands.body.h
            if family == "content":  # the master whose ground can be shown under text gives the deck its look
                same_master = 0 if bands is not None and seen(template, layout, bands.title, bands.body).shown else 1
        return (same_master, _name_rank(family, layout), area, template.layouts.index(layout))

    best = min(candidates, key=rank)
    reason = _("it holds {placeholders}").format(placeholders=holds[best.part].summary())
    if _named(family, best):
        reason += _(" and is named « {name} »").format(name=best.name)
    return Choice(best, holds[best.part], reason)


BY_NAME_ONLY = ("quiz", "break", "closing")
"""Families whose layouts hold what title-only layouts hold: a template has one of its own only by name."""

ALIASES = {"quiz_question": "question", "quiz_answer": "answer"}
"""Other names brand.yaml's `layouts:` may give a kind of slide."""


def _layout_key(key: str, place: Problem) -> str:
    """A key of brand.yaml's `layouts:` as a kind of slide or a family; BrandError for any other."""
    key = ALIASES.get(key, key)
    known = list(dict.fromkeys([*FAMILIES, *(spec.kind for spec in SLIDE_KINDS)]))
    if key in known:
        return key
    close = difflib.get_close_matches(key, known + list(ALIASES), n=1)
    hint = _("did you mean '{name}'?").format(name=close[0]) if close else _("write a kind of slide or a family")
    said = _("no kind of slide or family '{key}' (known: {known}); {hint}")
    raise BrandError(replace(place, message=said.format(key=key, known=", ".join(known), hint=hint)))


def _named_layout(template: Template, key: str, name: str, place: Problem) -> Layout:
    """The template's layout brand.yaml names for a kind or family; BrandError, at the name, if it has none
    of that name or it holds no title."""
    layout = next((layout for layout in template.layouts if layout.name == name), None)
    if layout is None:
        names = list(dict.fromkeys(layout.name for layout in template.layouts))  # LibreOffice repeats them per master
        close = difflib.get_close_matches(name, names, n=1)
        hint = _("did you mean « {name} »?").format(name=close[0]) if close else _("write one of them")
        said = _("the template {file} has no layout « {name} »; its layouts are {known}; {hint}")
        file = template.source.name if template.source is not None else ""
        raise BrandError(replace(place, message=said.format(file=file, name=name, known=", ".join(f"« {n} »" for n in names), hint=hint)))
    if Holds.of(layout).title is None:
        said = _("the layout « {name} » holds no title; choose one with a title")
        raise BrandError(replace(place, message=said.format(name=name)))
    return layout


def choose(template: Template, named: Mapping[str, str] | None = None, places: Mapping[str, Problem] | None = None) -> dict[str, Choice]:
    """The layout of every family and of every kind brand.yaml names one for (`layouts:`), with its reason.

    Raises BrandError for a name in `layouts:` that the template has not (listing those it has), at the line
    of brand.yaml that names it (`places`, the Brand's `layout_places`)."""
    holds = {layout.part: Holds.of(layout) for layout in template.layouts}
    choices: dict[str, Choice] = {}
    content = _own_family(template, "content", None, holds)
    master = content.layout.master if content else None
    for family in FAMILIES:
        own = content if family == "content" else _own_family(template, family, master, holds)
        if own is not None:
            choices[family] = own
    for family in FAMILIES:
        if family in choices:
            continue
        near = next((f for f in FALLBACKS[family] if f in choices and not choices[f].fallback), None)
        if near is not None:
            chosen = choices[near]
            said = _("no layout of its own: the {family} layout").format(family=near.replace("_", " "))
            choices[family] = Choice(chosen.layout, chosen.holds, said, fallback=True)
        else:
            titled = next(layout for layout in template.layouts if holds[layout.part].title is not None)
            choices[family] = Choice(titled, holds[titled.part], _("no layout of its own: the first layout with a title"), fallback=True)
    for written, name in (named or {}).items():
        # Where brand.yaml names it, else the template (a mapping given by a library caller).
        place = (places or {}).get(written) or Problem("", template.source, field=f"layouts.{written}")
        key = _layout_key(written, place)
        layout = _named_layout(template, key, name, place)
        choices[key] = Choice(layout, holds[layout.part], _("named in brand.yaml (layouts:)"))
    return choices


def bands_of(template: Template, layout: Layout, holds: Holds | None = None) -> Bands | None:
    """Where a content layout puts the title, body, footer and number, in points; its master's placeholders
    where they leave the body more room (LibreOffice writes every layout of every master with the first
    master's positions), and the page under the title where even those leave too little."""
    holds = holds or Holds.of(layout)
    if holds.title is None or holds.title.box is None:
        return None
    title, body = Box(*holds.title.box), (Box(*holds.bodies[0].box) if holds.bodies and holds.bodies[0].box else None)
    master = template.masters[layout.master]
    master_title = next((p for p in master.placeholders if p.type in TITLE_TYPES and p.box), None)
    master_body = next((p for p in master.placeholders if p.type in BODY_TYPES and p.box), None)
    if master_title is not None and master_body is not None:
        own_area = 0.0 if body is None else body.w * body.h
        if master_body.box[2] * master_body.box[3] > own_area * 1.2:  # type: ignore[index]
            title, body = Box(*master_title.box), Box(*master_body.box)  # type: ignore[misc]
    footer = _boxed(holds.footer) if holds.footer else None
    number = _boxed(holds.number) if holds.number else None
    if body is None or body.h < SMALLEST_BODY * template.height or body.y < title.bottom - 1:
        bottom = min([box.y for box in (footer, number) if box is not None] or [template.height * 0.92])
        top = title.bottom + 8
        x = body.x if body is not None else title.x
        w = body.w if body is not None else title.w
        body = Box(x, top, w, bottom - 8 - top)
    return Bands(title, body, footer, number)


def frame_of(template: Template, choices: Mapping[str, Choice], *, clear: bool = True) -> Frame:
    """The frame content slides are laid out in: the template's size, the content layout's bands — the parts
    of its title and body clear of its decorations, where its ground is shown (grounds.py), unless not `clear`."""
    content = choices["content"]
    bands = bands_of(template, content.layout, content.holds)
    if bands is not None and clear:
        shown = seen(template, content.layout, bands.title, bands.body)
        bands = replace(bands, title=shown.title, body=shown.body)
    return Frame(template.width, template.height, bands)


def grounds_shown(template: Template, frame: Frame) -> frozenset[str]:
    """The layouts whose ground shows under deckgen's light slides: light, their decorations clear of the
    frame's title and body."""
    bands = frame.bands
    if bands is None:
        return frozenset()
    shown = set()
    for layout in template.layouts:
        looked = seen(template, layout, bands.title, bands.body)
        if looked.shown and looked.title == bands.title and looked.body == bands.body:
            shown.add(layout.part)
    return frozenset(shown)


class SlideLayouts(Struct, frozen=True):
    """The layouts a deck's slides go on: by kind where brand.yaml names one, else by family."""

    choices: dict[str, Choice]
    own_chrome: bool = False
    """The template is deckgen's own brand template: its layouts carry the brand's bar and title rule, and a
    slide whose title is not where the layout's is draws them itself."""
    painted: frozenset[str] = field(default_factory=frozenset)
    """Layout parts whose background is not light enough for deckgen's light slides (a picture, a gradient,
    a dark colour): a light slide on one paints its own background."""
    grounds: frozenset[str] = field(default_factory=frozenset)
    """Layout parts whose own ground (a picture, decorations, no background set) shows under a light slide
    (grounds.py)."""

    hiding: Frame | None = None
    """The frame a slide is laid out in when it hides its layout's ground: the layout's whole title and body,
    for a slide whose text needs the room the decorations take (pages.draw)."""

    def hiding_grounds(self) -> SlideLayouts:
        """These layouts with no ground shown: every light slide paints its own."""
        return replace(self, grounds=frozenset(), hiding=None)

    def shows(self, layout: Layout, colour: str) -> bool:
        """Whether a slide on the layout shows the layout's own ground instead of painting that colour."""
        if layout.part in self.grounds and relative_luminance(colour) >= LIGHT:
            return True
        return layout.part not in self.painted and (layout.background or "").upper() == colour.upper()

    def of(self, kind: str, family: str) -> Choice:
        return self.choices.get(kind) or self.choices[family]
