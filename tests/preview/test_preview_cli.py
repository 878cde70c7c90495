"""`deckgen preview` and `deckgen build --pdf` through typer's CliRunner: what they write, and what they say
where LibreOffice is missing."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PIL import Image
from typer.testing import CliRunner

from deckgen.build import BuildResult
from deckgen.cli import app
from pdf_layout import read_layout

runner = CliRunner()

HINTS = (
    "Debian/Ubuntu: sudo apt-get install libreoffice-impress poppler-utils fonts-liberation2",
    "macOS:         brew install --cask libreoffice && brew install poppler",
    "Windows:       winget install TheDocumentFoundation.LibreOffice",
)


@pytest.fixture
def no_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("deckgen.preview.shutil.which", lambda _name: None)


@pytest.mark.libreoffice
def test_preview_writes_a_pdf_a_png_per_slide_and_a_contact_sheet(
    soffice: str, deck_folder: Path, tmp_path: Path, reference_deck: BuildResult
) -> None:
    out = tmp_path / "preview"
    result = runner.invoke(app, ["preview", str(deck_folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    slides = reference_deck.slides  # 34 today
    assert result.output.endswith(f"{out / 'narbonne-2025.pdf'}: {slides} pages; {slides} PNGs and {out / 'contact-sheet.png'} in {out}\n")

    assert len(read_layout(out / "narbonne-2025.pdf")) == slides
    pngs = sorted(out.glob("slide-*.png"))
    assert [p.name for p in pngs] == [f"slide-{n:02d}.png" for n in range(1, slides + 1)]
    for png in pngs:
        with Image.open(png) as image:
            width, height = image.size  # 13.33 × 7.5 in at 72 dpi: 16:9, give or take poppler's rounding
            assert abs(width - 960) <= 1 and abs(height - 540) <= 1

    # Five thumbnails 384 px wide (16:9) a row, each under a 22 px label, 16 px apart and around.
    with Image.open(out / "contact-sheet.png") as sheet:
        rows = math.ceil(slides / 5)
        assert sheet.size == (5 * (384 + 16) + 16, rows * (216 + 22 + 16) + 16)
        colours = sheet.convert("RGB").getcolors(maxcolors=1 << 16)
        assert colours is not None and len(colours) > 16  # slides drawn, not a blank sheet
    assert 50 * 1024 < (out / "contact-sheet.png").stat().st_size < 4 * 1024 * 1024


@pytest.mark.libreoffice
def test_build_pdf_writes_the_pdf_beside_the_deck(soffice: str, deck_folder: Path, tmp_path: Path, reference_deck: BuildResult) -> None:
    output = tmp_path / "out" / "X.pptx"
    result = runner.invoke(app, ["build", str(deck_folder), "-o", str(output), "--pdf"])
    assert result.exit_code == 0, result.output
    assert f"{output.with_suffix('.pdf')}: PDF for the presenter's backup\n" in result.output
    assert len(read_layout(output.with_suffix(".pdf"))) == reference_deck.slides
    assert sorted(p.name for p in output.parent.iterdir()) == ["X.pdf", "X.pptx"]


def test_preview_without_libreoffice_exits_1_with_how_to_install_it(no_libreoffice: None, deck_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "preview"
    result = runner.invoke(app, ["preview", str(deck_folder), "-o", str(out)])
    assert result.exit_code == 1
    assert result.output.startswith("error: LibreOffice (soffice) is not installed; install it, then run the command again:\n")
    for hint in HINTS:
        assert hint in result.output
    assert "Traceback" not in result.output
    assert not out.exists()  # said before building anything


def test_build_pdf_without_libreoffice_keeps_the_deck_and_exits_1(no_libreoffice: None, deck_folder: Path, tmp_path: Path) -> None:
    output = tmp_path / "X.pptx"
    result = runner.invoke(app, ["build", str(deck_folder), "-o", str(output), "--pdf"])
    assert result.exit_code == 1
    assert output.is_file() and not output.with_suffix(".pdf").exists()
    assert HINTS[0] in result.output


@pytest.mark.libreoffice
def test_a_second_preview_redraws_only_the_slides_changed_since_the_first(soffice: str, deck_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "preview"
    assert runner.invoke(app, ["preview", str(deck_folder), "-o", str(out)]).exit_code == 0
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.glob("slide-*.png")}
    sheet = (out / "contact-sheet.png").read_bytes()

    event = deck_folder / "event.yaml"
    event.write_text(event.read_text(encoding="utf-8").replace("venue: Palais du Travail\n", "venue: Palais du Travail et des Arts\n"), encoding="utf-8")
    result = runner.invoke(app, ["preview", str(deck_folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.glob("slide-*.png")}
    assert after.keys() == before.keys()
    assert [name for name in after if after[name] != before[name]] == ["slide-01.png"]  # the others not even rewritten
    assert (out / "contact-sheet.png").read_bytes() != sheet


@pytest.mark.libreoffice
def test_preview_draws_the_deck_on_the_template_it_is_given(soffice: str, deck_folder: Path, tmp_path: Path) -> None:
    from pptx import Presentation

    template = tmp_path / "modele.pptx"
    Presentation().save(str(template))  # python-pptx's default template: 4:3, where the brand's deck is 16:9
    out = tmp_path / "preview"
    result = runner.invoke(app, ["preview", str(deck_folder), "-o", str(out), "--template", str(template)])
    assert result.exit_code == 0, result.output
    with Image.open(out / "slide-01.png") as first:
        assert abs(first.width - 720) <= 1 and abs(first.height - 540) <= 1  # 10 × 7.5 in at 72 dpi
