"""Brands found wherever deckgen is installed: the shipped ones (package data), a project's own assets/ beside
its deck/ folder, `--assets DIR` or DECKGEN_ASSETS — each adding to or overriding those after it — and
confinement following the folders actually used (issue 13, item 5)."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest
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


def _project(tmp_path: Path, own: str, uses: str) -> Path:
    """A copy of the reference deck, set to the brand `uses`, in a project whose assets/ holds a brand `own`:
    the Ansa brand with its primary colour 0A3D55."""
    deck = copy_reference(tmp_path / "project")
    _brand_copy(tmp_path / "project" / "assets" / own, "0A3D55")
    _rebrand(deck, uses)
    return deck


def _primary_built(deck: Path, out: Path, *options: str, env: dict[str, str] | None = None) -> str:
    """Build the deck with `options`: the primary colour its theme was given (the theme's dk2)."""
    result = runner.invoke(app, ["build", str(deck), "-o", str(out / "X.pptx"), *options], env=env or {})
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out / "X.pptx") as package:
        theme = package.read("ppt/theme/theme1.xml").decode()
    return re.search(r'<a:dk2><a:srgbClr val="(\w+)"/>', theme).group(1)


def test_the_brand_fonts_schema_and_skeleton_ship_inside_the_package() -> None:
    package = Path(__import__("deckgen").__file__).parent
    for path in (ASSETS / "ansa" / "brand.yaml", ASSETS / "fonts" / "LiberationSans-Regular.ttf", shipped("event.schema.json"), shipped("render", "skeleton.pptx")):
        assert path.is_file() and path.is_relative_to(package), path


def test_a_deck_outside_any_project_builds_with_the_shipped_brand(tmp_path: Path) -> None:
    deck = copy_reference(tmp_path / "loose")
    assert asset_folders(deck) == (ASSETS,)
    assert _primary_built(deck, tmp_path) == "0B4F6C"


def test_a_projects_own_assets_override_a_shipped_brand_and_keep_the_shipped_fonts(tmp_path: Path) -> None:
    deck = _project(tmp_path, own="ansa", uses="ansa")
    brand = load_brand("ansa", deck=deck)
    assert brand.colours.primary == "0A3D55" and brand.logo == (tmp_path / "project" / "assets" / "ansa" / "logo.png").resolve()
    assert brand.fonts.body.regular == (ASSETS / "fonts" / "LiberationSans-Regular.ttf").resolve()
    assert _primary_built(deck, tmp_path) == "0A3D55"


def test_a_projects_own_assets_add_a_brand(tmp_path: Path) -> None:
    assert _primary_built(_project(tmp_path, own="maison", uses="maison"), tmp_path) == "0A3D55"


@pytest.mark.parametrize("how", ["--assets", "DECKGEN_ASSETS"])
def test_a_folder_of_brands_given_comes_first(how: str, tmp_path: Path) -> None:
    deck = _project(tmp_path, own="maison", uses="maison")
    _brand_copy(tmp_path / "mine" / "maison", "2B2B6B")
    if how == "--assets":
        assert _primary_built(deck, tmp_path, "--assets", str(tmp_path / "mine")) == "2B2B6B"
    else:
        assert _primary_built(deck, tmp_path, env={"DECKGEN_ASSETS": str(tmp_path / "mine")}) == "2B2B6B"


def test_an_unknown_brand_says_where_it_was_looked_for(tmp_path: Path) -> None:
    deck = _project(tmp_path, own="maison", uses="autre")
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
