"""Errors a deck build can end with, each located in the user's files.

The tree::

    DeckError                  any failure the user can fix; exit code 1, never a traceback
    ├── LoadError              the YAML cannot be read or does not fit the model
    ├── PlanError              the model is valid but the deck cannot be derived from it
    ├── BrandError             assets/<brand>/ is missing or invalid
    ├── TemplateError          a PowerPoint template cannot be used (not a presentation, damaged, protected…)
    ├── RenderError            a slide cannot be laid out (text too long, unreadable image)
    │   └── TextOverflow       a text does not fit its box even at its smallest size
    └── WriteError             the output file cannot be written

Every error carries a list of `Problem`s, so one run reports all that is wrong, each as
``file:line:col: field.path: message``.
"""

from __future__ import annotations

from pathlib import Path

from msgspec import Struct


class Problem(Struct, frozen=True):
    """One thing wrong, where it is, and what to write instead."""

    message: str
    file: Path | None = None
    line: int | None = None  # 1-based, as editors count
    column: int | None = None  # 1-based
    field: str = ""  # dotted path in the model, e.g. agenda[2].quiz[0].answer

    def __str__(self) -> str:
        where = ""
        if self.file is not None:
            where = _display_path(self.file)
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        field = f"{self.field}: " if self.field else ""
        return f"{where}{field}{self.message}"


def _display_path(path: Path) -> str:
    """A path relative to the working directory when it is under it: shorter, and clickable in editors."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


class DeckError(Exception):
    """A failure the user can fix in their files; carries every problem found."""

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class LoadError(DeckError):
    """The YAML cannot be read, or does not fit the event model."""


class PlanError(DeckError):
    """The event is valid but no deck can be derived from it."""


class BrandError(DeckError):
    """The brand folder is missing or invalid."""


class TemplateError(DeckError):
    """A PowerPoint template (.pptx, .potx) cannot be used: missing, not a presentation, an old .ppt, protected by
    a password, damaged or truncated, too large when unpacked, or without a layout holding a title."""


class RenderError(DeckError):
    """A slide cannot be laid out: text that cannot fit, an image that cannot be read."""


class TextOverflow(RenderError):
    """A text does not fit its box even at the smallest size of its role."""

    def __init__(self, message: str, excess: int, field: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.excess = excess  # about how many characters too many
        self.field = field  # the event field the text comes from, relative to its slide's origin


class WriteError(DeckError):
    """The deck cannot be written where it was asked to go."""
