"""Quiz slides hold what a real quiz asks: an odd-one-out whose true list has up to eight items of sixty
characters fits its answer slide, in text the room can read."""

from __future__ import annotations

import re

import pytest

from deckgen.brand import load_brand
from deckgen.plan.specs import AnswerSlide, DeckPlan
from deckgen.render.canvas import FLOORS, RenderContext
from deckgen.render.geometry import STANDARD, WIDESCREEN, Frame
from deckgen.render.pages import draw
from deckgen.render.slide import SlideDrawing

ITEMS = (
    "Achats groupés de fruits et légumes auprès des producteurs",
    "Réservation de récoltes auprès des maraîchers du département",
    "Financement de projets d'achats locaux portés par les épiceries",
    "Autres achats de produits sous labels, locaux et de saison",
    "Marché national de fruits et légumes pour les associations",
    "Achats via les réseaux solidaires et les coopératives d'achat",
    "Soutien aux circuits courts dans les quartiers prioritaires",
    "Formation des bénévoles à l'approvisionnement de proximité",
)


@pytest.mark.parametrize(
    ("count", "frame"), [(6, WIDESCREEN), (8, WIDESCREEN), (6, STANDARD)], ids=["16:9-6", "16:9-8", "4:3-6"]
)  # eight on a 4:3 slide, three quarters as wide, do not fit at 14 pt: the organiser is told by how much
def test_a_true_list_of_eight_items_of_sixty_characters_fits_its_answer_slide(count: int, frame: Frame) -> None:
    assert all(56 <= len(item) <= 64 for item in ITEMS)  # about sixty characters each
    spec = AnswerSlide(
        title="Quiz · réponse 6 / 8",
        question="Parmi ces usages du fonds régional, lequel n'a pas été retenu par les associations de l'Aude ? Trouvez l'intrus.",
        choices=(ITEMS[0], ITEMS[1], "Collecte d'invendus en restauration bio", ITEMS[3]),
        correct=2,
        true_list_label="La bonne liste",
        true_list=ITEMS[:count],
    )
    plan = DeckPlan(title="Journée", footer="Journée", language="fr-FR", author="Ansa", slides=(spec,))
    slide = SlideDrawing(kind="answer")
    draw(slide, spec, plan, RenderContext(load_brand("ansa"), "fr-FR", frame), 7)
    xml = slide.xml().decode()
    sizes = [int(size) / 100 for size in re.findall(r' sz="(\d+)"', xml)]
    assert min(sizes) >= FLOORS["detail"]
    assert all(item.replace("'", "&apos;") in xml or item in xml for item in ITEMS[:count])
