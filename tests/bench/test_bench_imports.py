"""Commands import only what they use: `deckgen --help` starts without python-pptx, lxml, Pillow or pydantic, a
build without python-pptx (charts aside) nor what only the schema, a terminal or `deckgen new` needs;
reading YAML needs libyaml, not ruamel.yaml."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from paths import REFERENCE


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


def test_building_a_deck_without_a_chart_does_not_import_python_pptx(tmp_path) -> None:  # noqa: ANN001
    """Slides are written as text (render/drawing.py), the package over lxml (deckgen/package/, 20 ms to import):
    python-pptx, 0.1 s of a cold start, is for charts."""
    output = tmp_path / "deck.pptx"
    code = (
        "import sys\n"
        f"sys.argv = ['deckgen', 'build', {str(REFERENCE)!r}, '-o', {str(output)!r}]\n"
        "from deckgen.cli import main\n"
        "try:\n    main()\nexcept SystemExit as exit:\n    assert not exit.code, exit.code"
    )
    loaded = {name.split(".")[0] for name in _modules_after(code)}
    assert output.exists() and not loaded & {"pptx", "xlsxwriter"}


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


def _printed(code: str) -> object:
    """What `code` prints as JSON, run in a new interpreter (so nothing is imported yet)."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_importing_the_pipeline_reads_no_source_code() -> None:
    """The fields' docstrings are read for the JSON schema only, not by pydantic as each model is created."""
    code = (
        "import inspect, json\n"
        "reads = []\n"
        "findsource = inspect.findsource  # under inspect.getsource, and what pydantic reads attribute docstrings with\n"
        "inspect.findsource = lambda obj: reads.append(obj) or findsource(obj)\n"
        "import deckgen.build, deckgen.cli, deckgen.brand\n"
        "at_import = len(reads)\n"
        "from deckgen.schema import event_schema\n"
        "event_schema()\n"
        "print(json.dumps([at_import, len(reads)]))"
    )
    at_import, after_schema = _printed(code)
    assert at_import == 0
    assert after_schema > 0  # the count does see the reads: the schema makes them


def test_importing_the_pipeline_builds_one_validator() -> None:
    """Models get their validator when first used (`defer_build`): an event builds Event's, with every model in it."""
    code = (
        "import json\n"
        "import deckgen.build, deckgen.cli, deckgen.brand\n"
        "from pydantic import BaseModel\n"
        "def subclasses(cls):\n"
        "    for sub in cls.__subclasses__():\n"
        "        yield sub\n"
        "        yield from subclasses(sub)\n"
        "ours = [m for m in subclasses(BaseModel) if m.__module__.startswith('deckgen.')]\n"
        "print(json.dumps([len(ours), sorted(m.__name__ for m in ours if m.__pydantic_complete__)]))"
    )
    count, built = _printed(code)
    assert count >= 30
    assert built == ["BulletItem"]  # model_rebuild() resolves its recursive fields, see model/__init__.py


def test_a_build_without_a_terminal_imports_no_rich(tmp_path: Path) -> None:
    """rich would draw nothing where stderr is not a terminal (scripts, `make bench`, CI), so it is not imported."""
    argv = ["deckgen", "build", str(REFERENCE), "-o", str(tmp_path / "x.pptx")]
    code = f"import sys\nsys.argv = {argv!r}\nfrom deckgen.cli import main\ntry:\n    main()\nexcept SystemExit as end:\n    assert not end.code, end.code"
    loaded = _modules_after(code)
    assert (tmp_path / "x.pptx").is_file()
    assert "rich" not in {name.split(".")[0] for name in loaded}


def test_only_the_yaml_reader_imports_ruamel() -> None:
    """Every build imports scaffold.py (for `reminders`), which writes YAML only for `deckgen new`."""
    code = (
        "import builtins, json\n"
        "importers = {}\n"
        "original = builtins.__import__\n"
        "def recording(name, globals=None, locals=None, fromlist=(), level=0):\n"
        "    importer = (globals or {}).get('__name__', '')\n"
        "    if level == 0 and importer.startswith('deckgen'):\n"
        "        importers.setdefault(name.split('.')[0], set()).add(importer)\n"
        "    return original(name, globals, locals, fromlist, level)\n"
        "builtins.__import__ = recording\n"
        "import deckgen.build, deckgen.cli\n"
        "print(json.dumps({package: sorted(names) for package, names in importers.items()}))"
    )
    importers = _printed(code)
    assert set(importers.get("ruamel", [])) <= {"deckgen.load.yaml_source"}
    assert "pydantic" in importers  # the recording does see deckgen's imports


def test_the_command_imports_with_the_collector_paused_then_resumes_it(tmp_path: Path) -> None:
    """launch.py pauses the garbage collector while a build imports; the build resumes it, everything imported
    so far frozen out of its sight (see launch.py)."""
    argv = ["deckgen", "build", str(REFERENCE), "-o", str(tmp_path / "x.pptx")]
    code = (
        "import gc, json, sys\n"
        f"sys.argv = {argv!r}\n"
        "from deckgen import cli, launch\n"
        "seen = {}\n"
        "resume = cli.collector.resume\n"
        "def spy():\n"
        "    seen.setdefault('before', gc.isenabled())\n"
        "    resume()\n"
        "    seen.setdefault('after', gc.isenabled())\n"
        "    seen.setdefault('frozen', gc.get_freeze_count())\n"
        "cli.collector.resume = spy\n"
        "try:\n    launch.main()\nexcept SystemExit as end:\n    assert not end.code, end.code\n"
        "print(json.dumps(seen))"
    )
    seen = _printed(code)
    assert (tmp_path / "x.pptx").is_file()
    assert seen["before"] is False and seen["after"] is True and seen["frozen"] > 10_000


def test_the_cli_called_as_a_library_leaves_the_collector_alone(tmp_path: Path) -> None:
    code = (
        "import gc, json\n"
        "from typer.testing import CliRunner\n"
        "from deckgen.cli import app\n"
        f"result = CliRunner().invoke(app, ['build', {str(REFERENCE)!r}, '-o', {str(tmp_path / 'x.pptx')!r}])\n"
        "print(json.dumps([result.exit_code, gc.isenabled(), gc.get_freeze_count()]))"
    )
    assert _printed(code) == [0, True, 0]


NOT_FOR_A_BUILD = {
    "deckgen.preview": "LibreOffice's driver and the contact sheet: only `build --pdf`, preview and watch --preview",
    "PIL.ImageDraw": "drawing the contact sheet (preview.py); a build measures words with ImageFont",
    "multiprocessing": "the chart worker, started from ten charts (render/chart_maker.py)",
    "concurrent.futures": "the chart worker's pool",
    "deckgen.schema": "the JSON Schema (and json): `deckgen schema` and `deckgen new`, not the reminders a build reads (scaffold.py)",
}
"""What the `deckgen build` of the reference deck (a chart, not ten; no --pdf) must not import, and why."""


def test_a_build_imports_nothing_it_does_not_use(tmp_path: Path) -> None:
    """The `deckgen` command (launch.py, as the console script runs it) building the reference deck leaves
    out of sys.modules what only another command, --pdf or a deck of many charts needs."""
    argv = ["deckgen", "build", str(REFERENCE), "-o", str(tmp_path / "x.pptx")]
    code = f"import sys\nsys.argv = {argv!r}\nfrom deckgen import launch\ntry:\n    launch.main()\nexcept SystemExit as end:\n    assert not end.code, end.code"
    loaded = _modules_after(code)
    assert (tmp_path / "x.pptx").is_file()
    assert "deckgen.render.chart_maker" in loaded and "PIL.ImageFont" in loaded  # the count does see what a build imports
    assert {name: why for name, why in NOT_FOR_A_BUILD.items() if name in loaded} == {}


def test_speaking_french_and_finding_shipped_files_import_no_importlib_resources() -> None:
    """Installed as files, the catalogues and the brands are found from the package's own folder
    (shipped.py): importlib.resources, tempfile and zipfile stay out of deckgen's own imports."""
    code = (
        "import json, sys\n"
        "from deckgen.i18n import _, set_language\n"
        "set_language('fr')\n"
        "said = _('error: {problem}')\n"
        "from deckgen.shipped import shipped\n"
        "found = [str(shipped('assets')), str(shipped('locale', 'fr', 'LC_MESSAGES', 'deckgen.mo'))]\n"
        "print(json.dumps([said, found, sorted(m for m in ('importlib.resources', 'tempfile', 'zipfile') if m in sys.modules)]))"
    )
    said, found, loaded = _printed(code)
    assert said != "error: {problem}"  # the French catalogue was read
    assert loaded == []
    from importlib import resources

    from deckgen.shipped import shipped

    for parts in (("assets",), ("locale", "fr", "LC_MESSAGES", "deckgen.mo"), ("render", "skeleton.pptx"), ("event.schema.json",)):
        with resources.as_file(resources.files("deckgen").joinpath(*parts)) as expected:
            assert shipped(*parts) == expected and expected.exists()
    assert found == [str(shipped("assets")), str(shipped("locale", "fr", "LC_MESSAGES", "deckgen.mo"))]


def test_deckgen_s_records_are_structs_not_dataclasses() -> None:
    """Every command starts by creating deckgen's classes: a dataclass's methods are compiled one by one at
    import (0.5 ms a record on Python 3.11, some 50 ms for a hundred), a Struct's are made in C (records.py).
    Counted over every module of the package, so that a new module's record is caught too."""
    code = (
        "import dataclasses, importlib, pkgutil, deckgen, msgspec\n"
        "names = [m.name for m in pkgutil.walk_packages(deckgen.__path__, 'deckgen.') if not m.name.endswith('__main__')]\n"
        "modules = [importlib.import_module(n) for n in names]\n"
        "classes = {c for m in modules for c in vars(m).values() if isinstance(c, type) and c.__module__ == m.__name__}\n"
        "print(len(names), sum(issubclass(c, msgspec.Struct) for c in classes), sorted(c.__qualname__ for c in classes if dataclasses.is_dataclass(c)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    modules, structs, dataclasses_left = done.stdout.split(" ", 2)
    assert int(modules) > 60 and int(structs) >= 100, done.stdout  # the walk reached the package and its records
    assert dataclasses_left.strip() == "[]", dataclasses_left
