"""People who speak or take part, and the organisations that host or support the event."""

from __future__ import annotations

from pathlib import Path

from .base import Strict, Text


class Person(Strict):
    """Someone shown on a slide: a speaker, a witness, a participant."""

    name: Text
    """Full name as it should be printed, e.g. `Damien Conaré`."""
    role: Text | None = None
    """Job title; a line break (`|` block in YAML) is kept where you put it."""
    organisation: Text | None = None
    """Employer or structure; one per line if there are several."""
    photo: Path | None = None
    """Portrait, relative to the event's folder (JPEG or PNG)."""


class Organisation(Strict):
    """An organisation named on slides: the organiser, a round table's host, a sponsor."""

    name: Text
    """Full name; also the alternative text of its logo."""
    logo: Path | None = None
    """Logo file, relative to the event's folder; without one the name is set as a wordmark."""
