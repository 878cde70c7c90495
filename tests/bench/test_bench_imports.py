"""Commands import only what they use: `deckgen --help` starts without python-pptx, Pillow or pydantic;
reading YAML needs libyaml, not ruamel.yaml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REFERENCE = Path(__file__).resolve().parents[2] / "deck" / "narbonne-2025"


def _modules_after(code: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_help_imports_no_deck_machinery() -> None:
    code = "import sys\nsys.argv = ['deckgen', '--help']\nfrom deckgen.cli import main\ntry:\n    main()\nexcept SystemExit:\n    pass"
    loaded = {name.split(".")[0] for name in _modules_after(code)}
    assert not loaded & {"pptx", "lxml", "PIL", "pydantic", "ruamel", "yaml", "babel", "xlsxwriter"}


def test_the_renderers_import_the_charts_only_for_a_deck_with_a_chart() -> None:
    loaded = _modules_after("import deckgen.render")
    assert "deckgen.render" in loaded and "xlsxwriter" not in loaded and "pptx.chart.data" not in loaded


def test_building_a_deck_without_a_chart_imports_neither_python_pptx_nor_lxml(tmp_path) -> None:  # noqa: ANN001
    """Slides are written as text (render/drawing.py): python-pptx and lxml, 0.1 s of a cold start, are for charts."""
    output = tmp_path / "deck.pptx"
    code = (
        "import sys\n"
        f"sys.argv = ['deckgen', 'build', {str(REFERENCE)!r}, '-o', {str(output)!r}]\n"
        "from deckgen.cli import main\n"
        "try:\n    main()\nexcept SystemExit as exit:\n    assert not exit.code, exit.code"
    )
    loaded = {name.split(".")[0] for name in _modules_after(code)}
    assert output.exists() and not loaded & {"pptx", "lxml", "xlsxwriter"}


def test_loading_and_building_read_yaml_with_libyaml_not_ruamel() -> None:
    # ruamel.yaml (~30 ms to import) only writes `deckgen new`'s file; everything that reads YAML uses libyaml.
    loaded = _modules_after("import deckgen.load, deckgen.build")
    assert "deckgen.load.yaml_source" in loaded and "deckgen.build" in loaded
    assert not any(name == "ruamel" or name.startswith("ruamel.") for name in loaded)
    assert "yaml._yaml" in loaded  # PyYAML's C extension: the pure-Python parser is ten times slower


def test_the_loader_uses_libyaml() -> None:
    import yaml

    from deckgen.load import yaml_source

    assert yaml.__with_libyaml__ and yaml_source._PARSER is yaml.CBaseLoader
