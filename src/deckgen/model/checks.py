"""Rules that span several fields: references, the agenda's times, the quiz's answers, the rooms.

Each rule returns `Finding`s (a path into the YAML and a message) instead of raising, so the loader
reports every one of them in a single run, each at its own line.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from datetime import time

from msgspec import Struct

from ..i18n import _
from .agenda import RoundTable, Workshops
from .event import Event
from .names import closest_id
from .quiz import Question
from .training import Season, Training

Loc = tuple[str | int, ...]


class Finding(Struct, frozen=True):
    loc: Loc
    message: str


def check_event(event: Event) -> list[Finding]:
    """Every cross-field problem of the event, in file order."""
    return [
        *_references(event),
        *_times(event),
        *_quizzes(event),
        *_rooms(event),
        *_teams(event.training),
    ]


def _unknown_person(name: str, event: Event) -> str:
    people = {key: person.name for key, person in event.people.items()}
    close, far = _("no person '{name}' (known: {known}); did you mean '{meant}'?"), _(
        "no person '{name}' (known: {known}); add it under `people:`"
    )
    return _unknown(name, people, close, far)


def _unknown_organisation(name: str, event: Event) -> str:
    organisations = {key: organisation.name for key, organisation in event.organisations.items()}
    close = _("no organisation '{name}' (known: {known}); did you mean '{meant}'?")
    return _unknown(name, organisations, close, _("no organisation '{name}' (known: {known}); add it under `organisations:`"))


def _unknown(name: str, known: dict[str, str], close: str, far: str) -> str:
    """An unknown id, with the known one meant when it is close (its id or its name, any capitals)."""
    meant = closest_id(name, known)
    return (close if meant is not None else far).format(name=name, known=", ".join(known) or _("none yet"), meant=meant)


def _references(event: Event) -> Iterator[Finding]:
    if event.organiser not in event.organisations:
        yield Finding(("organiser",), _unknown_organisation(event.organiser, event))
    for index, sponsor in enumerate(event.sponsors):
        if sponsor not in event.organisations:
            yield Finding(("sponsors", index), _unknown_organisation(sponsor, event))
    for item_index, item in enumerate(event.agenda):
        for speaker_index, speaker in enumerate(getattr(item, "speakers", [])):
            if speaker not in event.people:
                yield Finding(("agenda", item_index, "speakers", speaker_index), _unknown_person(speaker, event))
        for slide_index, slide in enumerate(getattr(item, "slides", [])):
            if slide.speaker is not None and slide.speaker not in event.people:
                yield Finding(
                    ("agenda", item_index, "slides", slide_index, "speaker"), _unknown_person(slide.speaker, event)
                )
        if isinstance(item, Workshops):
            for workshop_index, workshop in enumerate(item.workshops):
                for person_index, person in enumerate(workshop.facilitators):
                    if person not in event.people:
                        yield Finding(
                            ("agenda", item_index, "workshops", workshop_index, "facilitators", person_index),
                            _unknown_person(person, event),
                        )
        if isinstance(item, RoundTable):
            if item.host is not None and item.host not in event.organisations:
                yield Finding(("agenda", item_index, "host"), _unknown_organisation(item.host, event))
            if item.presents_training and event.training is None:
                yield Finding(
                    ("agenda", item_index, "presents_training"),
                    _("this round table presents the training, but the event has no `training:`; add one or remove this line"),
                )


def _fmt(value: time) -> str:
    return value.strftime("%H:%M")


def _times(event: Event) -> Iterator[Finding]:
    """Timed items must be in order and must not overlap; a break needs to know when it ends."""
    previous: tuple[int, time, time | None] | None = None
    for index, item in enumerate(event.agenda):
        if item.start is not None and item.end is not None and item.end <= item.start:
            yield Finding(
                ("agenda", index, "end"),
                _("ends at {end}, not after it starts ({start}); write a later end time").format(
                    end=_fmt(item.end), start=_fmt(item.start)
                ),
            )
        if item.start is None:
            continue
        if previous is not None:
            prev_index, prev_start, prev_end = previous
            if item.start <= prev_start:
                yield Finding(
                    ("agenda", index, "start"),
                    _(
                        "starts at {start}, not after the item before it (agenda[{before}], {before_start}); "
                        "the agenda must be in time order"
                    ).format(start=_fmt(item.start), before=prev_index, before_start=_fmt(prev_start)),
                )
            elif prev_end is not None and item.start < prev_end:
                yield Finding(
                    ("agenda", index, "start"),
                    _(
                        "starts at {start}, before the item before it ends (agenda[{before}], until {before_end}); "
                        "move one of the two times"
                    ).format(start=_fmt(item.start), before=prev_index, before_end=_fmt(prev_end)),
                )
        previous = (index, item.start, item.end)
    for index, item in enumerate(event.agenda):
        if item.kind in _UNTIL and item.end is None and _next_start(event, index) is None:
            yield Finding(("agenda", index), _UNTIL[item.kind]())


_UNTIL = {
    "break": lambda: _("a break needs to know when the room is back: give it `end:` or give the next item a `start:`"),
    "arrival": lambda: _(
        "an arrival coffee needs to know when the day starts: give the next item a `start:` or give this one an `end:`"
    ),
}
"""Kinds whose slide says when they end (« Retour dans 15 minutes », « La journée commence à 9h30 »), and
what to write when nothing says it."""


def _next_start(event: Event, index: int) -> time | None:
    for item in event.agenda[index + 1 :]:
        if item.start is not None:
            return item.start
    return None


def _quizzes(event: Event) -> Iterator[Finding]:
    for item_index, item in enumerate(event.agenda):
        if isinstance(item, RoundTable):
            for question_index, question in enumerate(item.quiz):
                for loc, message in _question(question):
                    yield Finding(("agenda", item_index, "quiz", question_index, *loc), message)


def _question(question: Question) -> Iterator[tuple[Loc, str]]:
    seen: dict[str, int] = {}
    for index, choice in enumerate(question.choices):
        if choice in seen:
            yield ("choices", index), _("'{choice}' is already choice {number}; each choice must differ").format(
                choice=choice, number=seen[choice] + 1
            )
        seen.setdefault(choice, index)
    if question.answer not in question.choices:
        close = difflib.get_close_matches(question.answer, question.choices, n=1, cutoff=0.5)
        if close:
            message = _("'{answer}' is not one of the choices; did you mean '{close}'?").format(answer=question.answer, close=close[0])
        else:
            message = _("'{answer}' is not one of the choices; copy the correct choice here, word for word").format(answer=question.answer)
        yield ("answer",), message
    if question.true_list:
        if question.answer in question.true_list:
            yield ("true_list",), _(
                "the odd one out '{answer}' is in the true list; remove it from `true_list:` or choose another answer"
            ).format(answer=question.answer)
        for index, choice in enumerate(question.choices):
            if choice != question.answer and choice not in question.true_list:
                yield ("choices", index), _(
                    "'{choice}' is not the answer, so it must be in `true_list:` too; add it there or make it the answer"
                ).format(choice=choice)


def _rooms(event: Event) -> Iterator[Finding]:
    """A room hosts one workshop at a time, across every workshops item whose times overlap."""
    booked: list[tuple[str, time | None, time | None, Loc]] = []
    for item_index, item in enumerate(event.agenda):
        if not isinstance(item, Workshops):
            continue
        end = item.end or _next_start(event, item_index)
        for index, workshop in enumerate(item.workshops):
            room = workshop.room.casefold().strip()
            loc: Loc = ("agenda", item_index, "workshops", index, "room")
            for other_room, other_start, other_end, other_loc in booked:
                if other_room == room and _overlap(item.start, end, other_start, other_end):
                    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in other_loc).lstrip(".")
                    yield Finding(
                        loc,
                        _("room '{room}' is already used at that time ({where}); choose another room").format(
                            room=workshop.room, where=where
                        ),
                    )
                    break
            booked.append((room, item.start, end, loc))


def _overlap(start: time | None, end: time | None, other_start: time | None, other_end: time | None) -> bool:
    if start is None or other_start is None:
        return start == other_start
    if start == other_start:
        return True
    first_start, first_end, second_start = (
        (start, end, other_start) if start < other_start else (other_start, other_end, start)
    )
    return first_end is None or second_start < first_end


def _teams(training: Training | None) -> Iterator[Finding]:
    """A team's season is one of the calendar's, and its département one of that season's territories (of any
    season's when the team names none): otherwise the participants list names a place the territories never show."""
    if training is None:
        return
    seasons = [season.season for season in training.calendar]
    for index, team in enumerate(training.participants):
        loc: Loc = ("training", "participants", index)
        season = next((s for s in training.calendar if s.season == team.season), None)
        if team.season is not None and season is None:
            close = difflib.get_close_matches(team.season, seasons, n=1, cutoff=0.5)
            listing = ", ".join(seasons)
            if close:
                message = _("no season '{season}' in the calendar (its seasons: {seasons}); did you mean '{close}'?")
            else:
                message = _(
                    "no season '{season}' in the calendar (its seasons: {seasons}); write one of them, or add the "
                    "season to `training.calendar:`"
                )
            yield Finding((*loc, "season"), message.format(season=team.season, seasons=listing, close=close[0] if close else ""))
        if team.departement is not None:
            message = _departement(team.departement, training, season)
            if message:
                yield Finding((*loc, "departement"), message)


def _departement(code: str, training: Training, season: Season | None) -> str | None:
    """Why `code` is not a territory of `season` (of any season when None), or None when it is one."""
    where = [season] if season is not None else training.calendar
    names = {d.code: d.name for s in where for d in s.territories}  # code → département, in file order
    if code in names:
        return None
    listing = ", ".join(names) if names else _("none yet")
    elsewhere = [s.season for s in training.calendar if any(d.code == code for d in s.territories)]
    # An organiser may write the name for the number (« Aude » for 11): point to its code.
    close = [c for c, name in names.items() if name.casefold() == code.casefold()]
    close = close or difflib.get_close_matches(code, list(names), n=1)
    if elsewhere:
        hint = _("it is a territory of season {season}: write `season: {season}` for this team").format(season=elsewhere[0])
    elif close:
        hint = _("did you mean '{code}' ({name})?").format(code=close[0], name=names[close[0]])
    else:
        number = training.calendar.index(season) if season is not None else 0
        hint = _("write one of them, or add the département under `training.calendar[{number}].territories:`").format(number=number)
    if season is not None:
        message = _("no territory with the code '{code}' in season {season} (codes: {codes}); {hint}")
    else:
        message = _("no territory with the code '{code}' in any season (codes: {codes}); {hint}")
    return message.format(code=code, season=season.season if season else "", codes=listing, hint=hint)
