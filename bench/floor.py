"""The floor of any build with deckgen's stack: a typer command that validates one small pydantic model.

Nothing of deckgen: the interpreter's start, typer and pydantic imported, one command parsed, one model
validated. run.py times it beside pandoc on the reference deck, to show what part of the target the stack
itself takes before deckgen reads a line of YAML.
"""

from __future__ import annotations

from collections.abc import Callable

import typer
from pydantic import BaseModel


class Event(BaseModel):
    title: str


def command(then: Callable[[], None] = lambda: None) -> typer.Typer:
    """The floor's command: validate the model, then `then` (floor_libraries.py's use of the libraries)."""
    app = typer.Typer()

    @app.command()
    def build(folder: str, output: str = typer.Option("out.pptx", "--output", "-o")) -> None:
        Event.model_validate({"title": folder})
        then()

    return app


if __name__ == "__main__":
    command()()
