"""Load: an event folder's YAML → a validated `Event`, every problem located at its file:line:col."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from msgspec import Struct
from pydantic import ValidationError

from ..errors import LoadError, Problem
from ..i18n import _
from ..model import Event
from ..model.checks import check_event
from .compose import compose
from .confine import Confinement
from .images import image_findings
from .messages import data_path, problem_at, problems_from_validation
from .prune import findings_without
from .yaml_source import SourceMap, read_yaml

EVENT_FILE = "event.yaml"


class LoadedEvent(Struct, frozen=True):
    """A valid event, the folder its relative paths start from, and where each of its values came from."""

    event: Event
    folder: Path
    source: SourceMap
    files: tuple[Path, ...]
    data: Any = None  # the plain YAML data, to locate a model path found wrong by a later stage

    def locate(self, loc: tuple[str | int, ...], message: str) -> Problem:
        """A problem at a model path (e.g. ('agenda', 1, 'slides', 0)), at its file:line:col."""
        return problem_at(loc, message, self.data, self.source)


def _known_brands() -> list[str]:
    from ..brand import known_brands  # here: brand.py reads its own YAML with this package's messages

    return known_brands()


def _file_order(problem: Problem) -> tuple[int, int]:
    return (problem.line or 0, problem.column or 0)


def load_event(folder: Path, *, allow_outside: bool = False) -> LoadedEvent:
    """Read `folder/event.yaml`; raise a LoadError listing every problem, each at its line.

    Files outside the deck's folders (see confine.py) are refused unless `allow_outside`.
    """
    confinement = None if allow_outside else Confinement.for_deck(folder)
    path = folder / EVENT_FILE
    if not folder.is_dir():
        raise LoadError(_("{folder}: no such deck folder; give the folder that holds {file}").format(folder=folder, file=EVENT_FILE))
    if not path.is_file():
        read_yaml(path)  # raises the located « file not found » (or unreadable) error
    composed = compose(path, folder, confinement)
    data, source = composed.data, composed.source
    try:
        event = Event.model_validate(data)
    except ValidationError as error:
        problems = problems_from_validation(error, data, source, Event, brands=_known_brands)
        # The rules across fields still run on everything else, so one run says all that is wrong.
        failed = [data_path(tuple(e["loc"]), data, union_tags=True) for e in error.errors(include_url=False)]
        more = [problem_at(f.loc, f.message, data, source) for f in findings_without(data, failed)]
        raise LoadError(sorted(problems + more, key=_file_order)) from None
    findings = check_event(event) + image_findings(event, folder, confinement)
    if findings:
        # check_event groups its findings by rule (references, then times, quizzes, rooms); the user reads
        # the file top to bottom, so report them in file order (sorted() is stable for equal positions).
        problems = sorted((problem_at(f.loc, f.message, data, source) for f in findings), key=_file_order)
        raise LoadError(problems)
    return LoadedEvent(event=event, folder=folder, source=source, files=tuple(composed.files), data=data)
