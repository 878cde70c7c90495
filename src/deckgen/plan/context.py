"""What every planner needs: the event, its labels, and locale formatting bound to its locale."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from pathlib import Path

from ..model import Event, Person
from ..model.agenda import AgendaItem
from ..text import formatting
from ..text.labels import Labels, labels_for
from .specs import Card, Logo


@dataclass(frozen=True)
class PlanContext:
    event: Event
    folder: Path  # relative paths in the event start here
    labels: Labels

    @classmethod
    def of(cls, event: Event, folder: Path) -> PlanContext:
        return cls(event=event, folder=folder, labels=labels_for(event.locale))

    def clock(self, moment: time) -> str:
        return formatting.clock(moment, self.event.locale, self.labels)

    def next_start(self, index: int) -> tuple[AgendaItem, time] | None:
        """The next agenda item that has a time, after item `index`."""
        for item in self.event.agenda[index + 1 :]:
            if item.start is not None:
                return item, item.start
        return None

    def card(self, person_id: str) -> Card:
        person: Person = self.event.people[person_id]
        photo = self.folder / person.photo if person.photo else None
        return Card(name=person.name, role=person.role, organisation=person.organisation, photo=photo)

    def names(self, person_ids: list[str]) -> str:
        """« Damien Conaré et Mathias Hudbert »."""
        names = [self.event.people[p].name for p in person_ids]
        if len(names) <= 1:
            return "".join(names)
        return ", ".join(names[:-1]) + self.labels.and_ + names[-1]

    def logo(self, organisation_id: str) -> Logo:
        organisation = self.event.organisations[organisation_id]
        return Logo(
            name=organisation.name,
            path=self.folder / organisation.logo if organisation.logo else None,
            organiser=organisation_id == self.event.organiser,
        )
