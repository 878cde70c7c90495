"""The default template: python-pptx's own, made once and kept as a file, read like any other template.

Until deckgen makes its own brand template, a deck without one is written on python-pptx's default template
as `Presentation()` gives it, at 16:9, with the notes master python-pptx adds for the first notes slide.
Opening python-pptx for that on every build would cost more than the rest of a build of the reference deck
(its import alone is about 0.1 s), so the template is made once by `make_skeleton()` and committed as
`skeleton.pptx` beside this file; tests/render/test_package.py makes it again with the python-pptx installed
and fails if the two differ, so the file never drifts from what python-pptx makes. It is read through the
package layer (`deckgen.package.read_template`), as an organisation's template is.

On it, the theme is put in the brand's colours and fonts (`branded_theme`), what PowerPoint offers a presenter
who adds a slide or a shape by hand.
"""

from __future__ import annotations

import io
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..package import Template, read_template, zipped
from ..package.colours import A
from ..package.opc import serialise

if TYPE_CHECKING:
    from lxml import etree

    from ..brand import Brand

SKELETON_FILE = Path(__file__).with_name("skeleton.pptx")
SLIDE_SIZE_EMU = (12192000, 6858000)  # 960 × 540 pt: 16:9, 13.33 × 7.5 in


def make_skeleton() -> bytes:
    """skeleton.pptx, made by python-pptx: its default template at 16:9, with a notes master."""
    from pptx import Presentation

    presentation = Presentation()
    widen(presentation)
    presentation.part.notes_master_part  # noqa: B018 - python-pptx makes the notes master when it is first asked for
    out = io.BytesIO()
    presentation.save(out)
    # python-pptx dates the zip entries now: the committed file must not change with the day it is made.
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as made:
        return zipped({name: made.read(name) for name in made.namelist()})


def widen(presentation) -> None:  # noqa: ANN001 - python-pptx's Presentation
    """python-pptx's default template at 16:9, its master and layouts stretched to the new width.

    The template is laid out for 4:3 (10 inches wide); setting the slides' width alone leaves the master's
    and the layouts' placeholders in the left three quarters of a 13.33-inch slide, so a slide a presenter
    adds in PowerPoint would come out lopsided. Every position and width in them is stretched by the same
    4/3, and the size is no longer labelled `screen4x3` (PowerPoint would offer to go back to 4:3)."""
    from fractions import Fraction

    from pptx.util import Emu

    stretch = Fraction(SLIDE_SIZE_EMU[0], presentation.slide_width)
    for part in (presentation.slide_master, *presentation.slide_layouts):
        for offset in part._element.xpath(".//a:xfrm/a:off"):
            offset.set("x", str(round(int(offset.get("x")) * stretch)))
        for extent in part._element.xpath(".//a:xfrm/a:ext"):
            extent.set("cx", str(round(int(extent.get("cx")) * stretch)))
    presentation.slide_width, presentation.slide_height = Emu(SLIDE_SIZE_EMU[0]), Emu(SLIDE_SIZE_EMU[1])
    presentation.part._element.sldSz.attrib.pop("type", None)


@lru_cache(maxsize=1)
def default_template() -> Template:
    """skeleton.pptx as a template."""
    return read_template(SKELETON_FILE.read_bytes(), SKELETON_FILE)


def branded_template(brand: Brand) -> Template:
    """The default template with its theme in the brand's colours and fonts (kept for the next build of a
    watch session: read once per brand)."""
    colours, fonts = brand.colours, brand.fonts
    key = (colours.text, colours.background, colours.primary, colours.surface, colours.accent, colours.secondary, colours.muted, fonts.heading.name, fonts.body.name)
    template = _BRANDED.get(key)
    if template is None:
        template = default_template()
        theme = template.masters[0].theme.part
        tree = template.xml(theme)
        branded_theme(tree, brand)
        if len(_BRANDED) >= 8:
            _BRANDED.clear()
        template = _BRANDED[key] = template.with_part(theme, serialise(tree))
    return template


_BRANDED: dict[tuple[str, ...], Template] = {}


def branded_theme(theme: etree._Element, brand: Brand) -> None:
    """The theme (its a:theme tree, changed in place) in the brand's colours and fonts: what PowerPoint offers
    a presenter who adds a slide, a text box or a shape by hand (deckgen's own slides name every colour and
    font they use).

    Dark 1 and light 1 are the brand's text and background, dark 2 and light 2 its primary colour and its
    surface; accents 1 to 4 its primary, accent, secondary and muted colours (accent 1 also tints the
    template's table style); headings and body text its two faces. The rest is python-pptx's Office theme."""
    colours = brand.colours
    slots = {
        "dk1": colours.text, "lt1": colours.background, "dk2": colours.primary, "lt2": colours.surface,
        "accent1": colours.primary, "accent2": colours.accent, "accent3": colours.secondary, "accent4": colours.muted,
    }  # fmt: skip
    for slot, colour in slots.items():
        for element in theme.iterfind(f"{_A}themeElements/{_A}clrScheme/{_A}{slot}"):
            element.clear()
            element.append(element.makeelement(f"{_A}srgbClr", {"val": colour}))
    for scheme, face in (("majorFont", brand.fonts.heading), ("minorFont", brand.fonts.body)):
        for latin in theme.iterfind(f"{_A}themeElements/{_A}fontScheme/{_A}{scheme}/{_A}latin"):
            latin.set("typeface", face.name)


_A = f"{{{A}}}"


if __name__ == "__main__":  # python -m deckgen.render.skeleton: make skeleton.pptx again
    SKELETON_FILE.write_bytes(make_skeleton())
    print(SKELETON_FILE)
