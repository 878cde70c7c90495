"""A training programme: objective, audience, calendar by season and region, days, territories, participants."""

from __future__ import annotations

from pydantic import Field

from .base import NumberText, Strict, Text
from .content import Bullet


class Departement(Strict):
    """The participating territories of one département."""

    name: Text
    """The département's name, e.g. `Hérault`."""
    code: NumberText
    """Its number, e.g. `34`."""
    members: list[Text] = Field(min_length=1)
    """The participating structures or pairs of structures."""


class Season(Strict):
    """One season of the training, in one region."""

    season: Text
    """The season, e.g. `2024-25`."""
    region: Text
    """The former region trained that season, e.g. `Languedoc-Roussillon`."""
    area: Text
    """The part of today's region it covers, e.g. `Occitanie Est`."""
    territories: list[Departement] = []
    """The territories trained that season, by département."""


class Participant(Strict):
    """A person trained."""

    name: Text
    """Name as printed, e.g. `Camille VILLAJOS`."""
    role: Text | None = None
    """Job title."""
    organisation: Text | None = None
    """Structure, printed after the role."""


class Team(Strict):
    """The people who applied together (the training takes pairs), and their département."""

    members: list[Participant] = Field(min_length=1, max_length=3)
    """One to three people."""
    departement: NumberText | None = None
    """The département's number, e.g. `34`: one of the territories' codes (of the team's `season`, if it has one)."""
    season: Text | None = None
    """The season the team was trained in, e.g. `2024-25`, as written in the training's `calendar`."""


class Training(Strict):
    """A training programme presented during the day."""

    name: Text
    """Its name, e.g. `Alim'Activ`."""
    objective: Text
    """What it is for."""
    audience: list[Bullet] = Field(min_length=1)
    """Who it is for."""
    modalities: list[Bullet] = Field(min_length=1)
    """How it runs: days, follow-up."""
    method: Text
    """Its teaching method."""
    calendar: list[Season] = Field(min_length=1)
    """Its seasons, in order."""
    programme: list[Text] = Field(min_length=1)
    """What each day covers, day 1 first."""
    participants: list[Team] = []
    """Who took part, team by team."""
