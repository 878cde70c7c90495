"""Round tables: the opening slide, the quiz, the SMS line, and the training a round table presents."""

from __future__ import annotations

from typing import Any

from plan_events import FOLDER, body, event, plan, reference_plan

from deckgen.plan.specs import (
    AnswerSlide,
    Block,
    BlocksSlide,
    Group,
    ListSlide,
    Logo,
    QuestionSlide,
    RoundTableSlide,
    Row,
    Slide,
    TableSlide,
    TerritoriesSlide,
)

TITLE = "Le bilan"
OPENING = "« Le bilan »"
HOST = Logo(name="Le Réseau", path=FOLDER / "reseau.png")
SMS = "07 62 32 67 85"
SEND = "Envoyez vos questions au 07 62 32 67 85"
QUESTIONS = "« Le bilan » · vos questions"  # the slide after the quiz, with the SMS number
QUESTION: dict[str, Any] = {"question": "Oui ?", "choices": ["oui", "non"], "answer": "oui"}

TRAINING: dict[str, Any] = {
    "name": "Alim'Activ",
    "objective": "outiller les acteurs",
    "audience": ["Collectivités", {"text": "Associations", "items": ["en binôme"]}],
    "modalities": ["4 journées"],
    "method": "formation action",
    "calendar": [
        {
            "season": "2024-25",
            "region": "Languedoc-Roussillon",
            "area": "Occitanie Est",
            "territories": [
                {"name": "Gard", "code": "30", "members": ["Banque alimentaire 30"]},
                {"name": "Hérault", "code": "34", "members": ["PAT A", "PAT B"]},
            ],
        },
        {"season": "2025-26", "region": "Midi-Pyrénées", "area": "Occitanie ouest"},
    ],
    "programme": ["Diagnostic", "Approvisionnement"],
    "participants": [
        {
            "departement": "34",
            "members": [
                {"name": "Fabien HERAN", "role": "Animateur PAT", "organisation": "SM Bassin de Thau"},
                {"name": "Christel VIGNEAU", "role": "Coordinatrice"},
            ],
        },
        {"members": [{"name": "Margot GONTHIER", "organisation": "PAT Aude"}, {"name": "Paul SEUL"}]},
    ],
}


def round_table_deck(training: dict[str, Any] | None = None, **item: Any) -> tuple[Slide, ...]:
    """The slides of one round table titled « Le bilan », hosted by « Le Réseau »."""
    extra: dict[str, Any] = {"training": training} if training else {}
    built = event(
        [{"kind": "round_table", "start": "10:30", "title": TITLE, "host": "reseau", **item}],
        organisations={"ansa": {"name": "Ansa"}, "reseau": {"name": "Le Réseau", "logo": "reseau.png"}},
        **extra,
    )
    return body(plan(built))


def training_slides(host: Logo | None = HOST) -> list[Slide]:
    """What TRAINING gives, titled by the training's name."""
    return [
        BlocksSlide(
            title="Alim'Activ · présentation",
            blocks=(
                Block("Objectif", text="outiller les acteurs"),
                Block("Public cible", items=("Collectivités", "Associations", "en binôme")),
                Block("Modalités", items=("4 journées",)),
                Block("Méthodologie", text="formation action"),
                Block(
                    "Calendrier",
                    items=(
                        "2024-25 : formation des territoires de l'ex région Languedoc-Roussillon (Occitanie Est)",
                        "2025-26 : formation des territoires de l'ex région Midi-Pyrénées (Occitanie ouest)",
                    ),
                ),
            ),
        ),
        TableSlide(
            title="Alim'Activ · programme",
            heading="Programme",
            rows=(Row("Journée 1", "Diagnostic"), Row("Journée 2", "Approvisionnement")),
        ),
        TerritoriesSlide(
            title="Alim'Activ · territoires 2024-25",
            heading="Territoires participants",
            legend=(
                "Languedoc-Roussillon - Occitanie Est (session 2024-25)",
                "Midi-Pyrénées - Occitanie ouest (session 2025-26)",
            ),
            season=0,
            groups=(Group("Gard (30)", ("Banque alimentaire 30",)), Group("Hérault (34)", ("PAT A", "PAT B"))),
            host=host,
        ),
        ListSlide(
            title="Alim'Activ · participant·es",
            heading="Participant·es",
            entries=(
                "**Fabien HERAN** (Animateur PAT - SM Bassin de Thau) et **Christel VIGNEAU** (Coordinatrice) - 34",
                "**Margot GONTHIER** (PAT Aude) et **Paul SEUL**",
            ),
        ),
    ]


def test_a_round_table_alone_is_one_slide_with_its_host() -> None:
    assert round_table_deck() == (RoundTableSlide(title=OPENING, label="Table ronde", host=HOST),)


def test_without_a_quiz_the_sms_line_is_on_the_only_slide() -> None:
    assert round_table_deck(sms=SMS) == (RoundTableSlide(title=OPENING, label="Table ronde", host=HOST, sms_line=SEND),)


def test_with_a_quiz_and_sms_the_number_comes_on_a_closing_slide_after_the_quiz() -> None:
    slides = round_table_deck(sms=SMS, quiz=[QUESTION, QUESTION | {"answer": "non"}])
    assert [s.kind for s in slides] == ["round_table", "question", "answer", "question", "answer", "round_table"]
    assert slides[0] == RoundTableSlide(title=OPENING, label="Table ronde", host=HOST)
    assert slides[-1] == RoundTableSlide(title=QUESTIONS, label="Table ronde", host=HOST, sms_line=SEND)


def test_with_a_quiz_and_no_sms_there_is_no_closing_slide() -> None:
    slides = round_table_deck(quiz=[QUESTION])
    assert [s.kind for s in slides] == ["round_table", "question", "answer"]
    assert slides[0] == RoundTableSlide(title=OPENING, label="Table ronde", host=HOST)


def test_the_label_names_the_round_table() -> None:
    slides = round_table_deck(label="débat")
    assert slides == (RoundTableSlide(title=OPENING, label="Débat", host=HOST),)


def test_reference_first_round_table_opens_without_and_closes_with_the_sms_line() -> None:
    slides = reference_plan().slides
    ansa = Logo(name="Agence nouvelle des solidarités actives", organiser=True)
    opening = RoundTableSlide(
        title="« Bilan et perspectives du programme Mieux Manger pour Tous »", label="Table ronde", host=ansa
    )
    assert slides[10] == opening
    assert [type(s) for s in slides[11:23]] == [QuestionSlide, AnswerSlide] * 6
    assert slides[23] == RoundTableSlide(
        title="« Bilan et perspectives du programme Mieux Manger pour Tous » · vos questions",
        label="Table ronde", host=ansa, sms_line="Envoyez vos questions au 07 62 32 67 85"
    )
    assert [s for s in slides if isinstance(s, RoundTableSlide) and s.sms_line] == [slides[23]]


def test_presents_training_follows_the_opening_with_the_training_slides() -> None:
    assert list(round_table_deck(TRAINING, presents_training=True)) == [
        RoundTableSlide(title=OPENING, label="Table ronde", host=HOST),
        *training_slides(),
    ]


def test_without_a_host_the_territories_have_no_logo() -> None:
    built = event(
        [{"kind": "round_table", "title": TITLE, "presents_training": True}], training=TRAINING
    )
    slides = body(plan(built))
    assert slides[0] == RoundTableSlide(title=OPENING, label="Table ronde")
    assert list(slides[1:]) == training_slides(host=None)


def test_the_training_is_shown_only_by_the_round_table_that_presents_it() -> None:
    assert round_table_deck(TRAINING) == (RoundTableSlide(title=OPENING, label="Table ronde", host=HOST),)


def test_quiz_then_training_then_the_sms_closing_slide() -> None:
    slides = round_table_deck(TRAINING, presents_training=True, sms=SMS, quiz=[QUESTION])
    assert [s.kind for s in slides] == [
        "round_table", "question", "answer", "blocks", "table", "territories", "list", "round_table",
    ]  # fmt: skip
    assert list(slides[3:7]) == training_slides()
    assert slides[0] == RoundTableSlide(title=OPENING, label="Table ronde", host=HOST)
    assert slides[-1] == RoundTableSlide(title=QUESTIONS, label="Table ronde", host=HOST, sms_line=SEND)


def test_a_training_without_territories_or_participants_gives_overview_and_programme_only() -> None:
    bare = TRAINING | {
        "calendar": [{"season": "2025-26", "region": "Midi-Pyrénées", "area": "Occitanie ouest"}],
        "participants": [],
    }
    slides = round_table_deck(bare, presents_training=True)
    assert [s.kind for s in slides] == ["round_table", "blocks", "table"]


def test_reference_training_slides_follow_the_second_round_table() -> None:
    slides = reference_plan().slides
    title = "La formation Alim'Activ : bilan et retours des participant·es"
    assert slides[25] == RoundTableSlide(
        title=f"« {title} »",
        label="Table ronde",
        host=Logo(name="Agence nouvelle des solidarités actives", organiser=True),
    )
    assert [(s.kind, s.title) for s in slides[26:30]] == [
        ("blocks", "Alim'Activ · présentation"),
        ("table", "Alim'Activ · programme"),
        ("territories", "Alim'Activ · territoires 2024-25"),
        ("list", "Alim'Activ · participant·es"),
    ]


def test_reference_participants_are_formatted_team_by_team() -> None:
    participants = [s for s in reference_plan().slides if isinstance(s, ListSlide)]
    assert len(participants) == 1
    assert participants[0].heading == "Participant·es"
    assert participants[0].entries == (
        "**Camille VILLAJOS** (chargée de projets alimentation locale - FD CIVAM 30) - 30",
        "**Elizabeth CRES** (VP Banque alimentaire) - 30",
        "**Fabien HERAN** (Animateur PAT - SM Bassin de Thau) et "
        "**Christel VIGNEAU** (Coordinatrice La Capéchade) - 34",
        "**Laurence TKACZUK** (Co-animateuse PAT Haut Languedoc et Vignobles) - 34",
        "**Laurence COSTE** (Chargée de mission CD) et **Myriam DE ANDRADE** (Animatrice PAT Mangeons local 66) - 66",
        "**Aurelie LE GALL** (Gestionnaire service affaire sociale CCAS Lézignan-Corbières) et "
        "**Sylvie GUIRAUD** (CCAS Lézignan-Corbières) - 11",
        "**Margot GONTHIER-MAURIN** (Coordinatrice PAT Haute Vallée de l'Aude)",
    )


def test_reference_territories_and_programme() -> None:
    slides = reference_plan().slides
    territories, table = slides[28], slides[27]
    assert isinstance(territories, TerritoriesSlide) and isinstance(table, TableSlide)
    assert [g.heading for g in territories.groups] == [
        "Gard (30)", "Hérault (34)", "Aude (11)", "Pyrénées-Orientales (66)",
    ]  # fmt: skip
    assert territories.legend == (
        "Languedoc-Roussillon - Occitanie Est (session 2024-25)",
        "Midi-Pyrénées - Occitanie ouest (session 2025-26)",
    )
    assert [row.label for row in table.rows] == [f"Journée {n}" for n in range(1, 6)]
    assert table.rows[4] == Row("Journée 5", "Journée réseau")


SEASONS: list[dict[str, Any]] = [
    {
        "season": "2024-25",
        "region": "Languedoc-Roussillon",
        "area": "Occitanie Est",
        "territories": [
            {"name": "Aude", "code": "11", "members": ["CCAS Lézignan"]},
            {"name": "Pyrénées-Orientales", "code": "66", "members": ["CD 66"]},
        ],
    },
    {"season": "2025-26", "region": "Midi-Pyrénées", "area": "Occitanie ouest"},  # none listed yet
    {
        "season": "2026-27",
        "region": "Midi-Pyrénées",
        "area": "Occitanie ouest",
        "territories": [{"name": "Ariège", "code": "09", "members": ["PAT Couserans", "Mairie de Foix"]}],
    },
]
LEGEND = (
    "Languedoc-Roussillon - Occitanie Est (session 2024-25)",
    "Midi-Pyrénées - Occitanie ouest (session 2025-26)",
    "Midi-Pyrénées - Occitanie ouest (session 2026-27)",
)


def test_each_season_with_territories_has_its_own_slide_and_only_its_territories() -> None:
    slides = round_table_deck(TRAINING | {"calendar": SEASONS, "participants": []}, presents_training=True)
    territories = [s for s in slides if isinstance(s, TerritoriesSlide)]
    assert territories == [
        TerritoriesSlide(
            title="Alim'Activ · territoires 2024-25",
            heading="Territoires participants",
            legend=LEGEND,
            season=0,
            groups=(Group("Aude (11)", ("CCAS Lézignan",)), Group("Pyrénées-Orientales (66)", ("CD 66",))),
            host=HOST,
        ),
        TerritoriesSlide(
            title="Alim'Activ · territoires 2026-27",
            heading="Territoires participants",
            legend=LEGEND,
            season=2,  # its index in the legend, which lists every season
            groups=(Group("Ariège (09)", ("PAT Couserans", "Mairie de Foix")),),
            host=HOST,
        ),
    ]
    assert [s.kind for s in slides] == ["round_table", "blocks", "table", "territories", "territories"]


def test_the_calendar_line_shows_region_and_area() -> None:
    slides = round_table_deck(TRAINING | {"calendar": SEASONS, "participants": []}, presents_training=True)
    overview = slides[1]
    assert isinstance(overview, BlocksSlide)
    assert overview.blocks[-1] == Block(
        "Calendrier",
        items=(
            "2024-25 : formation des territoires de l'ex région Languedoc-Roussillon (Occitanie Est)",
            "2025-26 : formation des territoires de l'ex région Midi-Pyrénées (Occitanie ouest)",
            "2026-27 : formation des territoires de l'ex région Midi-Pyrénées (Occitanie ouest)",
        ),
    )


def test_english_training_titles_and_calendar() -> None:
    built = event(
        [{"kind": "round_table", "title": TITLE, "presents_training": True}],
        training=TRAINING | {"calendar": SEASONS, "participants": [{"departement": "09", "members": [{"name": "Ada"}]}]},
        locale="en",
    )
    slides = body(plan(built))
    assert [s.title for s in slides] == [
        "“Le bilan”",
        "Alim'Activ · overview",
        "Alim'Activ · programme",
        "Alim'Activ · territories 2024-25",
        "Alim'Activ · territories 2026-27",
        "Alim'Activ · participants",
    ]
    overview = slides[1]
    assert isinstance(overview, BlocksSlide) and overview.blocks[-1].items[2] == (
        "2026-27: training of the territories of the former Midi-Pyrénées region (Occitanie ouest)"
    )


def test_the_training_is_titled_by_its_name() -> None:
    slides = round_table_deck(TRAINING | {"name": "Cap Alim"}, presents_training=True)
    assert [s.title for s in slides[1:]] == [
        "Cap Alim · présentation", "Cap Alim · programme", "Cap Alim · territoires 2024-25", "Cap Alim · participant·es",
    ]  # fmt: skip
