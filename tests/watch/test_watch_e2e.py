"""`deckgen watch` as a writer runs it: a real process, real saves, Ctrl-C. Every wait is on a condition,
bounded; the watcher polls here (WATCHFILES_FORCE_POLLING), the in-process tests use the OS's notifications."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import pytest

from watch_helpers import BROKEN, BROKEN_MESSAGE, GOOD, WAIT, replace

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Ctrl-C is a signal sent to the process on POSIX only")

SUMMARY = re.compile(r"\S+\.pptx: \d+ slides, \d+ quiz pairs, \d+ KiB, \d+\.\d\d s.*")


class Process:
    """A running `python -m deckgen …`, its output collected line by line as it comes."""

    def __init__(self, args: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "WATCHFILES_FORCE_POLLING": "1", "WATCHFILES_POLL_DELAY_MS": "100", **(env or {})}
        self.popen = subprocess.Popen(
            [sys.executable, "-m", "deckgen", *args], cwd=cwd, env=env, text=True, encoding="utf-8",
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        self.out: list[str] = []
        self.err: list[str] = []
        self._readers = [
            threading.Thread(target=self._read, args=(self.popen.stdout, self.out), daemon=True),
            threading.Thread(target=self._read, args=(self.popen.stderr, self.err), daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    @staticmethod
    def _read(stream: IO[str], lines: list[str]) -> None:
        for line in stream:
            lines.append(line.rstrip("\n"))

    def wait_for(self, condition: Callable[[], bool], what: str, timeout: float = WAIT) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if self.popen.poll() is not None:
                pytest.fail(f"deckgen watch ended ({self.popen.returncode}) while waiting for {what}:\n{self.transcript()}")
            if time.monotonic() > deadline:
                pytest.fail(f"no {what} within {timeout} s:\n{self.transcript()}")
            time.sleep(0.05)

    def summaries(self) -> list[str]:
        return [line for line in self.out if SUMMARY.fullmatch(line)]

    def transcript(self) -> str:
        return "stdout:\n" + "\n".join(self.out) + "\nstderr:\n" + "\n".join(self.err)

    def close(self) -> None:
        if self.popen.poll() is None:
            self.popen.kill()
        self.popen.wait(10)
        for reader in self._readers:
            reader.join(10)
        for stream in (self.popen.stdout, self.popen.stderr):
            if stream is not None:
                stream.close()

    def interrupt(self, timeout: float = 10) -> int:
        self.popen.send_signal(signal.SIGINT)
        code = self.popen.wait(timeout)
        for reader in self._readers:
            reader.join(timeout)
        return code


@pytest.fixture
def watching(deck: Path, tmp_path: Path) -> Iterator[Process]:
    process = Process(["watch", str(deck), "-o", str(tmp_path / "out.pptx")], cwd=tmp_path)
    yield process
    process.close()


def test_watch_rebuilds_on_save_keeps_the_last_good_deck_and_stops_on_ctrl_c(watching: Process, deck: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.pptx"
    event = deck / "event.yaml"
    watching.wait_for(lambda: len(watching.summaries()) == 1 and any(line.startswith("watching ") for line in watching.out),
                      "first build", timeout=WAIT + 10)
    first = output.read_bytes()

    replace(event, *GOOD)
    watching.wait_for(lambda: len(watching.summaries()) == 2, "rebuild after a good save")
    assert watching.summaries()[1].endswith("; slide 1 changed")
    good = output.read_bytes()
    assert good != first

    line = replace(event, *BROKEN)
    located = re.compile(rf"error: deck/narbonne-2025/event\.yaml:{line}:\d+: agenda\[\d+\]\.quiz\[\d+\]\.answer: {re.escape(BROKEN_MESSAGE)}")
    watching.wait_for(lambda: any(located.fullmatch(text) for text in watching.err), "located error after a broken save")
    watching.wait_for(lambda: any("not rebuilt" in text for text in watching.err), "« not rebuilt »")
    assert output.read_bytes() == good
    written = output.stat().st_mtime_ns

    replace(event, BROKEN[1], BROKEN[0])
    watching.wait_for(lambda: len(watching.summaries()) == 3, "rebuild after the fix")
    assert output.stat().st_mtime_ns != written  # a new deck…
    assert output.read_bytes() == good  # …the same bytes as the last good one: the same event

    assert watching.interrupt() == 0, watching.transcript()
    assert watching.out[-1] == "stopped."
    assert "Traceback" not in "\n".join(watching.err), watching.transcript()


# --- the LibreOffice kept warm (office.py) ------------------------------------------------------------


def _office_processes(marker: str) -> dict[int, str]:
    """Every live process whose command line holds `marker` (a zombie's is empty): pid → command line."""
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                line = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if marker in line:
                found[int(entry.name)] = line
    return found


def _pictures(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("slide-*.png"))}


@pytest.fixture
def kept_office() -> None:
    from deckgen import office

    if not office.available():
        if os.environ.get("DECKGEN_REQUIRE_LIBREOFFICE") == "1":
            pytest.fail("DECKGEN_REQUIRE_LIBREOFFICE=1 but LibreOffice's bridge (python3-uno, unoserver) is not installed")
        pytest.skip("LibreOffice's bridge (python3-uno, unoserver) is not installed")


@pytest.mark.libreoffice
def test_watch_preview_keeps_one_libreoffice_restarts_it_and_leaves_none_after_ctrl_c(
    soffice: str, kept_office: None, deck: Path, tmp_path: Path
) -> None:
    private = tmp_path / "tmp"  # the profile is made here: every LibreOffice of this session names it
    private.mkdir()
    state = tmp_path / "office.json"
    env = {"TMPDIR": str(private), "DECKGEN_OFFICE_STATE": str(state)}
    output, pictures = tmp_path / "out.pptx", tmp_path / "out-preview"
    watching = Process(["watch", str(deck), "-o", str(output), "--preview"], cwd=tmp_path, env=env)
    try:
        watching.wait_for(lambda: len(watching.summaries()) == 1 and any(line.startswith("watching ") for line in watching.out),
                          "first build and pictures", timeout=WAIT + 120)
        assert any(line.startswith("starting LibreOffice") for line in watching.out), watching.transcript()
        assert any(line.startswith("LibreOffice ready in ") for line in watching.out), watching.transcript()
        assert watching.summaries()[0].split("; ")[-1].startswith("preview redrawn in "), watching.transcript()
        assert state.is_file()
        first = _pictures(pictures)
        assert len(first) == 36

        # A good edit: the changed slide's picture alone is redrawn, by the LibreOffice already running.
        running = {pid for pid, line in _office_processes(str(private)).items() if "soffice.bin" in line}
        assert len(running) == 1, _office_processes(str(private))
        replace(deck / "event.yaml", *GOOD)
        watching.wait_for(lambda: len(watching.summaries()) == 2, "pictures after a good save", timeout=WAIT + 60)
        assert watching.summaries()[1].endswith("; slide 1 changed; 1 picture redrawn in " + watching.summaries()[1].rsplit(" in ", 1)[1])
        edited = _pictures(pictures)
        assert [name for name in edited if edited[name] != first[name]] == ["slide-01.png"]
        assert {pid for pid, line in _office_processes(str(private)).items() if "soffice.bin" in line} == running  # the same one

        # `build --pdf` uses it: the soffice on its PATH here fails, so a cold conversion could not have made the PDF.
        fake = tmp_path / "bin"
        fake.mkdir()
        (fake / "soffice").write_text("#!/bin/sh\nexit 1\n")
        (fake / "soffice").chmod(0o755)
        built = subprocess.run([sys.executable, "-m", "deckgen", "build", str(deck), "-o", str(tmp_path / "other.pptx"), "--pdf"],
                               cwd=tmp_path, env={**os.environ, **env, "PATH": f"{fake}{os.pathsep}{os.environ['PATH']}"},
                               capture_output=True, text=True, timeout=WAIT + 60)
        assert built.returncode == 0 and (tmp_path / "other.pdf").is_file(), built.stdout + built.stderr

        # LibreOffice killed mid-session: the next save starts it again, and its picture is right.
        for pid in running:
            os.kill(pid, signal.SIGKILL)
        replace(deck / "event.yaml", GOOD[1], GOOD[0])
        watching.wait_for(lambda: len(watching.summaries()) == 3, "pictures after LibreOffice was killed", timeout=WAIT + 120)
        assert any("starting it again" in line for line in watching.out), watching.transcript()
        assert watching.summaries()[2].endswith(" picture redrawn in " + watching.summaries()[2].rsplit(" in ", 1)[1]), watching.transcript()
        again = _pictures(pictures)
        assert again["slide-01.png"] != edited["slide-01.png"]
        assert again == first, [name for name in again if again[name] != first[name]]  # the venue as it was: the pictures as they were
        restarted = {pid for pid, line in _office_processes(str(private)).items() if "soffice.bin" in line}
        assert len(restarted) == 1 and not restarted & running

        # Ctrl-C: nothing of it left running, no state file left behind.
        assert watching.interrupt(timeout=30) == 0, watching.transcript()
        assert watching.out[-1] == "stopped."
        assert "Traceback" not in "\n".join(watching.err), watching.transcript()
        deadline = time.monotonic() + 2
        while _office_processes(str(private)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _office_processes(str(private)) == {}
        assert not state.exists()
    finally:
        watching.close()
        for pid in _office_processes(str(private)):  # never leave one behind, even when the test failed
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


@pytest.mark.libreoffice
@pytest.mark.parametrize("how", ["SIGTERM", "SIGHUP", "SIGKILL"])
def test_a_watch_ended_otherwise_than_by_ctrl_c_leaves_no_libreoffice(soffice: str, kept_office: None, deck: Path, tmp_path: Path, how: str) -> None:
    """`kill`, the terminal closed, or the watcher killed outright (Linux: its server ends with it)."""
    if how == "SIGKILL" and not sys.platform.startswith("linux"):
        pytest.skip("a server ending with the process that started it is Linux's (PR_SET_PDEATHSIG)")
    private = tmp_path / "tmp"
    private.mkdir()
    env = {"TMPDIR": str(private), "DECKGEN_OFFICE_STATE": str(tmp_path / "office.json")}
    watching = Process(["watch", str(deck), "-o", str(tmp_path / "out.pptx"), "--preview"], cwd=tmp_path, env=env)
    try:
        watching.wait_for(lambda: any(line.startswith("watching ") for line in watching.out), "the watch running", timeout=WAIT + 120)
        assert any("soffice.bin" in line for line in _office_processes(str(private)).values()), _office_processes(str(private))
        watching.popen.send_signal(getattr(signal, how))
        code = watching.popen.wait(30)
        if how != "SIGKILL":
            assert code == 0, watching.transcript()
            watching.close()
            assert watching.out[-1] == "stopped.", watching.transcript()
        deadline = time.monotonic() + 15
        while _office_processes(str(private)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _office_processes(str(private)) == {}
        assert not list(private.glob("deckgen-lo-*")), "LibreOffice's throwaway profile left behind"
        assert not list(private.glob("lu*.tmp")), "LibreOffice's temporary files left behind"
    finally:
        watching.close()
        for pid in _office_processes(str(private)):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
