"""Which slides two builds of a deck share: one digest per slide, of the slide and every part it uses.

Watch compares two builds with it (which slides an edit changed); the preview, the deck its pictures show
with the deck it is asked to draw (which pages to rasterise again).
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import zipfile
from xml.etree import ElementTree

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"


def slide_digests(deck: bytes) -> tuple[str, ...]:
    """One digest per slide, in order, of the slide and every part it uses (pictures, charts, notes, layout,
    master, theme): equal digests, equal slides. Builds are deterministic, so this compares two builds."""
    with zipfile.ZipFile(io.BytesIO(deck)) as package:
        names = set(package.namelist())
        memo: dict[str, str] = {}

        def targets(part: str) -> list[tuple[str, str]]:
            folder, name = posixpath.split(part)
            rels = posixpath.join(folder, "_rels", f"{name}.rels")
            if rels not in names:
                return []
            found = []
            for rel in ElementTree.fromstring(package.read(rels)):
                if rel.get("TargetMode") != "External":
                    target = posixpath.normpath(posixpath.join(folder, rel.get("Target", "")))
                    found.append((rel.get("Id", ""), target))
            return sorted(found)

        def digest(part: str, stack: tuple[str, ...]) -> str:
            if part in memo:
                return memo[part]
            if part in stack or part not in names:
                return "-"
            hashed = hashlib.sha256(package.read(part))
            for rid, target in targets(part):
                hashed.update(f"{rid}={digest(target, (*stack, part))};".encode())
            memo[part] = hashed.hexdigest()
            return memo[part]

        rels = dict(targets("ppt/presentation.xml"))
        order = ElementTree.fromstring(package.read("ppt/presentation.xml")).iter(f"{_P}sldId")
        return tuple(digest(rels[slide.get(f"{_R}id", "")], ()) for slide in order)
