"""Workshops held at the same time, each in a named room."""

from __future__ import annotations

from .base import Strict, Text


class Workshop(Strict):
    """One workshop: the question it works on, and where."""

    question: Text
    """The question, as printed on the programme and on the rooms slide."""
    room: Text
    """The room, e.g. `Salle Cheyton`."""
