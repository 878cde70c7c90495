"""Writing a deck on a template: the template's masters, layouts and themes kept, its example slides and what
only they reached dropped; presentation.xml listing the slides and the notes master; content types built from
the parts; every relationship reaching a part; app.xml true; the same bytes twice; clean for a strict reader."""

from __future__ import annotations

import collections
from datetime import datetime
from pathlib import Path

import pytest
from lxml import etree

from deckgen.package import CT, Template, open_template, read_template
from deckgen.package.opc import DEFAULT_TYPES
from deckgen.package.properties import EXTENDED, app_version, presentation_format
from deckgen.render.skeleton import SKELETON_FILE, default_template

from package_files import as_potx, check, content_types, relationships, written

P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _templates(pandoc_reference: Path | None = None, libreoffice: dict[str, Path] | None = None) -> dict[str, Template]:
    found = {"python-pptx": default_template()}
    if pandoc_reference is not None:
        found["pandoc"] = open_template(pandoc_reference)
    for name, path in (libreoffice or {}).items():
        found[name] = open_template(path)
    return found


def _app(members: dict[str, bytes]) -> dict[str, str]:
    return {etree.QName(e).localname: e.text or "" for e in etree.fromstring(members["docProps/app.xml"])}


def _assert_whole(members: dict[str, bytes]) -> None:
    """Every part typed, no type for a part that is not there, every relationship to a part that is, every
    part reached from the package's relationships."""
    defaults, overrides = content_types(members)
    parts = [name for name in members if name != "[Content_Types].xml"]
    assert all(name in overrides or name.rpartition(".")[2] in defaults for name in parts)
    assert set(overrides) <= set(parts)
    assert all(DEFAULT_TYPES[extension] == kind for extension, kind in defaults.items())
    rels = relationships(members)
    reached = {target for found in rels.values() for _, _, target, external in found if not external}
    assert reached <= set(members), sorted(reached - set(members))
    assert {name for name in parts if not name.endswith(".rels")} == reached
    for found in rels.values():
        assert len({rid for rid, *_ in found}) == len(found)


def test_a_deck_on_python_pptx_s_template() -> None:
    members = written(default_template(), slides=3, notes=(1, 2))
    _assert_whole(members)
    presentation = etree.fromstring(members["ppt/presentation.xml"])
    assert [etree.QName(child).localname for child in presentation][:5] == ["sldMasterIdLst", "notesMasterIdLst", "sldIdLst", "sldSz", "notesSz"]
    targets = {rid: target for rid, _, target, _ in relationships(members)["ppt/presentation.xml"]}
    assert targets[presentation.find(f"{P}notesMasterIdLst/{P}notesMasterId").get(f"{R}id")] == "ppt/notesMasters/notesMaster1.xml"
    slides = [targets[e.get(f"{R}id")] for e in presentation.iterfind(f"{P}sldIdLst/{P}sldId")]
    assert slides == [f"ppt/slides/slide{n}.xml" for n in (1, 2, 3)]
    assert [e.get("id") for e in presentation.iterfind(f"{P}sldIdLst/{P}sldId")] == ["256", "257", "258"]
    assert _app(members) == {
        "Application": "deckgen", "PresentationFormat": "Widescreen", "Slides": "3", "Notes": "2", "HiddenSlides": "0",
        "MMClips": "0", "ScaleCrop": "false", "LinksUpToDate": "false", "SharedDoc": "false", "HyperlinksChanged": "false",
        "AppVersion": app_version(),
    }  # fmt: skip
    assert etree.QName(etree.fromstring(members["docProps/app.xml"])).namespace == EXTENDED
    # Each slide on its layout, each notes slide on the notes master and back to its slide.
    rels = relationships(members)
    assert rels["ppt/slides/slide1.xml"][0][1:3] == ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout", "ppt/slideLayouts/slideLayout6.xml")
    assert {target for _, _, target, _ in rels["ppt/notesSlides/notesSlide1.xml"]} == {"ppt/notesMasters/notesMaster1.xml", "ppt/slides/slide2.xml"}
    assert sorted(name for name in members if name.startswith("ppt/media/")) == ["ppt/media/image1.png", "ppt/media/image2.png"]


def test_a_slide_goes_on_the_layout_it_names() -> None:
    template = default_template()
    content = next(layout for layout in template.layouts if layout.name == "Title and Content")
    rels = relationships(written(template, slides=1, layout=content.part))
    assert rels["ppt/slides/slide1.xml"][0][2] == content.part


def test_the_document_s_properties_are_the_deck_s() -> None:
    members = written(default_template(), created=datetime(2025, 11, 7, 9, 30))
    core = etree.fromstring(members["docProps/core.xml"])
    values = {etree.QName(e).localname: e.text for e in core}
    assert values == {
        "title": "Titre", "creator": "Auteur", "description": "made", "lastModifiedBy": "deckgen", "revision": "1",
        "created": "2025-11-07T09:30:00Z", "modified": "2025-11-07T09:30:00Z", "language": "fr-FR",
    }  # fmt: skip
    assert core.find("{http://purl.org/dc/terms/}created").get("{http://www.w3.org/2001/XMLSchema-instance}type") == "dcterms:W3CDTF"
    assert b"python-pptx" not in members["docProps/core.xml"] and b"Steve Canny" not in members["docProps/core.xml"]


def test_two_writes_give_the_same_bytes() -> None:
    template = read_template(SKELETON_FILE.read_bytes())
    first, second = written(template, slides=4, notes=(0, 3)), written(default_template(), slides=4, notes=(0, 3))
    assert list(first) == list(second) and first == second


def test_the_slide_size_is_the_template_s_or_the_one_asked() -> None:
    from deckgen.render.geometry import STANDARD
    from deckgen.render.package import DeckPackage
    from deckgen.render.slide import SlideDrawing

    package = DeckPackage(default_template(), frame=STANDARD)
    package.add(SlideDrawing(kind="blank"))
    members = package.members(title="", author="", language="fr-FR", comments="", created=datetime(2025, 1, 1))
    size = etree.fromstring(members["ppt/presentation.xml"]).find(f"{P}sldSz")
    assert dict(size.attrib) == {"cx": "9144000", "cy": "6858000"} and _app(members)["PresentationFormat"] == "On-screen Show (4:3)"


@pytest.mark.parametrize(
    ("width", "height", "name"),
    [(960, 540, "Widescreen"), (720, 405, "On-screen Show (16:9)"), (720, 540, "On-screen Show (4:3)"), (793.75, 595.25, "On-screen Show (4:3)"),
     (864, 540, "On-screen Show (16:10)"), (720, 450, "On-screen Show (16:10)"), (595.3, 841.9, "Custom")],
)  # fmt: skip
def test_the_presentation_format_is_named_from_the_slide_size(width: float, height: float, name: str) -> None:
    assert presentation_format(width, height) == name


def test_a_deck_from_a_potx_is_a_presentation() -> None:
    members = written(read_template(as_potx(SKELETON_FILE.read_bytes())))
    _, overrides = content_types(members)
    assert overrides["ppt/presentation.xml"] == CT.PRESENTATION
    assert b"template.main+xml" not in members["[Content_Types].xml"]


def test_on_pandoc_s_reference_its_example_slides_are_dropped(pandoc_reference: Path) -> None:
    template = open_template(pandoc_reference)
    members = written(template, slides=2, notes=(0,))
    _assert_whole(members)
    assert sorted(name for name in members if name.startswith(("ppt/slides/slide", "ppt/notesSlides/notesSlide"))) == [
        "ppt/notesSlides/notesSlide1.xml", "ppt/slides/slide1.xml", "ppt/slides/slide2.xml",
    ]  # fmt: skip
    presentation = etree.fromstring(members["ppt/presentation.xml"])
    assert len(presentation.findall(f"{P}sldIdLst/{P}sldId")) == 2 and len(presentation.findall(f"{P}notesMasterIdLst/{P}notesMasterId")) == 1
    assert dict(presentation.find(f"{P}sldSz").attrib) == {"cx": "9144000", "cy": "5143500", "type": "screen16x9"}
    assert _app(members)["PresentationFormat"] == "On-screen Show (16:9)" and _app(members)["Notes"] == "1"


def test_on_libreoffice_s_template_the_notes_master_is_added_and_names_skip_the_template_s(libreoffice_templates: dict[str, Path]) -> None:
    template = open_template(libreoffice_templates["Vintage"])
    kept = set(template.package.parts)
    assert {"ppt/media/image1.png", "ppt/media/image4.png"} <= kept and "ppt/media/image5.png" not in kept  # image5: an example slide's
    members = written(template, slides=2, notes=(1,))
    _assert_whole(members)
    assert {"ppt/media/image5.png", "ppt/media/image6.png"} <= set(members)  # the deck's pictures, after the masters'
    assert "ppt/notesMasters/notesMaster1.xml" in members and "ppt/theme/theme5.xml" in members  # themes 1–4: the masters'
    assert relationships(members)["ppt/notesMasters/notesMaster1.xml"][0][2] == "ppt/theme/theme5.xml"
    presentation = etree.fromstring(members["ppt/presentation.xml"])
    assert len(presentation.findall(f"{P}sldMasterIdLst/{P}sldMasterId")) == 4 and presentation.find(f"{P}notesMasterIdLst") is not None
    layouts = [name for name in members if name.startswith("ppt/slideLayouts/slideLayout") and name.endswith(".xml")]
    assert len(layouts) == 48


def test_the_decks_are_clean_for_a_strict_reader(shared: Path, tmp_path: Path, pandoc_reference: Path, libreoffice_templates: dict[str, Path]) -> None:
    """../shared/ooxml/check.py: package and schemas. LibreOffice's masters come with shapes sharing ids and
    bullet sizes the schema does not take (template.py repairs both); they must not reach the deck."""
    from deckgen.package import zipped

    for name, template in _templates(pandoc_reference, libreoffice_templates).items():
        deck = tmp_path / f"{name}.pptx"
        deck.write_bytes(zipped(written(template, slides=3, notes=(0, 2))))
        assert check(deck).endswith(f"{deck}: clean"), check(deck)


def _faulty(data: bytes) -> bool:
    """Whether a master or layout has one of LibreOffice's faults: shapes sharing an id, bullet sizes
    written as integers, a layout's placeholders sharing an index; or whether presProps.xml has the
    template's slide-show settings (template.py leaves them behind)."""
    root = etree.fromstring(data)
    if root.tag == f"{P}presentationPr":
        return root.find(f"{P}showPr") is not None
    ids = collections.Counter(e.get("id") for e in root.iter(f"{P}cNvPr"))
    sizes = [e.get("val", "") for e in root.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}buSzPct")]
    indexes = collections.Counter(e.get("idx", "0") for e in root.iter(f"{P}ph")) if root.tag == f"{P}sldLayout" else {}
    return max(ids.values(), default=0) > 1 or any(size.isdigit() for size in sizes) or max(indexes.values(), default=0) > 1


def test_the_template_s_parts_are_kept_byte_for_byte_unless_repaired(libreoffice_templates: dict[str, Path]) -> None:
    from deckgen.package.opc import read_package

    for path in (SKELETON_FILE, libreoffice_templates["Vintage"]):
        original, template = read_package(path.read_bytes()).parts, open_template(path)
        members = written(template, slides=1)
        kept = [name for name in template.package.parts if name != template.presentation]
        assert len(kept) > 12
        for name in kept:
            assert (members[name] == original[name].data) != (name.endswith(".xml") and _faulty(original[name].data)), name
            assert not name.endswith(".xml") or not _faulty(members[name]), name
