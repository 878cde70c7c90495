"""Preview: a built deck → a PDF (LibreOffice), one PNG per slide (poppler), and a contact sheet (Pillow).

LibreOffice runs headless with a private profile, so it works while a desktop LibreOffice is open and
never touches the user's settings.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from .brand import ASSETS
from .errors import DeckError, Problem
from .i18n import N_, _

INSTALL_HINT = N_(
    "install it, then run the command again:\n"
    "  Debian/Ubuntu: sudo apt-get install libreoffice-impress poppler-utils fonts-liberation2\n"
    "  macOS:         brew install --cask libreoffice && brew install poppler\n"
    "  Windows:       winget install TheDocumentFoundation.LibreOffice  (and poppler: conda install -c conda-forge poppler)"
)
CONVERT_TIMEOUT = 300  # seconds; a 40-slide deck takes about 3 s here


class PreviewError(DeckError):
    """LibreOffice or poppler is missing, or failed on the deck."""


@dataclass(frozen=True)
class Preview:
    pdf: Path
    slides: tuple[Path, ...]
    sheet: Path


Progress = Callable[[str], None]


def _tool(*names: str, what: str) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    raise PreviewError(_("{program} is not installed; {how}").format(program=what, how=_(INSTALL_HINT)))


def soffice() -> str:
    return _tool("soffice", "libreoffice", what="LibreOffice (soffice)")


def to_pdf(deck: Path, outdir: Path) -> Path:
    """The deck as LibreOffice prints it: one page per slide."""
    executable = soffice()
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="deckgen-lo-") as profile:
        command = [
            executable, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
            "--convert-to", "pdf", "--outdir", str(outdir), str(deck),
        ]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=CONVERT_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise PreviewError(Problem(_("LibreOffice did not finish within {seconds} s").format(seconds=CONVERT_TIMEOUT), deck)) from None
        except subprocess.CalledProcessError as error:
            raise PreviewError(Problem(_("LibreOffice failed: {output}").format(output=error.stderr.decode(errors="replace").strip()[:300]), deck)) from None
    pdf = outdir / f"{deck.stem}.pdf"
    if not pdf.is_file():
        raise PreviewError(Problem(_("LibreOffice wrote no PDF for this deck"), deck))
    return pdf


def to_pngs(pdf: Path, outdir: Path, *, dpi: int = 72) -> tuple[Path, ...]:
    """One PNG per page: slide-01.png, slide-02.png, …"""
    executable = _tool("pdftoppm", what="poppler (pdftoppm)")
    outdir.mkdir(parents=True, exist_ok=True)
    for old in outdir.glob("slide-*.png"):
        old.unlink()
    subprocess.run([executable, "-r", str(dpi), "-png", str(pdf), str(outdir / "slide")], check=True, capture_output=True, timeout=CONVERT_TIMEOUT)
    pages = sorted(outdir.glob("slide-*.png"))
    # pdftoppm pads page numbers to the width of the last one; rename to a fixed two digits at least.
    renamed = []
    for number, page in enumerate(pages, start=1):
        target = outdir / f"slide-{number:02d}.png"
        if page != target:
            page.rename(target)
        renamed.append(target)
    return tuple(renamed)


def contact_sheet(slides: tuple[Path, ...], out: Path, *, columns: int = 5, width: int = 384) -> Path:
    """All slides as numbered thumbnails in one image."""
    if not slides:
        raise PreviewError(_("no slide to put on a contact sheet"))
    with Image.open(slides[0]) as first:
        height = round(width * first.height / first.width)
    gap, label = 16, 22
    rows = -(-len(slides) // columns)
    sheet = Image.new("RGB", (columns * (width + gap) + gap, rows * (height + label + gap) + gap), "#E5E9EC")
    pen = ImageDraw.Draw(sheet)
    font = ImageFont.truetype(str(ASSETS / "fonts" / "LiberationSans-Bold.ttf"), 15)
    for index, path in enumerate(slides):
        x = gap + (index % columns) * (width + gap)
        y = gap + (index // columns) * (height + label + gap)
        with Image.open(path) as image:
            sheet.paste(image.convert("RGB").resize((width, height), Image.Resampling.LANCZOS), (x, y + label))
        pen.text((x, y + 2), str(index + 1), fill="#1F2933", font=font)
    out.parent.mkdir(parents=True, exist_ok=True)
    # A palette of 256 colours keeps the sheet a quarter of the size, with no visible loss on slides.
    sheet.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(out, optimize=True)
    return out


def preview(deck: Path, outdir: Path, *, progress: Progress | None = None, dpi: int = 72) -> Preview:
    """PDF, PNGs and contact sheet of a built deck, in `outdir`."""
    say = progress or (lambda _step: None)
    say(_("rendering with LibreOffice"))
    pdf = to_pdf(deck, outdir)
    say(_("drawing the slides"))
    slides = to_pngs(pdf, outdir, dpi=dpi)
    say(_("making the contact sheet"))
    sheet = contact_sheet(slides, outdir / "contact-sheet.png")
    return Preview(pdf=pdf, slides=slides, sheet=sheet)
