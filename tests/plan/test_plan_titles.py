"""Every slide's title its own: what deckgen names, and a last pass over what the organiser wrote alike."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from plan_events import REFERENCE_FOLDER, body, event, plan, reference_event, reference_plan

from deckgen.plan.specs import BreakSlide, DeckPlan, QuoteSlide

QUOTE: dict[str, Any] = {"kind": "quote", "paragraphs": ["« Un. »"]}
TRAINING: dict[str, Any] = {
    "name": "Alim'Activ",
    "objective": "outiller",
    "audience": ["Collectivités"],
    "modalities": ["4 journées"],
    "method": "formation action",
    "calendar": [{"season": "2024-25", "region": "Languedoc-Roussillon", "area": "Occitanie Est"}],
    "programme": ["Diagnostic"],
}


def duplicates(deck: DeckPlan) -> list[str]:
    return [title for title, count in Counter(s.title for s in deck.slides).items() if count > 1]


@pytest.mark.parametrize("locale", ["fr", "en"])
def test_the_reference_deck_has_no_two_slides_with_one_title(locale: str) -> None:
    deck = reference_plan() if locale == "fr" else plan(reference_event(locale="en"), REFERENCE_FOLDER)
    assert duplicates(deck) == []


def test_two_breaks_are_told_apart_by_their_times() -> None:
    deck = plan(
        event(
            [
                {"kind": "break", "start": "10:30"},
                {"kind": "talk", "start": "10:45", "title": "Entre deux"},
                {"kind": "break", "start": "15:30"},
                {"kind": "conclusion", "start": "15:45"},
            ]
        )
    )
    assert body(deck)[0] == BreakSlide(
        title="Pause · 10h30", back_line="Retour dans 15 minutes", notes="Reprise à 10h45."
    )
    assert [s.title for s in body(deck)] == ["Pause · 10h30", "Entre deux", "Pause · 15h30", "Conclusion"]


def test_in_english_the_time_is_the_locales() -> None:
    deck = plan(
        event(
            [{"kind": "break", "start": "10:30"}, {"kind": "break", "start": "15:30", "end": "15:45"}], locale="en"
        )
    )
    assert [s.title for s in body(deck)] == ["Break · 10:30 AM", "Break · 3:30 PM"]


def test_slides_of_one_item_alike_are_numbered() -> None:
    deck = plan(event([{"kind": "talk", "start": "10:00", "title": "Exposé", "slides": [QUOTE, QUOTE, QUOTE]}]))
    assert body(deck)[1:] == (
        QuoteSlide(title="Citation", paragraphs=("« Un. »",)),
        QuoteSlide(title="Citation (2)", paragraphs=("« Un. »",)),
        QuoteSlide(title="Citation (3)", paragraphs=("« Un. »",)),
    )


def test_untimed_items_alike_are_numbered() -> None:
    deck = plan(event([{"kind": "talk", "title": "Exposé"}, {"kind": "talk", "title": "Exposé"}]))
    assert [s.title for s in body(deck)] == ["Exposé", "Exposé (2)"]


def test_slides_titled_alike_in_two_talks_take_their_talks_times() -> None:
    slide = {"kind": "bullets", "title": "Constats", "items": ["un"]}
    deck = plan(
        event(
            [
                {"kind": "talk", "start": "10:00", "title": "Matin", "slides": [slide]},
                {"kind": "talk", "start": "14:15", "title": "Après-midi", "slides": [slide, QUOTE, QUOTE]},
            ]
        )
    )
    assert [s.title for s in body(deck)] == [
        "Matin", "Constats · 10h", "Après-midi", "Constats · 14h15", "Citation", "Citation (2)",
    ]  # fmt: skip


def test_where_times_tell_some_apart_the_rest_are_numbered() -> None:
    deck = plan(
        event(
            [
                {"kind": "talk", "start": "10:00", "title": "Matin", "slides": [QUOTE, QUOTE]},
                {"kind": "talk", "start": "14:00", "title": "Après-midi", "slides": [QUOTE]},
            ]
        )
    )
    assert [s.title for s in body(deck)] == [
        "Matin", "Citation · 10h", "Citation · 10h (2)", "Après-midi", "Citation · 14h",
    ]  # fmt: skip


def test_a_number_the_event_wrote_itself_is_skipped() -> None:
    deck = plan(
        event([{"kind": "talk", "title": "Exposé", "slides": [QUOTE, {**QUOTE, "title": "Citation (2)"}, QUOTE]}])
    )
    assert [s.title for s in body(deck)] == ["Exposé", "Citation", "Citation (2)", "Citation (3)"]


def test_a_talk_titled_as_the_event_is_numbered_after_the_title_slide() -> None:
    deck = plan(event([{"kind": "talk", "start": "10:00", "title": "Journée test"}]))
    assert [s.title for s in deck.slides] == ["Journée test", "Programme", "Journée test (2)", "Merci !"]
    assert duplicates(deck) == []


def test_two_round_tables_presenting_the_training_show_it_at_their_times() -> None:
    deck = plan(
        event(
            [
                {"kind": "round_table", "start": "10:30", "title": "Matin", "presents_training": True},
                {"kind": "round_table", "start": "14:00", "title": "Après-midi", "presents_training": True},
            ],
            training=TRAINING,
        )
    )
    assert [s.title for s in body(deck)] == [
        "« Matin »",
        "Alim'Activ · présentation · 10h30",
        "Alim'Activ · programme · 10h30",
        "« Après-midi »",
        "Alim'Activ · présentation · 14h",
        "Alim'Activ · programme · 14h",
    ]


def test_two_quizzes_and_their_return_slides_are_all_distinct() -> None:
    question = {"question": "Oui ?", "choices": ["oui", "non"], "answer": "oui"}
    deck = plan(
        event(
            [
                {"kind": "round_table", "start": "10:30", "title": "Débat", "sms": "06", "quiz": [question]},
                {"kind": "round_table", "start": "14:00", "title": "Débat", "sms": "06", "quiz": [question]},
            ]
        )
    )
    assert [s.title for s in body(deck)] == [
        "« Débat » · 10h30",
        "Quiz 1 · question 1 / 1",
        "Quiz 1 · réponse 1 / 1",
        "« Débat » · vos questions · 10h30",
        "« Débat » · 14h",
        "Quiz 2 · question 1 / 1",
        "Quiz 2 · réponse 1 / 1",
        "« Débat » · vos questions · 14h",
    ]
