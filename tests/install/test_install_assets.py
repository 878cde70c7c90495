"""Brands found wherever deckgen is installed: the shipped ones (package data), a project's own assets/ beside
its deck/ folder, `--assets DIR` or DECKGEN_ASSETS — each adding to or overriding those after it — and
confinement following the folders actually used (issue 13, item 5)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pptx import Presentation
from typer.testing import CliRunner

from deckgen.brand import ASSETS, asset_folders, load_brand
from deckgen.cli import app
from deckgen.shipped import shipped
from paths import copy_reference

runner = CliRunner()


def _rebrand(deck: Path, brand: str) -> None:
    event = deck / "event.yaml"
    event.write_text(event.read_text(encoding="utf-8").replace("brand: ansa", f"brand: {brand}", 1), encoding="utf-8")


def _brand_copy(into: Path, primary: str) -> Path:
    """The shipped Ansa brand as a brand of one's own, its primary colour changed, its fonts left where they
    ship (brand.yaml names them as ../fonts/…)."""
    shutil.copytree(ASSETS / "ansa", into)
    brand = into / "brand.yaml"
    brand.write_text(brand.read_text(encoding="utf-8").replace('primary: "0B4F6C"', f'primary: "{primary}"'), encoding="utf-8")
    return into


def _theme_colours(deck: Path) -> str:
    return Presentation(str(deck)).slide_master.part.part_related_by(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
    ).blob.decode()


def test_the_brand_fonts_schema_and_skeleton_ship_inside_the_package() -> None:
    package = Path(__import__("deckgen").__file__).parent
    for path in (ASSETS / "ansa" / "brand.yaml", ASSETS / "fonts" / "LiberationSans-Regular.ttf", shipped("event.schema.json"), shipped("render", "skeleton.pptx")):
        assert path.is_file() and path.is_relative_to(package), path


def test_a_deck_outside_any_project_builds_with_the_shipped_brand(tmp_path: Path) -> None:
    deck = copy_reference(tmp_path / "loose")
    assert asset_folders(deck) == (ASSETS,)
    result = runner.invoke(app, ["build", str(deck), "-o", str(tmp_path / "X.pptx")])
    assert result.exit_code == 0, result.output


def test_a_projects_own_assets_override_a_shipped_brand_and_keep_the_shipped_fonts(tmp_path: Path) -> None:
    deck = copy_reference(tmp_path / "project")
    own = _brand_copy(tmp_path / "project" / "assets" / "ansa", "0A3D55")
    brand = load_brand("ansa", deck=deck)
    assert brand.colours.primary == "0A3D55" and brand.logo == (own / "logo.png").resolve()
    assert brand.fonts.body.regular == (ASSETS / "fonts" / "LiberationSans-Regular.ttf").resolve()
    result = runner.invoke(app, ["build", str(deck), "-o", str(tmp_path / "X.pptx")])
    assert result.exit_code == 0, result.output
    assert '<a:srgbClr val="0A3D55"/>' in _theme_colours(tmp_path / "X.pptx")


def test_a_projects_own_assets_add_a_brand(tmp_path: Path) -> None:
    deck = copy_reference(tmp_path / "project")
    _brand_copy(tmp_path / "project" / "assets" / "maison", "0A3D55")
    _rebrand(deck, "maison")
    assert runner.invoke(app, ["build", str(deck), "-o", str(tmp_path / "X.pptx")]).exit_code == 0
    assert runner.invoke(app, ["build", "--assets", str(tmp_path), str(deck), "-o", str(tmp_path / "Y.pptx")]).exit_code == 0


@pytest.mark.parametrize("how", ["--assets", "DECKGEN_ASSETS"])
def test_a_folder_of_brands_given_comes_first(how: str, tmp_path: Path) -> None:
    deck = copy_reference(tmp_path / "project")
    _brand_copy(tmp_path / "project" / "assets" / "maison", "0A3D55")
    _brand_copy(tmp_path / "mine" / "maison", "2B2B6B")
    _rebrand(deck, "maison")
    given = ["--assets", str(tmp_path / "mine")] if how == "--assets" else []
    env = {"DECKGEN_ASSETS": str(tmp_path / "mine")} if how == "DECKGEN_ASSETS" else {}
    result = runner.invoke(app, ["build", str(deck), "-o", str(tmp_path / "X.pptx"), *given], env=env)
    assert result.exit_code == 0, result.output
    assert '<a:srgbClr val="2B2B6B"/>' in _theme_colours(tmp_path / "X.pptx")


def test_an_unknown_brand_says_where_it_was_looked_for(tmp_path: Path) -> None:
    deck = copy_reference(tmp_path / "project")
    _brand_copy(tmp_path / "project" / "assets" / "maison", "0A3D55")
    _rebrand(deck, "autre")
    result = runner.invoke(app, ["check", str(deck)])
    assert result.exit_code == 1
    assert f"no brand 'autre' in {(tmp_path / 'project' / 'assets').resolve()}, {ASSETS} (known: ansa, maison)" in result.output


def test_a_missing_assets_folder_is_a_usage_error(tmp_path: Path) -> None:
    deck = copy_reference(tmp_path / "project")
    result = runner.invoke(app, ["check", str(deck), "--assets", str(tmp_path / "nope")])
    assert result.exit_code == 2 and "--assets" in result.output


def test_the_help_tells_where_brands_are_found() -> None:
    result = runner.invoke(app, ["build", "--help"], terminal_width=200)
    assert "--assets" in result.output and "DECKGEN_ASSETS" in result.output


def test_confinement_follows_the_assets_in_use(tmp_path: Path) -> None:
    """A logo in the project's assets/ may be named by the event; one in a folder of brands not in use may not."""
    deck = copy_reference(tmp_path / "project")
    for folder in (tmp_path / "project" / "assets" / "logos", tmp_path / "other" / "logos"):
        folder.mkdir(parents=True)
        shutil.copy(ASSETS / "ansa" / "logo.png", folder / "partner.png")
    event = deck / "event.yaml"
    text = event.read_text(encoding="utf-8")
    assert "organisations:\n  ansa:\n" in text
    event.write_text(text.replace("organisations:\n  ansa:\n", "organisations:\n  ansa:\n    logo: ../../assets/logos/partner.png\n", 1), encoding="utf-8")
    assert runner.invoke(app, ["check", str(deck)]).exit_code == 0
    event.write_text(text.replace("organisations:\n  ansa:\n", "organisations:\n  ansa:\n    logo: ../../../other/logos/partner.png\n", 1), encoding="utf-8")
    refused = runner.invoke(app, ["check", str(deck)])
    assert refused.exit_code == 1 and "is outside the deck's folders" in refused.output
    assert runner.invoke(app, ["check", str(deck), "--assets", str(tmp_path / "other")]).exit_code == 0
