"""Open Packaging Conventions: a zip of parts, each with a content type and its relationships.

What a presentation package is made of, read safely from bytes nobody here made (a template sent by an
organisation) and written back deterministically. Nothing here knows what a slide is.

Reading trusts nothing in the file: not its magic (an old .ppt, a password-protected package), not its zip
directory (truncated, duplicated names), not the sizes it declares (a decompression bomb: members are read with
a cap, the total is bounded), not its XML (no DTD, no entities, no network, no huge trees).
"""

from __future__ import annotations

import io
import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import ClassVar
from urllib.parse import unquote

from lxml import etree
from msgspec import Struct

from ..errors import Problem, TemplateError
from ..i18n import N_, _
from ..records import Uncompared

# -- names -------------------------------------------------------------------------------------

RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_OFFICE_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_PACKAGE_RT = "http://schemas.openxmlformats.org/package/2006/relationships/"


class RT:
    """Relationship types."""

    OFFICE_DOCUMENT = _OFFICE_RT + "officeDocument"
    CORE_PROPERTIES = _PACKAGE_RT + "metadata/core-properties"
    EXTENDED_PROPERTIES = _OFFICE_RT + "extended-properties"
    CUSTOM_PROPERTIES = _OFFICE_RT + "custom-properties"
    THUMBNAIL = _PACKAGE_RT + "metadata/thumbnail"
    SIGNATURE = _PACKAGE_RT + "digital-signature/origin"
    SLIDE = _OFFICE_RT + "slide"
    SLIDE_LAYOUT = _OFFICE_RT + "slideLayout"
    SLIDE_MASTER = _OFFICE_RT + "slideMaster"
    NOTES_MASTER = _OFFICE_RT + "notesMaster"
    NOTES_SLIDE = _OFFICE_RT + "notesSlide"
    HANDOUT_MASTER = _OFFICE_RT + "handoutMaster"
    THEME = _OFFICE_RT + "theme"
    IMAGE = _OFFICE_RT + "image"
    CHART = _OFFICE_RT + "chart"
    PACKAGE = _OFFICE_RT + "package"
    HYPERLINK = _OFFICE_RT + "hyperlink"
    CUSTOM_XML = _OFFICE_RT + "customXml"
    VBA_PROJECT = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"


_CT = "application/vnd.openxmlformats-officedocument."


class CT:
    """Content types."""

    PRESENTATION = _CT + "presentationml.presentation.main+xml"
    MAIN_PARTS = (
        PRESENTATION,
        _CT + "presentationml.template.main+xml",  # .potx
        _CT + "presentationml.slideshow.main+xml",  # .ppsx
        "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml",  # .pptm
        "application/vnd.ms-powerpoint.template.macroEnabled.main+xml",  # .potm
        "application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml",  # .ppsm
    )
    """The main parts of the presentations a deck can be made from; the deck's is always PRESENTATION."""
    SLIDE = _CT + "presentationml.slide+xml"
    NOTES_SLIDE = _CT + "presentationml.notesSlide+xml"
    NOTES_MASTER = _CT + "presentationml.notesMaster+xml"
    THEME = _CT + "theme+xml"
    CHART = _CT + "drawingml.chart+xml"
    CORE_PROPERTIES = "application/vnd.openxmlformats-package.core-properties+xml"
    EXTENDED_PROPERTIES = _CT + "extended-properties+xml"
    RELATIONSHIPS = "application/vnd.openxmlformats-package.relationships+xml"
    XML = "application/xml"


DEFAULT_TYPES = {
    "bin": _CT + "presentationml.printerSettings",
    "bmp": "image/bmp",
    "emf": "image/x-emf",
    "gif": "image/gif",
    "jpeg": "image/jpeg",
    "jpg": "image/jpeg",
    "png": "image/png",
    "rels": CT.RELATIONSHIPS,
    "tif": "image/tiff",
    "tiff": "image/tiff",
    "wmf": "image/x-wmf",
    "xlsx": _CT + "spreadsheetml.sheet",
    "xml": CT.XML,
}
"""The extensions whose content type a package declares once, by extension, when its parts have that type
(python-pptx's `default_content_types` for these extensions; a test checks them against it). Every other part
is declared by name."""

ROOT_RELS = "_rels/.rels"
CONTENT_TYPES = "[Content_Types].xml"


def rels_name(part: str) -> str:
    """The name of a part's relationships: ppt/slides/slide1.xml → ppt/slides/_rels/slide1.xml.rels."""
    folder, _, leaf = part.rpartition("/")
    return f"{folder}/_rels/{leaf}.rels" if folder else f"_rels/{leaf}.rels"


def relative(source: str, target: str) -> str:
    """The target's name as written in the source's relationships: relative to the source's folder
    (ppt/slides/slide1.xml → ../slideLayouts/slideLayout6.xml). Both are part names, without `.`, `..` or a
    leading slash (posixpath.relpath would ask the file system where it is: 30 µs a relationship)."""
    folder, up = source.rpartition("/")[0], 0
    while folder and not target.startswith(folder + "/"):
        folder, up = folder.rpartition("/")[0], up + 1
    return "../" * up + (target[len(folder) + 1 :] if folder else target)


# -- parts -------------------------------------------------------------------------------------


class Relationship(Struct, frozen=True):
    """One relationship of a part: to another part, by its name in the package, or out of the package."""

    rid: str
    type: str
    target: str  # a part's name ("ppt/slideLayouts/slideLayout2.xml"), or the address when external
    external: bool = False


class Part(Uncompared, frozen=True):
    """A part: its name in the package (no leading slash), content type, bytes and relationships."""

    uncompared: ClassVar[frozenset[str]] = frozenset({"rels_data"})
    name: str
    content_type: str
    data: bytes
    rels: tuple[Relationship, ...] = ()
    rels_data: bytes | None = None  # the .rels as read, while unchanged: not compared

    def related(self, kind: str) -> list[Relationship]:
        return [rel for rel in self.rels if rel.type == kind and not rel.external]


class Package(Struct, frozen=True):
    """The parts of a package by name, in the order of a walk of its relationships from the root's."""

    root: tuple[Relationship, ...]
    parts: Mapping[str, Part]

    def main(self, kind: str) -> Part | None:
        """The part the root relates to with that type (the presentation, the core properties…)."""
        for rel in self.root:
            if rel.type == kind and not rel.external and rel.target in self.parts:
                return self.parts[rel.target]
        return None


def walk(root: Iterable[Relationship], parts: Mapping[str, Part]) -> Iterator[str]:
    """The names of the parts reached from the root's relationships, depth first, each once, in relationship
    order: the order python-pptx saves a package in. Relationships to parts that are not there are skipped."""
    seen: set[str] = set()
    stack: list[Iterator[Relationship]] = [iter(root)]
    while stack:
        rel = next(stack[-1], None)
        if rel is None:
            stack.pop()
            continue
        if rel.external or rel.target in seen or rel.target not in parts:
            continue
        seen.add(rel.target)
        yield rel.target
        stack.append(iter(parts[rel.target].rels))


# -- XML ---------------------------------------------------------------------------------------

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False, remove_blank_text=False)


def parse(data: bytes, name: str, source: Path | None = None, *, parser: etree.XMLParser = _PARSER) -> etree._Element:
    """A part's XML: well-formed, without a document type (no part of a package has one, and a DTD is how
    entity bombs and external fetches get in), else a TemplateError naming the part."""
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        said = _("the template's part {part} is not well-formed XML ({error}); save the template again")
        raise TemplateError(Problem(said.format(part=name, error=error.msg), source)) from None
    if root.getroottree().docinfo.doctype:
        said = _("the template's part {part} declares a document type, which no presentation part does; save the template again")
        raise TemplateError(Problem(said.format(part=name), source))
    return root


def serialise(root: etree._Element) -> bytes:
    """A part's XML as python-pptx writes it: UTF-8, standalone, the declaration on its own line."""
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


_ATTRIBUTE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})
_SPECIAL = re.compile('[&<>"\n\r\t]')


def _attribute(value: str) -> str:
    """An attribute's value escaped as lxml escapes it (most need nothing)."""
    return value.translate(_ATTRIBUTE) if _SPECIAL.search(value) else value


def relationships_xml(source: str, rels: Iterable[Relationship]) -> bytes:
    """The `.rels` part of the part named `source` (or of the package, for ROOT_RELS), as lxml would write it.

    Made as text, each value escaped as lxml escapes an attribute: a deck has one for each of its slides,
    notes and charts, and building a tree for each costs four times as much (40 ms for 1000 slides)."""
    owner = "" if source == ROOT_RELS else source
    body = []
    for rel in rels:
        target = rel.target if rel.external else relative(owner, rel.target)
        mode = ' TargetMode="External"' if rel.external else ""
        body.append(f'<Relationship Id="{_attribute(rel.rid)}" Type="{_attribute(rel.type)}" Target="{_attribute(target)}"{mode}/>')
    return f'{_DECLARATION}<Relationships xmlns="{RELATIONSHIPS_NS}">{"".join(body)}</Relationships>'.encode("utf-8")


_DECLARATION = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"


def content_types_xml(types: Mapping[str, str]) -> bytes:
    """[Content_Types].xml for the parts (name → content type): a default by extension where the extension's
    usual type is the parts' (DEFAULT_TYPES), an override by name for every other part."""
    defaults = {"rels": CT.RELATIONSHIPS, "xml": CT.XML}
    overrides: dict[str, str] = {}
    for name, kind in types.items():
        extension = name.rpartition(".")[2].lower()
        if DEFAULT_TYPES.get(extension) == kind and defaults.get(extension, kind) == kind:
            defaults[extension] = kind
        else:
            overrides["/" + name] = kind
    root = etree.Element(f"{{{CONTENT_TYPES_NS}}}Types", nsmap={None: CONTENT_TYPES_NS})
    for extension, kind in sorted(defaults.items()):
        etree.SubElement(root, f"{{{CONTENT_TYPES_NS}}}Default", Extension=extension, ContentType=kind)
    for name, kind in sorted(overrides.items()):
        etree.SubElement(root, f"{{{CONTENT_TYPES_NS}}}Override", PartName=name, ContentType=kind)
    return serialise(root)


# -- the zip -----------------------------------------------------------------------------------

_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def zipped(members: Mapping[str, bytes]) -> bytes:
    """A zip of the members in their order, each deflated, dated 1980-01-01 and readable by all (0644):
    the same members give the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for name, content in members.items():
            entry = zipfile.ZipInfo(name, date_time=_ZIP_EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, content)
    return out.getvalue()


MAX_MEMBERS = 10_000
"""More files than any presentation holds (a template with 48 layouts has about 200)."""
MAX_TOTAL = 256 * 1024 * 1024
"""What a template may unpack to, in all."""
MAX_RATIO = 200
"""How much smaller than itself a large member may be stored: XML deflates about 10 to 1, a blank bitmap
some hundreds to 1, a decompression bomb thousands to 1."""
_RATIO_FROM = 4 * 1024 * 1024  # members smaller than this are not judged by their ratio

_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_DAMAGED = N_("the template is damaged or truncated (its zip archive cannot be read); save it again from PowerPoint or LibreOffice")


def unzip(data: bytes, source: Path | None = None) -> dict[str, bytes]:
    """The members of a zip, by name, in their order, read with every limit above; a TemplateError naming the
    file for what is not a zip, an old or a protected PowerPoint file, a damaged archive or a bomb."""
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTED in data:
            raise TemplateError(Problem(_("the template is protected by a password; save a copy without password"), source))
        raise TemplateError(Problem(_("the template is an old PowerPoint file (.ppt); open it in PowerPoint or LibreOffice and save it as .pptx"), source))
    if not data.startswith(b"PK"):
        raise TemplateError(Problem(_("the template is not a PowerPoint file (.pptx or .potx): it is not even a zip archive"), source))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = [info for info in archive.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, NotImplementedError, struct.error):
        raise TemplateError(Problem(_(_DAMAGED), source)) from None
    if len(infos) > MAX_MEMBERS:
        said = _("the template holds {count} files, more than any presentation ({most}); refused")
        raise TemplateError(Problem(said.format(count=len(infos), most=MAX_MEMBERS), source))
    declared = sum(info.file_size for info in infos)
    if declared > MAX_TOTAL:
        said = _("the template would unpack to {size} MiB, more than {most} MiB; refused as a possible decompression bomb")
        raise TemplateError(Problem(said.format(size=declared // 2**20, most=MAX_TOTAL // 2**20), source))
    for info in infos:
        if info.file_size > _RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            said = _("the template's {member} is compressed {ratio} to 1; refused as a possible decompression bomb")
            raise TemplateError(Problem(said.format(member=info.filename, ratio=info.file_size // max(info.compress_size, 1)), source))
    members: dict[str, bytes] = {}
    total = 0
    for info in infos:
        if info.filename in members:
            said = _("the template's zip archive holds {member} twice; save it again from PowerPoint or LibreOffice")
            raise TemplateError(Problem(said.format(member=info.filename), source))
        members[info.filename] = content = _read(archive, info, MAX_TOTAL - total, source)
        total += len(content)
    return members


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, room: int, source: Path | None) -> bytes:
    """A member's bytes, never more than it declares nor than the room left: a declared size is a claim."""
    cap = min(info.file_size, room)
    try:
        with archive.open(info) as stream:
            content = stream.read(cap + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError, struct.error):
        raise TemplateError(Problem(_(_DAMAGED), source)) from None
    if len(content) > cap:
        said = _("the template's {member} unpacks to more than it declares; refused as a possible decompression bomb")
        raise TemplateError(Problem(said.format(member=info.filename), source))
    return content


# -- reading a package -------------------------------------------------------------------------


def read_package(data: bytes, source: Path | None = None) -> Package:
    """The package in the bytes: its parts with their content types and relationships, every relationship's
    target resolved to a part name. Members without a content type are not parts, and relationships to a part
    that is not there are kept out (a dangling relationship is the commonest damage of generated files)."""
    return package_of(unzip(data, source), source)


def package_of(members: Mapping[str, bytes], source: Path | None = None) -> Package:
    """The package of these members, by name in their order, as `read_package` reads a zip of them."""
    if CONTENT_TYPES not in members:
        if members.get("mimetype", b"").startswith(b"application/vnd.oasis.opendocument"):
            said = _(
                "the template is an OpenDocument file (LibreOffice's .odp or .otp), not a PowerPoint one; open it in "
                "LibreOffice Impress and save it as « PowerPoint 2007-365 Template (.potx) »"
            )
            raise TemplateError(Problem(said, source))
        raise TemplateError(Problem(_("the template is not a PowerPoint file (.pptx or .potx): its zip archive has no [Content_Types].xml"), source))
    types = _content_types(parse(members[CONTENT_TYPES], CONTENT_TYPES, source))
    names = {name for name in members if name != CONTENT_TYPES and not name.endswith(".rels")}
    typed = {name: kind for name in names if (kind := types(name))}
    raw = {name: _relationships(members, name, source) for name in typed}
    parts = {}
    for name, kind in typed.items():
        rels = tuple(rel for rel in raw[name] if rel.external or rel.target in typed)
        rels_data = members.get(rels_name(name)) if len(rels) == len(raw[name]) else None
        parts[name] = Part(name, kind, members[name], rels, rels_data)
    root = tuple(rel for rel in _relationships(members, "", source) if rel.external or rel.target in typed)
    return Package(root, {name: parts[name] for name in walk(root, parts)})


def _content_types(root: etree._Element):  # noqa: ANN202 - a function of a name
    defaults = {e.get("Extension", "").lower(): e.get("ContentType", "") for e in root.iter(f"{{{CONTENT_TYPES_NS}}}Default")}
    overrides = {e.get("PartName", "").lstrip("/").lower(): e.get("ContentType", "") for e in root.iter(f"{{{CONTENT_TYPES_NS}}}Override")}

    def kind(name: str) -> str | None:
        return overrides.get(name.lower()) or defaults.get(name.rpartition(".")[2].lower()) or None

    return kind


def _relationships(members: Mapping[str, bytes], source: str, origin: Path | None) -> list[Relationship]:
    name = ROOT_RELS if not source else rels_name(source)
    if name not in members:
        return []
    rels = []
    folder = posixpath.dirname(source)
    for element in parse(members[name], name, origin).iter(f"{{{RELATIONSHIPS_NS}}}Relationship"):
        rid, kind, target = element.get("Id"), element.get("Type"), element.get("Target")
        if not rid or not kind or target is None:
            continue
        if element.get("TargetMode") == "External":
            rels.append(Relationship(rid, kind, target, external=True))
            continue
        path = unquote(target.partition("#")[0])
        resolved = path.lstrip("/") if path.startswith("/") else posixpath.normpath(posixpath.join(folder, path))
        rels.append(Relationship(rid, kind, resolved))
    return rels
