"""Continuation slides by measure: balanced, and never an orphan (a lone line, or under a quarter of the
lines of the slide before it)."""

from __future__ import annotations

import re

from deckgen.brand import load_brand
from deckgen.plan.specs import BulletsSlide, DeckPlan, Figure, FiguresSlide, Line
from deckgen.render import paginate
from deckgen.render.canvas import RenderContext
from deckgen.render.pages import held


class _Lines:
    """A list of items of the given lines, on slides that hold `capacity` lines: the pagination's view of a
    slide, without measuring."""

    def __init__(self, lines: list[int], capacity: int) -> None:
        self.lines, self.capacity, self.total = lines, capacity, len(lines)

    def held(self, count: int) -> int | None:
        return sum(self.lines[:count]) if sum(self.lines[:count]) <= self.capacity else None

    def next_held(self, count: int) -> int:
        """The next slide: the rest whole, or as much of it as fits."""
        kept = 0
        for lines in self.lines[count:]:
            if kept + lines > self.capacity:
                break
            kept += lines
        return kept


def test_a_rest_of_a_lone_line_takes_items_from_the_slide_before() -> None:
    # Six bullets of three lines fit, and a seventh of one line is left: not five and two either (4 lines
    # after 15, under the measure's margin over a quarter), four and three.
    cuts = _Lines([3, 3, 3, 3, 3, 3, 1], capacity=18)
    assert paginate._without_orphan(cuts, 6, 1) == 4  # type: ignore[arg-type]


def test_a_rest_under_a_quarter_of_the_slide_before_takes_items_from_it() -> None:
    cuts = _Lines([4, 4, 4, 4, 4, 2, 2], capacity=20)  # 20 lines, then 4: a fifth
    count = paginate._without_orphan(cuts, 5, 1)  # type: ignore[arg-type]
    head, rest = sum(cuts.lines[:count]), sum(cuts.lines[count:])
    assert rest >= 2 and rest >= head / 4 and count == 4


def test_a_balanced_rest_is_left_as_it_is() -> None:
    cuts = _Lines([2] * 12, capacity=18)
    assert paginate._without_orphan(cuts, 6, 1) == 6  # type: ignore[arg-type]


def test_a_rest_that_continues_again_is_judged_by_what_its_next_slide_keeps() -> None:
    # Three entries fit, then one of two lines before a tall one that fills a slide alone: the slide
    # after this one would keep that one entry; with one entry fewer here it keeps two.
    cuts = _Lines([3, 3, 3, 2, 12, 4], capacity=12)
    assert paginate._without_orphan(cuts, 3, 1) == 2  # type: ignore[arg-type]


def test_when_no_cut_does_better_the_longest_is_kept() -> None:
    cuts = _Lines([1, 1], capacity=1)  # two lines, one a slide: each slide a lone line, whatever the cut
    assert paginate._without_orphan(cuts, 1, 1) == 1  # type: ignore[arg-type]


def test_a_figures_source_line_is_not_pushed_alone_onto_a_continuation() -> None:
    """Four figures with labels of about fifty characters, four observations and a source line: the tiles
    give way (smaller values) before the bullets continue on a « (suite) » slide (at 60 pt they would)."""
    labels = (
        "des ménages de l'Aude déclarent sauter un repas",
        "des bénéficiaires de l'aide ont moins de 25 ans",
        "des épiceries solidaires manquent de bénévoles",
        "des familles monoparentales renoncent aux fruits",
    )
    spec = FiguresSlide(
        title="La précarité alimentaire dans l'Aude en quatre chiffres",
        figures=tuple(Figure(value, label) for value, label in zip(("14 %", "38 %", "61 %", "1 sur 3"), labels)),
        items=(
            *(Line(f"Une observation de terrain qui tient sur une ligne et demie environ, pour voir {n}") for n in range(4)),
            Line("Source : enquête départementale 2025, 1 200 ménages"),
        ),
    )
    plan = DeckPlan(title="Journée", footer="Journée", language="fr-FR", author="Ansa", slides=(spec,))
    context = RenderContext(load_brand("ansa"), "fr-FR")
    head, rest, fits = paginate.fitting_part(spec, plan, context, 2)
    assert rest is None and fits and head == spec
    assert held(spec, plan, context, 2) is not None


def test_twelve_bullets_of_which_nine_fit_make_six_and_six() -> None:
    spec = BulletsSlide(title="Des constats", items=tuple(Line(f"Constat {n} : " + "une idée développée sur deux lignes " * 3) for n in range(12)))
    plan = DeckPlan(title="Journée", footer="Journée", language="fr-FR", author="Ansa", slides=(spec,))
    slides = [s for s, _ in paginate.laid_out(plan, RenderContext(load_brand("ansa"), "fr-FR"))]
    counts = [len(s.items) for s in slides]  # type: ignore[attr-defined]
    assert len(slides) >= 2 and max(counts) - min(counts) <= 1 and sum(counts) == 12
    assert [s.title for s in slides][:3] == ["Des constats", "Des constats (suite)", "Des constats (suite 2)"][: len(slides)]


def test_a_list_drawn_whole_then_cut_leaves_no_picture_behind(tmp_path) -> None:  # noqa: ANN001
    """Nine portraits do not fit one slide: drawn as planned, then cut. The pictures of the drawing that
    was dropped are not in the deck: its pictures are numbered one by one as its slides show them."""
    import zipfile
    from datetime import datetime

    from PIL import Image

    from deckgen.plan.specs import Card, SpeakersSlide
    from deckgen.render import render_deck
    from deckgen.write import build_date, deck_members, zipped

    people = []
    for n in range(9):
        photo = tmp_path / f"p{n}.jpg"
        Image.new("RGB", (300, 300), (20 * n, 90, 160)).save(photo)
        people.append(Card(name=f"Prénom{n} Nom{n}", role="Chargée de mission", organisation="Association", photo=photo))
    spec = SpeakersSlide(title="Grands témoins", people=tuple(people))
    plan = DeckPlan(title="Journée", footer="Journée", language="fr-FR", author="Ansa", slides=(spec,))
    package = render_deck(plan, load_brand("ansa"))
    assert len(package) >= 2
    members = deck_members(package, title="J", author="A", language="fr-FR", created=build_date(datetime(2026, 3, 12)))
    out = tmp_path / "deck.pptx"
    out.write_bytes(zipped(members))
    with zipfile.ZipFile(out) as deck:
        media = sorted(name for name in deck.namelist() if name.startswith("ppt/media/"))
        rels = "".join(deck.read(n).decode() for n in deck.namelist() if n.startswith("ppt/slides/_rels/"))
    # image1.png is the template's own (the brand's logo on its title layout): the photos are numbered after it.
    photos = sorted((name for name in media if name != "ppt/media/image1.png"), key=lambda name: int(re.sub(r"\D", "", name)))
    assert photos in ([f"ppt/media/image{n}.jpg" for n in range(2, 11)], [f"ppt/media/image{n}.png" for n in range(2, 11)])
    assert all(name.rsplit("/", 1)[1] in rels for name in photos)


def test_a_programme_entry_too_tall_for_a_slide_continues_between_its_items(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Eight workshops of long questions stopped the build at the programme slide: its one entry could not
    be cut. Its questions now continue on the next slide, numbered on."""
    from pptx import Presentation

    from deckgen.build import build_deck

    question = "Comment renforcer la coopération entre associations, collectivités et producteurs pour garantir un accès digne ?"
    workshops = "".join(f"      - {{question: '{question} ({n})', room: Salle {n}}}\n" for n in range(1, 9))
    folder = tmp_path / "ateliers"
    folder.mkdir()
    (folder / "event.yaml").write_text(
        "title: Journée\ndate: 2026-06-02\nvenue: Mairie\ncity: Albi\norganiser: ansa\n"
        "organisations:\n  ansa: {name: Ansa}\nagenda:\n  - kind: workshops\n    start: '14:00'\n    workshops:\n" + workshops,
        encoding="utf-8",
    )
    build_deck(folder, tmp_path / "deck.pptx")
    programme = [
        "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)
        for slide in Presentation(tmp_path / "deck.pptx").slides
        if slide.shapes.title is not None and slide.shapes.title.text_frame.text.startswith("Programme")
    ]
    assert len(programme) >= 2
    shown = "\n".join(programme)
    assert all(f"({n})" in shown for n in range(1, 9)) and shown.count("14h") == 1
    assert all(sum(f"({n})" in slide for slide in programme) == 1 for n in range(1, 9))  # each question on one slide, once
