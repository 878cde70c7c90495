"""What ships inside the package, found with importlib.resources wherever deckgen is installed (a source
checkout, a wheel installed by pip or pipx): the brands and the fonts they are measured with (`assets/`), the
JSON Schema of event files (`event.schema.json`), python-pptx's default template (`render/skeleton.pptx`).

deckgen reads these as files — Pillow opens a font by its path, confinement compares paths, an event's
schema line names a file — so each is had through `importlib.resources.as_file`, kept for the life of the
process (the recipe of importlib.resources' documentation): from an installed package, a folder of files,
that is the file itself; from a zipped one, a copy.

Installed as files (a source checkout, a wheel installed by pip or pipx: every install but a zipped one), the
package's folder is what `importlib.resources.files` gives and `as_file` hands back as it is, so it is taken
from this module's own path, without importing importlib.resources (with tempfile, zipfile and the rest under
it: about 5 ms of every cold build); from a zipped package, through importlib.resources as before.
"""

from __future__ import annotations

import atexit
import os
from contextlib import ExitStack
from functools import cache
from pathlib import Path

_KEPT = ExitStack()
atexit.register(_KEPT.close)

_PACKAGE = Path(__file__).parent if os.path.isfile(__file__) else None
"""deckgen's folder when it is installed as files (what importlib.resources.files("deckgen") is then); None from a zip."""


@cache
def shipped(*parts: str) -> Path:
    """The file or folder `parts` of the package (`shipped("assets", "fonts")`), as a path on disk."""
    if _PACKAGE is not None:
        return _PACKAGE.joinpath(*parts)
    from importlib import resources

    return _KEPT.enter_context(resources.as_file(resources.files("deckgen").joinpath(*parts)))
