"""A LibreOffice kept running, driven through its UNO bridge (unoserver), so a preview does not start one anew.

Why: starting LibreOffice is most of a preview's time (about 3 s of the 4 s a `watch --preview` redraw took).
`deckgen watch --preview` starts one `Office` for its session: unoserver's server, run by the Python that has
LibreOffice's `uno` module (Debian's python3-uno: /usr/bin/python3), which starts soffice headless with a
private profile on free ports; our side speaks to it with unoserver's client (XML-RPC, no `uno` needed).
The server gets its own process group, so stopping the watcher (Ctrl-C, normal exit, atexit) ends it and
the LibreOffice it started; if LibreOffice dies, unoserver exits and the next conversion starts it again.

While it runs, a small state file (its pid and port) lets `deckgen preview` and `build --pdf` use it too.
Where the bridge is not installed, `available()` says so and callers convert with a cold `soffice`.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import importlib.metadata
import importlib.util
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import xmlrpc.client
from collections.abc import Callable
from pathlib import Path

from .errors import Problem
from .i18n import _, decimal

STATE_ENV = "DECKGEN_OFFICE_STATE"
"""Where the running LibreOffice's state file is (tests give each session its own)."""
PYTHON_ENV = "DECKGEN_UNO_PYTHON"
"""The Python that has LibreOffice's `uno` module, when it is not one of the usual places."""
START_TIMEOUT = 90.0  # seconds; unoserver itself waits 7 s before it serves
CONVERT_TIMEOUT = 300.0

Progress = Callable[[str], None]


class OfficeError(Exception):
    """The kept LibreOffice could not be started or could not convert."""


# --- is the bridge there -----------------------------------------------------------------------------


def _python_candidates() -> list[str]:
    found = [os.environ.get(PYTHON_ENV, ""), "/usr/bin/python3", "/usr/lib/libreoffice/program/python"]
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office:
        found.append(str(Path(office).resolve().parent / "python"))  # LibreOffice's own (macOS, Windows)
    return [c for c in dict.fromkeys(found) if c and Path(c).is_file()]


@functools.cache
def uno_python() -> str | None:
    """The first Python that can `import uno`, or None."""
    for candidate in _python_candidates():
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            if subprocess.run([candidate, "-c", "import uno"], capture_output=True, timeout=30).returncode == 0:
                return candidate
    return None


def available() -> bool:
    """Whether a LibreOffice can be kept warm here: unoserver installed with deckgen, and a Python with `uno`."""
    return importlib.util.find_spec("unoserver") is not None and uno_python() is not None


# --- the state file: how `preview` and `build --pdf` find a running one --------------------------------


def state_file() -> Path:
    chosen = os.environ.get(STATE_ENV)
    if chosen:
        return Path(chosen)
    return Path(tempfile.gettempdir()) / f"deckgen-office-{os.getuid() if hasattr(os, 'getuid') else 'user'}.json"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _answers(port: int, timeout: float = 2.0) -> bool:
    """Whether unoserver serves on `port` (its `info` call answers)."""
    proxy = xmlrpc.client.ServerProxy(f"http://127.0.0.1:{port}", allow_none=True)
    previous = socket.getdefaulttimeout()
    socket.setdefaulttimeout(timeout)
    try:
        return isinstance(proxy.info(), dict)
    except (OSError, xmlrpc.client.Error):
        return False
    finally:
        socket.setdefaulttimeout(previous)
        proxy("close")()


def running_port() -> int | None:
    """The port of a LibreOffice kept warm by a `deckgen watch --preview`, if one is running and answers."""
    if importlib.util.find_spec("unoserver") is None:
        return None
    try:
        state = json.loads(state_file().read_text(encoding="utf-8"))
        pid, port = int(state["pid"]), int(state["port"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return port if _pid_alive(pid) and _answers(port) else None


def convert_with(port: int, deck: Path, pdf: Path) -> None:
    """`deck` as a PDF at `pdf`, by the unoserver on `port`."""
    from unoserver.client import UnoClient

    try:
        UnoClient(port=str(port), host_location="local").convert(inpath=str(deck), outpath=str(pdf), convert_to="pdf")
    except (OSError, xmlrpc.client.Error, RuntimeError) as error:
        raise OfficeError(str(error)[:300]) from None
    if not pdf.is_file():
        raise OfficeError(_("LibreOffice wrote no PDF for this deck"))


# --- one kept LibreOffice ----------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _importable_unoserver(into: Path) -> Path:
    """A folder holding only unoserver (the package and its metadata, linked), for the system's Python to
    import: the server and our client are then the same version, and nothing else of our venv leaks in."""
    spec = importlib.util.find_spec("unoserver")
    assert spec is not None and spec.submodule_search_locations
    package = Path(next(iter(spec.submodule_search_locations)))
    distribution = importlib.metadata.distribution("unoserver")
    info = Path(str(distribution.locate_file(""))) / next(
        f.parts[0] for f in distribution.files or () if f.parts[0].endswith((".dist-info", ".egg-info"))
    )
    into.mkdir(parents=True, exist_ok=True)
    for source in (package, info):
        link = into / source.name
        if not link.exists():
            link.symlink_to(source.resolve(), target_is_directory=True)
    return into


_ENDS_WITH_US = """
import ctypes, os, runpy, shutil, signal, sys

def watcher_gone(*_):
    # Its LibreOffice (the rest of this server's process group) killed, its throwaway profile removed, then this
    # server: at once, whatever unoserver was doing (still starting, or converting). unoserver's own SIGTERM
    # handler passes the signal on to LibreOffice's launcher alone, then waits for its converter's retries.
    me = os.getpid()
    for entry in os.listdir("/proc"):
        try:
            if entry.isdigit() and int(entry) != me and os.getpgid(int(entry)) == me:
                os.kill(int(entry), signal.SIGKILL)
        except OSError:
            pass
    shutil.rmtree(os.environ["DECKGEN_OFFICE_HOME"], ignore_errors=True)
    os._exit(0)

signal.signal(signal.SIGUSR2, watcher_gone)
try:  # Linux: the server is sent SIGUSR2, which unoserver leaves alone, when the watcher dies, even by SIGKILL
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGUSR2)  # PR_SET_PDEATHSIG
except (OSError, AttributeError):
    pass
if os.getppid() != int(os.environ["DECKGEN_WATCHER_PID"]):  # the watcher died before that
    watcher_gone()
runpy.run_module("unoserver.server", run_name="__main__", alter_sys=True)
"""


def _server_launch() -> list[str]:
    """How the uno Python runs unoserver's server: on Linux, through a few lines that make it end with the
    process that started it, so no LibreOffice outlives a watcher that was killed; elsewhere, as a module."""
    if sys.platform.startswith("linux"):
        return ["-c", _ENDS_WITH_US]
    return ["-m", "unoserver.server"]


class Office:
    """A LibreOffice started once (`start`), started again if it died (`convert`), stopped with `stop`."""

    def __init__(self, soffice: str, progress: Progress | None = None) -> None:
        self.soffice = soffice
        self.say = progress or (lambda _text: None)
        self.process: subprocess.Popen[bytes] | None = None
        self.port = 0
        self.home = Path(tempfile.mkdtemp(prefix="deckgen-lo-"))  # the profile and the import folder
        atexit.register(self.stop)

    @property
    def profile(self) -> Path:
        return self.home / "profile"

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self) -> None:
        """Start unoserver and its LibreOffice; return once it converts. Says what it does through `progress`."""
        python = uno_python()
        if python is None:
            raise OfficeError(_("no Python here can import LibreOffice's uno module"))
        self._end_process()
        self.port, uno_port = _free_port(), _free_port()
        scratch = self.home / "tmp"  # LibreOffice's and unoserver's temporary files, removed with the profile
        scratch.mkdir(exist_ok=True)
        env = {**os.environ, "PYTHONPATH": str(_importable_unoserver(self.home / "python")), "DECKGEN_WATCHER_PID": str(os.getpid()),
               "DECKGEN_OFFICE_HOME": str(self.home), "TMPDIR": str(scratch)}
        command = [
            python, *_server_launch(), "--quiet", "--executable", self.soffice, "--user-installation", str(self.profile),
            "--port", str(self.port), "--uno-port", str(uno_port),
        ]
        log = (self.home / "unoserver.log").open("ab")
        with log:
            self.process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True)
        self._wait_ready()
        self._write_state()

    def _wait_ready(self) -> None:
        started = time.monotonic()
        self.say(_("starting LibreOffice (once for this session)…"))
        said = 0
        while not _answers(self.port, timeout=1.0):
            waited = time.monotonic() - started
            if not self.alive() or waited > START_TIMEOUT:
                self._end_process()
                raise OfficeError(_("LibreOffice did not start: {log}").format(log=self._log_tail()))
            if waited >= said + 5:
                said = int(waited)
                self.say(_("still starting LibreOffice ({seconds} s)…").format(seconds=said))
            time.sleep(0.2)
        self.say(_("LibreOffice ready in {seconds} s").format(seconds=decimal(time.monotonic() - started, 1)))

    def _log_tail(self) -> str:
        with contextlib.suppress(OSError):
            return (self.home / "unoserver.log").read_text(errors="replace").strip()[-300:]
        return ""

    def _write_state(self) -> None:
        assert self.process is not None
        path = state_file()
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{path.name}.{os.getpid()}")
            temporary.write_text(json.dumps({"pid": self.process.pid, "port": self.port, "profile": str(self.profile)}), encoding="utf-8")
            temporary.replace(path)

    def convert(self, deck: Path, pdf: Path) -> None:
        """`deck` as a PDF at `pdf`; LibreOffice started again first if it died, and once more if it dies now."""
        for attempt in (1, 2):
            if not self.alive():
                if self.process is not None:
                    self.say(_("LibreOffice stopped; starting it again"))
                self.start()
            try:
                convert_with(self.port, deck, pdf)
                return
            except OfficeError:
                if attempt == 2:
                    raise
                self.say(_("LibreOffice did not answer; starting it again"))
                self._end_process()  # dead, dying (a LibreOffice that died takes its unoserver with it) or stuck

    def _end_process(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        for sig, wait in ((signal.SIGTERM, 3.0), (signal.SIGKILL, 5.0)):  # a throwaway profile: nothing to lose
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, sig)  # unoserver and the soffice it started: one group
            try:
                process.wait(wait)
            except subprocess.TimeoutExpired:
                continue
            break
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)  # what is left of the group (soffice.bin outlives unoserver)

    def stop(self) -> None:
        """Nothing left running, no state file of ours, no profile."""
        pid = self.process.pid if self.process is not None else None
        self._end_process()
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            if pid is not None and json.loads(state_file().read_text(encoding="utf-8"))["pid"] == pid:
                state_file().unlink()
        shutil.rmtree(self.home, ignore_errors=True)
        with contextlib.suppress(Exception):
            atexit.unregister(self.stop)

    def __enter__(self) -> Office:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def problem(error: OfficeError, deck: Path) -> Problem:
    return Problem(_("LibreOffice failed: {output}").format(output=str(error)), deck)


if sys.platform == "win32":  # pragma: no cover - process groups are POSIX's; Windows gets the cold path
    def available() -> bool:  # noqa: F811
        return False
