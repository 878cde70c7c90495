"""Preview: a built deck → a PDF (LibreOffice), one PNG per slide (poppler), and a contact sheet (Pillow).

LibreOffice runs headless with a private profile, so it works while a desktop LibreOffice is open and
never touches the user's settings.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from msgspec import Struct
from PIL import Image, ImageDraw, ImageFont

from .brand import ASSETS
from .errors import DeckError, Problem
from .i18n import N_, _
from .slides import slide_digests, slides_alone

if TYPE_CHECKING:
    from .office import Office

INSTALL_HINT = N_(
    "install it, then run the command again:\n"
    "  Debian/Ubuntu: sudo apt-get install libreoffice-impress poppler-utils fonts-liberation2\n"
    "  macOS:         brew install --cask libreoffice && brew install poppler\n"
    "  Windows:       winget install TheDocumentFoundation.LibreOffice  (and poppler: conda install -c conda-forge poppler)"
)
CONVERT_TIMEOUT = 300  # seconds; a 40-slide deck takes about 3 s here


class PreviewError(DeckError):
    """LibreOffice or poppler is missing, or failed on the deck."""


class Preview(Struct, frozen=True):
    pdf: Path
    slides: tuple[Path, ...]
    sheet: Path
    redrawn: tuple[int, ...] | None = None  # the slides drawn again (from 1); None: every slide


Progress = Callable[[str], None]


def _tool(*names: str, what: str) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    raise PreviewError(_("{program} is not installed; {how}").format(program=what, how=_(INSTALL_HINT)))


def soffice() -> str:
    return _tool("soffice", "libreoffice", what="LibreOffice (soffice)")


def to_pdf(deck: Path, outdir: Path, *, office: Office | None = None) -> Path:
    """The deck as LibreOffice prints it: one page per slide. By `office` (a LibreOffice kept warm) if given,
    else by the one a `deckgen watch --preview` keeps running if there is one, else by a LibreOffice started
    for this deck alone."""
    from . import office as kept

    executable = soffice()
    outdir.mkdir(parents=True, exist_ok=True)
    pdf = outdir / f"{deck.stem}.pdf"
    port = None if office is not None else kept.running_port()
    if office is not None or port is not None:
        pdf.unlink(missing_ok=True)  # what is there after the conversion is what it wrote
        try:
            if office is not None:
                office.convert(deck, pdf)
            else:
                kept.convert_with(port or 0, deck, pdf)
            return pdf
        except kept.OfficeError as error:
            if office is not None:
                raise PreviewError(kept.problem(error, deck)) from None
            # the session's LibreOffice went away meanwhile: start one for this deck, as without it
    return _cold_pdf(executable, deck, outdir)


def _cold_pdf(executable: str, deck: Path, outdir: Path) -> Path:
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


def _numbered_pngs(folder: Path, stem: str) -> tuple[Path, ...]:
    """The STEM-N.png of `folder`, by number (STEM-100.png after STEM-99.png): pdftoppm's pages, a preview's slides."""
    pattern = re.compile(rf"{re.escape(stem)}-(\d+)\.png")
    numbered = [(int(found.group(1)), path) for path in folder.glob(f"{stem}-*.png") if (found := pattern.fullmatch(path.name))]
    return tuple(path for _number, path in sorted(numbered))


def slide_pictures(outdir: Path) -> tuple[Path, ...]:
    """The slide-NN.png of a preview folder, by slide number."""
    return _numbered_pngs(outdir, "slide")


def to_pngs(pdf: Path, outdir: Path, *, dpi: int = 72) -> tuple[Path, ...]:
    """One PNG per page: slide-01.png, slide-02.png, …"""
    executable = _tool("pdftoppm", what="poppler (pdftoppm)")
    outdir.mkdir(parents=True, exist_ok=True)
    for old in outdir.glob("slide-*.png"):
        old.unlink()
    _rasterise(executable, pdf, outdir / "slide", dpi)
    pages = slide_pictures(outdir)
    # pdftoppm pads page numbers to the width of the last one it draws; rename to a fixed two digits at least.
    renamed = []
    for number, page in enumerate(pages, start=1):
        target = outdir / f"slide-{number:02d}.png"
        if page != target:
            page.rename(target)
        renamed.append(target)
    return tuple(renamed)


class _Grid(Struct, frozen=True):
    """Where each thumbnail of a contact sheet goes."""

    count: int
    height: int
    columns: int = 5
    width: int = 384
    gap: int = 16
    label: int = 22

    @classmethod
    def of(cls, slides: tuple[Path, ...], *, columns: int = 5, width: int = 384) -> _Grid:
        if not slides:
            raise PreviewError(_("no slide to put on a contact sheet"))
        with Image.open(slides[0]) as first:
            return cls(len(slides), round(width * first.height / first.width), columns, width)

    @property
    def size(self) -> tuple[int, int]:
        rows = -(-self.count // self.columns)
        return (self.columns * (self.width + self.gap) + self.gap, rows * (self.height + self.label + self.gap) + self.gap)

    def corner(self, index: int) -> tuple[int, int]:
        """The top left of the label of thumbnail `index` (from 0); the picture is `label` below."""
        return (self.gap + (index % self.columns) * (self.width + self.gap), self.gap + (index // self.columns) * (self.height + self.label + self.gap))

    def paste(self, sheet: Image.Image, index: int, path: Path) -> None:
        """Thumbnail `index` (from 0) from the slide's PNG, onto an RGB sheet."""
        x, y = self.corner(index)
        with Image.open(path) as image:
            sheet.paste(image.convert("RGB").resize((self.width, self.height), Image.Resampling.LANCZOS), (x, y + self.label))


def _save_sheet(sheet: Image.Image, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    # A palette of 256 colours keeps the sheet a quarter of the size, with no visible loss on slides.
    sheet.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(out)  # optimize=True: 0.25 s more for 3 % less
    return out


def _page_count(pdf: Path) -> int | None:
    info = shutil.which("pdfinfo")
    if info is None:
        return None
    done = subprocess.run([info, str(pdf)], capture_output=True, text=True, timeout=CONVERT_TIMEOUT)
    for line in done.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return None


def _rasterise(executable: str, pdf: Path, prefix: Path, dpi: int) -> None:
    """Every page of `pdf` as prefix-N.png: one pdftoppm per core on a share of the pages, at once."""
    pages = _page_count(pdf)
    shares = min(os.cpu_count() or 1, 4, pages or 1)
    bounds = [(1 + pages * i // shares, pages * (i + 1) // shares) for i in range(shares)] if pages else [(0, 0)]
    runs = [
        subprocess.Popen([executable, "-r", str(dpi), "-png", *(["-f", str(a), "-l", str(b)] if b else []), str(pdf), str(prefix)],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for a, b in bounds
    ]
    for run in runs:
        _, err = run.communicate(timeout=CONVERT_TIMEOUT)
        if run.returncode != 0:
            raise subprocess.CalledProcessError(run.returncode, run.args, stderr=err)


def contact_sheet(slides: tuple[Path, ...], out: Path, *, columns: int = 5, width: int = 384) -> Path:
    """All slides as numbered thumbnails in one image."""
    grid = _Grid.of(slides, columns=columns, width=width)
    sheet = Image.new("RGB", grid.size, "#E5E9EC")
    pen = ImageDraw.Draw(sheet)
    font = ImageFont.truetype(str(ASSETS / "fonts" / "LiberationSans-Bold.ttf"), 15)
    for index, path in enumerate(slides):
        grid.paste(sheet, index, path)
        x, y = grid.corner(index)
        pen.text((x, y + 2), str(index + 1), fill="#1F2933", font=font)
    return _save_sheet(sheet, out)


def patch_sheet(sheet_path: Path, slides: tuple[Path, ...], numbers: tuple[int, ...]) -> Path:
    """The contact sheet with the thumbnails of slides `numbers` (from 1) drawn again from their PNGs, the
    rest kept as they are (the new thumbnails take the sheet's palette); drawn whole when it is missing or
    not the sheet of this many slides."""
    grid = _Grid.of(slides)
    try:
        with Image.open(sheet_path) as existing:
            existing.load()
            sheet = existing if existing.size == grid.size and existing.mode == "P" else None
    except OSError:
        sheet = None
    if sheet is None:
        return contact_sheet(slides, sheet_path)
    for number in numbers:
        x, y = grid.corner(number - 1)
        with Image.open(slides[number - 1]) as image:
            thumbnail = image.convert("RGB").resize((grid.width, grid.height), Image.Resampling.LANCZOS)
        sheet.paste(thumbnail.quantize(palette=sheet, dither=Image.Dither.NONE), (x, y + grid.label))
    sheet.save(sheet_path)  # not optimize=True: a quarter of a second more for a few per cent less
    return sheet_path


def redraw_pages(pages: Path, outdir: Path, numbers: tuple[int, ...], *, dpi: int = 72) -> tuple[Path, ...]:
    """Rasterise the pages of `pages`, a PDF of slides `numbers` (from 1) in that order (splice_pages checked
    its page count), over slide-NN.png; a PNG whose bytes are the same is left untouched. Returns every
    slide-NN.png of `outdir`, in order."""
    executable = _tool("pdftoppm", what="poppler (pdftoppm)")
    with tempfile.TemporaryDirectory(dir=outdir, prefix=".drawing-") as scratch:
        prefix = Path(scratch) / "page"
        subprocess.run([executable, "-r", str(dpi), "-png", str(pages), str(prefix)], check=True, capture_output=True, timeout=CONVERT_TIMEOUT)
        drawn = _numbered_pngs(Path(scratch), "page")
        assert len(drawn) == len(numbers), "splice_pages took a PDF of as many pages as slides"
        for number, fresh in zip(numbers, drawn):
            target = outdir / f"slide-{number:02d}.png"
            if not (target.is_file() and target.read_bytes() == fresh.read_bytes()):
                fresh.replace(target)
    return slide_pictures(outdir)


def splice_pages(pdf: Path, pages: Path, numbers: tuple[int, ...], count: int) -> bool:
    """Put the pages of `pages` (a PDF of slides `numbers`, in that order) in place of those pages of `pdf`, a
    PDF of `count` pages; False, and `pdf` untouched, when it is not one. Each page is replaced in place, so
    what points at it (the outline, links) still does."""
    import pikepdf

    try:
        with pikepdf.open(pdf) as whole, pikepdf.open(pages) as changed:
            if len(whole.pages) != count or len(changed.pages) != len(numbers):
                return False
            for number, page in zip(numbers, changed.pages):
                whole.pages[number - 1].emplace(pikepdf.Page(whole.copy_foreign(page.obj)))
            temporary = pdf.with_name(f".{pdf.name}.new")
            whole.save(temporary)
    except (OSError, pikepdf.PdfError):
        return False
    temporary.replace(pdf)
    return True


PICTURED = ".pictured.json"
"""In a preview folder: the slide digests (slides.py) of the deck its pictures show, and at what resolution."""


def _pictured(outdir: Path, pdf: Path, digests: tuple[str, ...], dpi: int) -> tuple[int, ...] | None:
    """The slides whose pictures in `outdir` are not those of `digests` (from 1); None when all must be drawn
    (no record of what they show, another resolution or slide count, a picture, the PDF or the sheet missing)."""
    try:
        record = json.loads((outdir / PICTURED).read_text(encoding="utf-8"))
        shown, drawn_at = tuple(record["digests"]), record["dpi"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if drawn_at != dpi or len(shown) != len(digests) or len(slide_pictures(outdir)) != len(digests):
        return None
    if not ((outdir / "contact-sheet.png").is_file() and pdf.is_file()):
        return None
    return tuple(n for n, (old, new) in enumerate(zip(shown, digests), 1) if old != new)


LOCK = ".drawing.lock"
"""In a preview folder, while its pictures are drawn: `deckgen preview` and a `deckgen watch --preview` of the
same deck share `out/<deck>-preview/`, and one would patch pictures the other is drawing."""


def preview(deck: Path, outdir: Path, *, progress: Progress | None = None, dpi: int = 72, office: Office | None = None,
            reuse: bool = False) -> Preview:
    """PDF, PNGs and contact sheet of a built deck, in `outdir`. With `reuse`, the pictures there of the slides
    that did not change since they were drawn are kept: only the others are drawn, from a deck of them alone,
    their pages put in place in the PDF, and the contact sheet is patched. `office`: see to_pdf. Another
    process drawing in `outdir` is waited for (LOCK)."""
    from filelock import FileLock, Timeout

    say = progress or (lambda _step: None)
    outdir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(outdir / LOCK)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        say(_("another deckgen is drawing the pictures of this folder; waiting for it"))
        lock.acquire()
    try:
        return _preview(deck, outdir, say, dpi, office, reuse)
    finally:
        lock.release()


def _preview(deck: Path, outdir: Path, say: Progress, dpi: int, office: Office | None, reuse: bool) -> Preview:
    built = deck.read_bytes()
    digests = slide_digests(built)
    only = _pictured(outdir, outdir / f"{deck.stem}.pdf", digests, dpi) if reuse else None
    (outdir / PICTURED).unlink(missing_ok=True)  # until the pictures are all drawn, what they show is not known
    shown = _redraw(deck, built, outdir, only, len(digests), dpi=dpi, office=office, say=say) if only is not None else None
    if shown is None:
        shown = _draw_all(deck, outdir, dpi=dpi, office=office, say=say)
    (outdir / PICTURED).write_text(json.dumps({"digests": digests, "dpi": dpi}), encoding="utf-8")
    return shown


def _draw_all(deck: Path, outdir: Path, *, dpi: int, office: Office | None, say: Progress) -> Preview:
    say(_("rendering with LibreOffice"))
    pdf = to_pdf(deck, outdir, office=office)
    say(_("drawing the slides"))
    slides = to_pngs(pdf, outdir, dpi=dpi)
    say(_("making the contact sheet"))
    return Preview(pdf=pdf, slides=slides, sheet=contact_sheet(slides, outdir / "contact-sheet.png"))


def _redraw(deck: Path, built: bytes, outdir: Path, only: tuple[int, ...], count: int, *, dpi: int, office: Office | None,
            say: Progress) -> Preview | None:
    """The preview with slides `only` drawn again from a deck of them alone, the rest kept (_pictured found them
    there, of a deck of `count` slides); None when these slides cannot be drawn alone or the PDF there is not
    one of `count` pages."""
    pdf, sheet = outdir / f"{deck.stem}.pdf", outdir / "contact-sheet.png"
    if not only:
        return Preview(pdf=pdf, slides=slide_pictures(outdir), sheet=sheet, redrawn=())
    alone = slides_alone(built, only)
    if alone is None:
        return None
    with tempfile.TemporaryDirectory(dir=outdir, prefix=".redraw-") as scratch:
        changed = Path(scratch) / deck.name
        changed.write_bytes(alone)
        say(_("rendering with LibreOffice"))
        pages = to_pdf(changed, Path(scratch), office=office)
        if not splice_pages(pdf, pages, only, count):
            return None
        say(_("drawing the slides"))
        slides = redraw_pages(pages, outdir, only, dpi=dpi)
    say(_("making the contact sheet"))
    return Preview(pdf=pdf, slides=slides, sheet=patch_sheet(sheet, slides, only), redrawn=only)
