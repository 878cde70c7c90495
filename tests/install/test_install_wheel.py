"""The built wheel, installed into an empty virtual environment, builds the reference deck from a folder
outside the project, makes a new session that builds, and says its version (issue 13, item 5: acceptance).

One test, so that the one install of the session (conftest.installed) is made by one worker under xdist."""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

import pytest
from pptx import Presentation

from deckgen.stamp import status
from paths import REFERENCE, REFERENCE_SLIDES, copy_reference

from wheel_install import Installed


@pytest.mark.wheel
def test_the_installed_wheel_builds_from_anywhere_with_what_it_ships(installed: Installed, tmp_path: Path) -> None:
    # setuptools builds it without ambiguity: no folder it could import is left out of the packages, so a later
    # setuptools cannot leave its files (the brands, the fonts, the catalogues) out of the wheel.
    assert "BuildBackendWarning" not in installed.built and "absent from the `packages`" not in installed.built, installed.built[-3000:]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    shown = installed.run("--version", cwd=elsewhere)
    assert (shown.returncode, shown.stdout) == (0, f"deckgen {version('deckgen')}\n"), shown.stderr

    assets = Path(installed.python("from deckgen.brand import ASSETS; print(ASSETS)", cwd=elsewhere))
    assert assets.is_relative_to(installed.venv) and (assets / "ansa" / "brand.yaml").is_file(), assets

    built = installed.run("build", str(REFERENCE.resolve()), "-o", "X.pptx", cwd=elsewhere)
    assert built.returncode == 0, built.stdout + built.stderr
    assert re.fullmatch(rf"X\.pptx: {REFERENCE_SLIDES} slides, 6 quiz pairs, \d+ KiB, \d+\.\d\d s\n", built.stdout), built.stdout
    deck = elsewhere / "X.pptx"
    assert len(Presentation(str(deck)).slides) == REFERENCE_SLIDES and status(deck) == "ours"

    # A session made by the installed tool names the schema it ships, and builds where it was put.
    parent = copy_reference(tmp_path / "project")
    made = installed.run("new", str(parent.parent / "next"), "--from", str(parent), cwd=elsewhere)
    assert made.returncode == 0, made.stdout + made.stderr
    first = (parent.parent / "next" / "event.yaml").read_text(encoding="utf-8").splitlines()[0]
    schema = (parent.parent / "next" / first.split("$schema=", 1)[1]).resolve()
    assert schema.is_file() and schema.is_relative_to(installed.venv.resolve()), first
    again = installed.run("build", str(parent.parent / "next"), "-o", "next.pptx", cwd=elsewhere)
    assert again.returncode == 0, again.stdout + again.stderr
