"""deckgen as tools are installed: its wheel built from a copy of the source and installed by pip into a fresh
virtual environment, its dependencies from the index the project's own environment uses — once per session."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from paths import ROOT
from wheel_install import Installed, pip


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("install")
    # A copy of what the wheel is made of: setuptools keeps a build/ folder beside the source, whose stale files
    # (a moved brand, say) would go into the next wheel; and the checkout stays as it was.
    source = base / "source"
    ignored = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build")
    shutil.copytree(ROOT / "src", source / "src", ignore=ignored)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    built = pip(sys.executable, "-m", "pip", "wheel", "--no-deps", "-v", "-w", str(base / "dist"), str(source), cwd=base)
    [wheel] = (base / "dist").glob("deckgen-*.whl")
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    pip(str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel), cwd=base)
    return Installed(venv, built)
