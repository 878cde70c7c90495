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
    """The reference, Toulouse, the stress event, then every other event under deck/, each once."""
    found = [REFERENCE, DECKS / "toulouse-2026", STRESS, *sorted(p.parent for p in DECKS.glob("*/event.yaml"))]
    return list(dict.fromkeys(path.resolve() for path in found))


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


@pytest.fixture(scope="module", params=CASES, ids=[f"{folder.name}-{locale}" for folder, locale in CASES])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Built:
    folder, locale = request.param
    name = f"{folder.name}-{locale}"
    place = _shared(tmp_path_factory) / "layout-decks" / name
    pptx = place / f"{name}.pptx"
    with _alone(place, "build"):
        event = _event_folder(folder, locale, place)
        if not pptx.is_file():
            build_deck(event, pptx, allow_outside=locale != "fr")
    loaded = load_event(event, allow_outside=locale != "fr")
    return Built(name, pptx, loaded, read_deck(pptx))


@pytest.fixture(scope="module")
def pages(built: Built, soffice: str) -> list[Page]:
    """LibreOffice's rendering of the deck, read back word by word."""
    pdf = built.pptx.with_suffix(".pdf")
    with _alone(built.pptx.parent, "pdf"):
        if not pdf.is_file():
            convert_to_pdf(soffice, built.pptx, built.pptx.parent)
    return read_layout(pdf)


def _none(faults: list[Fault], what: str, built: Built) -> None:
    """Fail with every fault, one a line (pytest's repr of the list would cut it short)."""
    if faults:
        pytest.fail(f"{built.name}: {len(faults)} {what}:\n{listing(faults)}", pytrace=False)


@pytest.mark.libreoffice
def test_no_text_over_text(built: Built, pages: list[Page]) -> None:
    """Words over words (on one pdftotext line or not), lines over lines, text off the slide, body text in the
    footer band."""
    _none(text_over_text(pages, built.deck), "texts over texts", built)


def test_no_run_under_its_roles_floor(built: Built) -> None:
    _none(under_floor(built.deck), "runs under their floor (or in boxes of no role)", built)


def test_no_two_slides_with_one_title(built: Built) -> None:
    _none(duplicate_titles(built.deck), "slides without a title of their own", built)


@pytest.mark.libreoffice
def test_no_orphan_continuation(built: Built, pages: list[Page]) -> None:
    _none(orphan_continuations(pages, built.deck), "orphan continuation slides", built)


def test_every_text_of_the_event_is_on_the_slides(built: Built) -> None:
    _none(missing_texts(built.loaded, built.deck), "texts of the event on no slide", built)
