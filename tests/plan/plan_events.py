"""Inputs for the plan-stage tests: small events built with the model, and the reference event.

The plan stage takes a valid `Event`; these helpers build one directly with the pydantic model (so each
test shows its input) and check it passes the loader's cross-field rules, so no test plans an event the
loader would refuse. The reference event is read with a plain YAML parser, not the loader, so a change in
`deckgen.load` cannot break the plan's tests.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from ruamel.yaml import YAML

from deckgen.load.compose import compose
from deckgen.model import Event
from deckgen.model.checks import check_event
from deckgen.plan import plan_deck
from deckgen.plan.specs import DeckPlan, Slide

ROOT = Path(__file__).resolve().parents[2]
REFERENCE_FOLDER = ROOT / "deck" / "narbonne-2025"
FOLDER = Path("events") / "test"  # where a small event's relative paths start

S = TypeVar("S", bound=Slide)


def event(agenda: list[dict[str, Any]], **fields: Any) -> Event:
    """A minimal valid French event with this agenda; `fields` override or add top-level keys."""
    data: dict[str, Any] = {
        "title": "Journée test",
        "date": "2025-11-07",
        "venue": "Palais du Travail",
        "city": "Narbonne",
        "organiser": "ansa",
        "organisations": {"ansa": {"name": "Agence nouvelle des solidarités actives"}},
        "agenda": agenda,
    }
    data.update(fields)
    built = Event.model_validate(data)
    findings = check_event(built)
    assert findings == [], f"the test's event would be refused at load: {findings}"
    return built


def plan(built: Event, folder: Path = FOLDER) -> DeckPlan:
    return plan_deck(built, folder)


def body(deck: DeckPlan) -> tuple[Slide, ...]:
    """The slides the agenda gives: without the title, the programme (when the agenda has times) and the
    closing slide."""
    return deck.slides[2 if deck.slides[1].kind == "agenda" else 1 : -1]


def only(deck: DeckPlan, kind: type[S]) -> S:
    """The one slide of this kind in the deck."""
    found = [slide for slide in deck.slides if isinstance(slide, kind)]
    assert len(found) == 1, f"expected one {kind.__name__}, found {len(found)}"
    return found[0]


def all_of(deck: DeckPlan, kind: type[S]) -> list[S]:
    return [slide for slide in deck.slides if isinstance(slide, kind)]


@cache
def reference_data() -> dict[str, Any]:
    """The reference event's YAML as plain data, its included files merged in (copy before changing it)."""
    data = compose(REFERENCE_FOLDER / "event.yaml", REFERENCE_FOLDER).data
    assert isinstance(data, dict)
    return data


def reference_event(**fields: Any) -> Event:
    """The reference event, with `fields` overriding its top-level keys."""
    built = Event.model_validate({**reference_data(), **fields})
    findings = check_event(built)
    assert findings == [], f"the changed reference event would be refused at load: {findings}"
    return built


@cache
def reference_plan() -> DeckPlan:
    """The reference deck's plan (frozen, so shared by every test)."""
    return plan_deck(reference_event(), REFERENCE_FOLDER)
