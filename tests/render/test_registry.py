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


def test_a_second_renderer_for_a_kind_is_refused_where_it_is_declared() -> None:
    import pytest

    from deckgen.plan.specs import BulletsSlide
    from deckgen.render.kinds import DRAWINGS, renders

    before = dict(DRAWINGS)
    with pytest.raises(TypeError, match="two renderers for 'bullets' slides"):
        renders(BulletsSlide)(lambda canvas, spec: None)
    assert DRAWINGS == before


def test_how_each_kind_continues_is_declared_by_its_spec_class() -> None:
    """The list a kind continues is one of its fields (a misspelt name would fail the first long list)."""
    for kind in SLIDE_KINDS:
        if kind.continues is not None:
            assert kind.continues.field in set(kind.__struct_fields__), kind.kind
