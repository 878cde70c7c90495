"""The images an event names (portraits, logos): each one checked at load, so a bad file is reported at
the line that names it, with every other problem of the file, before anything is built."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..i18n import _
from ..images import ImageProblem, check_image
from ..model import Event
from ..model.checks import Finding
from .confine import Confinement
from .files import case_twin


def image_findings(event: Event, folder: Path, confinement: Confinement | None = None) -> list[Finding]:
    return list(_findings(event, folder, confinement))


def _findings(event: Event, folder: Path, confinement: Confinement | None) -> Iterator[Finding]:
    named = [(("people", key, "photo"), person.photo) for key, person in event.people.items()]
    named += [(("organisations", key, "logo"), organisation.logo) for key, organisation in event.organisations.items()]
    for loc, relative in named:
        if relative is None:
            continue
        if confinement is not None and not confinement.allows(folder / relative):
            yield Finding(loc, confinement.refusal(str(relative)))
            continue
        twin = case_twin(folder / relative) if not (folder / relative).exists() else None
        if twin is not None:
            yield Finding(loc, _case_differs(relative, twin.relative_to(folder) if twin.is_relative_to(folder) else twin))
            continue
        try:
            check_image(folder / relative)
        except ImageProblem as problem:
            yield Finding(loc, f"{relative}: {problem}")


def _case_differs(written: Path, real: Path) -> str:
    return _(
        "'{written}' does not exist, but '{real}' does: write `{real}`, with the same capitals as the file's name "
        "(Windows and macOS do not tell capitals apart, other systems do)"
    ).format(written=written.as_posix(), real=real.as_posix())
