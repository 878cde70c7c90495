"""The fields real days need (issue 11): the arrival coffee, a round table's panelists, a workshop's
facilitators, the weekday on the date line, the lunch detail on its slide, the organisation wherever a
person is named."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from plan_events import FOLDER, body, event, only, plan

from deckgen.plan.specs import (
    AgendaEntry,
    AgendaSlide,
    BreakSlide,
    BulletsSlide,
    Card,
    LunchSlide,
    RoundTableSlide,
    SpeakersSlide,
    TitleSlide,
    WorkshopCard,
    WorkshopsSlide,
)

PEOPLE: dict[str, Any] = {
    "claire": {"name": "Claire Dupuy", "role": "Coordinatrice", "organisation": "Secours populaire", "photo": "claire.jpg"},
    "eric": {"name": "Éric Pélisson", "organisation": "Préfecture région Occitanie\nPréfecture Haute-Garonne"},
    "sans": {"name": "Sam Sansorga"},
}
CLAIRE = Card(name="Claire Dupuy", role="Coordinatrice", organisation="Secours populaire", photo=FOLDER / Path("claire.jpg"))
ERIC = Card(name="Éric Pélisson", organisation="Préfecture région Occitanie\nPréfecture Haute-Garonne")


# --- the arrival coffee ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "title", "line", "entry"),
    [
        ("fr", "Accueil café", "La journée commence à 9h30", AgendaEntry(time="9h", text="**accueil café**")),
        ("en", "Welcome coffee", "The day starts at 9:30 AM", AgendaEntry(time="9:00 AM", text="**welcome coffee**")),
    ],
)
def test_the_arrival_coffee_says_when_the_day_starts(locale: str, title: str, line: str, entry: AgendaEntry) -> None:
    deck = plan(
        event(
            [
                {"kind": "arrival", "start": "9:00"},
                {"kind": "welcome", "speakers": ["sans"]},  # untimed: the day's first timed item comes next
                {"kind": "talk", "start": "9:30", "title": "Ouverture"},
            ],
            people=PEOPLE,
            locale=locale,
        )
    )
    assert body(deck)[0] == BreakSlide(title=title, back_line=line)
    assert deck.slides[1].entries[0] == entry  # type: ignore[attr-defined]


def test_an_arrival_with_an_end_says_the_day_starts_then() -> None:
    deck = plan(event([{"kind": "arrival", "start": "8:45", "end": "9:15"}, {"kind": "talk", "start": "9:30", "title": "T"}]))
    assert body(deck)[0] == BreakSlide(title="Accueil café", back_line="La journée commence à 9h15")


def test_an_arrival_is_named_by_its_label() -> None:
    deck = plan(event([{"kind": "arrival", "label": "café d'accueil", "start": "8:30"}, {"kind": "conclusion", "start": "9h"}]))
    assert body(deck)[0] == BreakSlide(title="Café d'accueil", back_line="La journée commence à 9h")
    assert deck.slides[1] == AgendaSlide(
        title="Programme",
        entries=(AgendaEntry(time="8h30", text="**café d'accueil**"), AgendaEntry(time="9h", text="**conclusion**")),
    )


# --- a round table's panelists ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "title", "detail"),
    [
        ("fr", "« Le débat » · intervenant·es",
         "Claire Dupuy (Secours populaire), Éric Pélisson (Préfecture région Occitanie, Préfecture Haute-Garonne) "
         "et Sam Sansorga"),
        ("en", "“Le débat” · panelists",
         "Claire Dupuy (Secours populaire), Éric Pélisson (Préfecture région Occitanie, Préfecture Haute-Garonne) "
         "and Sam Sansorga"),
    ],
)  # fmt: skip
def test_panelists_follow_the_round_tables_first_slide(locale: str, title: str, detail: str) -> None:
    question = {"question": "Oui ?", "choices": ["oui", "non"], "answer": "oui"}
    deck = plan(
        event(
            [{"kind": "round_table", "start": "10:30", "title": "Le débat", "speakers": ["claire", "eric", "sans"],
              "quiz": [question]}],
            people=PEOPLE,
            locale=locale,
        )
    )  # fmt: skip
    slides = body(deck)
    assert [s.kind for s in slides] == ["round_table", "speakers", "question", "answer"]
    assert slides[1] == SpeakersSlide(title=title, people=(CLAIRE, ERIC, Card(name="Sam Sansorga")))
    entry = deck.slides[1].entries[0]  # type: ignore[attr-defined]
    assert entry.detail == detail


def test_a_round_table_without_panelists_has_no_speakers_slide_nor_detail() -> None:
    deck = plan(event([{"kind": "round_table", "start": "10:30", "title": "Le débat"}]))
    assert body(deck) == (RoundTableSlide(title="« Le débat »", label="Table ronde"),)
    assert deck.slides[1].entries == (AgendaEntry(time="10h30", text="table ronde « **Le débat** »"),)  # type: ignore[attr-defined]


# --- a workshop's facilitators ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "led"),
    [
        ("fr", "Animé par Claire Dupuy (Secours populaire) et Sam Sansorga"),
        ("en", "Led by Claire Dupuy (Secours populaire) and Sam Sansorga"),
    ],
)
def test_a_workshops_card_names_its_facilitators(locale: str, led: str) -> None:
    deck = plan(
        event(
            [{"kind": "workshops", "start": "14:00", "workshops": [
                {"question": "Quoi ?", "room": "Salle A", "facilitators": ["claire", "sans"]},
                {"question": "Qui ?", "room": "Salle B"},
            ]}],
            people=PEOPLE,
            locale=locale,
        )
    )  # fmt: skip
    label = "Atelier n°{}" if locale == "fr" else "Workshop {}"
    assert only(deck, WorkshopsSlide).workshops == (
        WorkshopCard(label.format(1), "Quoi ?", "Salle A", facilitators=led),
        WorkshopCard(label.format(2), "Qui ?", "Salle B", facilitators=None),
    )
    # The presenter's notes name them in full, with everything the event says of them.
    colon = " :" if locale == "fr" else ":"  # each language's typography
    assert only(deck, WorkshopsSlide).notes == f"{label.format(1)} (Salle A){colon} Claire Dupuy, Coordinatrice, Secours populaire; Sam Sansorga"


# --- the date line, the lunch slide ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "day", "line"),
    [
        ("fr", "2025-11-07", "vendredi 7 novembre 2025"),
        ("en", "2025-11-07", "Friday, November 7, 2025"),
        ("fr", "2026-03-12", "jeudi 12 mars 2026"),
        ("en", "2026-03-12", "Thursday, March 12, 2026"),
    ],
)
def test_the_date_line_gives_the_weekday(locale: str, day: str, line: str) -> None:
    title = plan(event([{"kind": "conclusion"}], date=day, locale=locale)).slides[0]
    assert isinstance(title, TitleSlide) and title.date_line == line


def test_the_lunch_slide_carries_its_detail() -> None:
    deck = plan(event([{"kind": "lunch", "start": "12:30", "detail": "buffet *local*"}, {"kind": "conclusion", "start": "14h"}]))
    assert only(deck, LunchSlide) == LunchSlide(
        title="Déjeuner", wish="Bon appétit !", next_line="Conclusion à 14h", detail="buffet *local*"
    )
    assert only(plan(event([{"kind": "lunch", "start": "12:30"}])), LunchSlide).detail is None


# --- the organisation wherever a person is named ---------------------------------------------------------


def test_the_kicker_names_the_presenters_organisation_on_one_line() -> None:
    slide = {"kind": "bullets", "title": "B", "items": ["x"]}
    deck = plan(
        event(
            [{"kind": "talk", "title": "T", "slides": [
                {**slide, "speaker": "claire"}, {**slide, "title": "C", "speaker": "eric"}, {**slide, "title": "D", "speaker": "sans"},
            ]}],
            people=PEOPLE,
        )
    )  # fmt: skip
    assert [s.kicker for s in body(deck)[1:] if isinstance(s, BulletsSlide)] == [
        "Claire Dupuy · Secours populaire",
        "Éric Pélisson · Préfecture région Occitanie, Préfecture Haute-Garonne",
        "Sam Sansorga",
    ]


def test_the_programme_names_speakers_with_their_organisations() -> None:
    deck = plan(
        event(
            [
                {"kind": "witnesses", "start": "10:00", "speakers": ["eric", "sans"]},
                {"kind": "talk", "start": "11:00", "title": "Exposé", "speakers": ["claire"]},
            ],
            people=PEOPLE,
        )
    )
    assert deck.slides[1] == AgendaSlide(
        title="Programme",
        entries=(
            AgendaEntry(
                time="10h",
                text="**grands témoins**",
                detail="Éric Pélisson (Préfecture région Occitanie, Préfecture Haute-Garonne) et Sam Sansorga",
            ),
            AgendaEntry(time="11h", text="**Exposé**", detail="Claire Dupuy (Secours populaire)"),
        ),
    )


def test_the_programme_names_who_welcomes_and_who_concludes() -> None:
    deck = plan(
        event(
            [
                {"kind": "welcome", "start": "9:30", "speakers": ["eric"]},
                {"kind": "conclusion", "start": "16:30", "label": "clôture", "speakers": ["claire", "sans"]},
            ],
            people=PEOPLE,
        )
    )
    assert deck.slides[1] == AgendaSlide(
        title="Programme",
        entries=(
            AgendaEntry(
                time="9h30",
                text="**mot de bienvenue**",
                detail="Éric Pélisson (Préfecture région Occitanie, Préfecture Haute-Garonne)",
            ),
            AgendaEntry(time="16h30", text="**clôture**", detail="Claire Dupuy (Secours populaire) et Sam Sansorga"),
        ),
    )
