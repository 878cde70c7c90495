"""A deck's document properties: docProps/core.xml (who, what, when) and docProps/app.xml (what it holds),
built as XML trees, true of the deck written."""

from __future__ import annotations

import re
from datetime import datetime

from lxml import etree
from msgspec import Struct

from .. import __version__
from .opc import serialise

CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
DC = "http://purl.org/dc/elements/1.1/"
DCTERMS = "http://purl.org/dc/terms/"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"

APPLICATION = "deckgen"


class CoreProperties(Struct, frozen=True):
    title: str
    author: str
    language: str
    comments: str
    created: datetime  # and modified: a deck is made once, from its source
    last_modified_by: str = APPLICATION
    revision: int = 1


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _text(value: str) -> str:
    """A value XML can hold (load refuses control characters in an event; a property never carries one)."""
    return _NOT_XML.sub("", value)


def core_xml(properties: CoreProperties) -> bytes:
    root = etree.Element(f"{{{CP}}}coreProperties", nsmap={"cp": CP, "dc": DC, "dcterms": DCTERMS, "dcmitype": "http://purl.org/dc/dcmitype/", "xsi": XSI})
    stamp = properties.created.strftime("%Y-%m-%dT%H:%M:%SZ")
    for tag, value in (
        (f"{{{DC}}}title", properties.title),
        (f"{{{DC}}}creator", properties.author),
        (f"{{{DC}}}description", properties.comments),
        (f"{{{CP}}}lastModifiedBy", properties.last_modified_by),
        (f"{{{CP}}}revision", str(properties.revision)),
        (f"{{{DCTERMS}}}created", stamp),
        (f"{{{DCTERMS}}}modified", stamp),
        (f"{{{DC}}}language", properties.language),
    ):
        element = etree.SubElement(root, tag)
        element.text = _text(value)
        if tag.startswith(f"{{{DCTERMS}}}"):
            element.set(f"{{{XSI}}}type", "dcterms:W3CDTF")
    return serialise(root)


def presentation_format(width: float, height: float) -> str:
    """What PowerPoint calls a slide size (points), as its Design ▸ Slide Size menu names it."""
    ratio = width / height if height else 0.0
    if abs(ratio - 16 / 9) < 0.005:
        return "Widescreen" if round(width) == 960 else "On-screen Show (16:9)"
    if abs(ratio - 4 / 3) < 0.005:
        return "On-screen Show (4:3)"
    if abs(ratio - 16 / 10) < 0.005:
        return "On-screen Show (16:10)"
    return "Custom"


def app_version(version: str = __version__) -> str:
    """deckgen's version as Office wants an application's version: XX.YYYY (« 00.0100 » for 0.1.0), digits
    only; Office refuses to open a document whose AppVersion is written otherwise ([MS-OI29500] 2.1.1620)."""
    numbers = [int(part) if part.isdigit() else 0 for part in re.findall(r"\d+", version)[:3]] + [0, 0, 0]
    major, minor, patch = numbers[:3]
    return f"{min(major, 99):02d}.{min(minor, 99):02d}{min(patch, 99):02d}"


def app_xml(*, slides: int, notes: int, width: float, height: float, hidden: int = 0) -> bytes:
    """docProps/app.xml: deckgen as the application, the slide size's name, the slides and notes it holds."""
    root = etree.Element(f"{{{EXTENDED}}}Properties", nsmap={None: EXTENDED, "vt": VT})
    for tag, value in (
        ("Application", APPLICATION),
        ("PresentationFormat", presentation_format(width, height)),
        ("Slides", str(slides)),
        ("Notes", str(notes)),
        ("HiddenSlides", str(hidden)),
        ("MMClips", "0"),
        ("ScaleCrop", "false"),
        ("LinksUpToDate", "false"),
        ("SharedDoc", "false"),
        ("HyperlinksChanged", "false"),
        ("AppVersion", app_version()),
    ):
        etree.SubElement(root, f"{{{EXTENDED}}}{tag}").text = value
    return serialise(root)
