"""What a record's class says of its fields names fields it has: a field left out of equality
(`Uncompared.uncompared`) or out of a text's measure (`Style.unmeasured`, `P.unmeasured`) by a misspelt name
would be compared or measured without a word, where a dataclass's field(compare=False) could not be misspelt."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import deckgen
from deckgen.records import Uncompared
from deckgen.render.canvas import P, Style


def _uncompared_classes() -> list[type[Uncompared]]:
    for module in pkgutil.walk_packages(deckgen.__path__, "deckgen."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found: list[type[Uncompared]] = []
    pending = list(Uncompared.__subclasses__())
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return found


CLASSES = _uncompared_classes()


def test_the_records_that_leave_fields_out_are_found() -> None:
    assert {cls.__qualname__ for cls in CLASSES} >= {"Slide", "AgendaSlide", "Part", "Template"}


@pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: f"{cls.__module__}.{cls.__qualname__}")
def test_what_a_record_leaves_out_of_its_equality_is_its_fields(cls: type[Uncompared]) -> None:
    assert cls.uncompared and cls.uncompared <= set(cls.__struct_fields__), cls.uncompared - set(cls.__struct_fields__)


@pytest.mark.parametrize("cls", [Style, P])
def test_what_a_text_style_leaves_out_of_its_measure_is_its_fields(cls: type[Style] | type[P]) -> None:
    assert cls.unmeasured <= set(cls.__struct_fields__), cls.unmeasured - set(cls.__struct_fields__)
