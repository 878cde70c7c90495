"""The default template: python-pptx's own, made once and kept as a file, read like any other template.

python-pptx's default template as `Presentation()` gives it, at 16:9, with the notes master python-pptx adds
for the first notes slide: what the brand template (brand_template.py) takes the parts it does not design
from, and what the package layer's tests write decks on.
Opening python-pptx for that on every build would cost more than the rest of a build of the reference deck
(its import alone is about 0.1 s), so the template is made once by `make_skeleton()` and committed as
`skeleton.pptx` beside this file; tests/render/test_package.py makes it again with the python-pptx installed
and fails if the two differ, so the file never drifts from what python-pptx makes. It is read through the
package layer (`deckgen.package.read_template`), as an organisation's template is.
"""

from __future__ import annotations

import io
import zipfile
from functools import lru_cache
from pathlib import Path

from ..package import Template, read_template, zipped
from ..shipped import shipped

SKELETON_FILE = shipped("render", "skeleton.pptx")
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


if __name__ == "__main__":  # python -m deckgen.render.skeleton: make skeleton.pptx again
    SKELETON_FILE.write_bytes(make_skeleton())
    print(SKELETON_FILE)
