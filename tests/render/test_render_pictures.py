"""Pictures on slides: portraits cropped to a disc, logos whole, both normalised, both with alt text;
a broken image is reported at the line that names it."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation

from deckgen.build import build_deck
from deckgen.errors import DeckError
from paths import REFERENCE, copy_reference


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    folder = copy_reference(tmp_path)
    # A portrait shot sideways on a phone: 3000 × 2000 stored, EXIF says « rotate 90° ».
    photo = Image.new("RGB", (3000, 2000), "#3366AA")
    exif = photo.getexif()
    exif[0x0112] = 6
    photo.save(folder / "eric.jpg", exif=exif, quality=80)
    Image.new("CMYK", (800, 300), (0, 80, 80, 0)).save(folder / "prefecture.jpg")
    event = folder / "event.yaml"
    text = event.read_text(encoding="utf-8")
    text = text.replace("    name: Éric Pélisson\n", "    name: Éric Pélisson\n    photo: eric.jpg\n")
    text = text.replace("    name: Préfecture de la région Occitanie\n", "    name: Préfecture de la région Occitanie\n    logo: prefecture.jpg\n")
    event.write_text(text, encoding="utf-8")
    return folder


def test_portraits_and_logos_are_normalised_pictures_with_alt_text(deck: Path, tmp_path: Path) -> None:
    output = tmp_path / "deck.pptx"
    build_deck(deck, output)
    slides = list(Presentation(str(output)).slides)
    welcome = next(s for s in slides if s.shapes.title.text == "Mot de bienvenue")
    portraits = [s for s in welcome.shapes if s.shape_type == 13]
    assert [p._element.nvPicPr.cNvPr.get("descr") for p in portraits] == ["Éric Pélisson"]
    with Image.open(io.BytesIO(portraits[0].image.blob)) as image:
        assert image.width == image.height <= 600  # a disc, about twice its displayed size (200 pt), not 3000 px
        assert image.mode == "RGBA" and image.getpixel((0, 0))[3] == 0  # transparent corners
    sponsors = [s for s in slides[0].shapes if s.shape_type == 13 and s._element.nvPicPr.cNvPr.get("descr") == "Préfecture de la région Occitanie"]
    assert len(sponsors) == 1
    with Image.open(io.BytesIO(sponsors[0].image.blob)) as image:
        assert image.mode in ("RGB", "RGBA")  # CMYK converted: PowerPoint would show it in false colours


def test_a_missing_or_broken_image_is_located(deck: Path, tmp_path: Path) -> None:
    (deck / "eric.jpg").write_bytes(b"not a picture at all")
    (deck / "prefecture.jpg").unlink()
    with pytest.raises(DeckError) as raised:
        build_deck(deck, tmp_path / "deck.pptx")
    problems = {p.field: p for p in raised.value.problems}
    lines = (deck / "event.yaml").read_text(encoding="utf-8").splitlines()
    assert problems["people.eric-pelisson.photo"].line == 1 + lines.index("    photo: eric.jpg")
    assert problems["organisations.prefecture-occitanie.logo"].line == 1 + lines.index("    logo: prefecture.jpg")
    assert "eric.jpg:" in problems["people.eric-pelisson.photo"].message
    assert "prefecture.jpg: file not found" in problems["organisations.prefecture-occitanie.logo"].message
