"""No two modules of deckgen import each other, even through others or for types only: the package layer
under the renderers, the renderers under the build, each readable without the ones above it."""

from __future__ import annotations

import importlib

import pytest

from module_imports import cycles, imports, modules


def test_every_module_imports() -> None:
    for name in modules():
        if name != "deckgen.__main__":
            importlib.import_module(name)


def test_no_module_imports_itself_through_others() -> None:
    found = cycles(imports())
    assert not found, "import cycles: " + "; ".join(" ↔ ".join(component) for component in found)


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
        ({"a": {"b"}, "b": set(), "c": {"c"}}, []),
        ({"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"c"}}, [["a", "b"], ["c", "d"]]),
    ],
)
def test_cycles_are_found(graph: dict[str, set[str]], expected: list[list[str]]) -> None:
    assert sorted(cycles(graph)) == expected


def test_the_imports_read_are_the_ones_written() -> None:
    graph = imports()
    assert "deckgen.render.canvas" in graph["deckgen.render.chart"]  # from .canvas import …
    assert "deckgen.render.drawing" in graph["deckgen.render.slide"]  # from . import drawing
    assert "deckgen.render.package" in graph["deckgen.write"]  # under TYPE_CHECKING
    assert "deckgen.render.chart_part" in graph["deckgen.render.chart_maker"]  # in a function
