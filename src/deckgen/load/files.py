"""A file named with other capitals than its own: `Photos/Eric.JPG` for `photos/eric.jpg`.

Windows and macOS find it anyway (their disks ignore case by default); Linux does not, so a deck made on one
fails on the other. Said with the real name, the fix is a copy-paste.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path


def case_twin(path: Path) -> Path | None:
    """The existing file `path` names but for capitals (or the accents' encoding), or None."""
    found = Path(path.anchor) if path.is_absolute() else Path()
    for part in path.parts[1:] if path.is_absolute() else path.parts:
        candidate = found / part
        if part in (".", "..") or _exists(candidate):
            found = candidate
            continue
        twin = _same_but_case(found, part)
        if twin is None:
            return None
        found = twin
    return found if found != path and found.is_file() else None


def _same_but_case(folder: Path, name: str) -> Path | None:
    wanted = _folded(name)
    try:
        names = sorted(entry.name for entry in folder.iterdir())
    except OSError:
        return None
    return next((folder / entry for entry in names if _folded(entry) == wanted), None)


def _folded(name: str) -> str:
    # NFC first: macOS writes « é » in names as e + accent, an editor types it as one character.
    return unicodedata.normalize("NFC", name).casefold()


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return False
