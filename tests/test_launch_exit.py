"""The `deckgen` command ends without Python's teardown (launch.py), and nothing of its ending is lost: the
exit status of each way a command ends, all it printed, what other exit handlers and temporary folders
do at exit; an exception that is not an exit ends as Python ends it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from paths import REFERENCE

from deckgen.launch import exit_status

BUFFERED = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
"""What a user's shell gives: Python's output buffered, so that what is still in its buffers at exit shows."""
DECKGEN = [sys.executable, "-c", "import sys; from deckgen.launch import main; sys.argv[0] = 'deckgen'; main()"]


def _deckgen(*arguments: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*DECKGEN, *arguments], capture_output=True, text=True, timeout=120, check=False, cwd=cwd, env=BUFFERED)


@pytest.mark.parametrize(("code", "status"), [(None, 0), (0, 0), (1, 1), (2, 2), (130, 130), ("a message", 1)])
def test_the_status_is_python_s_for_each_exit_code(code: object, status: int) -> None:
    assert exit_status(code) == status


def test_each_way_a_command_ends_keeps_its_status_and_its_words(tmp_path: Path) -> None:
    built = _deckgen("build", str(REFERENCE), "-o", str(tmp_path / "deck.pptx"))
    assert built.returncode == 0 and "36 slides" in built.stdout, built.stderr
    missing = _deckgen("build", str(tmp_path / "nowhere"))
    assert missing.returncode == 1 and "nowhere" in missing.stderr
    usage = _deckgen("no-such-command")
    assert usage.returncode == 2 and "no-such-command" in usage.stderr
    language = _deckgen("--version", "--lang", "xx")
    assert language.returncode == 2 and "xx" in language.stderr


def test_all_a_command_prints_reaches_the_pipe() -> None:
    # More than a pipe's buffer, written in pieces: what is still in Python's buffer at exit is flushed. The
    # same command through `python -m deckgen.cli` ends with Python's own teardown.
    shown = _deckgen("outline", str(REFERENCE), "--format", "markdown")
    command = [sys.executable, "-m", "deckgen.cli", "outline", str(REFERENCE), "--format", "markdown"]
    expected = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True, env=BUFFERED)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout == expected.stdout and len(shown.stdout) > 4096


def test_what_exit_handlers_print_is_written() -> None:
    # Python flushes what the command printed before the exit handlers run; what a handler prints after
    # that waits in Python's buffers, which launch.py flushes before it ends the process.
    code = (
        "import atexit, sys\nfrom deckgen import launch\nimport deckgen.cli as cli\n"
        "def command(argv):\n    print('a line, ', end='')\n"
        "    atexit.register(print, 'said at exit', end='')\n    atexit.register(print, 'and its error', end='', file=sys.stderr)\n    sys.exit(0)\n"
        "cli.main = command\nsys.argv = ['deckgen']\nlaunch.main()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False, env=BUFFERED)
    assert (done.returncode, done.stdout, done.stderr) == (0, "a line, said at exit", "and its error")


def test_exit_handlers_and_temporary_folders_of_the_command_still_run(tmp_path: Path) -> None:
    marker, kept = tmp_path / "handler-ran", tmp_path / "temporary-folder"
    code = (
        "import atexit, sys, tempfile\n"
        "from pathlib import Path\n"
        "from deckgen import launch\n"
        "import deckgen.cli as cli\n"
        "def command(argv):\n"
        f"    atexit.register(Path({str(marker)!r}).write_text, 'ran')\n"
        "    folder = tempfile.TemporaryDirectory()\n"
        f"    Path({str(kept)!r}).write_text(folder.name)\n"
        "    sys.folder = folder  # alive until the end: removed by its finalizer at exit\n"
        "    sys.exit(3)\n"
        "cli.main = command\n"
        "sys.argv = ['deckgen']\n"
        "launch.main()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False, env=BUFFERED)
    assert done.returncode == 3, done.stderr
    assert marker.read_text() == "ran"
    assert not Path(kept.read_text()).exists()


def test_an_exception_that_is_not_an_exit_ends_as_python_ends_it() -> None:
    code = "import sys\nfrom deckgen import launch\nimport deckgen.cli as cli\ndef command(argv):\n    raise RuntimeError('a bug')\ncli.main = command\nsys.argv = ['deckgen']\nlaunch.main()\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False, env=BUFFERED)
    assert done.returncode == 1 and "Traceback" in done.stderr and "RuntimeError: a bug" in done.stderr
