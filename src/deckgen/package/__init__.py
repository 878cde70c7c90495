"""The package layer: a PowerPoint template read from bytes, a deck's package written on it.

    opc.py         parts, relationships, content types; a zip read safely, written deterministically
    template.py    Template: its masters, layouts, placeholders, themes, slide size (and its parts, kept)
    colours.py     theme colours resolved to hex through a master's colour map
    properties.py  docProps/core.xml and docProps/app.xml
    deck.py        Deck: the template's parts, the deck's slides, notes, pictures and charts, every member

It takes bytes and gives bytes, over XML trees (lxml), and knows nothing of slide kinds: nothing here imports
deckgen's renderers, planner or loader (tests/package/test_imports.py checks it).
"""

from .deck import Deck, dated
from .opc import CT, RT, Part, Relationship, zipped
from .properties import CoreProperties
from .template import Decoration, Ground, Layout, Master, Placeholder, Template, Theme, open_template, read_template

__all__ = [
    "CT",
    "RT",
    "CoreProperties",
    "Deck",
    "Decoration",
    "Ground",
    "Layout",
    "Master",
    "Part",
    "Placeholder",
    "Relationship",
    "Template",
    "Theme",
    "dated",
    "open_template",
    "read_template",
    "zipped",
]
