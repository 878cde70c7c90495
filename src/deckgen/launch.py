"""The `deckgen` command's entry point: the language chosen, then the CLI, with Python's garbage collector
paused while it imports.

The language first: typer reads the help texts when `deckgen.cli` is imported, so `--lang` (anywhere on the
command line, before a `--`) and the system's settings are read here, before that import. The option is taken
out of the arguments, so it may follow any command (`deckgen build deck/x --lang en`); `deckgen --help`
still lists it (cli.py declares it on the top-level command).

A build imports a few hundred modules (pydantic builds the model's validators, typer its parameters' ones)
and creates over a hundred thousand objects that live as long as the process. The cyclic collector runs
every 700 new objects and walks all of them each time, for nothing: a tenth of the reference deck's cold
build. So the collector is off from the start, and a command turns it back on once it has imported what it
needs (`cli.collector.resume()`), after moving everything so far out of its sight (`gc.freeze`). A slide's
garbage is then collected as before, and a long `deckgen watch` runs with the collector on.

And the command ends without Python's teardown. Once a command has said all it had to say, Python would free
one by one the objects of every module (pydantic's validators, Babel's locale data, the template's trees),
about 15 ms of a reference build, for memory the system takes back at once. So the command's exit status is
kept, everything Python runs before it ends still runs (other threads joined, every other `atexit` handler,
temporary folders removed), standard output and error are flushed, and the process then ends with that
status (`os._exit`). An exception that is not an exit (a bug's traceback, Ctrl-C outside a command) ends as
Python ends it.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys

from .i18n import LANGUAGES, _, set_language

OPTION = "--lang"


class LanguageUsage(Exception):
    """`--lang` without a language deckgen speaks."""


def chosen_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """The language `--lang X` or `--lang=X` asks for (None when absent; the last one wins), and the other
    arguments. Nothing after `--` is an option."""
    language: str | None = None
    rest: list[str] = []
    arguments = iter(argv)
    for argument in arguments:
        if argument == "--":
            rest += [argument, *arguments]
            break
        if argument == OPTION:
            language = next(arguments, "")
        elif argument.startswith(OPTION + "="):
            language = argument.split("=", 1)[1]
        else:
            rest.append(argument)
            continue
        if language not in LANGUAGES:
            raise LanguageUsage(language)
    return language, rest


def _wrong_language(wrong: str) -> str:
    if not wrong:
        return _("{option} needs a language: fr or en").format(option=OPTION)
    return _("{option} takes fr or en, not '{wrong}'").format(option=OPTION, wrong=wrong)


def main() -> None:
    gc.disable()
    atexit.register(_end_without_teardown)  # the first handler: it runs after every other one
    try:
        _run()
    except SystemExit as ended:
        _ending.status = exit_status(ended.code)
        raise


def _run() -> None:
    try:
        language, argv = chosen_language(sys.argv[1:])
    except LanguageUsage as wrong:
        set_language()
        print(_("error: {problem}").format(problem=_wrong_language(str(wrong))), file=sys.stderr)
        sys.exit(2)  # a usage mistake, as click's own
    set_language(language)
    from . import cli

    cli.collector.paused = True
    try:
        cli.main(argv)
    finally:
        cli.collector.resume()


class _Ending:
    """The status the command exits with, once it has exited (None until then, or when it raised)."""

    status: int | None = None


_ending = _Ending()


def exit_status(code: object) -> int:
    """The process's exit status for `sys.exit(code)`, as Python gives it: None is 0, a number itself,
    anything else (a message Python has printed) 1."""
    if code is None:
        return 0
    return code if isinstance(code, int) else 1


def _end_without_teardown() -> None:
    status = _ending.status
    if status is None:
        return
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`deckgen outline | head`): Python says 120
            status = status or 120
    os._exit(status)
