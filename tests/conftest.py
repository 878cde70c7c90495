"""Shared fixtures: the repository's paths, the reference deck built once per session, real clients."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# The suite speaks English whatever the machine's language: deckgen reads the language as GNU gettext does
# (deckgen/i18n.py), and these assertions are written in English. Set before deckgen is imported, so the
# first message picks English, and inherited by every subprocess; a test that wants French says so.
os.environ["LANG"] = "C.UTF-8"
for _variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_variable, None)

from deckgen import brand, i18n  # noqa: E402
from deckgen.build import BuildResult, build_deck  # noqa: E402

from paths import REFERENCE, SHARED  # noqa: E402


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """A test that makes deckgen speak another language leaves it speaking English."""
    yield
    if i18n.language() != "en":
        i18n.set_language("en")

# The suite asserts English messages: the `deckgen` commands it runs in subprocesses speak the system's
# language, so make that English whatever the machine's (tests of French set it themselves).
for _variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_variable, None)
os.environ["LANG"] = "C.UTF-8"


@pytest.fixture(autouse=True)
def shipped_brands_only() -> Iterator[None]:
    """A command run with --assets (or DECKGEN_ASSETS, which the command line reads as --assets) chooses the
    folder of brands for the rest of the process: the next test in this worker starts without it."""
    yield
    brand.use_assets(None)


def _required(variable: str) -> bool:
    return os.environ.get(variable) == "1" or os.environ.get("CI") == "true"


@pytest.fixture(scope="session")
def reference_deck(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The reference event, built once for every test that reads the file."""
    output = tmp_path_factory.mktemp("reference") / "narbonne-2025.pptx"
    return build_deck(REFERENCE, output)


@pytest.fixture(scope="session")
def soffice() -> str:
    """LibreOffice's executable; the test skips where it is absent, unless DECKGEN_REQUIRE_LIBREOFFICE=1."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None or shutil.which("pdftotext") is None:
        if _required("DECKGEN_REQUIRE_LIBREOFFICE"):
            pytest.fail("LibreOffice and poppler are required here (DECKGEN_REQUIRE_LIBREOFFICE=1) but not installed")
        pytest.skip("LibreOffice (soffice) or poppler (pdftotext) is not installed")
    return found


@pytest.fixture(scope="session")
def shared() -> Path:
    """The project's shared/ folder (the seed, the OOXML checker), beside the repository."""
    if not (SHARED / "seed").is_dir():
        if _required("DECKGEN_REQUIRE_SHARED"):
            pytest.fail(f"shared/ is required here but {SHARED} has no seed/")
        pytest.skip(f"no shared/ folder at {SHARED}")
    return SHARED
