"""The locale: deckgen's own words, dates and times follow `locale:`; the event's own text never changes."""

from __future__ import annotations

from msgspec.structs import fields

import pytest
from plan_events import REFERENCE_FOLDER, event, only, plan, reference_event, reference_plan

from deckgen.plan.specs import (
    AgendaEntry,
    AgendaSlide,
    AnswerSlide,
    BlocksSlide,
    BreakSlide,
    ClosingSlide,
    DeckPlan,
    Logo,
    LunchSlide,
    QuestionSlide,
    QuoteSlide,
    RoundTableSlide,
    TitleSlide,
    WorkshopCard,
    WorkshopsSlide,
)


@pytest.fixture(scope="module")
def english() -> DeckPlan:
    """The reference event, unchanged but for `locale: en`."""
    return plan(reference_event(locale="en"), REFERENCE_FOLDER)


def test_english_labels_on_the_reference_deck(english: DeckPlan) -> None:
    assert english.slides[1].title == "Agenda"
    assert only(english, BreakSlide) == BreakSlide(
        title="Break", back_line="Back in 15 minutes", notes="We resume at 11:45 AM."
    )
    assert only(english, LunchSlide) == LunchSlide(
        title="Lunch",
        wish="Enjoy your meal!",
        next_line="Workshops at 2:15 PM",
        detail="suite animation cartographie de la coopération",  # the event's own words, untranslated
    )
    title = english.slides[0]
    assert isinstance(title, TitleSlide)
    assert title.date_line == "Friday, November 7, 2025"
    assert title.sponsors_label == "With the support of"
    assert isinstance(english.slides[-1], ClosingSlide) and english.slides[-1].title == "Thank you!"
    assert [s.label for s in english.slides if isinstance(s, RoundTableSlide)] == ["Round table"] * 3
    closing_round_table = english.slides[23]
    assert closing_round_table == RoundTableSlide(
        title="“Bilan et perspectives du programme Mieux Manger pour Tous” · your questions",
        label="Round table",
        host=Logo(name="Agence nouvelle des solidarités actives", organiser=True),
        sms_line="Text your questions to 07 62 32 67 85",
    )
    assert [s.title for s in english.slides[26:30]] == [
        "Alim'Activ · overview",
        "Alim'Activ · programme",
        "Alim'Activ · territories 2024-25",
        "Alim'Activ · participants",
    ]
    overview = english.slides[26]
    assert isinstance(overview, BlocksSlide) and overview.blocks[-1].items == (
        "2024-25: training of the territories of the former Languedoc-Roussillon region (Occitanie Est)",
        "2025-26: training of the territories of the former Midi-Pyrénées region (Occitanie ouest)",
    )
    assert only(english, QuoteSlide).title == "Quotation"
    assert english.language.startswith("en-")


def test_english_quiz_labels(english: DeckPlan) -> None:
    ask = [s for s in english.slides if isinstance(s, QuestionSlide)][3]
    reveal = [s for s in english.slides if isinstance(s, AnswerSlide)][5]
    assert ask.title == "Quiz · question 4 / 6"
    assert ask.notes == "Answer: 2. 4,1 / 5 (précisément 4,17 / 5)"  # the detail is the event's, untranslated
    assert reveal.title == "Quiz · answer 6 / 6"
    assert reveal.true_list_label == "The true list"


def test_english_programme_times_and_names(english: DeckPlan) -> None:
    programme = english.slides[1]
    assert isinstance(programme, AgendaSlide)
    assert [e.time for e in programme.entries] == [
        "10:00 AM", "10:30 AM", "11:30 AM", "11:45 AM", "12:45 PM", "2:15 PM", "4:00 PM",
    ]  # fmt: skip
    assert programme.entries[0] == AgendaEntry(
        time="10:00 AM",
        text="**keynote witnesses**",
        detail="Damien Conaré (L'Institut Agro Montpellier) and Mathias Hudbert (CEMEA Occitanie)",
    )
    assert programme.entries[2] == AgendaEntry(time="11:30 AM", text="**break**")


def test_english_small_event() -> None:
    agenda = [
        {"kind": "break", "start": "10:00"},
        {"kind": "lunch", "start": "12:00"},
        {"kind": "workshops", "start": "14:15", "workshops": [{"question": "Quels **liens** ?", "room": "Salle A"}]},
    ]
    french, english = plan(event(agenda)), plan(event(agenda, locale="en"))
    assert only(english, BreakSlide).back_line == "Back at 12:00 PM"  # two hours: when, not how long
    assert only(french, BreakSlide).back_line == "Retour à 12h"
    assert only(english, WorkshopsSlide) == WorkshopsSlide(
        title="Workshops", workshops=(WorkshopCard("Workshop 1", "Quels **liens** ?", "Salle A"),)
    )
    assert only(french, WorkshopsSlide).workshops[0].label == "Atelier n°1"
    assert english.slides[0].title == french.slides[0].title == "Journée test"


# Fields whose every value comes from the event's own text (or its people and organisations).
EVENT_FIELDS = frozenset(
    {
        "question", "choices", "correct", "detail", "true_list", "paragraphs", "attribution", "branches",
        "figures", "kicker", "closing", "people", "organiser", "sponsors", "host", "place_line", "groups",
    }
)  # fmt: skip
# Kinds of slide titled by the event (the speakers and section slides only when the agenda gives a label).
EVENT_TITLED = frozenset({"speakers", "bullets", "figures", "concept_map", "round_table", "section", "title"})


def test_the_events_own_text_is_unchanged_in_english(english: DeckPlan) -> None:
    french = reference_plan()
    assert [s.kind for s in english.slides] == [s.kind for s in french.slides]
    for en, fr in zip(english.slides, french.slides, strict=True):
        for field in fields(fr):
            if field.name in EVENT_FIELDS:
                assert getattr(en, field.name) == getattr(fr, field.name), (fr.kind, field.name)
        if fr.kind == "round_table":  # the title, between the locale's quotation marks
            assert en.title.replace(" · your questions", "").strip("“”") == fr.title.replace(" · vos questions", "").strip("« »")
        elif fr.kind in EVENT_TITLED and fr.title not in {"Grands témoins", "Conclusion"}:
            assert en.title == fr.title
        if fr.kind in {"blocks", "table", "territories", "list"}:  # titled by the training's name, then a label
            assert en.title.split(" · ")[0] == fr.title.split(" · ")[0] == "Alim'Activ"
    french_workshops, english_workshops = only(french, WorkshopsSlide), only(english, WorkshopsSlide)
    assert [(w.question, w.room) for w in english_workshops.workshops] == [
        (w.question, w.room) for w in french_workshops.workshops
    ]
    assert english.title == french.title and english.footer == french.footer and english.author == french.author


def test_french_is_the_default_locale() -> None:
    deck = plan(event([{"kind": "conclusion", "start": "16:00"}]))
    assert deck.language == "fr-FR"
    assert deck.slides[1] == AgendaSlide(title="Programme", entries=(AgendaEntry(time="16h", text="**conclusion**"),))
    title = deck.slides[0]
    assert isinstance(title, TitleSlide) and title.date_line == "vendredi 7 novembre 2025"


def test_a_regional_locale_uses_its_language_catalogue_and_tag() -> None:
    deck = plan(event([{"kind": "break", "start": "11:30"}, {"kind": "conclusion", "start": "11:45"}], locale="fr_BE"))
    assert deck.language == "fr-BE"
    assert only(deck, BreakSlide).back_line == "Retour dans 15 minutes"
