"""The reference deck in real clients: LibreOffice renders it, the ECMA-376 checker finds it clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from deckgen.build import BuildResult
from paths import REFERENCE_SLIDES
from pdf_layout import Page, convert_to_pdf, off_page, overlaps, read_layout


@pytest.fixture(scope="module")
def rendered(soffice: str, reference_deck: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> list[Page]:
    pdf = convert_to_pdf(soffice, reference_deck.output, tmp_path_factory.mktemp("pdf"))
    return read_layout(pdf)


def test_libreoffice_renders_one_page_per_slide(rendered: list[Page], reference_deck: BuildResult) -> None:
    assert len(rendered) == reference_deck.slides == REFERENCE_SLIDES
    assert all(round(page.width) == 960 and round(page.height) == 540 for page in rendered)


def test_no_text_leaves_the_slide(rendered: list[Page]) -> None:
    outside = [f"slide {line.page}: {line.text!r}" for page in rendered for line in off_page(page)]
    assert not outside


def test_no_two_lines_of_text_overlap(rendered: list[Page]) -> None:
    found = [f"slide {a.page}: {a.text!r} over {b.text!r}" for page in rendered for a, b in overlaps(page)]
    assert not found


def test_no_text_under_10_points(rendered: list[Page]) -> None:
    small = [f"slide {line.page}: {line.text!r} at {line.size:.1f} pt" for page in rendered for line in page.lines if line.size < 9.9]
    assert not small


def test_ooxml_checker_finds_the_deck_clean(shared: Path, reference_deck: BuildResult) -> None:
    result = subprocess.run(
        [sys.executable, str(shared / "ooxml" / "check.py"), str(reference_deck.output)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "clean" in result.stdout
