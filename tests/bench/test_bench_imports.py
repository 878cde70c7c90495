"""Commands import only what they use: `deckgen --help` starts without python-pptx, Pillow or pydantic."""

from __future__ import annotations

import subprocess
import sys


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
