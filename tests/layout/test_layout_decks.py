"""Every deck as a presenter would project it: the five layout rules of faults.py, on each event, in French as
written and in English.

The decks: the reference, Toulouse, the stress event and any other folder of deck/ with an event.yaml (so a new
event is covered as soon as it is written). Each is built once and converted to PDF once per test session, even
across pytest-xdist's workers: the first worker to need a deck builds and converts it under a lock, the others
read what it wrote.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

from deckgen.build import build_deck
from deckgen.load import LoadedEvent, load_event
from faults import Deck, Fault, duplicate_titles, listing, missing_texts, orphan_continuations, read_deck, text_over_text, under_floor
from pdf_layout import Page, convert_to_pdf, read_layout
from paths import DECKS, REFERENCE

try:
    import fcntl
except ImportError:  # Windows: each worker builds its own decks
    fcntl = None  # type: ignore[assignment]

STRESS = Path(__file__).parent / "stress"
LOCALES = ("fr", "en")


def _folders() -> list[Path]:
    """The reference, Toulouse, the stress event, then every other event under deck/, each once; a folder
    that only sets another's `locale` is that deck in a language this test builds it in already."""
    found = [REFERENCE, DECKS / "toulouse-2026", STRESS, *sorted(p.parent for p in DECKS.glob("*/event.yaml"))]
    return [path for path in dict.fromkeys(path.resolve() for path in found) if not _only_a_locale(path)]


def _only_a_locale(folder: Path) -> bool:
    import yaml

    written = yaml.safe_load((folder / "event.yaml").read_text(encoding="utf-8")) or {}
    return isinstance(written, dict) and set(written) <= {"extends", "locale"} and "extends" in written


CASES = [(folder, locale) for folder in _folders() for locale in LOCALES]


@dataclass(frozen=True)
class Built:
    name: str  # e.g. narbonne-2025-en
    pptx: Path
    loaded: LoadedEvent
    deck: Deck


def _shared(factory: pytest.TempPathFactory) -> Path:
    """A folder every xdist worker of this session sees (the session's own temporary folder without xdist)."""
    base = factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") and fcntl is not None else base


@contextmanager
def _alone(folder: Path, step: str) -> Iterator[None]:
    """Hold `folder`'s lock for `step`: one worker builds (or converts) its deck while the others wait for it.
    One lock per step, so that a test reading the deck's XML never waits for another's conversion."""
    folder.mkdir(parents=True, exist_ok=True)
    if fcntl is None:
        yield
        return
    with open(folder / f".{step}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _event_folder(folder: Path, locale: str, into: Path) -> Path:
    """The event as written, or an event extending it that only changes its language."""
    if locale == "fr":
        return folder
    english = into / "event"
    english.mkdir(exist_ok=True)
    (english / "event.yaml").write_text(f'extends: "{folder.as_posix()}"\nlocale: {locale}\n', encoding="utf-8")
    return english


# Each worker keeps what it read; the files are shared. Plain caches, not fixtures parametrised by deck: pytest
# would run a deck's five tests one after the other, and xdist, which deals tests out in turn, would then have
# every worker wait for the same conversion. In the order written (rule by rule) the workers convert different
# decks at once.
_BUILT: dict[str, Built] = {}
_PAGES: dict[str, list[Page]] = {}


@pytest.fixture(scope="session")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _shared(tmp_path_factory) / "layout-decks"


def _built(case: tuple[Path, str], workdir: Path) -> Built:
    folder, locale = case
    name = f"{folder.name}-{locale}"
    if name not in _BUILT:
        place = workdir / name
        pptx = place / f"{name}.pptx"
        with _alone(place, "build"):
            event = _event_folder(folder, locale, place)
            if not pptx.is_file():
                build_deck(event, pptx, allow_outside=locale != "fr")
        _BUILT[name] = Built(name, pptx, load_event(event, allow_outside=locale != "fr"), read_deck(pptx))
    return _BUILT[name]


def _pages(built: Built, soffice: str) -> list[Page]:
    """LibreOffice's rendering of the deck, read back word by word."""
    if built.name not in _PAGES:
        pdf = built.pptx.with_suffix(".pdf")
        with _alone(built.pptx.parent, "pdf"):
            if not pdf.is_file():
                convert_to_pdf(soffice, built.pptx, built.pptx.parent)
        _PAGES[built.name] = read_layout(pdf)
    return _PAGES[built.name]


def _none(faults: list[Fault], what: str, built: Built) -> None:
    """Fail with every fault, one a line (pytest's repr of the list would cut it short)."""
    if faults:
        pytest.fail(f"{built.name}: {len(faults)} {what}:\n{listing(faults)}", pytrace=False)


each_deck = pytest.mark.parametrize("case", CASES, ids=[f"{folder.name}-{locale}" for folder, locale in CASES])


@pytest.mark.libreoffice
@each_deck
def test_no_text_over_text(case: tuple[Path, str], workdir: Path, soffice: str) -> None:
    """Words over words (on one pdftotext line or not), lines over lines, text off the slide, body text in the
    footer band."""
    built = _built(case, workdir)
    _none(text_over_text(_pages(built, soffice), built.deck), "texts over texts", built)


@each_deck
def test_no_run_under_its_roles_floor(case: tuple[Path, str], workdir: Path) -> None:
    built = _built(case, workdir)
    _none(under_floor(built.deck), "runs under their floor (or in boxes of no role)", built)


@each_deck
def test_no_two_slides_with_one_title(case: tuple[Path, str], workdir: Path) -> None:
    built = _built(case, workdir)
    _none(duplicate_titles(built.deck), "slides without a title of their own", built)


@pytest.mark.libreoffice
@each_deck
def test_no_orphan_continuation(case: tuple[Path, str], workdir: Path, soffice: str) -> None:
    built = _built(case, workdir)
    _none(orphan_continuations(_pages(built, soffice), built.deck), "orphan continuation slides", built)


@each_deck
def test_every_text_of_the_event_is_on_the_slides(case: tuple[Path, str], workdir: Path) -> None:
    built = _built(case, workdir)
    _none(missing_texts(built.loaded, built.deck), "texts of the event on no slide", built)
