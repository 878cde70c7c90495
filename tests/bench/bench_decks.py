"""Plans of any number of slides, built in memory for the performance invariants (no YAML to load).

A plain module with a unique name (not conftest.py), importable from every test module under tests/bench/.
"""

from __future__ import annotations

from deckgen.plan.specs import AgendaEntry, AgendaSlide, BulletsSlide, DeckPlan, Line, Logo, RoundTableSlide, Slide

ORGANISER = Logo(name="Agence nouvelle des solidarités actives", organiser=True)


def plan_of(slides: int) -> DeckPlan:
    """`slides` slides: bullets with speaker notes, and every third one a round table with the brand's logo."""
    specs: list[Slide] = []
    for number in range(slides):
        if number % 3 == 2:
            specs.append(RoundTableSlide(title=f"« Table ronde {number} »", label="Table ronde", host=ORGANISER))
        else:
            items = (Line(f"Point {number}.1 sur la coopération"), Line(f"Point {number}.2 sur les territoires", 1))
            specs.append(BulletsSlide(title=f"Diapositive {number}", items=items, notes=f"Notes {number}"))
    return DeckPlan(title="Journée test", footer="Journée test", language="fr-FR", author="Ansa", slides=tuple(specs))


def programme(entries: int) -> AgendaSlide:
    """A programme slide listing `entries` timed items: far too many for one slide."""
    return AgendaSlide(
        title="Programme",
        entries=tuple(AgendaEntry(time=f"{8 + n // 60:02d}h{n % 60:02d}", text=f"**Intervention {n}** sur la coopération") for n in range(entries)),
    )
