"""Which renderer draws each kind of slide, and on which ground: declared by each renderer, where it is defined.

A renderer says what it draws with `@renders(SpecClass)`, dark slides (on the brand's primary colour) with
`dark=True`; how a kind continues on a next slide is declared by its spec class (`Slide.continues`). Nothing
else lists the kinds: a test checks that every spec class has exactly one renderer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from msgspec import Struct

from ..plan.specs import Slide

if TYPE_CHECKING:
    from .canvas import Canvas

Renderer = Callable[["Canvas", Any], None]
R = TypeVar("R", bound=Renderer)


class Drawing(Struct, frozen=True):
    """How one kind of slide is drawn."""

    renderer: Renderer
    dark: bool
    """Drawn on the brand's primary colour: light text, the dark footer."""
    family: str
    """The family of layouts it goes on in a template (layouts.py): title, section, content, two_columns,
    title_only, quiz, break, closing."""


DRAWINGS: dict[str, Drawing] = {}
"""Slide kind → how it is drawn; filled by `@renders` as the renderer modules are imported."""


def renders(spec: type[Slide], *, dark: bool = False, family: str = "title_only") -> Callable[[R], R]:
    """Register the decorated function as the renderer of `spec`'s kind, drawn on a layout of `family`
    (a title only by default: what deckgen draws itself, tiles, cards, charts, goes under the title)."""

    def register(renderer: R) -> R:
        if spec.kind in DRAWINGS:
            raise TypeError(f"two renderers for {spec.kind!r} slides: {DRAWINGS[spec.kind].renderer.__qualname__} and {renderer.__qualname__}")
        DRAWINGS[spec.kind] = Drawing(renderer, dark, family)
        return renderer

    return register
