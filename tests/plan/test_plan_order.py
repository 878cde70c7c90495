"""The deck's order: title, programme, each agenda item's slides in agenda order, closing slide."""

from __future__ import annotations

from pathlib import Path

from plan_events import FOLDER, body, event, plan, reference_plan

from deckgen.plan.specs import (
    AgendaEntry,
    AgendaSlide,
    BreakSlide,
    BulletsSlide,
    Card,
    ClosingSlide,
    Line,
    Logo,
    LunchSlide,
    SectionSlide,
    SpeakersSlide,
    TitleSlide,
    WorkshopCard,
    WorkshopsSlide,
)

ANSA = Logo(name="Agence nouvelle des solidarités actives", organiser=True)
PREFECTURE = Logo(name="Préfecture de la région Occitanie")
TABLE_1 = "« Bilan et perspectives du programme Mieux Manger pour Tous »"
TRAINING = "La formation Alim'Activ : bilan et retours des participant·es"
QUIZ = [
    pair for number in range(1, 7)
    for pair in (("question", f"Quiz · question {number} / 6"), ("answer", f"Quiz · réponse {number} / 6"))
]  # fmt: skip

REFERENCE_SEQUENCE: list[tuple[str, str]] = [
    ("title", "Renforcer les coopérations pour lutter contre la précarité alimentaire"),
    ("agenda", "Programme"),
    ("speakers", "Mot de bienvenue"),
    ("speakers", "Grands témoins"),
    ("figures", "Des précarités structurelles"),
    ("bullets", "Des constats partagés"),
    ("quote", "Citation"),
    ("bullets", "Évolutions et perspectives"),
    ("bullets", "Impacts = dévpt du pouvoir d'agir"),
    ("concept_map", "Recherche action = L'accès à l'alimentation en structures ESMS"),
    ("round_table", TABLE_1),
    *QUIZ,
    ("round_table", f"{TABLE_1} · vos questions"),
    ("break", "Pause"),
    ("round_table", f"« {TRAINING} »"),
    ("blocks", "Alim'Activ · présentation"),
    ("table", "Alim'Activ · programme"),
    ("territories", "Alim'Activ · territoires 2024-25"),
    ("list", "Alim'Activ · participant·es"),
    ("lunch", "Déjeuner"),
    ("workshops", "Ateliers"),
    ("section", "Conclusion"),
    ("closing", "Merci !"),
]


def test_reference_deck_has_34_slides_in_this_exact_order() -> None:
    deck = reference_plan()
    assert len(REFERENCE_SEQUENCE) == 34
    assert [(slide.kind, slide.title) for slide in deck.slides] == REFERENCE_SEQUENCE


def test_reference_deck_opens_and_closes_with_the_organiser_and_sponsors() -> None:
    deck = reference_plan()
    assert deck.slides[0] == TitleSlide(
        title="Renforcer les coopérations pour lutter contre la précarité alimentaire",
        date_line="vendredi 7 novembre 2025",
        place_line="Palais du Travail - Narbonne",
        organiser=ANSA,
        sponsors_label="Avec le soutien de",
        sponsors=(PREFECTURE,),
    )
    assert deck.slides[-1] == ClosingSlide(
        title="Merci !", organiser=ANSA, sponsors_label="Avec le soutien de", sponsors=(PREFECTURE,)
    )


def test_reference_deck_metadata() -> None:
    deck = reference_plan()
    assert deck.title == "Renforcer les coopérations pour lutter contre la précarité alimentaire"
    assert deck.footer == deck.title  # no `footer:` in the event: the title
    assert deck.language == "fr-FR"
    assert deck.author == "Agence nouvelle des solidarités actives"


def test_title_first_programme_second_closing_last_for_a_one_item_event() -> None:
    deck = plan(event([{"kind": "conclusion", "start": "16:00"}], footer="Pied de page"))
    assert [slide.kind for slide in deck.slides] == ["title", "agenda", "section", "closing"]
    assert deck.footer == "Pied de page"
    assert deck.slides[1] == AgendaSlide(
        title="Programme", entries=(AgendaEntry(time="16h", text="**conclusion**"),)
    )


def test_each_agenda_item_gives_its_slides_in_agenda_order() -> None:
    built = event(
        [
            {"kind": "welcome", "speakers": ["ada"]},
            {
                "kind": "talk",
                "start": "9:30",
                "title": "Une intervention",
                "speakers": ["ada", "bob"],
                "slides": [
                    {
                        "kind": "bullets",
                        "title": "Premier point",
                        "items": ["un", {"text": "deux", "items": ["deux bis"]}],
                    },
                    {
                        "kind": "bullets",
                        "speaker": "bob",
                        "title": "Second point",
                        "items": ["trois"],
                        "closing": "*fin*",
                    },
                ],
            },
            {"kind": "break", "start": "10:30"},
            {"kind": "lunch", "start": "10:45"},
            {"kind": "workshops", "start": "14:00", "workshops": [{"question": "Quoi ?", "room": "Salle A"}]},
            {"kind": "conclusion", "start": "16:00", "label": "mot de la fin", "speakers": ["bob"]},
        ],
        people={
            "ada": {"name": "Ada Lovelace", "role": "Analyste", "photo": "ada.jpg"},
            "bob": {"name": "Bob Martin", "organisation": "Mairie"},
        },
    )
    ada = Card(name="Ada Lovelace", role="Analyste", photo=FOLDER / Path("ada.jpg"))
    bob = Card(name="Bob Martin", organisation="Mairie")
    assert body(plan(built)) == (
        SpeakersSlide(title="Mot de bienvenue", people=(ada,)),
        SectionSlide(title="Une intervention", people=(ada, bob)),
        BulletsSlide(title="Premier point", items=(Line("un"), Line("deux"), Line("deux bis", 1))),
        BulletsSlide(title="Second point", kicker="Bob Martin · Mairie", items=(Line("trois"),), closing="*fin*"),
        BreakSlide(title="Pause", back_line="Retour dans 15 minutes", notes="Reprise à 10h45."),
        LunchSlide(title="Déjeuner", wish="Bon appétit !", next_line="Ateliers à 14h"),
        WorkshopsSlide(title="Ateliers", workshops=(WorkshopCard("Atelier n°1", "Quoi ?", "Salle A"),)),
        SectionSlide(title="Mot de la fin", people=(bob,)),
    )


def test_reordering_the_agenda_reorders_the_slides() -> None:
    first = {"kind": "talk", "title": "Alpha"}
    second = {"kind": "talk", "title": "Bêta"}
    forward = plan(event([first, second]))
    backward = plan(event([second, first]))
    assert [s.title for s in body(forward)] == ["Alpha", "Bêta"]
    assert [s.title for s in body(backward)] == ["Bêta", "Alpha"]


def test_sponsors_appear_on_title_and_closing_slides_in_their_order() -> None:
    built = event(
        [{"kind": "conclusion"}],
        organisations={
            "ansa": {"name": "Ansa"},
            "b": {"name": "Banque", "logo": "logos/b.png"},
            "a": {"name": "Assurance"},
        },
        sponsors=["b", "a"],
    )
    deck = plan(built)
    sponsors = (Logo("Banque", path=FOLDER / "logos" / "b.png"), Logo("Assurance"))
    assert isinstance(deck.slides[0], TitleSlide) and deck.slides[0].sponsors == sponsors
    assert isinstance(deck.slides[-1], ClosingSlide) and deck.slides[-1].sponsors == sponsors
    assert deck.slides[0].organiser == Logo("Ansa", organiser=True)


def test_planning_is_deterministic() -> None:
    built = event([{"kind": "talk", "title": "Alpha", "start": "10:00"}, {"kind": "conclusion", "start": "11:00"}])
    assert plan(built) == plan(built)
    assert hash(plan(built)) == hash(plan(built))
