"""The event: who, when, where, and the agenda that decides the deck."""

from __future__ import annotations

import re
from datetime import date

from pydantic import Field, field_validator

from .agenda import AgendaItem
from ..i18n import _
from .base import LOCALE_PATTERN, Id, Strict, Text
from .people import Organisation, Person
from .training import Training


class Event(Strict):
    """A regional day, written once; `deckgen build` derives its deck from it."""

    title: Text
    """The event's title, on the title slide and, by default, in every footer."""
    date: date
    """The day, written 2025-11-07."""
    venue: Text
    """The building, e.g. `Palais du Travail`."""
    city: Text
    """The city, e.g. `Narbonne`."""
    organiser: Id
    """The organising organisation (an id from `organisations`); its logo is the brand's."""
    locale: str = Field(default="fr", pattern=LOCALE_PATTERN)
    """The deck's language, for labels, dates and numbers: `fr` or `en`."""
    brand: Id = "ansa"
    """The brand folder under `assets/`: colours, fonts, logo."""
    footer: Text | None = None
    """The line at the bottom of content slides; the title by default."""
    organisations: dict[Id, Organisation] = {}
    """Organisations named in the deck, by id."""
    sponsors: list[Id] = []
    """Who supports the event (ids from `organisations`), shown on the title and closing slides."""
    people: dict[Id, Person] = {}
    """Speakers and witnesses, by id."""
    training: Training | None = None
    """A training programme a round table presents."""
    agenda: list[AgendaItem] = Field(min_length=1)
    """The day, in order; the deck follows it."""

    @field_validator("locale", mode="before")
    @classmethod
    def _as_a_code(cls, locale: object) -> object:
        """`FR`, `Fr` and `fr-BE` as `fr`, `fr` and `fr_BE`: what was meant is plain."""
        if isinstance(locale, str) and re.fullmatch(r"\s*[A-Za-z]{2}([-_][A-Za-z]{2})?\s*", locale):
            language, _dash, region = locale.strip().replace("-", "_").partition("_")
            return language.lower() + (f"_{region.upper()}" if region else "")
        return locale

    @field_validator("locale")
    @classmethod
    def _has_catalogue(cls, locale: str) -> str:
        # Checked here, so that `locale: de` is reported at its line: the planner's own check (labels_for)
        # raised a LoadError that named no file and no line, and a region Babel does not know (`fr_XX`)
        # stopped the build with a traceback (UnknownLocaleError) (both found by tests/properties/).
        from babel import Locale, UnknownLocaleError

        from ..text.labels import CATALOGUE

        if locale.split("_")[0] not in CATALOGUE:
            raise ValueError(
                _("'{locale}' is not a language deckgen writes decks in; write one of: {languages}").format(
                    locale=locale, languages=", ".join(CATALOGUE)
                )
            )
        try:
            Locale.parse(locale)
        except (UnknownLocaleError, ValueError):
            raise ValueError(
                _("'{locale}' is not a known language; write fr or en, or a region of them such as fr_BE").format(locale=locale)
            ) from None
        return locale

    @property
    def footer_text(self) -> str:
        return self.footer or self.title
