"""The model's shape: every field documented, unknown keys refused and values frozen everywhere."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

import deckgen.model as model
from deckgen.model import Event
from deckgen.model.docs import field_docstrings


def _models_in(annotation: Any) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
        return
    for argument in typing.get_args(annotation):
        yield from _models_in(argument)


def reachable_models() -> list[type[BaseModel]]:
    """Every model class an Event can contain, found through the fields' annotations."""
    seen: dict[type[BaseModel], None] = {}
    todo: list[type[BaseModel]] = [Event]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen[current] = None
        for field in current.model_fields.values():
            todo.extend(_models_in(field.annotation))
    return sorted(seen, key=lambda m: m.__name__)


MODELS = reachable_models()


def test_the_walk_finds_every_model() -> None:
    exported = {
        value for name in model.__all__
        if isinstance(value := getattr(model, name), type) and issubclass(value, BaseModel)
    }
    assert set(MODELS) == exported
    assert len(MODELS) == 28


@pytest.mark.parametrize("cls", MODELS, ids=lambda m: m.__name__)
def test_every_field_has_a_description(cls: type[BaseModel]) -> None:
    documented = field_docstrings(cls)
    missing = [name for name in cls.model_fields if not documented.get(name, "").strip()]
    assert not missing, f"{cls.__name__}: fields without a docstring: {missing}"
    assert (cls.__doc__ or "").strip(), f"{cls.__name__} has no docstring"


def test_every_property_of_the_json_schema_has_a_description() -> None:
    schema = Event.model_json_schema()
    definitions: dict[str, Any] = schema.get("$defs", {})
    blocks = {"Event": schema, **definitions}
    undocumented = [
        f"{name}.{prop}"
        for name, block in blocks.items()
        for prop, spec in block.get("properties", {}).items()
        if not spec.get("description")
    ]
    assert not undocumented
    assert len(blocks) == 28  # every model shows up in the schema


@pytest.mark.parametrize("cls", MODELS, ids=lambda m: m.__name__)
def test_unknown_keys_are_forbidden(cls: type[BaseModel]) -> None:
    assert cls.model_config.get("extra") == "forbid"
    with pytest.raises(ValidationError) as caught:
        cls.model_validate({"surprise": 1})
    assert ("surprise",) in [tuple(e["loc"]) for e in caught.value.errors() if e["type"] == "extra_forbidden"]


@pytest.mark.parametrize("cls", MODELS, ids=lambda m: m.__name__)
def test_models_are_frozen(cls: type[BaseModel]) -> None:
    assert cls.model_config.get("frozen") is True


def test_a_frozen_event_cannot_be_changed() -> None:
    event = Event.model_validate(
        {"title": "T", "date": "2025-11-07", "venue": "V", "city": "C", "organiser": "o", "agenda": [{"kind": "break"}]}
    )
    with pytest.raises(ValidationError):
        event.title = "other"  # type: ignore[misc]


def test_defaults() -> None:
    event = Event.model_validate(
        {"title": "T", "date": "2025-11-07", "venue": "V", "city": "C", "organiser": "o", "agenda": [{"kind": "break"}]}
    )
    assert (event.locale, event.brand, event.footer, event.training) == ("fr", "ansa", None, None)
    assert (event.organisations, event.people, event.sponsors) == ({}, {}, [])
    assert event.footer_text == "T"


@pytest.mark.parametrize(
    ("locale", "read"), [("fr", "fr"), ("en", "en"), ("fr_FR", "fr_FR"), ("FR", "fr"), ("Fr", "fr"), ("fr-fr", "fr_FR"), (" en-GB ", "en_GB")]
)
def test_locale_accepts_language_codes_however_cased(locale: str, read: str) -> None:
    assert Event.model_fields["locale"].default == "fr"
    event = Event.model_validate(
        {"title": "T", "date": "2025-11-07", "venue": "V", "city": "C", "organiser": "o", "locale": locale,
         "agenda": [{"kind": "break"}]}
    )
    assert event.locale == read


@pytest.mark.parametrize("locale", ["french", "français", "fr_FRA", ""])
def test_locale_refuses_anything_else(locale: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Event.model_validate(
            {"title": "T", "date": "2025-11-07", "venue": "V", "city": "C", "organiser": "o", "locale": locale,
             "agenda": [{"kind": "break"}]}
        )
    assert [tuple(e["loc"]) for e in caught.value.errors()] == [("locale",)]


def test_agenda_items_and_slides_are_chosen_by_kind() -> None:
    kinds = {
        typing.get_args(cls.model_fields["kind"].annotation)[0]: cls
        for cls in MODELS
        if "kind" in cls.model_fields
    }
    assert kinds == {
        "arrival": model.Arrival, "welcome": model.Welcome, "witnesses": model.Witnesses, "talk": model.Talk, "round_table": model.RoundTable,
        "break": model.Break, "lunch": model.Lunch, "workshops": model.Workshops, "conclusion": model.Conclusion,
        "bullets": model.BulletsSlide, "figures": model.FiguresSlide, "quote": model.QuoteSlide,
        "concept_map": model.ConceptMapSlide, "chart": model.ChartSlide,
    }
