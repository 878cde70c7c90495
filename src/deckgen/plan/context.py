"""What every planner needs: the event, its labels, and locale formatting bound to its locale."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from msgspec import Struct

from ..model import Event, Person
from ..model.agenda import AgendaItem
from ..text import formatting
from ..text.labels import Labels, labels_for
from .specs import Card, Logo


class PlanContext(Struct, frozen=True):
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
        """« Damien Conaré (L'Institut Agro Montpellier) et Mathias Hudbert (CEMEA Occitanie) »: each person with
        their organisation, as a programme or a workshop's card names them."""
        return self._joined([self.named(p) for p in person_ids])

    def _joined(self, parts: list[str]) -> str:
        """« A », « A et B », « A, B et C »."""
        if len(parts) <= 1:
            return "".join(parts)
        return ", ".join(parts[:-1]) + self.labels.and_ + parts[-1]

    def named(self, person_id: str) -> str:
        """« Damien Conaré (L'Institut Agro Montpellier) », or the name alone for someone without an organisation."""
        return self._with_organisation(person_id, self.labels.with_organisation)

    def described(self, person_id: str) -> str:
        """« Claire Dupuy, Animatrice réseau, Secours populaire »: everything the event says of someone."""
        person = self.event.people[person_id]
        return ", ".join(part for part in (person.name, _one_line(person.role), _one_line(person.organisation)) if part)

    def kicker(self, person_id: str) -> str:
        """« Damien Conaré · L'Institut Agro Montpellier »: who presents a slide, above its title."""
        return self._with_organisation(person_id, self.labels.kicker)

    def _with_organisation(self, person_id: str, pattern: str) -> str:
        person = self.event.people[person_id]
        organisation = _one_line(person.organisation)
        return pattern.format(name=person.name, organisation=organisation) if organisation else person.name

    def logo(self, organisation_id: str) -> Logo:
        organisation = self.event.organisations[organisation_id]
        return Logo(
            name=organisation.name,
            path=self.folder / organisation.logo if organisation.logo else None,
            organiser=organisation_id == self.event.organiser,
        )


def _one_line(organisation: str | None) -> str | None:
    """An organisation written on several lines (« Préfecture région Occitanie » / « Préfecture Haute-Garonne »)
    as it reads within a line of text: its lines joined by « , »."""
    if organisation is None:
        return None
    return ", ".join(line.strip() for line in organisation.splitlines() if line.strip())
