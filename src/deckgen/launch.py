"""The `deckgen` command's entry point: the CLI, with Python's garbage collector paused while it imports.

A build imports a few hundred modules (pydantic builds the model's validators, typer its parameters' ones)
and creates over a hundred thousand objects that live as long as the process. The cyclic collector runs
every 700 new objects and walks all of them each time, for nothing: a tenth of the reference deck's cold
build. So the collector is off from the start, and a command turns it back on once it has imported what it
needs (`cli.collector.resume()`), after moving everything so far out of its sight (`gc.freeze`). A slide's
garbage is then collected as before, and a long `deckgen watch` runs with the collector on.
"""

from __future__ import annotations

import gc


def main() -> None:
    gc.disable()
    from . import cli

    cli.collector.paused = True
    try:
        cli.main()
    finally:
        cli.collector.resume()
