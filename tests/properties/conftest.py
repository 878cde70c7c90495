"""The property tests keep hypothesis' own files (its cache of constants, its unicode tables) out of the repository.

Every test here also says `database=None`, so no example database is written anywhere. This conftest is
imported before the test modules beside it, which is before hypothesis first reaches for ./.hypothesis/.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis.configuration import set_hypothesis_home_dir

if not os.environ.get("HYPOTHESIS_STORAGE_DIRECTORY"):  # whoever sets it chose where it goes
    set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "deckgen-hypothesis")
