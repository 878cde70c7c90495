"""Workshops held at the same time, each in a named room."""

from __future__ import annotations

from .base import Id, Strict, Text


class Workshop(Strict):
    """One workshop: the question it works on, and where."""

    id: Id | None = None
    """A name for this item, so an event that extends this one can change it by naming it (lists of items
    with ids merge item by item)."""
    question: Text
    """The question, as printed on the programme and on the rooms slide."""
    room: Text
    """The room, e.g. `Salle Cheyton`."""
    facilitators: list[Id] = []
    """Who leads it (ids from `people`), named on its card with their organisations."""
