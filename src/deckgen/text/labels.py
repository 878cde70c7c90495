"""Every word deckgen adds to a deck by itself, per locale; the event's own text is never translated."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import LoadError


@dataclass(frozen=True, slots=True)
class Labels:
    """The catalogue of one locale. Fields with `{…}` are templates filled by the planner."""

    programme: str
    agenda_names: dict[str, str]  # agenda kind → its name on the programme slide
    slide_titles: dict[str, str]  # agenda kind → the title of its own slide
    and_: str
    supported_by: str
    quiz: str
    question_counter: str
    answer: str
    answer_notes: str
    true_list: str
    back_in: str
    back_at_notes: str
    back_at: str
    quoted: str
    training_programme: str
    enjoy_meal: str
    next_at: str
    workshop: str
    send_questions: str
    thanks: str
    quote: str
    day: str
    objective: str
    audience: str
    modalities: str
    method: str
    calendar: str
    season_line: str
    season_legend: str
    territories: str
    participants: str
    continued: str
    continued_again: str
    time_whole_hour: str  # Babel pattern
    time: str  # Babel pattern


CATALOGUE: dict[str, Labels] = {
    "fr": Labels(
        programme="Programme",
        agenda_names={
            "welcome": "mot de bienvenue",
            "witnesses": "grands témoins",
            "talk": "intervention",
            "round_table": "table ronde",
            "break": "pause",
            "lunch": "déjeuner",
            "workshops": "ateliers",
            "conclusion": "conclusion",
        },
        slide_titles={
            "welcome": "Mot de bienvenue",
            "witnesses": "Grands témoins",
            "round_table": "Table ronde",
            "break": "Pause",
            "lunch": "Déjeuner",
            "workshops": "Ateliers",
            "conclusion": "Conclusion",
        },
        and_=" et ",
        supported_by="Avec le soutien de",
        quiz="Quiz",
        question_counter="Question {number} / {total}",
        answer="Réponse",
        answer_notes="Réponse : {answer}",
        true_list="La bonne liste",
        back_in="Retour dans {duration}",
        back_at_notes="Reprise à {time}.",
        back_at="Retour à {time}",
        quoted="« {text} »",
        training_programme="Programme",
        enjoy_meal="Bon appétit !",
        next_at="{next} à {time}",
        workshop="Atelier n°{number}",
        send_questions="Envoyez vos questions au {number}",
        thanks="Merci !",
        quote="Citation",
        day="Journée {number}",
        objective="Objectif",
        audience="Public cible",
        modalities="Modalités",
        method="Méthodologie",
        calendar="Calendrier",
        season_line="{season} : formation des territoires de l'ex région {region}",
        season_legend="{region} - {area} (session {season})",
        territories="Territoires participants",
        participants="Participant·es",
        continued="(suite)",
        continued_again="(suite {number})",
        time_whole_hour="H'h'",
        time="H'h'mm",
    ),
    "en": Labels(
        programme="Agenda",
        agenda_names={
            "welcome": "welcome",
            "witnesses": "keynote witnesses",
            "talk": "talk",
            "round_table": "round table",
            "break": "break",
            "lunch": "lunch",
            "workshops": "workshops",
            "conclusion": "conclusion",
        },
        slide_titles={
            "welcome": "Welcome",
            "witnesses": "Keynote witnesses",
            "round_table": "Round table",
            "break": "Break",
            "lunch": "Lunch",
            "workshops": "Workshops",
            "conclusion": "Conclusion",
        },
        and_=" and ",
        supported_by="With the support of",
        quiz="Quiz",
        question_counter="Question {number} / {total}",
        answer="Answer",
        answer_notes="Answer: {answer}",
        true_list="The true list",
        back_in="Back in {duration}",
        back_at_notes="We resume at {time}.",
        back_at="Back at {time}",
        quoted="“{text}”",
        training_programme="Programme",
        enjoy_meal="Enjoy your meal!",
        next_at="{next} at {time}",
        workshop="Workshop {number}",
        send_questions="Text your questions to {number}",
        thanks="Thank you!",
        quote="Quotation",
        day="Day {number}",
        objective="Objective",
        audience="Audience",
        modalities="Format",
        method="Method",
        calendar="Calendar",
        season_line="{season}: training of the territories of the former {region} region",
        season_legend="{region} - {area} ({season} session)",
        territories="Participating territories",
        participants="Participants",
        continued="(continued)",
        continued_again="(continued {number})",
        time_whole_hour="h:mm a",
        time="h:mm a",
    ),
}


def labels_for(locale: str) -> Labels:
    """The catalogue of a locale (`fr_FR` falls back to `fr`)."""
    language = locale.split("_")[0]
    if language not in CATALOGUE:
        raise LoadError(f"locale '{locale}' has no label catalogue; write one of: {', '.join(CATALOGUE)}")
    return CATALOGUE[language]
