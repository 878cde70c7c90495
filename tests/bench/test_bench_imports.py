"""Commands import only what they use: `deckgen --help` starts without python-pptx, Pillow or pydantic."""

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
    assert not loaded & {"pptx", "lxml", "PIL", "pydantic", "ruamel", "babel", "xlsxwriter"}


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
