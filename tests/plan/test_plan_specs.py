"""The slide IR itself: frozen, hashable, equal by value; the plan stage never imports python-pptx."""

from __future__ import annotations

import subprocess
import sys
from typing import get_args

import pytest
from msgspec.structs import replace
from plan_events import reference_plan

from deckgen.model.agenda import AgendaItem
from deckgen.plan.agenda import PLANNERS
from deckgen.plan.specs import (
    SLIDE_KINDS,
    AgendaEntry,
    AgendaSlide,
    BulletsSlide,
    Card,
    DeckPlan,
    Line,
    Logo,
    SectionSlide,
    Slide,
)


def test_the_plan_package_never_imports_python_pptx() -> None:
    code = (
        "import sys, deckgen.plan, deckgen.plan.specs, deckgen.plan.agenda; "
        "assert 'pptx' not in sys.modules, sorted(m for m in sys.modules if 'pptx' in m)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr


def test_the_subprocess_check_would_catch_python_pptx() -> None:
    # The same check fails once pptx is imported: the test above can fail.
    code = "import sys, pptx, deckgen.plan; assert 'pptx' not in sys.modules"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode != 0 and "AssertionError" in done.stderr


# One slide of each kind the reference deck has, in the order they first appear.
ONE_OF_EACH_KIND: list[Slide] = list({type(s): s for s in reference_plan().slides[::-1]}.values())
ONE_OF_EACH_KIND.sort(key=reference_plan().slides.index)


@pytest.mark.parametrize("slide", ONE_OF_EACH_KIND, ids=lambda s: s.kind)
def test_every_slide_spec_is_frozen(slide: Slide) -> None:
    with pytest.raises(AttributeError, match="immutable"):
        slide.title = "autre"  # type: ignore[misc]
    with pytest.raises(AttributeError, match="immutable"):
        slide.notes = "autre"  # type: ignore[misc]


def test_the_parts_of_specs_and_the_plan_are_frozen() -> None:
    parts: list[object] = [Line("a"), Card("Ada"), Logo("Ansa"), AgendaEntry("10h", "x"), reference_plan()]
    for part in parts:
        name = part.__struct_fields__[0]  # type: ignore[attr-defined]
        with pytest.raises(AttributeError, match="immutable"):
            setattr(part, name, "autre")


def test_specs_are_equal_and_hash_equal_by_value() -> None:
    def build() -> BulletsSlide:
        return BulletsSlide(title="Titre", kicker="Ada", items=(Line("un"), Line("deux", 1)), closing="*fin*")

    first, second = build(), build()
    assert first is not second
    assert first == second and hash(first) == hash(second)
    assert len({first, second}) == 1
    assert first != replace(first, items=(Line("un"), Line("deux", 2)))
    assert first != replace(first, notes="note")


def test_where_a_slide_comes_from_is_not_part_of_what_it_is() -> None:
    # Slide.origin (and an agenda's gathered times) locate errors and size a column: two slides that say the
    # same thing are equal and hash equal wherever they come from; any other field still tells them apart.
    here = BulletsSlide(title="Titre", items=(Line("un"),), origin=("agenda", 1))
    assert here == replace(here, origin=("agenda", 2)) and hash(here) == hash(replace(here, origin=()))
    assert here != replace(here, sequel=1)
    entry = AgendaEntry("10h", "Accueil")
    agenda = AgendaSlide(title="Programme", entries=(entry,), times=("10h",))
    assert agenda == replace(agenda, times=("10h", "14h30")) and len({agenda, replace(agenda, times=())}) == 1
    assert agenda != replace(agenda, entries=(entry, entry))


def test_specs_differ_by_any_field_and_by_kind() -> None:
    assert SectionSlide(title="Conclusion") != SectionSlide(title="Conclusion", people=(Card("Ada"),))
    assert SectionSlide(title="Conclusion") != BulletsSlide(title="Conclusion", items=())


def test_a_whole_plan_is_hashable_and_equal_by_value() -> None:
    deck = reference_plan()
    copy = DeckPlan(
        title=deck.title, footer=deck.footer, language=deck.language, author=deck.author, slides=tuple(deck.slides),
        continued=deck.continued, footer_origin=deck.footer_origin,
    )
    assert copy == deck and hash(copy) == hash(deck)
    assert len(set(deck.slides)) <= len(deck.slides)  # every slide hashes


def test_slide_kinds_are_distinct_and_cover_the_reference_deck() -> None:
    kinds = [k.kind for k in SLIDE_KINDS]
    assert len(kinds) == len(set(kinds))
    assert {type(s) for s in reference_plan().slides} <= set(SLIDE_KINDS)


def test_every_agenda_kind_has_a_planner() -> None:
    union = get_args(AgendaItem)[0]
    kinds = {get_args(model.model_fields["kind"].annotation)[0] for model in get_args(union)}
    assert kinds == set(PLANNERS)

