"""Every word deckgen adds to a deck by itself, per locale; the event's own text is never translated."""

from __future__ import annotations

from msgspec import Struct

from ..errors import LoadError
from ..i18n import _


class Labels(Struct, frozen=True):
    """The catalogue of one locale. Fields with `{…}` are templates filled by the planner."""

    programme: str
    agenda_names: dict[str, str]  # agenda kind → its name on the programme slide
    slide_titles: dict[str, str]  # agenda kind → the title of its own slide
    and_: str
    supported_by: str
    quiz: str
    numbered_quiz: str  # when the deck has several quizzes: « Quiz 2 »
    question_title: str
    answer_title: str
    answer_notes: str
    true_list: str
    back_in: str
    back_at_notes: str
    back_at: str
    quoted: str
    your_questions: str  # the round table's slide after its quiz; `title` is already quoted
    panelists: str  # the round table's speakers' slide; `title` is already quoted
    training_programme: str
    enjoy_meal: str
    next_at: str
    workshop: str
    send_questions: str
    thanks: str
    quote: str
    day: str
    day_starts: str
    led_by: str
    room_led_by: str  # the workshops' notes: « Atelier 1 (Salle Cheyton) : … »
    with_organisation: str  # a person named in a sentence: « Damien Conaré (L'Institut Agro Montpellier) »
    kicker: str  # a person above their slide's title: « Damien Conaré · L'Institut Agro Montpellier »
    training_overview: str
    training_table: str
    training_territories: str
    training_participants: str
    at_time: str  # a title told apart from another by its item's time: « Pause · 15h30 »
    numbered: str  # a title told apart by a number where times do not: « Citation (2) »
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

    def in_quotes(self, text: str) -> str:
        """The text in the language's quotation marks, unless it is quoted already: a round table titled
        « « Manger mieux » : pour qui ? » was quoted twice."""
        if text.replace("*", "").startswith(("«", "“", '"')):  # the quotation marks of either language, or typed
            return text
        return self.quoted.format(text=text)


CATALOGUE: dict[str, Labels] = {
    "fr": Labels(
        programme="Programme",
        agenda_names={
            "arrival": "accueil café",
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
            "arrival": "Accueil café",
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
        numbered_quiz="Quiz {number}",
        question_title="{quiz} · question {number} / {total}",
        answer_title="{quiz} · réponse {number} / {total}",
        answer_notes="Réponse : {answer}",
        true_list="La bonne liste",
        back_in="Retour dans {duration}",
        back_at_notes="Reprise à {time}.",
        back_at="Retour à {time}",
        quoted="« {text} »",
        your_questions="{title} · vos questions",
        panelists="{title} · intervenant·es",
        training_programme="Programme",
        enjoy_meal="Bon appétit !",
        next_at="{next} à {time}",
        workshop="Atelier n°{number}",
        send_questions="Envoyez vos questions au {number}",
        thanks="Merci !",
        quote="Citation",
        day="Journée {number}",
        day_starts="La journée commence à {time}",
        led_by="Animé par {names}",
        room_led_by="{workshop} ({room}) : {people}",
        with_organisation="{name} ({organisation})",
        kicker="{name} · {organisation}",
        training_overview="{name} · présentation",
        training_table="{name} · programme",
        training_territories="{name} · territoires {season}",
        training_participants="{name} · participant·es",
        at_time="{title} · {time}",
        numbered="{title} ({number})",
        objective="Objectif",
        audience="Public cible",
        modalities="Modalités",
        method="Méthodologie",
        calendar="Calendrier",
        season_line="{season} : formation des territoires de l'ex région {region} ({area})",
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
            "arrival": "welcome coffee",
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
            "arrival": "Welcome coffee",
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
        numbered_quiz="Quiz {number}",
        question_title="{quiz} · question {number} / {total}",
        answer_title="{quiz} · answer {number} / {total}",
        answer_notes="Answer: {answer}",
        true_list="The true list",
        back_in="Back in {duration}",
        back_at_notes="We resume at {time}.",
        back_at="Back at {time}",
        quoted="“{text}”",
        your_questions="{title} · your questions",
        panelists="{title} · panelists",
        training_programme="Programme",
        enjoy_meal="Enjoy your meal!",
        next_at="{next} at {time}",
        workshop="Workshop {number}",
        send_questions="Text your questions to {number}",
        thanks="Thank you!",
        quote="Quotation",
        day="Day {number}",
        day_starts="The day starts at {time}",
        led_by="Led by {names}",
        room_led_by="{workshop} ({room}): {people}",
        with_organisation="{name} ({organisation})",
        kicker="{name} · {organisation}",
        training_overview="{name} · overview",
        training_table="{name} · programme",
        training_territories="{name} · territories {season}",
        training_participants="{name} · participants",
        at_time="{title} · {time}",
        numbered="{title} ({number})",
        objective="Objective",
        audience="Audience",
        modalities="Format",
        method="Method",
        calendar="Calendar",
        season_line="{season}: training of the territories of the former {region} region ({area})",
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
        raise LoadError(_("locale '{locale}' has no label catalogue; write one of: {known}").format(locale=locale, known=", ".join(CATALOGUE)))
    return CATALOGUE[language]
