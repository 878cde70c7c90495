"""The second realistic event (issue 11, item 8): the Aude network day, in French and in English.

Another shape than the reference: an arrival coffee, four witnesses with portraits, panelists, an
eight-question quiz of four or five choices, six workshops with their facilitators, the training over three
seasons and the thirteen départements of Occitanie. These tests hold that shape, and that both decks build.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from deckgen.build import build_deck
from deckgen.load import load_event
from deckgen.plan import plan_deck
from deckgen.plan.specs import (
    AnswerSlide,
    BreakSlide,
    DeckPlan,
    ListSlide,
    LunchSlide,
    QuestionSlide,
    SpeakersSlide,
    TerritoriesSlide,
    TitleSlide,
    WorkshopsSlide,
)

from paths import DECKS

FRENCH, ENGLISH = DECKS / "reseau-aude-2026", DECKS / "reseau-aude-2026-en"


def planned(folder: Path) -> DeckPlan:
    loaded = load_event(folder)
    return plan_deck(loaded.event, loaded.folder)


@pytest.fixture(scope="module")
def french() -> DeckPlan:
    return planned(FRENCH)


@pytest.fixture(scope="module")
def english() -> DeckPlan:
    return planned(ENGLISH)


def of(deck: DeckPlan, kind: type) -> list:  # noqa: ANN401 - a list of `kind`
    return [slide for slide in deck.slides if isinstance(slide, kind)]


@pytest.mark.parametrize("folder", [FRENCH, ENGLISH], ids=["fr", "en"])
def test_no_two_slides_share_a_title(folder: Path) -> None:
    titles = Counter(slide.title for slide in planned(folder).slides)
    assert [title for title, count in titles.items() if count > 1] == []


def test_the_day_opens_with_an_arrival_coffee(french: DeckPlan, english: DeckPlan) -> None:
    assert french.slides[2] == BreakSlide(title="Accueil café", back_line="La journée commence à 9h30")
    assert english.slides[2] == BreakSlide(title="Welcome coffee", back_line="The day starts at 9:30 AM")
    assert french.slides[1].entries[0].text == "**accueil café**"  # type: ignore[attr-defined]


def test_the_date_line_gives_the_weekday_in_both_languages(french: DeckPlan, english: DeckPlan) -> None:
    assert of(french, TitleSlide)[0].date_line == "jeudi 12 mars 2026"
    assert of(english, TitleSlide)[0].date_line == "Thursday, March 12, 2026"


def test_four_witnesses_with_their_portraits_and_three_panelists(french: DeckPlan) -> None:
    witnesses, panelists = (s for s in of(french, SpeakersSlide) if s.title != "Mot d'accueil")
    assert witnesses.title == "Grands témoins" and len(witnesses.people) == 4
    assert all(card.photo is not None and card.photo.is_file() for card in witnesses.people)
    assert panelists.title.endswith(" · intervenant·es") and len(panelists.people) == 3


def test_eight_questions_of_four_or_five_choices_one_odd_one_out_of_six(french: DeckPlan) -> None:
    questions, answers = of(french, QuestionSlide), of(french, AnswerSlide)
    assert [q.title for q in questions] == [f"Quiz · question {n} / 8" for n in range(1, 9)]
    assert all(len(q.choices) in (4, 5) for q in questions)
    odd = [a for a in answers if a.true_list]
    assert len(odd) == 1 and len(odd[0].true_list) == 6
    assert all(30 <= len(item) <= 50 for item in odd[0].true_list)


def test_six_workshops_each_with_a_room_and_facilitators(french: DeckPlan, english: DeckPlan) -> None:
    cards = [card for slide in of(french, WorkshopsSlide) for card in slide.workshops]
    assert len(cards) == 6 and len({card.room for card in cards}) == 6
    assert all(card.facilitators and card.facilitators.startswith("Animé par ") for card in cards)
    assert cards[1].facilitators == (
        "Animé par Julien Fabre (GAEC Les Jardins de la Malepère) et "
        "Thomas Lacombe (Le Grand Narbonne, communauté d'agglomération)"
    )
    english_cards = [card for slide in of(english, WorkshopsSlide) for card in slide.workshops]
    assert english_cards[1].facilitators is not None and english_cards[1].facilitators.startswith("Led by Julien Fabre")


def test_three_seasons_over_the_thirteen_departements(french: DeckPlan) -> None:
    territories = of(french, TerritoriesSlide)
    assert [(s.title, s.season) for s in territories] == [
        ("Alim'Activ · territoires 2024-25", 0),
        ("Alim'Activ · territoires 2025-26", 1),
        ("Alim'Activ · territoires 2026-27", 2),
    ]
    codes = [group.heading.rsplit("(", 1)[1].rstrip(")") for s in territories for group in s.groups]
    assert len(codes) == len(set(codes)) == 13


def test_twenty_two_participants_in_teams_of_a_season_and_a_departement() -> None:
    training = load_event(FRENCH).event.training
    assert training is not None
    assert sum(len(team.members) for team in training.participants) == 22
    assert all(team.season and team.departement for team in training.participants)


def test_the_lunch_slide_says_what_goes_on(french: DeckPlan) -> None:
    assert of(french, LunchSlide)[0].detail == "buffet préparé par le chantier d'insertion Cuisine & Partage de Limoux"


def test_english_changes_only_deckgens_words(french: DeckPlan, english: DeckPlan) -> None:
    assert [s.kind for s in english.slides] == [s.kind for s in french.slides]
    # The event's own words stay as written: the territories' members, the participants' names and roles.
    assert [s.groups for s in of(english, TerritoriesSlide)] == [s.groups for s in of(french, TerritoriesSlide)]
    assert [e.replace(" and ", " et ") for e in of(english, ListSlide)[0].entries] == list(of(french, ListSlide)[0].entries)
    assert english.language == "en-US" and french.language == "fr-FR"


def test_both_decks_build(tmp_path: Path) -> None:
    built = [build_deck(folder, tmp_path / f"{folder.name}.pptx") for folder in (FRENCH, ENGLISH)]
    assert built[0].slides == built[1].slides >= 42
    assert all(result.quiz_pairs == 8 for result in built)
