"""Templates no one here made, made at test time once a session: pandoc's reference document, LibreOffice's
Impress templates saved as pptx, a real legacy .ppt. Each skips where its maker is missing, unless the
machine is one that must have it (DECKGEN_REQUIRE_LIBREOFFICE=1, or CI)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from deckgen.render.skeleton import SKELETON_FILE

IMPRESS_TEMPLATES = Path("/usr/lib/libreoffice/share/template/common/presnt")
LIBREOFFICE_TEMPLATES = ("Vintage", "Sunset")
"""Vintage: 4:3, four masters, their backgrounds pictures; Sunset: 16:9, one master on a solid colour."""


def _required() -> bool:
    return os.environ.get("DECKGEN_REQUIRE_LIBREOFFICE") == "1" or os.environ.get("CI") == "true"


def _missing(what: str) -> None:
    if _required():
        pytest.fail(f"{what} is required here (DECKGEN_REQUIRE_LIBREOFFICE=1) but not installed")
    pytest.skip(f"{what} is not installed")


@pytest.fixture(scope="session")
def pandoc_reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """pandoc's reference.pptx: 16:9 at 720 × 405 pt, four example slides, two with notes."""
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        _missing("pandoc")
    output = tmp_path_factory.mktemp("pandoc") / "reference.pptx"
    subprocess.run([pandoc, "-o", str(output), "--print-default-data-file", "reference.pptx"], check=True, timeout=60)
    return output


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None or not IMPRESS_TEMPLATES.is_dir():
        _missing("LibreOffice (soffice) with its Impress templates")
    return found  # type: ignore[return-value]


def _convert(soffice: str, sources: list[Path], to: str, folder: Path) -> None:
    profile = folder / "lo-profile"  # a private profile: works beside a running LibreOffice, and per test worker
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", to, "--outdir", str(folder), *map(str, sources)],
        check=True,
        capture_output=True,
        timeout=240,
    )


@pytest.fixture(scope="session")
def libreoffice_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """LibreOffice's own Impress templates (.otp) as LibreOffice saves them as pptx, by name."""
    soffice = _soffice()
    folder = tmp_path_factory.mktemp("impress")
    _convert(soffice, [IMPRESS_TEMPLATES / f"{name}.otp" for name in LIBREOFFICE_TEMPLATES], "pptx", folder)
    made = {name: folder / f"{name}.pptx" for name in LIBREOFFICE_TEMPLATES}
    assert all(path.is_file() for path in made.values()), f"LibreOffice saved no pptx in {folder}"
    return made


@pytest.fixture(scope="session")
def legacy_ppt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real PowerPoint 97–2003 file (.ppt), saved by LibreOffice."""
    soffice = _soffice()
    folder = tmp_path_factory.mktemp("legacy")
    _convert(soffice, [SKELETON_FILE], "ppt", folder)
    made = folder / "skeleton.ppt"
    assert made.is_file(), f"LibreOffice saved no ppt in {folder}"
    return made
