"""Speakers' own slides: the planner keeps their text as written and only adds who presents them."""

from __future__ import annotations

from typing import Any

from plan_events import body, event, plan, reference_plan

from deckgen.plan.specs import (
    Branch,
    BulletsSlide,
    Card,
    ConceptMapSlide,
    Figure,
    FiguresSlide,
    Line,
    QuoteSlide,
    Slide,
    SpeakersSlide,
)


def talk_slides(*slides: dict[str, Any]) -> tuple[Slide, ...]:
    """The content slides of one talk given by « Ada Lovelace » (without its opening section slide)."""
    built = event(
        [{"kind": "talk", "title": "Exposé", "speakers": ["ada"], "slides": list(slides)}],
        people={"ada": {"name": "Ada Lovelace"}},
    )
    return body(plan(built))[1:]


def test_reference_witnesses_slides() -> None:
    slides = reference_plan().slides
    assert slides[3] == SpeakersSlide(
        title="Grands témoins",
        people=(
            Card(
                name="Damien Conaré",
                role="Secrétaire général, Chaire UNESCO Alimentations du monde",
                organisation="L'Institut Agro Montpellier",
            ),
            Card(
                name="Mathias Hudbert",
                role="Responsable de recherche et développement social",
                organisation="CEMEA Occitanie",
            ),
        ),
    )
    assert slides[4] == FiguresSlide(
        title="Des précarités structurelles",
        kicker="Damien Conaré · L'Institut Agro Montpellier",
        figures=(Figure("16 %"), Figure("8,2 %", "de la pop. mond. (670 M)\na connu la faim en 2024")),
        items=(
            Line("9 M de Français sous le seuil de pauvreté (50 % ont moins de 30 ans)"),
            Line("4 à 6 M ont recours à l'aide alimentaire (18 % des étud. y ont recours)"),
        ),
    )
    bullets = slides[5]
    assert isinstance(bullets, BulletsSlide)
    assert [(line.level, line.text[:20]) for line in bullets.items] == [
        (0, "Les limites de ce sy"),
        (1, "dispositif **adminis"),
        (1, "**non-recours** fréq"),
        (1, "nombreuses « zones b"),
        (1, "**qualité nutritionn"),
        (1, "« solution » **unifo"),
    ]
    quote = slides[6]
    assert isinstance(quote, QuoteSlide)
    assert (quote.title, quote.kicker, quote.attribution, len(quote.paragraphs)) == (
        "Citation",
        "Damien Conaré · L'Institut Agro Montpellier",
        "2024",
        3,
    )
    assert slides[8] == BulletsSlide(
        title="Impacts = dévpt du pouvoir d'agir",
        kicker="Damien Conaré · L'Institut Agro Montpellier",
        items=(Line("Démocratie alimentaire"), Line("Approche par le droit")),
        closing="*De l'alimentation comme vecteur d'un nouveau contrat social...*",
    )
    concept = slides[9]
    assert isinstance(concept, ConceptMapSlide)
    assert concept.title == "Recherche action = L'accès à l'alimentation en structures ESMS"
    assert concept.kicker == "Mathias Hudbert · CEMEA Occitanie"
    assert [len(b.items) for b in concept.branches] == [3, 4, 2, 2]
    assert concept.branches[3].text == "Production d'un plaidoyer"


def test_nested_bullets_become_lines_with_their_level_in_reading_order() -> None:
    slides = talk_slides(
        {
            "kind": "bullets",
            "title": "Niveaux",
            "items": ["a", {"text": "b", "items": [{"text": "b1", "items": ["b1x"]}, "b2"]}, "c"],
        }
    )
    assert slides == (
        BulletsSlide(
            title="Niveaux",
            items=(Line("a"), Line("b"), Line("b1", 1), Line("b1x", 2), Line("b2", 1), Line("c")),
        ),
    )


def test_quote_attribution_and_default_title() -> None:
    slides = talk_slides(
        {"kind": "quote", "paragraphs": ["« Un. »"], "author": "J. Zask", "year": 2011, "speaker": "ada"},
        {"kind": "quote", "title": "Mot", "paragraphs": ["« Deux. »", "Trois."]},
    )
    assert slides == (
        QuoteSlide(title="Citation", kicker="Ada Lovelace", paragraphs=("« Un. »",), attribution="J. Zask, 2011"),
        QuoteSlide(title="Mot", paragraphs=("« Deux. »", "Trois.")),
    )


def test_concept_map_is_titled_by_its_centre() -> None:
    slides = talk_slides(
        {
            "kind": "concept_map",
            "centre": "Centre",
            "branches": [{"text": "Nord", "items": ["n1", "n2"]}, {"text": "Sud"}],
        }
    )
    assert slides == (ConceptMapSlide(title="Centre", branches=(Branch("Nord", ("n1", "n2")), Branch("Sud"))),)


def test_figures_without_labels_or_items() -> None:
    slides = talk_slides({"kind": "figures", "title": "Chiffres", "figures": [{"value": "9 M"}]})
    assert slides == (FiguresSlide(title="Chiffres", figures=(Figure("9 M"),)),)
