"""The reference deck on every Impress template LibreOffice ships (`libreoffice-common`'s .otp files, 24 of
them on Debian 12, saved as .pptx by LibreOffice at test time): templates no one here looked at when the
layout rules were written, 16:9 and 4:3, with pictures, drawn shapes, gradients, dark grounds, title boxes
with fills of their own and footers that hang off the slide.

On each, the build exits 0 and the deck is clean (check.py) with no layout fault in its XML. Progress, whose
body starts below the middle of the slide, once stopped the build at the territories slide: its header now
gives way before its tiles (test_cramped_template.py). test_build_on_templates.py looks at four of them
closely, as LibreOffice draws them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from deckgen.load import load_event
from faults import find_faults, listing, read_deck
from paths import REFERENCE
from template_builds import leaks, once, run_deckgen, shared_folder
from template_files import impress_folder, soffice_convert
from test_build_on_templates import check_problems


def _impress_templates() -> list[str]:
    """The .otp files' names, read when the tests are collected (none where LibreOffice is not installed)."""
    soffice = shutil.which("soffice")
    return sorted(path.stem for path in impress_folder(soffice).glob("*.otp")) if soffice else []


NAMES = _impress_templates()


@pytest.fixture(scope="session")
def converted(soffice: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every Impress template as a .pptx, in one run of LibreOffice, once a session."""
    folder = shared_folder(tmp_path_factory, "impress-all")
    done = folder / "done"
    once(done, lambda: (soffice_convert(soffice, "pptx", sorted(impress_folder(soffice).glob("*.otp")), folder), done.touch()))
    return folder


@pytest.mark.libreoffice
@pytest.mark.parametrize("name", NAMES or [pytest.param("none", marks=pytest.mark.skip(reason="LibreOffice's templates are not installed"))])
def test_the_reference_deck_builds_clean_on_every_impress_template(name: str, converted: Path, shared: Path, tmp_path: Path) -> None:
    deck = tmp_path / f"{name}.pptx"
    run = run_deckgen("build", str(REFERENCE), "--template", str(converted / f"{name}.pptx"), "-o", str(deck))
    assert not leaks(run.output), str(run)
    assert run.returncode == 0, str(run)
    assert check_problems(deck, shared) == []
    faults = [fault for found in find_faults(read_deck(deck), None, load_event(REFERENCE)).values() for fault in found]
    assert not faults, f"{name}: {len(faults)} layout faults:\n{listing(faults)}"
