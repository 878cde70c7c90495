"""The brand: loaded from assets/<brand>/, its files resolved, its colours readable (WCAG AA)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from deckgen.brand import ASSETS, contrast, load_brand
from deckgen.cli import app
from deckgen.errors import BrandError
from paths import REFERENCE


def test_the_ansa_brand_loads_with_existing_files() -> None:
    brand = load_brand("ansa")
    assert brand.fonts.body.name == "Arial"
    assert brand.logo.is_file() and brand.fonts.body.regular.name == "LiberationSans-Regular.ttf"


def test_contrast_ratios_follow_wcag() -> None:
    assert contrast("000000", "FFFFFF") == pytest.approx(21.0)
    assert contrast("FFFFFF", "FFFFFF") == pytest.approx(1.0)
    assert contrast("777777", "FFFFFF") == pytest.approx(4.48, abs=0.01)  # the classic just-too-light grey


@pytest.fixture
def assets(tmp_path: Path) -> Path:
    shutil.copytree(ASSETS / "ansa", tmp_path / "ansa")
    shutil.copytree(ASSETS / "fonts", tmp_path / "fonts")
    return tmp_path


def test_a_brand_with_unreadable_colours_is_refused_at_its_line(assets: Path) -> None:
    brand_file = assets / "ansa" / "brand.yaml"
    text = brand_file.read_text(encoding="utf-8").replace('muted: "52606D"', 'muted: "AAB4BE"')
    brand_file.write_text(text, encoding="utf-8")
    with pytest.raises(BrandError) as raised:
        load_brand("ansa", assets)
    [problem] = raised.value.problems
    line = 1 + next(i for i, row in enumerate(text.splitlines()) if row.strip().startswith("muted:"))
    assert (problem.file, problem.line, problem.field) == (brand_file, line, "colours.muted")
    assert "muted on background (footer and captions) has a contrast of 2.1" in problem.message
    assert "under 4.5:1 (WCAG AA); make muted darker" in problem.message


def test_deckgen_check_fails_a_brand_under_aa(assets: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    brand_file = assets / "ansa" / "brand.yaml"
    brand_file.write_text(brand_file.read_text(encoding="utf-8").replace('accent: "C2410C"', 'accent: "F59E0B"'), encoding="utf-8")
    monkeypatch.setenv("DECKGEN_ASSETS", str(assets))
    result = CliRunner().invoke(app, ["check", str(REFERENCE)])
    assert result.exit_code == 1
    assert "colours.accent: accent on background (times and subtitles) has a contrast of" in result.output


def test_an_unknown_brand_names_the_known_ones(assets: Path) -> None:
    with pytest.raises(BrandError, match="no brand 'ansaa'.*known: ansa"):
        load_brand("ansaa", assets)


def test_a_template_and_font_metrics_are_resolved_in_the_brand_folder_and_must_exist(assets: Path) -> None:
    brand_file = assets / "ansa" / "brand.yaml"
    (assets / "ansa" / "modele.pptx").write_bytes(b"")
    written = brand_file.read_text(encoding="utf-8")
    brand_file.write_text(written + "template: modele.pptx\nmetrics:\n  Open Sans:\n    regular: ../fonts/Carlito-Regular.ttf\n", encoding="utf-8")
    brand = load_brand("ansa", assets)
    assert brand.template == (assets / "ansa" / "modele.pptx").resolve()
    face = brand.metrics["Open Sans"].face("Open Sans")
    assert face.regular == face.bold == face.italic == face.bold_italic == (assets / "fonts" / "Carlito-Regular.ttf").resolve()
    brand_file.write_text(written + "template: absent.pptx\n", encoding="utf-8")
    with pytest.raises(BrandError) as raised:
        load_brand("ansa", assets)
    assert "absent.pptx" in str(raised.value)


def test_a_brand_name_too_long_for_the_system_is_an_unknown_brand(assets: Path) -> None:
    """Found by tests/properties/: `Path.is_file` raises for a name longer than the system allows."""
    with pytest.raises(BrandError) as raised:
        load_brand("x" * 300, assets)
    assert "no brand 'xxx" in str(raised.value) and "(known: ansa)" in str(raised.value)


@pytest.mark.parametrize(
    ("layouts", "key", "says"),
    [
        ('  quiz_qestion: "Title Only"\n', "quiz_qestion", "did you mean 'quiz_question'?"),
        ('  question: "Title Onyl"\n', "question", "has no layout « Title Onyl »"),
    ],
)
def test_a_layout_brand_yaml_names_wrongly_is_told_at_its_line(assets: Path, tmp_path: Path, layouts: str, key: str, says: str) -> None:
    """brand.yaml's `layouts:` is checked against the template once it is open; the problem is at the key's
    line in brand.yaml, not at the template."""
    from pptx import Presentation

    from deckgen.render.templated import templated

    template = assets / "ansa" / "organisation.pptx"
    Presentation().save(str(template))  # python-pptx's default template: « Title Only » among its layouts
    brand_file = assets / "ansa" / "brand.yaml"
    text = brand_file.read_text(encoding="utf-8") + "template: organisation.pptx\nlayouts:\n" + layouts
    brand_file.write_text(text, encoding="utf-8")
    brand = load_brand("ansa", assets)
    with pytest.raises(BrandError) as raised:
        templated(brand, "fr")
    [problem] = raised.value.problems
    line = 1 + text.splitlines().index(layouts.rstrip("\n"))
    assert (problem.file, problem.line, problem.field) == (brand_file, line, f"layouts.{key}")
    assert says in problem.message


def test_a_colour_is_read_with_or_without_its_hash(assets: Path) -> None:
    brand_file = assets / "ansa" / "brand.yaml"
    brand_file.write_text(brand_file.read_text(encoding="utf-8").replace('primary: "0B4F6C"', 'primary: "#0b4f6c"'), encoding="utf-8")
    assert load_brand("ansa", assets).colours.primary == "0b4f6c"


@pytest.mark.parametrize("written", ['"rouge"', '"#12345"', '"0B4F6CC"'])
def test_a_colour_not_written_as_one_says_how_to_write_it(assets: Path, written: str) -> None:
    brand_file = assets / "ansa" / "brand.yaml"
    brand_file.write_text(brand_file.read_text(encoding="utf-8").replace('primary: "0B4F6C"', f"primary: {written}"), encoding="utf-8")
    with pytest.raises(BrandError) as raised:
        load_brand("ansa", assets)
    [problem] = raised.value.problems
    assert problem.field == "colours.primary"
    assert 'is not a colour; write it as six hexadecimal digits (0 to 9, A to F), in quotes, e.g. "0B4F6C"' in problem.message
