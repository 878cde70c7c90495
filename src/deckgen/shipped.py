"""What ships inside the package, found with importlib.resources wherever deckgen is installed (a source
checkout, a wheel installed by pip or pipx): the brands and the fonts they are measured with (`assets/`), the
JSON Schema of event files (`event.schema.json`), python-pptx's default template (`render/skeleton.pptx`).

deckgen reads these as files — Pillow opens a font by its path, confinement compares paths, an event's
schema line names a file — so each is had through `importlib.resources.as_file`, kept for the life of the
process (the recipe of importlib.resources' documentation): from an installed package, a folder of files,
that is the file itself; from a zipped one, a copy.
"""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from functools import cache
from importlib import resources
from pathlib import Path

_KEPT = ExitStack()
atexit.register(_KEPT.close)


@cache
def shipped(*parts: str) -> Path:
    """The file or folder `parts` of the package (`shipped("assets", "fonts")`), as a path on disk."""
    return _KEPT.enter_context(resources.as_file(resources.files("deckgen").joinpath(*parts)))
