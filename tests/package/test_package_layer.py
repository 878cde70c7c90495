"""The package layer on its own: what it imports, how it names parts, zips, orders and dates them."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from datetime import datetime

from lxml import etree
from pptx.opc.spec import default_content_types

from deckgen.package import Deck, dated, zipped
from deckgen.package.opc import DEFAULT_TYPES, Part, Relationship, content_types_xml, relative, walk
from deckgen.package.properties import CoreProperties, app_version, core_xml
from deckgen.render.skeleton import default_template

from module_imports import imports


def test_the_package_layer_imports_nothing_of_the_renderers_the_planner_or_the_loader() -> None:
    graph = imports()
    layer = {name for name in graph if name.startswith("deckgen.package")}
    assert layer >= {"deckgen.package", "deckgen.package.opc", "deckgen.package.template", "deckgen.package.deck"}
    used = set().union(*(graph[name] for name in layer)) - layer
    # deckgen.i18n: its TemplateErrors are said in the user's language; it imports nothing of deckgen but
    # shipped.py (where its catalogues are), which imports nothing of deckgen; deckgen.records: what every
    # layer's records are, which imports nothing of deckgen
    assert used <= {"deckgen", "deckgen.errors", "deckgen.i18n", "deckgen.records"}, used
    assert graph["deckgen.records"] <= {"deckgen"}
    assert graph["deckgen.i18n"] <= {"deckgen", "deckgen.shipped"}
    assert graph["deckgen.shipped"] <= {"deckgen"}


def test_the_default_content_types_are_python_pptx_s() -> None:
    assert set(DEFAULT_TYPES.items()) <= set(default_content_types)


def test_new_parts_are_numbered_around_the_template_s() -> None:
    deck = Deck(default_template())
    assert deck.name("ppt/slides/slide", 1, "xml") == "ppt/slides/slide1.xml"  # the template keeps no slide
    assert deck.name("ppt/slideLayouts/slideLayout", 1, "xml") == "ppt/slideLayouts/slideLayout12.xml"
    assert deck.name("ppt/theme/theme", 1, "xml") == "ppt/theme/theme3.xml"
    deck._taken["ppt/media/image"] = [1, 2, 4]  # as if the template kept image1.png, image2.jpg, image4.emf
    assert [deck.name("ppt/media/image", n, "png") for n in (1, 2, 3)] == ["ppt/media/image3.png", "ppt/media/image5.png", "ppt/media/image6.png"]
    assert deck.notes_master == "ppt/notesMasters/notesMaster1.xml" and not deck.adds_notes_master


def test_a_package_is_walked_depth_first_in_relationship_order_each_part_once() -> None:
    def part(name: str, *targets: str) -> Part:
        return Part(name, "x", b"", tuple(Relationship(f"rId{n}", "t", target) for n, target in enumerate(targets, 1)))

    parts = {p.name: p for p in (part("a", "b", "c"), part("b", "d", "a"), part("c", "d", "missing"), part("d"), part("lost"))}
    root = (Relationship("rId1", "t", "a"), Relationship("rId2", "t", "https://example.org", external=True), Relationship("rId3", "t", "c"))
    assert list(walk(root, parts)) == ["a", "b", "d", "c"]


def test_content_types_are_defaults_by_extension_and_overrides_by_name() -> None:
    xml = content_types_xml({"ppt/media/image1.png": "image/png", "ppt/media/image2.PNG": "image/png", "ppt/a.xml": "application/x-a+xml", "ppt/b.png": "image/x-odd"})
    root = etree.fromstring(xml)
    defaults = {e.get("Extension"): e.get("ContentType") for e in root.iter("{*}Default")}
    overrides = {e.get("PartName"): e.get("ContentType") for e in root.iter("{*}Override")}
    assert defaults == {"png": "image/png", "rels": DEFAULT_TYPES["rels"], "xml": "application/xml"}
    assert overrides == {"/ppt/a.xml": "application/x-a+xml", "/ppt/b.png": "image/x-odd"}
    assert xml.endswith(b"</Types>")  # stamp.py declares its part before this end tag


def test_a_zip_of_the_same_members_is_the_same_bytes_dated_1980() -> None:
    members = {"b.xml": b"<b/>", "a.xml": b"<a/>"}
    first, second = zipped(members), zipped(dict(members))
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert archive.namelist() == ["b.xml", "a.xml"]
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert {info.external_attr >> 16 for info in archive.infolist()} == {0o644}


def test_an_embedded_workbook_is_dated_like_the_deck() -> None:
    core = (
        b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        b'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        b'<dcterms:created xsi:type="dcterms:W3CDTF">2031-05-06T07:08:09Z</dcterms:created>'
        b'<dcterms:modified xsi:type="dcterms:W3CDTF">2031-05-06T07:08:10Z</dcterms:modified></cp:coreProperties>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as workbook:
        workbook.writestr(zipfile.ZipInfo("docProps/core.xml", (2031, 5, 6, 7, 8, 9)), core)
        workbook.writestr(zipfile.ZipInfo("xl/workbook.xml", (2031, 5, 6, 7, 8, 9)), b"<workbook/>")
    made = dated(out.getvalue(), datetime(2025, 11, 7))
    assert made == dated(out.getvalue(), datetime(2025, 11, 7))
    with zipfile.ZipFile(io.BytesIO(made)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        text = archive.read("docProps/core.xml").decode()
    assert text.count("2025-11-07T00:00:00Z") == 2 and "2031" not in text


def test_the_core_properties_hold_what_xml_can_hold() -> None:
    xml = core_xml(CoreProperties(title="A & B <C>\x0b", author="ANSA", language="fr-FR", comments="made", created=datetime(2025, 11, 7)))
    root = etree.fromstring(xml)
    assert root.find("{http://purl.org/dc/elements/1.1/}title").text == "A & B <C>"


def test_the_application_s_version_is_written_as_office_reads_one() -> None:
    assert re.fullmatch(r"\d\d\.\d{4}", app_version())
    assert (app_version("0.1.0"), app_version("1.12.3"), app_version("2.0.0rc1")) == ("00.0100", "01.1203", "02.0000")


def test_a_target_is_written_relative_to_its_source_s_folder() -> None:
    cases = [
        ("ppt/slides/slide1.xml", "ppt/slideLayouts/slideLayout6.xml"), ("ppt/presentation.xml", "ppt/slides/slide1.xml"),
        ("", "ppt/presentation.xml"), ("ppt/slides/slide1.xml", "ppt/slides/slide2.xml"), ("a/b/c/d.xml", "x/y.xml"),
        ("ppt/charts/chart1.xml", "ppt/embeddings/Microsoft_Excel_Sheet1.xlsx"), ("ppt/slides/s.xml", "ppt/slidesX/y.xml"),
    ]  # fmt: skip
    for source, target in cases:
        assert relative(source, target) == posixpath.relpath(target, posixpath.dirname(source) or "."), (source, target)
