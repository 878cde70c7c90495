"""The built-in brand as a template (render/brand_template.py): a clean package that python-pptx opens, whose
master and named layouts carry the brand, and on whose every layout a slide a presenter inserts is on-brand
when LibreOffice draws it."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER as PH
from pptx.util import Emu

from deckgen.brand import MINIMUM_CONTRAST, contrast, load_brand
from brand_specimen import samples, specimen
from deckgen.package import read_template
from deckgen.render.brand_template import LAYOUT_NAMES, brand_template, own_template
from deckgen.render import brand_template as brand_template_module
from deckgen.render.drawing import emu
from deckgen.render.geometry import STANDARD, WIDE_16_10, WIDESCREEN, Frame
from pdf_layout import Page, read_layout

BRAND = load_brand("ansa")
FRAMES = {"16:9": WIDESCREEN, "4:3": STANDARD, "16:10": WIDE_16_10}
LANGUAGES = {"16:9": "fr-FR", "4:3": "en-GB", "16:10": "fr-FR"}
"""A language each frame is tried in: both namings are drawn."""
SMALL = Frame(720.0, 405.0)
"""pandoc's 16:9 size: laid out at 960 × 540, drawn three quarters as large."""

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
FOOTERS = {(PH.DATE, 10), (PH.FOOTER, 11), (PH.SLIDE_NUMBER, 12)}
PLACEHOLDERS = {
    "title": {(PH.CENTER_TITLE, 0), (PH.SUBTITLE, 1)},
    "section": {(PH.TITLE, 0), (PH.BODY, 1)},
    "content": {(PH.TITLE, 0), (PH.BODY, 1)},
    "two_columns": {(PH.TITLE, 0), (PH.BODY, 1), (PH.BODY, 2)},
    "title_only": {(PH.TITLE, 0)},
    "quiz": {(PH.TITLE, 0)},
    "break": {(PH.TITLE, 0), (PH.BODY, 1)},
    "closing": {(PH.TITLE, 0)},
    "blank": set(),
}
DARK = {"title", "section", "break", "closing"}
EDGED = {"content", "two_columns", "title_only"}
"""The light layouts with the brand's bar down the left edge (the blank one has nothing but its footers)."""


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist()}


def _xml(data: bytes, part: str) -> etree._Element:
    return etree.fromstring(_members(data)[part])


# ── the package ───────────────────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize("aspect", [*FRAMES, "720 × 405"])
def test_the_ooxml_checker_finds_the_package_clean(shared: Path, tmp_path: Path, aspect: str) -> None:
    frame = FRAMES.get(aspect, SMALL)
    target = tmp_path / "template.pptx"
    target.write_bytes(brand_template(BRAND, frame, LANGUAGES.get(aspect, "fr-FR")))
    result = subprocess.run(
        [sys.executable, str(shared / "ooxml" / "check.py"), str(target)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "clean" in result.stdout


def test_two_calls_give_the_same_bytes() -> None:
    first = brand_template(BRAND, WIDESCREEN, "fr-FR")
    assert brand_template(BRAND, WIDESCREEN, "fr-FR") == first
    assert brand_template(BRAND, WIDESCREEN, "en-GB") != first


@pytest.mark.parametrize("frame", [WIDESCREEN, STANDARD], ids=["16:9", "4:3"])
def test_a_deck_is_drawn_on_the_template_the_file_holds(frame: Frame) -> None:
    # A build reads the brand's template from its parts as they are made, not from a zip of them: the same
    # template as the file's, part for part, and made once.
    brand_template_module._MADE.clear()
    own = own_template(BRAND, frame, "fr-FR")
    read = read_template(brand_template(BRAND, frame, "fr-FR"))
    assert own == read and own.package.root == read.package.root
    assert list(own.package.parts.values()) == list(read.package.parts.values())
    assert own_template(BRAND, frame, "fr-FR") is own and own_template(BRAND, frame, "en-GB") != own


def test_making_it_does_not_import_python_pptx() -> None:
    code = (
        "import sys\nfrom deckgen.brand import load_brand\nfrom deckgen.render.brand_template import brand_template\n"
        "from deckgen.render.geometry import WIDESCREEN\nbrand_template(load_brand('ansa'), WIDESCREEN, 'fr-FR')\n"
        "assert 'pptx' not in sys.modules, 'python-pptx was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_shape_ids_are_unique_in_each_part_and_the_logo_is_stored_once() -> None:
    members = _members(brand_template(BRAND, WIDESCREEN, "fr-FR"))
    for name, content in members.items():
        if name.startswith(("ppt/slideLayouts/slide", "ppt/slideMasters/slide")):
            ids = Counter(etree.fromstring(content).xpath("//p:cNvPr/@id", namespaces=NS))
            assert all(count == 1 for count in ids.values()), f"{name}: {ids}"
    assert [n for n in members if n.startswith("ppt/media/")] == ["ppt/media/image1.png"]
    assert not [n for n in members if n.startswith("ppt/slides/")]


# ── what python-pptx reads ────────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(("language", "index"), [("fr-FR", 0), ("en-GB", 1), ("fr-CA", 0), ("de-DE", 1)])
def test_the_layouts_are_named_in_the_language(language: str, index: int) -> None:
    presentation = Presentation(io.BytesIO(brand_template(BRAND, WIDESCREEN, language)))
    assert len(presentation.slide_masters) == 1 and len(presentation.slides) == 0
    assert [layout.name for layout in presentation.slide_layouts] == [names[index] for names in LAYOUT_NAMES.values()]


def test_the_french_and_english_names() -> None:
    assert [names[0] for names in LAYOUT_NAMES.values()] == [
        "Titre", "Titre de section", "Titre et contenu", "Deux contenus", "Titre seul", "Quiz", "Pause", "Clôture", "Vide",
    ]
    assert [names[1] for names in LAYOUT_NAMES.values()][:5] == ["Title Slide", "Section Header", "Title and Content", "Two Content", "Title Only"]


@pytest.mark.parametrize("aspect", FRAMES)
def test_each_layout_holds_its_placeholders_at_the_frames_bands(aspect: str) -> None:
    frame = FRAMES[aspect]
    presentation = Presentation(io.BytesIO(brand_template(BRAND, frame, "fr-FR")))
    assert (presentation.slide_width, presentation.slide_height) == (emu(frame.width), emu(frame.height))
    for key, layout in zip(LAYOUT_NAMES, presentation.slide_layouts, strict=True):
        found = {(p.placeholder_format.type, p.placeholder_format.idx): p for p in layout.placeholders}
        assert set(found) == PLACEHOLDERS[key] | FOOTERS, key
        number = found[(PH.SLIDE_NUMBER, 12)]
        assert (number.left, number.top, number.width, number.height) == tuple(emu(v) for v in (frame.number.x, frame.number.y, frame.number.w, frame.number.h))
        assert number._element.xpath(".//a:fld[@type='slidenum']")
        for (kind, _), placeholder in found.items():
            assert placeholder.left >= emu(frame.margin) - 1 and placeholder.left + placeholder.width <= emu(frame.width - frame.margin) + 1, (key, kind)
            assert placeholder.top + placeholder.height <= emu(frame.height), (key, kind)
        if key in EDGED:
            title = found[(PH.TITLE, 0)]
            assert (title.left, title.top, title.width) == (emu(frame.margin), emu(frame.title().y), emu(frame.wide))
            shapes = {shape.name: shape for shape in layout.shapes}
            assert (shapes["Brand edge"].left, shapes["Brand edge"].width, shapes["Brand edge"].height) == (0, emu(frame.EDGE), emu(frame.height))
            rule = shapes["Title rule"]
            assert (rule.left, rule.top, rule.width, rule.height) == (emu(frame.margin), emu(frame.title().bottom + 8), emu(64), emu(5))
    logo = [s for s in presentation.slide_layouts[0].shapes if s.name == "Logo"]
    assert len(logo) == 1 and logo[0].left == emu(frame.margin) and logo[0].width <= emu(190) + 1 and logo[0].height <= emu(64) + 1


def test_the_two_columns_sit_side_by_side_under_the_title() -> None:
    layout = Presentation(io.BytesIO(brand_template(BRAND, WIDESCREEN, "fr-FR"))).slide_layouts[3]
    left, right = (layout.placeholders.get(idx=i) for i in (1, 2))
    body = WIDESCREEN.body_under(WIDESCREEN.title())
    assert left.top == right.top == emu(body.y) and left.left == emu(body.x)
    assert left.left + left.width < right.left and right.left + right.width <= emu(body.right) + 1


def test_positions_and_sizes_scale_with_the_frame() -> None:
    """A 720 × 405 slide is the 960 × 540 one three quarters as large, text included."""
    data = brand_template(BRAND, SMALL, "fr-FR")
    presentation = Presentation(io.BytesIO(data))
    title = presentation.slide_layouts[2].placeholders.get(idx=0)
    assert (title.left, title.top, title.height) == (emu(56 * 0.75), emu(40 * 0.75), emu(78 * 0.75))
    style = _xml(data, "ppt/slideMasters/slideMaster1.xml").find(".//p:titleStyle/a:lvl1pPr/a:defRPr", NS)
    assert style.get("sz") == str(round(34 * 0.75 * 100))


def test_the_theme_is_the_brands() -> None:
    theme = _xml(brand_template(BRAND, WIDESCREEN, "fr-FR"), "ppt/theme/theme1.xml")
    slots = {element.tag.removeprefix(A): element[0].get("val") for element in theme.find(".//a:clrScheme", NS)}
    c = BRAND.colours
    assert {k: slots[k] for k in ("dk1", "lt1", "dk2", "lt2")} == {"dk1": c.text, "lt1": c.background, "dk2": c.primary, "lt2": c.surface}
    accents = [slots[f"accent{n}"] for n in range(1, 7)]
    assert accents[:5] == [c.primary, c.accent, c.secondary, c.muted, c.dimmed]
    assert len(set(accents)) == 6
    office = {"4F81BD", "C0504D", "9BBB59", "8064A2", "4BACC6", "F79646"}
    assert not office & set(accents)
    assert all(contrast(slots[link], c.background) >= MINIMUM_CONTRAST for link in ("hlink", "folHlink"))
    assert theme.find(".//a:majorFont/a:latin", NS).get("typeface") == BRAND.fonts.heading.name
    assert theme.find(".//a:minorFont/a:latin", NS).get("typeface") == BRAND.fonts.body.name


def test_python_pptx_reads_the_brands_theme_through_a_slide() -> None:
    presentation = Presentation(io.BytesIO(brand_template(BRAND, WIDESCREEN, "fr-FR")))
    master = presentation.slide_master
    assert str(master.background.fill.fore_color.rgb) == BRAND.colours.background
    grounds = [str(layout.background.fill.fore_color.rgb) for layout in presentation.slide_layouts]
    c = BRAND.colours
    assert grounds == [c.primary if key in DARK else c.background for key in LAYOUT_NAMES]


def test_the_footers_are_muted_and_dark_layouts_text_light() -> None:
    """The footer in `muted` on light layouts (the master's accent 4), in `on_primary_muted` on dark ones; a dark
    layout's title and text in `on_primary`, and its colour map making the light colour the text's."""
    data = brand_template(BRAND, WIDESCREEN, "fr-FR")
    c = BRAND.colours
    master = _xml(data, "ppt/slideMasters/slideMaster1.xml")
    for kind in ("dt", "ftr", "sldNum"):
        path = f".//p:sp[.//p:ph[@type='{kind}']]//a:lvl1pPr/a:defRPr/a:solidFill/a:schemeClr/@val"
        assert master.xpath(path, namespaces=NS) == ["accent4"], kind
    for n, key in enumerate(LAYOUT_NAMES, start=1):
        layout = _xml(data, f"ppt/slideLayouts/slideLayout{n}.xml")

        def colour(kind: str) -> str | None:
            found = layout.xpath(f".//p:sp[.//p:ph[@type='{kind}']]//a:lvl1pPr/a:defRPr/a:solidFill/a:srgbClr/@val", namespaces=NS)
            return found[0] if found else None

        if key in DARK:
            assert colour("ftr") == colour("sldNum") == c.on_primary_muted, key
            assert colour("title" if key != "title" else "ctrTitle") == c.on_primary, key
            assert layout.find("p:clrMapOvr/a:overrideClrMapping", NS).get("tx1") == "lt1"
        else:
            assert colour("ftr") is colour("sldNum") is None, key  # the master's
            assert layout.find("p:clrMapOvr/a:masterClrMapping", NS) is not None


@pytest.mark.parametrize("language", ["fr-FR", "en-GB"])
def test_the_master_speaks_the_decks_language_in_the_brands_faces(language: str) -> None:
    data = brand_template(BRAND, WIDESCREEN, language)
    master = _xml(data, "ppt/slideMasters/slideMaster1.xml")
    properties = master.xpath(".//a:defRPr | .//a:rPr | .//a:endParaRPr", namespaces=NS)
    assert properties and {p.get("lang") for p in properties} == {language}
    for part, content in _members(data).items():
        if part.startswith(("ppt/slideLayouts/slideLayout", "ppt/presentation.xml", "ppt/notesMasters/notesMaster")):
            langs = set(etree.fromstring(content).xpath("//@lang"))
            assert langs == {language}, part
    title = master.find(".//p:titleStyle/a:lvl1pPr", NS)
    assert title.find("a:defRPr", NS).get("sz") == "3400" and title.find("a:defRPr", NS).get("b") == "1"
    assert title.find("a:defRPr/a:solidFill/a:schemeClr", NS).get("val") == "tx2"  # dk2: the primary colour
    assert title.find("a:defRPr/a:latin", NS).get("typeface") == "+mj-lt"
    body = master.find(".//p:bodyStyle", NS)
    assert [int(level.find("a:defRPr", NS).get("sz")) // 100 for level in body][:3] == [24, 20, 18]
    first = body.find("a:lvl1pPr", NS)
    assert first.find("a:buChar", NS).get("char") == "•"
    assert first.find("a:buClr/a:schemeClr", NS).get("val") == "accent2"
    assert {r.get("typeface") for r in body.xpath(".//a:latin", namespaces=NS)} == {"+mn-lt"}
    assert master.find(".//p:otherStyle", NS) is not None and master.find("p:clrMap", NS) is not None
    # No face is named outside the theme: a presenter's new slide is in the brand's faces, and a theme change follows.
    for part, content in _members(data).items():
        if part.startswith(("ppt/slideLayouts/slideLayout", "ppt/slideMasters/slideMaster")):
            assert set(etree.fromstring(content).xpath("//a:latin/@typeface", namespaces=NS)) <= {"+mj-lt", "+mn-lt"}, part


def test_the_presentation_lists_its_notes_master_and_says_what_it_is() -> None:
    members = _members(brand_template(BRAND, STANDARD, "fr-FR"))
    presentation = etree.fromstring(members["ppt/presentation.xml"])
    assert presentation.find("p:notesMasterIdLst/p:notesMasterId", NS) is not None
    app = members["docProps/app.xml"].decode()
    assert "<Application>deckgen</Application>" in app and "On-screen Show (4:3)" in app and "<Slides>0</Slides>" in app


# ── what LibreOffice draws ────────────────────────────────────────────────────────────────────────────────


@pytest.fixture(scope="module")
def drawn(soffice: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[list[Page], list[Image.Image]]]:
    """For each frame, a slide inserted on each layout (brand_specimen.py), drawn by LibreOffice at 40 dpi."""
    folder = tmp_path_factory.mktemp("brand-template")
    decks = []
    for aspect, frame in FRAMES.items():
        deck = folder / f"{aspect.replace(':', 'x')}.pptx"
        deck.write_bytes(specimen(brand_template(BRAND, frame, LANGUAGES[aspect]), LANGUAGES[aspect]))
        decks.append(deck)
    profile = folder / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", str(folder), *map(str, decks)],
        check=True, capture_output=True, timeout=240,
    )
    result = {}
    for aspect, deck in zip(FRAMES, decks, strict=True):
        pdf = deck.with_suffix(".pdf")
        subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(folder / deck.stem)], check=True, timeout=60)
        pictures = [Image.open(path).convert("RGB") for path in sorted(folder.glob(f"{deck.stem}-*.png"))]
        result[aspect] = (read_layout(pdf), pictures)
    return result


def _rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _near(pixel: tuple[int, ...], colour: str, tolerance: int = 12) -> bool:
    return all(abs(p - c) <= tolerance for p, c in zip(pixel, _rgb(colour)))


def _at(picture: Image.Image, frame: Frame, x: float, y: float) -> tuple[int, ...]:
    """The pixel at (x, y) points of the slide."""
    return picture.getpixel((min(picture.width - 1, int(x / frame.width * picture.width)), int(y / frame.height * picture.height)))


def _share_of(picture: Image.Image, frame: Frame, box: tuple[float, float, float, float], colour: str) -> float:
    """How much of the box (x0, y0, x1, y1 in points) is drawn in `colour`: text's ink, anti-aliased."""
    sx, sy = picture.width / frame.width, picture.height / frame.height
    crop = picture.crop((int(box[0] * sx), int(box[1] * sy), int(box[2] * sx) + 1, int(box[3] * sy) + 1))
    pixels = [crop.getpixel((x, y)) for y in range(crop.height) for x in range(crop.width)]
    return sum(_near(p, colour, 60) for p in pixels) / len(pixels)


@pytest.mark.libreoffice
@pytest.mark.parametrize("aspect", FRAMES)
def test_a_slide_inserted_on_each_layout_is_on_brand(drawn: dict, aspect: str) -> None:
    frame, language = FRAMES[aspect], LANGUAGES[aspect]
    pages, pictures = drawn[aspect]
    assert len(pages) == len(pictures) == len(LAYOUT_NAMES)
    c = BRAND.colours
    texts = samples(language)
    for number, (key, page, picture) in enumerate(zip(LAYOUT_NAMES, pages, pictures, strict=True), start=1):
        dark = key in DARK
        ground = c.primary if dark else c.background
        assert round(page.width) == round(frame.width) and round(page.height) == round(frame.height)
        for y in (0.3, 0.6):
            assert _near(_at(picture, frame, frame.width - 8, frame.height * y), ground), (key, "ground")
        if key in EDGED:
            assert _near(_at(picture, frame, frame.EDGE / 2, frame.height / 2), c.primary), (key, "brand edge")
        title, first, second = texts[key]
        lines = {line.text: line for line in page.lines}
        if title:
            drawn_title = [line for line in page.lines if line.text and line.text in title]
            assert drawn_title, (key, "title not drawn", list(lines))
            ink = c.on_primary if dark else c.primary
            first_line = drawn_title[0]
            share = _share_of(picture, frame, (first_line.x0, first_line.y0, first_line.x1, first_line.y1), ink)
            assert share > 0.08, (key, f"the title is not in {ink}: {share:.2f}")
            assert first_line.y1 <= frame.footer_band.y, key
        for line in (*first, *second):
            assert any(line in text for text in lines), (key, line)
        number_box, footer_box = frame.number, frame.footer
        numbers = [w for line in page.lines for w in line.words if w.text == str(number)]
        assert any(number_box.x - 1 <= w.x0 and w.x1 <= number_box.right + 1 and footer_box.y - 1 <= w.y0 for w in numbers), (key, "slide number")
        footer = [line for line in page.lines if line.y0 >= frame.footer_band.y - 1 and line.x0 < footer_box.right]
        assert footer and footer[0].x0 >= frame.margin - 1, (key, "footer line")
        # Its colour is read in the XML (test_the_footers_are_muted): at 40 dpi, 11 pt strokes are blurred into the ground.
