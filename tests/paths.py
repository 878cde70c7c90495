"""Where the repository's inputs are, for tests in any folder."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "deck" / "narbonne-2025"
SHARED = Path(os.environ.get("DECKGEN_SHARED", ROOT.parent / "shared"))
