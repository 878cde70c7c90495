"""Packages made for the tests: templates changed a little, broken ones, decks written on a template."""

from __future__ import annotations

import io
import posixpath
import struct
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from lxml import etree
from PIL import Image

from deckgen.package import Template, zipped
from deckgen.render import drawing
from deckgen.render.package import DeckPackage
from deckgen.render.skeleton import SKELETON_FILE
from deckgen.render.slide import RT_IMAGE, SlideDrawing

from paths import SHARED

CHECKER = SHARED / "ooxml" / "check.py"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def members_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def skeleton_members() -> dict[str, bytes]:
    return members_of(SKELETON_FILE.read_bytes())


def changed(data: bytes, **replaced: bytes) -> bytes:
    """The package with members replaced (keyword: the member's name, `/` written `__`, `.` written `_dot_`)."""
    members = members_of(data)
    for key, content in replaced.items():
        members[key.replace("__", "/").replace("_dot_", ".")] = content
    return zipped(members)


def as_potx(data: bytes) -> bytes:
    """The package saved as a template: its main part of the template content type, as PowerPoint saves a .potx."""
    members = members_of(data)
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"presentationml.presentation.main+xml", b"presentationml.template.main+xml"
    )
    return zipped(members)


def png(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), colour).save(out, "PNG")
    return out.getvalue()


def written(template: Template, slides: int = 3, *, notes: tuple[int, ...] = (1,), layout: str = "", created: datetime = datetime(2025, 11, 7)) -> dict[str, bytes]:
    """A deck of `slides` slides on the template, each showing one picture (two pictures in all), the slides
    in `notes` with speaker notes; on `layout` (a part name) or the template's default."""
    package = DeckPackage(template)
    for number in range(slides):
        slide = SlideDrawing(kind="bullets", notes=f"notes {number}" if number in notes else None, layout=layout)
        rel_id = slide.relate(RT_IMAGE, package.picture(png("red" if number % 2 else "blue"), "png"))
        slide.add(drawing.picture(slide.new_id(), "logo", "logo", rel_id, (10, 20, 40, 20)))
        package.add(slide)
    return package.members(title="Titre", author="Auteur", language="fr-FR", comments="made", created=created)


def relationships(members: dict[str, bytes]) -> dict[str, list[tuple[str, str, str, bool]]]:
    """Every part's relationships: source part → [(id, type, target part or address, external)]."""
    found = {}
    for name, data in members.items():
        if not name.endswith(".rels"):
            continue
        folder = posixpath.dirname(posixpath.dirname(name))
        source = posixpath.join(folder, posixpath.basename(name)[: -len(".rels")]).lstrip("/")
        rels = []
        for rel in etree.fromstring(data).iter("{*}Relationship"):
            external = rel.get("TargetMode") == "External"
            target = rel.get("Target") if external else posixpath.normpath(posixpath.join(folder, rel.get("Target")))
            rels.append((rel.get("Id"), rel.get("Type"), target, external))
        found["" if source == "" or name == "_rels/.rels" else source] = rels
    return found


def content_types(members: dict[str, bytes]) -> tuple[dict[str, str], dict[str, str]]:
    """[Content_Types].xml: (defaults by extension, overrides by part name without its slash)."""
    root = etree.fromstring(members["[Content_Types].xml"])
    defaults = {e.get("Extension"): e.get("ContentType") for e in root.iter("{*}Default")}
    overrides = {e.get("PartName").lstrip("/"): e.get("ContentType") for e in root.iter("{*}Override")}
    return defaults, overrides


def check(deck: Path) -> str:
    """What ../shared/ooxml/check.py says of the deck (its last line is « …: clean » for a clean one)."""
    done = subprocess.run([sys.executable, str(CHECKER), str(deck)], capture_output=True, text=True, timeout=120)
    return done.stdout.strip()


# -- broken files -------------------------------------------------------------------------------


def ole_file(streams: dict[str, bytes]) -> bytes:
    """A small OLE compound file (what Office keeps a password-protected package in, and what a .ppt is),
    holding the streams, each of at least 4096 bytes so that they live in regular sectors."""
    sector = 512
    end, free, fat_sector = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    data_sectors: list[bytes] = []
    entries = []
    for name, content in streams.items():
        content = content.ljust(4096, b"\0")
        start = 2 + len(data_sectors)
        chunks = [content[i : i + sector].ljust(sector, b"\0") for i in range(0, len(content), sector)]
        entries.append((name, start, len(content), len(chunks)))
        data_sectors += chunks
    fat = [fat_sector, end]  # sector 0: the FAT; sector 1: the directory
    for _, start, _, count in entries:
        fat += [start + i + 1 for i in range(count - 1)] + [end]
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat).ljust(sector, b"\xff")

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        return (
            encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1) + struct.pack("<III", free, right, child)
            + b"\0" * 16 + b"\0" * 4 + b"\0" * 16 + struct.pack("<II", start, size) + b"\0" * 4
        )  # fmt: skip

    directory = entry("Root Entry", 5, 1 if entries else free, free, end, 0)
    for index, (name, start, size, _) in enumerate(entries, start=1):
        directory += entry(name, 2, free, index + 1 if index < len(entries) else free, start, size)
    directory = directory.ljust(sector, b"\0")
    header = (
        bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0) + struct.pack("<I", 0) + b"\xff" * (109 * 4 - 4)
    )  # fmt: skip
    return header + fat_bytes + directory + b"".join(data_sectors)


def declared_bomb() -> bytes:
    """A small zip whose directory says one member unpacks to 1 GiB."""
    data = bytearray(zipped({"[Content_Types].xml": b"<Types/>", "ppt/presentation.xml": b"<p/>"}))
    central = data.rfind(b"PK\x01\x02")  # the last member's entry in the central directory
    data[central + 24 : central + 28] = struct.pack("<I", 2**30)
    return bytes(data)


def ratio_bomb() -> bytes:
    """A zip holding 8 MiB of zeros, stored in a few kilobytes."""
    return zipped({"[Content_Types].xml": b"<Types/>", "ppt/media/image1.png": bytes(8 * 2**20)})


