"""Tiles and cards sized from what they hold: the values of a figures slide at one size, a card's long
organisation never under the detail floor, a name on one line where a wider card holds it."""

from __future__ import annotations

import re

from deckgen.brand import load_brand
from deckgen.plan.specs import AnswerSlide, Card, DeckPlan, Figure, FiguresSlide, Slide, SpeakersSlide
from deckgen.render.canvas import FLOORS, Canvas, RenderContext, Style
from deckgen.render.pages import SlideOverflow, draw
from deckgen.render.slide import SlideDrawing

_RUN = re.compile(r'<a:rPr sz="(\d+)"[^>]*>.*?<a:t>([^<]*)</a:t>', re.S)


def runs(spec: Slide) -> list[tuple[float, str]]:
    """(size in points, text) of every run the slide draws."""
    plan = DeckPlan(title="Journée", footer="Journée", language="fr-FR", author="Ansa", slides=(spec,))
    slide = SlideDrawing(kind=spec.kind)
    draw(slide, spec, plan, RenderContext(load_brand("ansa"), "fr-FR"), 5)
    return [(int(size) / 100, text) for size, text in _RUN.findall(slide.xml().decode())]


_EXT = re.compile(r'<a:ext cx="(\d+)"')


def _boxes_and_first_runs(spec: Slide) -> list[tuple[float, float, str]]:
    """(box width, size, text) of the first run of every text box the slide draws."""
    plan = DeckPlan(title="Journée", footer="Journée", language="fr-FR", author="Ansa", slides=(spec,))
    slide = SlideDrawing(kind=spec.kind)
    draw(slide, spec, plan, RenderContext(load_brand("ansa"), "fr-FR"), 5)
    found = []
    for shape in slide.xml().decode().split("<p:sp>")[1:]:
        width, first = _EXT.search(shape), _RUN.search(shape)
        if width and first:
            found.append((int(width[1]) / 12700, int(first[1]) / 100, first[2]))
    return found


def test_the_values_of_a_figures_slide_share_one_size() -> None:
    values = ("14 %", "23 900", "1 sur 3", "68")
    labels = [
        "des Audois vivent sous le seuil de pauvreté monétaire",
        "personnes aidées par le réseau audois en 2025",
        "des foyers aidés sont des familles monoparentales",
        "lieux de distribution recensés dans le département",
    ]
    spec = FiguresSlide(title="La précarité alimentaire dans l'Aude", figures=tuple(Figure(v, l) for v, l in zip(values, labels)))
    drawn = runs(spec)
    value_sizes = {size for size, text in drawn if text.replace("\u00a0", " ") in values}
    label_sizes = {size for size, text in drawn if text in labels}
    assert len(value_sizes) == 1 and len(label_sizes) == 1
    assert min(value_sizes) >= FLOORS["heading"] and min(label_sizes) >= FLOORS["detail"]


def test_a_long_organisation_stays_at_the_detail_floor_and_the_names_on_one_line() -> None:
    people = (
        Card(name="Hélène Marty", role="Présidente", organisation="Secours populaire français - Fédération de l'Aude"),
        Card(
            name="Sophie Roques",
            role="Chargée de mission alimentation et insertion",
            organisation="Conseil départemental de l'Aude\nDirection de l'action sociale, de l'insertion et du logement, service des solidarités",
        ),
        Card(name="Julien Fabre", role="Maraîcher", organisation="GAEC Les Jardins de la Malepère"),
    )
    drawn = runs(SpeakersSlide(title="Grands témoins", people=people))
    body = [(size, text) for size, text in drawn if text not in {"Journée", "5", "Grands témoins", "HM", "SR", "JF"}]
    assert min(size for size, _ in body) >= FLOORS["detail"]
    names = [text for _, text in body if text in {p.name for p in people}]
    assert sorted(names) == sorted(p.name for p in people)
    # Each name on one line of its card, as measured: the box as wide as the XML says, the name's size.
    canvas = Canvas(None, RenderContext(load_brand("ansa"), "fr-FR"), 5)
    for width, size, name in _boxes_and_first_runs(SpeakersSlide(title="Grands témoins", people=people)):
        if name in {p.name for p in people}:
            assert canvas.lines(f"**{name}**", width, size, Style(role="detail")) == 1, name


def test_an_overflow_says_by_how_much_in_the_organisers_words() -> None:
    """What no slide can hold is quoted as written (no tab of the list's numbering), without advice that
    leads nowhere (a quiz's answer slide never continues: « split it » cannot be done)."""
    spec = AnswerSlide(
        title="Quiz · réponse 1 / 1",
        question="Trouvez l'intrus.",
        choices=("Un", "Deux"),
        correct=1,
        true_list_label="La bonne liste",
        true_list=tuple("Une proposition beaucoup trop longue pour la liste, répétée encore et encore " * 3 for _ in range(8)),
    )
    try:
        runs(spec)
    except SlideOverflow as overflow:
        assert "\t" not in overflow.detail and "split" not in overflow.detail
        assert "characters too long for this slide, even at 14 pt; shorten it" in overflow.detail
        assert overflow.origin[-1:] == ("true_list",)
    else:
        raise AssertionError("a true list far too long for its slide was drawn")


def test_a_card_made_narrow_by_a_short_name_keeps_its_portrait_beside_its_text() -> None:
    """A lone speaker named « Paul » (or « Li », « Dr Li », Maire) stopped the build: the card fitted to its
    short name came out narrower than the width under which a portrait goes above the text, and its text
    was then laid in the little room under a portrait meant to stand beside it."""
    for people in ((Card(name="Paul"),), (Card(name="Li"),), (Card(name="Dr Li", role="Maire"),), (Card(name="Léa"), Card(name="Li"))):
        drawn = runs(SpeakersSlide(title="Mot de bienvenue", people=people))
        texts = [text for _, text in drawn]
        assert all(person.name in texts for person in people), texts
        assert min(size for size, text in drawn if text in {p.name for p in people}) >= 24  # a name, not a floor


def test_an_answer_s_precision_that_does_not_fit_its_card_goes_under_the_cards() -> None:
    """A short `detail:` (« précisément 52 % ») made the answer slide fail where its question slide fitted:
    the correct card had no room for it beside four long choices."""
    choice = "Réponse {} : par une plateforme logistique partagée entre associations"
    choices = tuple(choice.format(n) for n in range(1, 5))
    question = "Question 1 : comment les acteurs locaux ont-ils coopéré en 2025 pour améliorer l'accès à une alimentation de qualité ?"
    drawn = runs(AnswerSlide(title="Quiz · réponse 1 / 1", question=question, choices=choices, correct=0, detail="précisément 52 %"))
    texts = [text for _, text in drawn]
    assert "précisément 52 %".replace(" %", "\u00a0%") in texts and all(c.replace(" :", "\u00a0:") in texts for c in choices), texts
