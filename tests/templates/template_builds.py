"""Making each file of the template tests once a session, and running deckgen as a user does.

A file is made once a test session, even across pytest-xdist's workers: the first worker to need it makes it
under a lock in a folder all workers see (`shared_folder`), the others wait for it and read it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

import deckgen
from paths import REFERENCE, ROOT
from pdf_layout import convert_to_pdf
from template_files import TemplateSpec
from test_layout_decks import _alone, _shared  # the layout tests' lock and shared folder, for the same reason

BUILD_TIMEOUT = 600


def shared_folder(factory: pytest.TempPathFactory, name: str) -> Path:
    """A folder every xdist worker of this session sees (in the session's own temporary folder without xdist)."""
    folder = _shared(factory) / name
    folder.mkdir(exist_ok=True)
    return folder


def once(target: Path, make: Callable[[], object]) -> Path:
    """`target`, made by `make` unless this session made it already (in this worker or another)."""
    with _alone(target.parent, target.name):
        if not target.exists():
            make()
        assert target.exists(), f"{target.name} was not made"
    return target


@dataclass(frozen=True)
class MadeTemplate:
    spec: TemplateSpec
    path: Path

    @property
    def name(self) -> str:
        return self.spec.name


# ---------------------------------------------------------------------------------------------------------------
# The command, as a user runs it


@dataclass(frozen=True)
class Run:
    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    def __str__(self) -> str:
        return f"deckgen {' '.join(self.args)} → exit {self.returncode}\n{self.output}"


def run_deckgen(*args: str) -> Run:
    """`python -m deckgen ARGS…` in its own process, from the repository's root: what a user sees, tracebacks
    included (typer's CliRunner would keep an uncaught exception out of the output)."""
    source = str(Path(deckgen.__file__).resolve().parents[1])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [source, os.environ.get("PYTHONPATH")])))
    done = subprocess.run([sys.executable, "-m", "deckgen", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=BUILD_TIMEOUT)
    return Run(tuple(args), done.returncode, done.stdout, done.stderr)


LEAKS = ("Traceback", "lxml", "zipfile", "KeyError")
"""Words of Python's insides that a plain message never shows (looked for in any case: « BadZipFile » too)."""


def leaks(output: str) -> list[str]:
    return [word for word in LEAKS if word.casefold() in output.casefold()]


@dataclass(frozen=True)
class Built:
    """The reference deck built on a template, or what the build said when it failed."""

    template: MadeTemplate
    pptx: Path
    run: Run

    def ok(self) -> Path:
        """The deck; the test fails with the build's own words where there is none."""
        if self.run.returncode != 0 or not self.pptx.is_file():
            pytest.fail(f"the build on {self.template.path.name} failed:\n{self.run}", pytrace=False)
        return self.pptx


def build_on(template: MadeTemplate, workdir: Path) -> Built:
    """`deckgen build deck/narbonne-2025 --template T -o …`, once a session for each template."""
    folder = workdir / "decks" / template.name
    pptx = folder / f"narbonne-2025-{template.name}.pptx"
    record = folder / "build.json"

    def build() -> None:
        run = run_deckgen("build", str(REFERENCE), "--template", str(template.path), "-o", str(pptx))
        record.write_text(json.dumps([run.args, run.returncode, run.stdout, run.stderr]), encoding="utf-8")

    once(record, build)
    args, returncode, stdout, stderr = json.loads(record.read_text(encoding="utf-8"))
    return Built(template, pptx, Run(tuple(args), returncode, stdout, stderr))


def pdf_of(pptx: Path, soffice: str) -> Path:
    """LibreOffice's PDF of a deck, converted once a session (beside it, with its folder's own profile)."""
    return once(pptx.with_suffix(".pdf"), lambda: convert_to_pdf(soffice, pptx, pptx.parent))
