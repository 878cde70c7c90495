"""Every kind of slide the planner can produce has exactly one renderer."""

from __future__ import annotations

from deckgen.plan.specs import SLIDE_KINDS
from deckgen.render import RENDERERS


def test_every_slide_kind_has_exactly_one_renderer() -> None:
    kinds = [kind.kind for kind in SLIDE_KINDS]
    assert len(kinds) == len(set(kinds)), "two spec classes share a kind"
    assert set(RENDERERS) == set(kinds)


def test_every_spec_class_in_specs_is_registered() -> None:
    from deckgen.plan import specs

    declared = {
        obj for obj in vars(specs).values()
        if isinstance(obj, type) and issubclass(obj, specs.Slide) and obj is not specs.Slide
    }
    assert declared == set(SLIDE_KINDS)
