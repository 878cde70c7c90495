"""Figures the planner derives from the agenda: break length, what comes after lunch, the programme."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from plan_events import REFERENCE_FOLDER, event, only, plan, reference_data, reference_event, reference_plan

from deckgen.plan.specs import AgendaEntry, AgendaSlide, BreakSlide, LunchSlide, WorkshopCard, WorkshopsSlide

WORKSHOPS: dict[str, Any] = {
    "kind": "workshops",
    "start": "14:15",
    "workshops": [
        {"question": "Quels **partenariats** ?", "room": "Salle des fêtes"},
        {"question": "Qui ?", "room": "Salle Cheyton"},
    ],
}


# Break: « Retour dans … » counts the minutes from its start to when the room is back; past an hour it says
# when the room is back (« Retour dans 135 minutes » made the room count).


def test_reference_break_lasts_the_15_minutes_from_11h30_to_11h45() -> None:
    assert only(reference_plan(), BreakSlide) == BreakSlide(
        title="Pause", back_line="Retour dans 15 minutes", notes="Reprise à 11h45."
    )


@pytest.mark.parametrize(
    ("start", "back", "line", "notes"),
    [
        ("11:30", "11:45", "Retour dans 15 minutes", "Reprise à 11h45."),
        ("11:30", "11:50", "Retour dans 20 minutes", "Reprise à 11h50."),
        ("10:30", "11:29", "Retour dans 59 minutes", "Reprise à 11h29."),  # minutes, never « 1 heure »
        ("10:00", "11:00", "Retour à 11h", "Reprise à 11h."),
        ("15:00", "17:15", "Retour à 17h15", "Reprise à 17h15."),
        ("15h", "15h01", "Retour dans 1 minute", "Reprise à 15h01."),
    ],
)
def test_the_break_counts_minutes_until_the_next_timed_item(start: str, back: str, line: str, notes: str) -> None:
    deck = plan(event([{"kind": "break", "start": start}, {"kind": "conclusion", "start": back}]))
    assert only(deck, BreakSlide) == BreakSlide(title="Pause", back_line=line, notes=notes)


def test_the_reference_break_follows_its_times() -> None:
    agenda = copy.deepcopy(reference_data()["agenda"])
    assert agenda[3] == {"kind": "break", "start": "11:30"}
    agenda[3]["start"] = "11:25"  # the next round table still starts at 11:45
    changed = plan(reference_event(agenda=agenda), REFERENCE_FOLDER)
    assert only(changed, BreakSlide) == BreakSlide(
        title="Pause", back_line="Retour dans 20 minutes", notes="Reprise à 11h45."
    )
    agenda[4]["start"] = "12:40"  # and the round table after it, now later
    changed = plan(reference_event(agenda=agenda), REFERENCE_FOLDER)
    assert only(changed, BreakSlide).back_line == "Retour à 12h40"


def test_an_explicit_end_wins_over_the_next_items_start() -> None:
    deck = plan(
        event([{"kind": "break", "start": "11:30", "end": "11:40"}, {"kind": "conclusion", "start": "12:00"}])
    )
    assert only(deck, BreakSlide) == BreakSlide(
        title="Pause", back_line="Retour dans 10 minutes", notes="Reprise à 11h40."
    )


def test_a_break_at_the_end_of_the_day_needs_only_its_end() -> None:
    deck = plan(event([{"kind": "break", "start": "16:00", "end": "16:30", "label": "goûter"}]))
    assert only(deck, BreakSlide) == BreakSlide(
        title="Goûter", back_line="Retour dans 30 minutes", notes="Reprise à 16h30."
    )


def test_untimed_items_between_a_break_and_the_next_timed_item_are_skipped() -> None:
    deck = plan(
        event(
            [
                {"kind": "break", "start": "11:30"},
                {"kind": "talk", "title": "Sans horaire"},
                {"kind": "conclusion", "start": "12:00"},
            ]
        )
    )
    assert only(deck, BreakSlide).back_line == "Retour dans 30 minutes"


def test_an_untimed_break_says_when_the_room_is_back() -> None:
    # The loader accepts a break without `start:` when the next item has one: no duration can be
    # counted, so the slide gives the time the room is back instead.
    deck = plan(event([{"kind": "break"}, {"kind": "conclusion", "start": "11:45"}]))
    assert only(deck, BreakSlide) == BreakSlide(title="Pause", back_line="Retour à 11h45", notes="Reprise à 11h45.")


# Lunch: « Ateliers à 14h15 » names the next timed item and its time.


def test_reference_lunch_announces_the_workshops_at_14h15() -> None:
    assert only(reference_plan(), LunchSlide) == LunchSlide(
        title="Déjeuner",
        wish="Bon appétit !",
        next_line="Ateliers à 14h15",
        detail="suite animation cartographie de la coopération",
    )


def test_lunch_announces_the_next_timed_item_by_its_time() -> None:
    deck = plan(event([{"kind": "lunch", "start": "12:30"}, {**WORKSHOPS, "start": "14:00"}]))
    assert only(deck, LunchSlide).next_line == "Ateliers à 14h"


def test_lunch_names_the_next_item_by_its_label() -> None:
    deck = plan(event([{"kind": "lunch", "start": "12:30"}, {**WORKSHOPS, "label": "ateliers thématiques"}]))
    assert only(deck, LunchSlide).next_line == "Ateliers thématiques à 14h15"


def test_lunch_skips_untimed_items() -> None:
    deck = plan(
        event(
            [
                {"kind": "lunch", "start": "12:30"},
                {"kind": "talk", "title": "Digestif"},
                {"kind": "round_table", "start": "14:30", "title": "Débat"},
            ]
        )
    )
    assert only(deck, LunchSlide).next_line == "Table ronde à 14h30"


def test_lunch_last_in_the_day_announces_nothing() -> None:
    deck = plan(event([{"kind": "lunch", "start": "12:30", "label": "buffet"}]))
    assert only(deck, LunchSlide) == LunchSlide(title="Buffet", wish="Bon appétit !", next_line=None)


# The programme slide: only timed items, times in the deck's locale.


def test_reference_programme_slide() -> None:
    assert reference_plan().slides[1] == AgendaSlide(
        title="Programme",
        entries=(
            AgendaEntry(
                time="10h",
                text="**grands témoins**",
                detail="Damien Conaré (L'Institut Agro Montpellier) et Mathias Hudbert (CEMEA Occitanie)",
            ),
            AgendaEntry(
                time="10h30", text="table ronde « **Bilan et perspectives du programme Mieux Manger pour Tous** »"
            ),
            AgendaEntry(time="11h30", text="**pause**"),
            AgendaEntry(
                time="11h45", text="table ronde « **La formation Alim'Activ : bilan et retours des participant·es** »"
            ),
            AgendaEntry(time="12h45", text="**déjeuner** - suite animation cartographie de la coopération"),
            AgendaEntry(
                time="14h15",
                text="**ateliers**",
                items=(
                    "Quels partenariats possibles avec les **producteurs locaux** ?",
                    "Quelle **participation des personnes** concernées ?",
                    "**Coopération inter-associative** : avec qui, comment et pourquoi ?",
                    "Comment **co-construire avec les services de l'État** : les conditions pour y arriver ?",
                ),
            ),
            AgendaEntry(time="16h", text="**conclusion**"),
        ),
    )


def test_the_programme_lists_only_timed_items() -> None:
    deck = plan(
        event(
            [
                {"kind": "welcome", "speakers": ["ada"]},
                {"kind": "talk", "start": "10:00", "title": "Ouverture", "speakers": ["ada"]},
                {"kind": "talk", "title": "Hors programme"},
                {"kind": "conclusion", "start": "16:00", "label": "clôture"},
            ],
            people={"ada": {"name": "Ada Lovelace"}},
        )
    )
    assert deck.slides[1] == AgendaSlide(
        title="Programme",
        entries=(
            AgendaEntry(time="10h", text="**Ouverture**", detail="Ada Lovelace"),
            AgendaEntry(time="16h", text="**clôture**"),
        ),
    )


@pytest.mark.parametrize(
    ("written", "printed"),
    [("10:00", "10h"), ("10h30", "10h30"), ("9:05", "9h05"), ("16h", "16h"), ("14.15", "14h15")],
)
def test_programme_times_are_written_the_french_way(written: str, printed: str) -> None:
    deck = plan(event([{"kind": "conclusion", "start": written}]))
    assert deck.slides[1] == AgendaSlide(title="Programme", entries=(AgendaEntry(time=printed, text="**conclusion**"),))


@pytest.mark.parametrize(
    ("speakers", "names"),
    [
        (["a"], "Anne Un"),
        (["a", "b"], "Anne Un et Bruno Deux"),
        (["a", "b", "c"], "Anne Un, Bruno Deux et Chloé Trois"),
    ],
)
def test_witnesses_names_are_joined_with_et(speakers: list[str], names: str) -> None:
    deck = plan(
        event(
            [{"kind": "witnesses", "start": "10:00", "speakers": speakers}],
            people={"a": {"name": "Anne Un"}, "b": {"name": "Bruno Deux"}, "c": {"name": "Chloé Trois"}},
        )
    )
    assert deck.slides[1] == AgendaSlide(
        title="Programme", entries=(AgendaEntry(time="10h", text="**grands témoins**", detail=names),)
    )


def test_a_talk_without_speakers_has_no_detail() -> None:
    deck = plan(event([{"kind": "talk", "start": "10:00", "title": "Seul"}]))
    assert deck.slides[1] == AgendaSlide(title="Programme", entries=(AgendaEntry(time="10h", text="**Seul**"),))


def test_workshops_are_listed_under_the_ateliers_entry() -> None:
    deck = plan(event([WORKSHOPS]))
    assert deck.slides[1] == AgendaSlide(
        title="Programme",
        entries=(AgendaEntry(time="14h15", text="**ateliers**", items=("Quels **partenariats** ?", "Qui ?")),),
    )
    assert only(deck, WorkshopsSlide) == WorkshopsSlide(
        title="Ateliers",
        workshops=(
            WorkshopCard(label="Atelier n°1", question="Quels **partenariats** ?", room="Salle des fêtes"),
            WorkshopCard(label="Atelier n°2", question="Qui ?", room="Salle Cheyton"),
        ),
    )


@pytest.mark.parametrize(
    ("label", "text"),
    [
        (None, "table ronde « **Le débat** »"),
        ("débat public", "débat public « **Le débat** »"),
    ],
)
def test_the_round_table_is_listed_with_its_title_in_guillemets(label: str | None, text: str) -> None:
    item: dict[str, Any] = {"kind": "round_table", "start": "10:30", "title": "Le débat"}
    if label:
        item["label"] = label
    deck = plan(event([item]))
    assert deck.slides[1] == AgendaSlide(title="Programme", entries=(AgendaEntry(time="10h30", text=text),))


def test_lunch_detail_follows_its_name() -> None:
    deck = plan(event([{"kind": "lunch", "start": "12:30", "detail": "buffet *local*"}]))
    assert deck.slides[1] == AgendaSlide(
        title="Programme", entries=(AgendaEntry(time="12h30", text="**déjeuner** - buffet *local*"),)
    )


def test_a_programmes_slides_share_its_times_for_one_column() -> None:
    """Every slide of a programme continued over several knows all its times: its time column is as wide as
    the widest of them on each slide, not only of its own."""
    from deckgen.plan.paginate import split

    programme = reference_plan().slides[1]
    assert programme.times == ("10h", "10h30", "11h30", "11h45", "12h45", "14h15", "16h")  # type: ignore[attr-defined]
    first, rest = split(programme, 2, "(suite)", "(suite {number})")
    assert first.times == rest.times == programme.times  # type: ignore[attr-defined]


def test_continuations_are_numbered_from_the_second_on() -> None:
    from deckgen.plan.paginate import split

    programme = reference_plan().slides[1]
    _, second = split(programme, 2, "(continued)", "(continued {number})")
    _, third = split(second, 2, "(continued)", "(continued {number})")
    _, fourth = split(third, 1, "(continued)", "(continued {number})")
    assert [s.title for s in (second, third, fourth)] == ["Programme (continued)", "Programme (continued 2)", "Programme (continued 3)"]
    assert [s.sequel for s in (programme, second, third, fourth)] == [0, 1, 2, 3]


def test_a_round_table_titled_in_quotes_is_not_quoted_twice() -> None:
    deck = plan(event([{"kind": "round_table", "start": "10:00", "title": "« Manger mieux » : pour qui ?"}]))
    titles = [slide.title for slide in deck.slides]
    assert "« Manger mieux » : pour qui ?" in titles and not any("« «" in title for title in titles), titles
    programme = next(slide for slide in deck.slides if slide.kind == "agenda")
    assert not any("« «" in entry.text or "« **«" in entry.text for entry in programme.entries)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("locale", "written"), [("fr", "Atelier n°1 (Salle Cheyton) : Léa Roux"), ("en", "Workshop 1 (Salle Cheyton): Léa Roux")])
def test_the_workshops_notes_say_who_leads_each_room_in_the_deck_s_typography(locale: str, written: str) -> None:
    workshops = {"kind": "workshops", "start": "14:00", "workshops": [{"question": "Q ?", "room": "Salle Cheyton", "facilitators": ["lea"]}]}
    deck = plan(event([workshops], locale=locale, people={"lea": {"name": "Léa Roux"}}))
    assert only(deck, WorkshopsSlide).notes.startswith(written)


def test_an_agenda_without_times_has_no_programme_slide() -> None:
    untimed = plan(event([{"kind": "talk", "title": "Bilan", "speakers": ["lea"]}], people={"lea": {"name": "Léa Roux"}}))
    assert [slide.kind for slide in untimed.slides] == ["title", "section", "closing"]
    timed = plan(event([{"kind": "talk", "title": "Bilan", "start": "10:00", "speakers": ["lea"]}], people={"lea": {"name": "Léa Roux"}}))
    assert [slide.kind for slide in timed.slides][:2] == ["title", "agenda"]
