"""Templates no one here made, and files that are no template at all, made at test time (issue 12, item 7).

The four templates:

- **pandoc's reference document** (`pandoc --print-default-data-file reference.pptx`): 16:9 at 720 × 405 pt, one
  master, the eleven layouts PowerPoint names in English, four example slides. The placeholders a user edits
  in PowerPoint: `ctrTitle`/`subTitle`, `obj` bodies with an idx, footers inheriting their place from the master.
- **Vintage** (LibreOffice Impress, 4:3, 793.75 × 595.25 pt). Of the 23 `.otp` files of Debian's
  libreoffice-common, 21 are 16:9 and 2 are 4:3 (Vintage, Nature_Illustration). Vintage is the harder one:
  4 masters, each a full-slide paper picture (a `p:pic` in the master's shape tree, not a background fill)
  and its own theme part; every one of its 48 layouts puts the title in the middle of the slide
  (y = 249 pt) and the body in a short band under it (698 × 159 pt), whatever its master says (masters 2 to 4
  put their own title at the top): the least room for text of the 23. Its runs say Times New Roman in a theme
  whose fonts are Arial. Nature_Illustration's layouts are roomy (714 × 382 pt) with a background fill:
  much like pandoc's.
- **Focus** (LibreOffice Impress, 16:9, 793.75 × 446.5 pt): 4 masters drawn with vector shapes (coloured
  triangles in the corners, which the body area overlaps), no picture at all; its first master lists the
  date, footer and number placeholders before the title; the body is 680 × 283 pt. Chosen over Blue_Curve
  (2 masters, a title box 38 pt tall) for its four masters and its drawn art, unlike both others.
- **python-pptx's default template with French layout names** (« Diapositive de titre », « Titre et
  contenu »…, the names French PowerPoint writes), its theme named « Thème Office », saved as a **.potx**:
  4:3 at 720 × 540 pt, the main part's content type that of a template. python-pptx itself refuses a .potx
  (« not a PowerPoint file »): `open_presentation` reads one by telling it the presentation's content type.

What LibreOffice's templates bring that the others do not (found surveying all 23): masters with no name
(`p:cSld` without `@name`) and themes all named « Office Theme » with Office 2007's colours; 12 layouts per
master, so each layout name stands once per master (Vintage has four « Title, Content »); body placeholders
written `<p:ph/>` — no type (so `obj`) and no idx (so 0, the title's idx too), two of them alike on
« Title, 2 Content »; footer, date and number placeholders with an empty `p:spPr` (no `a:xfrm`: placed by the
master); and, as `../shared/ooxml/check.py` sees them before deckgen touches them, `a:buSzPct` values written
as integers (`45000`, as PowerPoint writes them, where the ISO schema wants `45%`) and duplicate shape ids in
masters (the group's id 1 given to a placeholder too). Freshes comes out 793.5 × 446.38 pt, not quite 16:9.

The broken files (`BROKEN`): each is what a user could hand `--template` by mistake, and each must get a plain
message naming the file, exit 1.
"""

from __future__ import annotations

import io
import os
import shutil
import struct
import subprocess
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from lxml import etree
from pptx import Presentation
from pptx.presentation import Presentation as PresentationObject

EMU_PER_POINT = 12700
PRESENTATION_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
CONTENT_TYPES = "[Content_Types].xml"
BOMB_SIZE = 300 * 2**20
"""What the decompression bomb's part inflates to: over the 256 MiB no template needs."""
PASSWORD = "deckgen"

ENGLISH_LAYOUTS = (
    "Title Slide", "Title and Content", "Section Header", "Two Content", "Comparison", "Title Only", "Blank",
    "Content with Caption", "Picture with Caption", "Title and Vertical Text", "Vertical Title and Text",
)
"""python-pptx's default template and pandoc's reference document: the same eleven layouts, in this order."""
FRENCH_LAYOUTS = (
    "Diapositive de titre", "Titre et contenu", "Titre de section", "Deux contenus", "Comparaison", "Titre seul",
    "Vide", "Contenu avec légende", "Image avec légende", "Titre et texte vertical", "Titre vertical et texte",
)
"""What French PowerPoint names the same eleven."""
IMPRESS_LAYOUTS = (
    "Blank Slide", "Title Slide", "Title, Content", "Title, 2 Content", "Title Only", "Centered Text",
    "Title, 2 Content and Content", "Title Content and 2 Content", "Title, 2 Content over Content",
    "Title, Content over Content", "Title, 4 Content", "Title, 6 Content",
)
"""The twelve layouts LibreOffice writes for each master of an Impress template."""


@dataclass(frozen=True)
class TemplateSpec:
    """A template to build on, and what it is known to hold (the fixture tests check it still does)."""

    name: str  # the test id
    file_name: str
    needs: str | None  # "pandoc", "soffice" or None: the program that makes it
    width: float  # points
    height: float
    masters: int
    layouts: tuple[str, ...]  # every layout's name, master by master
    content_type: str = PRESENTATION_MAIN


TEMPLATES = (
    TemplateSpec("pandoc", "pandoc-reference.pptx", "pandoc", 720.0, 405.0, 1, ENGLISH_LAYOUTS),
    TemplateSpec("vintage", "Vintage.pptx", "soffice", 793.75, 595.25, 4, IMPRESS_LAYOUTS * 4),
    TemplateSpec("focus", "Focus.pptx", "soffice", 793.75, 446.5, 4, IMPRESS_LAYOUTS * 4),
    TemplateSpec("french-potx", "modele-francais.potx", None, 720.0, 540.0, 1, FRENCH_LAYOUTS, TEMPLATE_MAIN),
)
IMPRESS = {"vintage": "Vintage", "focus": "Focus"}
"""The Impress templates used, by test id: the `.otp` files' names."""


# ---------------------------------------------------------------------------------------------------------------
# Reading


def content_types(data: bytes) -> dict[str, str]:
    """Part name → content type, from a package's `[Content_Types].xml` (overrides only)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read(CONTENT_TYPES))
    return {o.get("PartName"): o.get("ContentType") for o in root if o.get("PartName")}


def open_presentation(path: Path) -> PresentationObject:
    """python-pptx's view of a .pptx or a .potx (told it is a presentation, which it refuses to open otherwise)."""
    data = path.read_bytes()
    if TEMPLATE_MAIN.encode() in _member(data, CONTENT_TYPES):
        data = _rewritten(data, {CONTENT_TYPES: lambda xml: xml.replace(TEMPLATE_MAIN.encode(), PRESENTATION_MAIN.encode())})
    return Presentation(io.BytesIO(data))


def _member(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read(name)


def _rewritten(data: bytes, changes: dict[str, Callable[[bytes], bytes]], drop: tuple[str, ...] = ()) -> bytes:
    """The package with some members' bytes changed and others left out, the rest as they were, in order."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename in drop:
                continue
            content = source.read(info)
            target.writestr(info.filename, changes.get(info.filename, lambda same: same)(content))
    return out.getvalue()


# ---------------------------------------------------------------------------------------------------------------
# The templates


def pandoc_reference(pandoc: str, into: Path) -> Path:
    target = into / "pandoc-reference.pptx"
    subprocess.run([pandoc, "-o", str(target), "--print-default-data-file", "reference.pptx"], check=True, capture_output=True, timeout=120)
    return target


def impress_folder(soffice: str) -> Path:
    """Where LibreOffice keeps its Impress templates: beside its program folder (Debian:
    /usr/lib/libreoffice/share/template/common/presnt/, from libreoffice-common)."""
    return Path(os.path.realpath(soffice)).parents[1] / "share" / "template" / "common" / "presnt"


def soffice_convert(soffice: str, to: str, sources: list[Path], into: Path) -> list[Path]:
    """LibreOffice's `--convert-to` of each source into `into`, with a private profile (so it runs beside a
    LibreOffice open on the desktop)."""
    profile = into / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", to, "--outdir", str(into), *map(str, sources)],
        check=True, capture_output=True, timeout=300,
    )
    made = [into / f"{source.stem}.{to}" for source in sources]
    missing = [path.name for path in made if not path.is_file()]
    assert not missing, f"LibreOffice wrote no {', '.join(missing)}"
    return made


def impress_templates(soffice: str, into: Path) -> dict[str, Path]:
    """The Impress templates used, saved as .pptx (both in one run of LibreOffice), by test id."""
    folder = impress_folder(soffice)
    sources = [folder / f"{otp}.otp" for otp in IMPRESS.values()]
    absent = [str(source) for source in sources if not source.is_file()]
    assert not absent, f"LibreOffice's Impress templates are not where expected: {', '.join(absent)} (Debian: libreoffice-common)"
    made = soffice_convert(soffice, "pptx", sources, into)
    return dict(zip(IMPRESS, made))


def french_potx(into: Path) -> Path:
    """python-pptx's default template, its layouts and theme named as French PowerPoint names them, as a .potx."""
    presentation = Presentation()
    for layout, name in zip(presentation.slide_layouts, FRENCH_LAYOUTS, strict=True):
        layout.name = name
    buffer = io.BytesIO()
    presentation.save(buffer)
    theme = _theme_part_name(buffer.getvalue())
    target = into / "modele-francais.potx"
    target.write_bytes(
        _rewritten(
            buffer.getvalue(),
            {
                CONTENT_TYPES: lambda xml: xml.replace(PRESENTATION_MAIN.encode(), TEMPLATE_MAIN.encode()),
                theme: lambda xml: xml.replace(b'name="Office Theme"', 'name="Thème Office"'.encode()),
            },
        )
    )
    return target


def _theme_part_name(data: bytes) -> str:
    theme = "application/vnd.openxmlformats-officedocument.theme+xml"
    return next(name.lstrip("/") for name, kind in content_types(data).items() if kind == theme)


# ---------------------------------------------------------------------------------------------------------------
# Files that are no template


def _default_pptx() -> bytes:
    buffer = io.BytesIO()
    Presentation().save(buffer)
    return buffer.getvalue()


def not_a_zip(into: Path) -> Path:
    target = into / "not-a-zip.pptx"
    target.write_text("Notes for the talk, saved under the wrong name.\n", encoding="utf-8")
    return target


def legacy_ppt(soffice: str, into: Path) -> Path:
    """A deck of one slide saved by LibreOffice as PowerPoint 97-2003 (an OLE compound file whose main stream
    is « PowerPoint Document »)."""
    folder = into / "legacy"
    folder.mkdir(exist_ok=True)
    presentation = Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])
    slide.shapes.title.text = "Programme"
    slide.placeholders[1].text = "9h30 Accueil\n10h Grands témoins"
    presentation.save(str(folder / "programme.pptx"))
    (made,) = soffice_convert(soffice, "ppt", [folder / "programme.pptx"], folder)
    return Path(shutil.move(made, into / "legacy.ppt"))


def password_protected(into: Path) -> Path:
    """python-pptx's default deck encrypted with a password, as PowerPoint does it: an OLE compound file holding
    `EncryptionInfo` and `EncryptedPackage`. Encrypted by msoffcrypto-tool where it is installed; otherwise a
    compound file of the same two streams, the package in it only pretending to be encrypted."""
    target = into / "password.pptx"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # cryptography's deprecations, which pytest would turn into errors
            from msoffcrypto.format.ooxml import OOXMLFile

            out = io.BytesIO()
            OOXMLFile(io.BytesIO(_default_pptx())).encrypt(PASSWORD, out)
        target.write_bytes(out.getvalue())
    except ImportError:
        target.write_bytes(compound_file({"EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00", "EncryptedPackage": _default_pptx()}))
    return target


def truncated(into: Path) -> Path:
    """The first half of a deck's bytes, as an interrupted copy leaves it: no central directory."""
    data = _default_pptx()
    target = into / "truncated.pptx"
    target.write_bytes(data[: len(data) // 2])
    return target


def no_presentation_part(into: Path) -> Path:
    """A zip, even an Office package (a Word document renamed), with no presentation part."""
    target = into / "no-presentation.pptx"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            CONTENT_TYPES,
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        package.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
        )
        package.writestr(
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body><w:p><w:r><w:t>Programme de la journée</w:t></w:r></w:p></w:body></w:document>",
        )
    return target


def no_title_placeholder(into: Path) -> Path:
    """python-pptx's default template with every title placeholder taken off its master and its layouts."""
    presentation = Presentation()
    for master in presentation.slide_masters:
        for part in (master, *master.slide_layouts):
            for shape in list(part.placeholders):
                if shape.placeholder_format.type is not None and shape.placeholder_format.type.name in ("TITLE", "CENTER_TITLE"):
                    shape._element.getparent().remove(shape._element)
    target = into / "no-title.pptx"
    presentation.save(str(target))
    return target


def decompression_bomb(into: Path) -> Path:
    """python-pptx's default deck whose presentation part inflates to 300 MiB: well-formed XML all the same
    (spaces after its declaration), a megabyte or so in the zip. Honest sizes in the zip's directory."""
    data = _default_pptx()
    target = into / "bomb.pptx"
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as bomb:
        for info in source.infolist():
            content = source.read(info)
            if info.filename != "ppt/presentation.xml":
                bomb.writestr(info.filename, content)
                continue
            declaration, rest = content.split(b"?>", 1)
            with bomb.open(info.filename, "w") as part:  # deflated, as the zip file says
                part.write(declaration + b"?>")
                spaces = b" " * 2**20
                for _ in range(BOMB_SIZE // len(spaces)):
                    part.write(spaces)
                part.write(rest)
    return target


@dataclass(frozen=True)
class BrokenSpec:
    name: str  # the test id
    file_name: str
    needs: str | None  # "soffice" or None


BROKEN = (
    BrokenSpec("not-a-zip", "not-a-zip.pptx", None),
    BrokenSpec("legacy-ppt", "legacy.ppt", "soffice"),
    BrokenSpec("password", "password.pptx", None),
    BrokenSpec("truncated", "truncated.pptx", None),
    BrokenSpec("no-presentation", "no-presentation.pptx", None),
    BrokenSpec("no-title", "no-title.pptx", None),
    BrokenSpec("bomb", "bomb.pptx", None),
)
MAKERS: dict[str, Callable[[Path], Path]] = {
    "not-a-zip": not_a_zip,
    "password": password_protected,
    "truncated": truncated,
    "no-presentation": no_presentation_part,
    "no-title": no_title_placeholder,
    "bomb": decompression_bomb,
}
"""How each broken file that needs no other program is made (the legacy .ppt needs LibreOffice)."""


# ---------------------------------------------------------------------------------------------------------------
# An OLE compound file, for the password-protected stand-in where msoffcrypto-tool is not installed


OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")
SECTOR = 512
FREE, END_OF_CHAIN, FAT_SECTOR = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
MINI_CUTOFF = 4096


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A version 3 compound file holding `streams` in its root storage. Each stream is padded to the mini-stream
    cutoff at least, so that every one lives in regular sectors (no mini stream to write)."""
    padded = {name: data.ljust(MINI_CUTOFF, b"\0") for name, data in streams.items()}
    chains: list[tuple[int, int]] = []  # (first sector, sector count) of each stream, then the directory
    sector = 0
    for data in padded.values():
        count = -(-len(data) // SECTOR)
        chains.append((sector, count))
        sector += count
    directory_entries = 1 + len(padded)
    directory_sectors = -(-directory_entries * 128 // SECTOR)
    chains.append((sector, directory_sectors))
    sector += directory_sectors
    fat_sectors = 1
    while fat_sectors * (SECTOR // 4) < sector + fat_sectors:
        fat_sectors += 1
    assert fat_sectors <= 109, "a stand-in this large needs DIFAT sectors"
    fat = [FREE] * (fat_sectors * SECTOR // 4)
    for first, count in chains:
        for index in range(first, first + count):
            fat[index] = index + 1 if index < first + count - 1 else END_OF_CHAIN
    for index in range(sector, sector + fat_sectors):
        fat[index] = FAT_SECTOR
    difat = list(range(sector, sector + fat_sectors)) + [FREE] * (109 - fat_sectors)
    header = (
        OLE_MAGIC + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, fat_sectors, chains[-1][0], 0, MINI_CUTOFF, END_OF_CHAIN, 0, END_OF_CHAIN, 0)
        + struct.pack("<109I", *difat)
    )
    names = list(padded)
    entries = [_directory_entry("Root Entry", 5, END_OF_CHAIN, 0, child=1 if names else FREE)]
    for index, name in enumerate(names):
        first, _ = chains[index]
        right = index + 2 if index + 1 < len(names) else FREE  # a degenerate tree: each entry's right sibling
        entries.append(_directory_entry(name, 2, first, len(padded[name]), right=right))
    directory = b"".join(entries).ljust(directory_sectors * SECTOR, b"\0")
    body = b"".join(data.ljust(-(-len(data) // SECTOR) * SECTOR, b"\0") for data in padded.values())
    return header + body + directory + struct.pack(f"<{len(fat)}I", *fat)


def _directory_entry(name: str, kind: int, start: int, size: int, *, child: int = FREE, right: int = FREE) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    return (
        encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
        + struct.pack("<III", FREE, right, child) + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
        + struct.pack("<IQ", start, size)
    )
