"""A wheel of deckgen installed into a fresh virtual environment by pip (conftest.installed makes it), and
deckgen run from it as its user runs it."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

OFFLINE = ("No matching distribution found", "Could not find a version that satisfies", "Failed to establish a new connection")
"""What pip says when the index cannot give what the wheel needs: installing is impossible here, nothing is wrong."""


@dataclass(frozen=True)
class Installed:
    """A virtual environment with only deckgen's wheel and its dependencies in it."""

    venv: Path
    built: str = ""  # what building the wheel printed (pip -v: setuptools' warnings included)

    def run(self, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
        """`deckgen ARGS` as its user types it, from `cwd`, with no hint of where the source is."""
        env = {k: v for k, v in os.environ.items() if k not in ("DECKGEN_ASSETS", "PYTHONPATH", "VIRTUAL_ENV")}
        return subprocess.run([str(self.venv / "bin" / "deckgen"), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)

    def python(self, code: str, cwd: Path) -> str:
        done = subprocess.run([str(self.venv / "bin" / "python"), "-c", code], cwd=cwd, capture_output=True, text=True, timeout=60, check=True)
        return done.stdout.strip()


def pip(*args: str, cwd: Path) -> str:
    """pip, as the project's environment has it configured, and what it printed; a test skip when only the
    index is missing (unless DECKGEN_REQUIRE_WHEEL=1 or CI says the test must run), a failure for any other
    reason."""
    done = subprocess.run([*args], cwd=cwd, capture_output=True, text=True, timeout=600, env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"})
    said = done.stdout + done.stderr
    if done.returncode == 0:
        return said
    if any(words in said for words in OFFLINE):
        if os.environ.get("DECKGEN_REQUIRE_WHEEL") == "1" or os.environ.get("CI") == "true":
            pytest.fail(f"the wheel must be installed here (DECKGEN_REQUIRE_WHEEL=1) but pip cannot reach what it needs:\n{said[-2000:]}")
        pytest.skip(f"pip cannot install offline here: {said.strip().splitlines()[-1]}")
    pytest.fail(f"{' '.join(args)} failed:\n{said[-4000:]}")
