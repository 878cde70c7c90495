"""The floor of a build with deckgen's libraries: bench/floor.py, then each library a build needs, used once as
a build first uses it, with nothing of deckgen.

- PyYAML's C parser reads the reference event's files (deckgen reads its events through it, with positions);
- Babel writes the day's date in French (the title slide's), which loads its French locale data;
- Pillow loads three of the brand's fonts and measures each word of the event once (a build measures more:
  786 words and faces for the reference deck);
- lxml parses the parts of python-pptx's default template (deckgen reads every template, its own included);
- zipfile deflates them into a package (a deck is one).

run.py times it beside floor.py, deckgen and pandoc, interleaved: what of the reference deck's target the
libraries take before deckgen's own modules, models, layout and parts. It ends as the `deckgen` command ends,
without Python's teardown (launch.py); floor.py ends as Python ends.
"""

from __future__ import annotations

import datetime
import io
import os
import re
import sys
import zipfile
from pathlib import Path

from floor import command

ROOT = Path(__file__).resolve().parents[1]
EVENT = ROOT / "deck" / "narbonne-2025"
FONTS = ROOT / "assets" / "fonts"
SKELETON = ROOT / "src" / "deckgen" / "render" / "skeleton.pptx"


def use_libraries() -> None:
    import yaml

    texts = [path.read_text(encoding="utf-8") for path in sorted(EVENT.glob("*.yaml"))]
    for text in texts:
        for _ in yaml.parse(text, Loader=yaml.CSafeLoader):
            pass

    from babel.dates import format_date

    format_date(datetime.date(2025, 11, 7), "full", locale="fr_FR")

    from PIL import ImageFont

    words = set(re.findall(r"[^\s:#\"'-][^\s\"']*", "\n".join(texts)))  # keys too: fewer than a build measures
    regular, *others = (ImageFont.truetype(str(FONTS / f"LiberationSans-{style}.ttf"), 100) for style in ("Regular", "Bold", "Italic"))
    for word in words:
        regular.getlength(word)

    from lxml import etree

    with zipfile.ZipFile(SKELETON) as template:
        members = {name: template.read(name) for name in template.namelist()}
    for name, data in members.items():
        if name.endswith((".xml", ".rels")):
            etree.fromstring(data)
    with zipfile.ZipFile(io.BytesIO(), "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members.items():
            package.writestr(name, data)


if __name__ == "__main__":
    # Ended as the deckgen command ends (launch.py): without Python's teardown, so that what deckgen takes
    # over this floor is its own work.
    try:
        command(then=use_libraries)()
    except SystemExit as ended:
        sys.stdout.flush()
        os._exit(ended.code or 0)
