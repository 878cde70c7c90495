"""Fixtures of the template tests: the four templates and the broken files (template_files.py), and each
template's reference deck built with `deckgen build --template` (template_builds.py), each made once a session.

pandoc and LibreOffice are real programs: a template that needs one skips where it is absent, unless
DECKGEN_REQUIRE_LIBREOFFICE=1 (or CI=true) says they must be there.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "layout"))  # faults.py, beside its own tests

from template_builds import Built, MadeTemplate, build_on, once, shared_folder  # noqa: E402
from template_files import BROKEN, IMPRESS, MAKERS, TEMPLATES, BrokenSpec, TemplateSpec, french_potx, impress_templates, legacy_ppt, pandoc_reference  # noqa: E402


def _required() -> bool:
    return os.environ.get("DECKGEN_REQUIRE_LIBREOFFICE") == "1" or os.environ.get("CI") == "true"


@pytest.fixture(scope="session")
def pandoc() -> str:
    """pandoc's executable, which writes its reference document; skips where absent unless required."""
    found = shutil.which("pandoc")
    if found is None:
        if _required():
            pytest.fail("pandoc is required here (DECKGEN_REQUIRE_LIBREOFFICE=1 or CI=true) but not installed")
        pytest.skip("pandoc is not installed")
    return found


@pytest.fixture(scope="session")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_folder(tmp_path_factory, "templates")


def _made(spec: TemplateSpec, request: pytest.FixtureRequest, workdir: Path) -> MadeTemplate:
    folder = workdir / "made"
    if spec.needs == "pandoc":
        pandoc = request.getfixturevalue("pandoc")
        return MadeTemplate(spec, once(folder / spec.file_name, lambda: pandoc_reference(pandoc, folder)))
    if spec.needs == "soffice":
        soffice = request.getfixturevalue("soffice")
        impress = folder / "impress"
        done = impress / "both"  # the two are made by one run of LibreOffice
        once(done, lambda: (impress_templates(soffice, impress), done.touch()))
        return MadeTemplate(spec, impress / f"{IMPRESS[spec.name]}.pptx")
    return MadeTemplate(spec, once(folder / spec.file_name, lambda: french_potx(folder)))


def _params(specs: tuple[TemplateSpec, ...] | tuple[BrokenSpec, ...]) -> list[Any]:
    """The specs as fixture parameters, those LibreOffice makes marked `libreoffice`."""
    return [pytest.param(spec, id=spec.name, marks=[pytest.mark.libreoffice] if spec.needs == "soffice" else []) for spec in specs]


@pytest.fixture(scope="session", params=_params(TEMPLATES))
def template(request: pytest.FixtureRequest, workdir: Path) -> MadeTemplate:
    """Each of the four templates in turn."""
    return _made(request.param, request, workdir)


@pytest.fixture(scope="session")
def built(template: MadeTemplate, workdir: Path) -> Built:
    """The reference deck built on the template, once a session."""
    return build_on(template, workdir)


@pytest.fixture
def template_named(request: pytest.FixtureRequest, workdir: Path) -> Callable[[str], MadeTemplate]:
    """One template, by its test id, for a test about that one."""
    specs = {spec.name: spec for spec in TEMPLATES}
    return lambda name: _made(specs[name], request, workdir)


def _broken(spec: BrokenSpec, request: pytest.FixtureRequest, workdir: Path) -> Path:
    folder = workdir / "broken"
    if spec.needs == "soffice":
        soffice = request.getfixturevalue("soffice")
        return once(folder / spec.file_name, lambda: legacy_ppt(soffice, folder))
    return once(folder / spec.file_name, lambda: MAKERS[spec.name](folder))


@pytest.fixture(scope="session", params=_params(BROKEN))
def broken(request: pytest.FixtureRequest, workdir: Path) -> Path:
    """Each file that is no usable template, in turn."""
    return _broken(request.param, request, workdir)


@pytest.fixture
def broken_named(request: pytest.FixtureRequest, workdir: Path) -> Callable[[str], Path]:
    """One broken file, by its test id."""
    specs = {spec.name: spec for spec in BROKEN}
    return lambda name: _broken(specs[name], request, workdir)
