"""The package every deck starts from: python-pptx's default template, made once and kept as a file.

A deck's slides are written by deckgen (slide.py); what surrounds them — the slide master and its layouts,
the theme, the notes master, the presentation and document properties — is python-pptx's own default
template, as `Presentation()` gives it, at 16:9, with the notes master python-pptx adds for the first
notes slide. Opening python-pptx for that on every build would cost more than the rest of a build of the
reference deck (its import alone is about 0.1 s), so the template is made once by `make_skeleton()` and
committed as `skeleton.pptx` beside this file; tests/render/test_skeleton.py makes it again with the
python-pptx installed and fails if the two differ, so the file never drifts from what python-pptx makes.

The member order of skeleton.pptx is python-pptx's save order (a walk of the relationships from the
package's): the deck is saved in the same order, its slides inserted where python-pptx puts them.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .drawing import escape_attribute, escape_text

if TYPE_CHECKING:
    from ..brand import Brand

SKELETON_FILE = Path(__file__).with_name("skeleton.pptx")
SLIDE_SIZE_EMU = (12192000, 6858000)  # 960 × 540 pt: 16:9, 13.33 × 7.5 in

# Written into the core properties when the skeleton is made, replaced by each deck's own values.
_SENTINELS = {"title": "@@TITLE@@", "author": "@@AUTHOR@@", "language": "@@LANGUAGE@@", "comments": "@@COMMENTS@@"}
_SENTINEL_DATE = datetime(1999, 9, 9)
_SENTINEL_STAMP = "1999-09-09T00:00:00Z"

NOTES_MEMBERS = ("ppt/notesMasters/notesMaster1.xml", "ppt/notesMasters/_rels/notesMaster1.xml.rels", "ppt/theme/theme2.xml")
"""The notes master and its theme: in a deck only from its first notes slide on, as python-pptx adds them."""


def make_skeleton() -> bytes:
    """skeleton.pptx, made by python-pptx: its default template at 16:9, with a notes master."""
    from pptx import Presentation

    presentation = Presentation()
    widen(presentation)
    presentation.part.notes_master_part  # noqa: B018 - python-pptx makes the notes master when it is first asked for
    properties = presentation.core_properties
    properties.title, properties.author = _SENTINELS["title"], _SENTINELS["author"]
    properties.language, properties.comments = _SENTINELS["language"], _SENTINELS["comments"]
    properties.last_modified_by = "deckgen"
    properties.created = properties.modified = _SENTINEL_DATE
    properties.revision = 1
    properties.subject = properties.keywords = ""
    out = io.BytesIO()
    presentation.save(out)
    # python-pptx dates the zip entries now: the committed file must not change with the day it is made.
    from ..write import zipped

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


@dataclass(frozen=True)
class Skeleton:
    """The template's members, in python-pptx's save order, and the pieces a deck rewrites."""

    members: dict[str, bytes]  # name → bytes, in save order
    presentation_rels: tuple[str, ...]  # the presentation's relationships other than the notes master's, as XML
    content_types: dict[str, str]  # the template's content types: by '/part name' (overrides), by extension (defaults)

    @property
    def head(self) -> list[str]:
        """Members saved before the slides: up to the presentation's own parts (layouts, printer settings)."""
        names = list(self.members)
        return [n for n in names[: names.index(self.tail[0])] if n not in NOTES_MEMBERS]

    @property
    def tail(self) -> list[str]:
        """Members saved after the slides: the package's parts not under the presentation (the thumbnail)."""
        return ["docProps/thumbnail.jpeg"]

    def core(self, *, title: str, author: str, language: str, comments: str, created: datetime) -> bytes:
        """docProps/core.xml with the deck's title, author, language, comment and dates."""
        text = self.members["docProps/core.xml"].decode("utf-8")
        values = {"title": title, "author": author, "language": language, "comments": comments}
        for key, sentinel in _SENTINELS.items():
            text = text.replace(sentinel, escape_text(values[key]))
        return text.replace(_SENTINEL_STAMP, created.strftime("%Y-%m-%dT%H:%M:%SZ")).encode("utf-8")


def branded_theme(theme: bytes, brand: Brand) -> bytes:
    """The template's theme in the brand's colours and fonts: what PowerPoint offers a presenter who adds a
    slide, a text box or a shape by hand (deckgen's own slides name every colour and font they use).

    Dark 1 and light 1 are the brand's text and background, dark 2 and light 2 its primary colour and its
    surface; accents 1 to 4 its primary, accent, secondary and muted colours (accent 1 also tints the
    template's table style); headings and body text its two faces. The rest is python-pptx's Office theme."""
    colours, text = brand.colours, theme.decode("utf-8")
    slots = {
        "dk1": colours.text, "lt1": colours.background, "dk2": colours.primary, "lt2": colours.surface,
        "accent1": colours.primary, "accent2": colours.accent, "accent3": colours.secondary, "accent4": colours.muted,
    }
    for slot, colour in slots.items():
        text = re.sub(rf"<a:{slot}>.*?</a:{slot}>", f'<a:{slot}><a:srgbClr val="{colour}"/></a:{slot}>', text, count=1)
    for scheme, face in (("majorFont", brand.fonts.heading), ("minorFont", brand.fonts.body)):
        text = re.sub(rf'(<a:{scheme}><a:latin typeface=")[^"]*(")', rf"\g<1>{escape_attribute(face.name)}\g<2>", text, count=1)
    return text.encode("utf-8")


_RELATIONSHIP = re.compile(r"<Relationship [^>]*/>")
_OVERRIDE = re.compile(r'<Override PartName="([^"]+)" ContentType="([^"]+)"/>')
_DEFAULT = re.compile(r'<Default Extension="([^"]+)" ContentType="([^"]+)"/>')


@lru_cache(maxsize=1)
def skeleton() -> Skeleton:
    with zipfile.ZipFile(SKELETON_FILE) as package:
        members = {name: package.read(name) for name in package.namelist()}
    rels = members["ppt/_rels/presentation.xml.rels"].decode("utf-8")
    kept = tuple(r for r in _RELATIONSHIP.findall(rels) if "relationships/notesMaster" not in r)
    types = members["[Content_Types].xml"].decode("utf-8")
    declared = dict(_OVERRIDE.findall(types)) | dict(_DEFAULT.findall(types))
    return Skeleton(members=members, presentation_rels=kept, content_types=declared)


if __name__ == "__main__":  # python -m deckgen.render.skeleton: make skeleton.pptx again
    SKELETON_FILE.write_bytes(make_skeleton())
    print(SKELETON_FILE)
