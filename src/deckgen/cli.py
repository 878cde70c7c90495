"""The command line: parse, call the pipeline, map errors to exit codes. Nothing else lives here.

Exit codes: 0 success, 1 invalid deck (every problem printed, located), 2 usage.

Unlike the other modules, this one's annotations are evaluated as Python reads it (no `from __future__ import
annotations`): typer reads every command's parameters at each run, twice, and would otherwise evaluate each
annotation's text anew, typer.Option(...) calls included (5-10 ms of every command's start).
"""

import contextlib
import gc
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from . import __version__, plain_help
from .errors import DeckError, Problem
from .i18n import LANGUAGES, _, ngettext, set_language

plain_help.install()  # typer's own words in the user's language, and no type notation in the help

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help=_("Compile an event written in YAML into its branded 16:9 PowerPoint deck."),
    options_metavar=_("[OPTIONS]"),
    subcommand_metavar=_("COMMAND [ARGUMENTS]..."),
)


Assets = Annotated[
    Optional[Path],
    typer.Option(
        "--assets", envvar="DECKGEN_ASSETS", exists=True, file_okay=False, metavar=_("FOLDER"),
        help=_("A folder of your own brands (one sub-folder per brand, with its brand.yaml), looked in first; "
               "then the project's assets/, beside its deck/ folder; then the brands that come with deckgen."),
    ),
]
"""`--assets DIR`, or DECKGEN_ASSETS: every command that reads a brand takes it."""


def _use_assets(folder: Path | None) -> None:
    from .brand import use_assets

    use_assets(folder.resolve() if folder is not None else None)


class _Collector:
    """Whether the `deckgen` command paused the garbage collector while importing (launch.py); commands
    resume it once their imports are done. Called as a library (tests), nothing is paused or frozen."""

    paused = False

    def resume(self) -> None:
        if self.paused:
            self.paused = False
            gc.freeze()  # what was imported lives as long as the process: never walk it again
            gc.enable()


collector = _Collector()

DECKS_ROOT = Path("deck")
OUT_ROOT = Path("out")


def _error(problem: Problem | str) -> None:
    typer.echo(_("error: {problem}").format(problem=problem), err=True)


def _warning(problem: Problem) -> None:
    typer.echo(_("warning: {problem}").format(problem=problem), err=True)


def _reminder(problem: Problem) -> None:
    typer.echo(_("reminder: {problem}").format(problem=problem), err=True)


def _fail(error: DeckError, *, writes: bool = True) -> None:
    """Print every problem and exit 1. `writes`: whether the command would have written anything (check,
    outline and template inspect never do, so they do not speak of it)."""
    for problem in error.problems:
        _error(problem)
    count = len(error.problems)
    if writes:
        typer.echo(ngettext("{count} problem; nothing was written.", "{count} problems; nothing was written.", count).format(count=count), err=True)
    else:
        typer.echo(ngettext("{count} problem.", "{count} problems.", count).format(count=count), err=True)
    raise typer.Exit(1)


def _usage(message: str) -> None:
    """A usage mistake: said, and exit 2 before anything is read or written."""
    _error(message)
    raise typer.Exit(2)


def _pptx(output: Path | None) -> None:
    """`-o` names a PowerPoint file: a deck written under another name would open in no program (or the wrong one)."""
    if output is not None and output.suffix.lower() != ".pptx":
        _usage(_("-o/--output must end in .pptx, the deck being a PowerPoint file: {output}").format(output=output))


def _targets(folders: list[Path], output: Path | None) -> dict[Path, Path]:
    """Each deck folder (the same one given twice, once) → the file it is built into; two decks that would
    write one file (two folders of one name in different places → one out/<name>.pptx) are refused before
    anything is built, since the second would silently replace the first."""
    targets: dict[Path, Path] = {}
    seen: dict[Path, Path] = {}
    for folder in folders:
        if any(folder.resolve() == done.resolve() for done in targets):
            continue
        target = output or OUT_ROOT / f"{folder.resolve().name}.pptx"
        first = seen.get(target.resolve())
        if first is not None:
            _usage(_("{first} and {second} would both be written to {target}; build them one at a time, each with its own -o").format(
                first=first, second=folder, target=target))
        seen[target.resolve()] = folder
        targets[folder] = target
    return targets


def _show_version(asked: bool) -> None:
    if asked:
        typer.echo(f"deckgen {_installed_version()}")
        raise typer.Exit()


def _installed_version() -> str:
    """The installed package's version; the source's where deckgen runs from a checkout not installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("deckgen")
    except PackageNotFoundError:
        return __version__


def _choose_language(language: Optional[str]) -> Optional[str]:
    """launch.py reads --lang before the help texts are made, and takes it out of the arguments; this is for
    a caller that runs the app itself (tests, `python -m deckgen.cli`): its messages, not its help."""
    if language is None:
        return None
    if language not in LANGUAGES:
        raise typer.BadParameter(_("fr or en"))
    set_language(language)
    return language


@app.callback()
def _top(
    language: Annotated[Optional[str], typer.Option("--lang", metavar="fr|en", callback=_choose_language, is_eager=True, help=_("The language deckgen speaks to you: fr or en; your system's by default."))] = None,
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True, help=_("Print deckgen's version and stop."))] = False,
) -> None:
    pass


def _deck_folders(decks: list[Path] | None) -> list[Path]:
    if decks:
        return decks
    found = sorted(p for p in DECKS_ROOT.glob("*") if (p / "event.yaml").is_file())
    if not found:
        _error(_("no deck folder with an event.yaml under {folder}/; give one, e.g. deck/narbonne-2025").format(folder=DECKS_ROOT))
        raise typer.Exit(2)
    return found


def _described(help: str) -> dict[str, str]:
    """A command's help, whole in `deckgen --help`'s list too (click would cut it at 45 characters)."""
    return {"help": help, "short_help": help}


FOLDER = _("FOLDER")
FILE = _("FILE")
FORCE_HELP = _("Replace a deck that was edited by hand since deckgen wrote it (kept as .bak).")
OUTSIDE_HELP = _("Let the deck read files outside its folders (only for a deck you trust).")
TEMPLATE_HELP = _("The organisation's PowerPoint template (.pptx or .potx): its masters, layouts, theme and size; brand.yaml's template: by default.")


@app.command(**_described(_("Build decks into out/<deck>.pptx.")))
def build(
    decks: Annotated[Optional[list[Path]], typer.Argument(metavar=FOLDER, help=_("Deck folders (each holds event.yaml); all of deck/ by default."), show_default=False)] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar=FILE, help=_("Where to write the deck (one deck only); out/<deck>.pptx by default."))] = None,
    pdf: Annotated[bool, typer.Option("--pdf", help=_("Also write the PDF beside the deck (needs LibreOffice): the presenter's backup."))] = False,
    force: Annotated[bool, typer.Option("--force", help=FORCE_HELP)] = False,
    allow_outside: Annotated[bool, typer.Option("--allow-outside", help=OUTSIDE_HELP)] = False,
    template: Annotated[Optional[Path], typer.Option("--template", metavar=FILE, help=TEMPLATE_HELP)] = None,
    assets: Assets = None,
) -> None:
    from .build import build_deck
    from .render import render_deck  # noqa: F401 - imported now, with the rest, while the collector is paused

    if pdf:  # LibreOffice's driver and Pillow's drawing (the contact sheet) only for a PDF
        from .preview import to_pdf

    collector.resume()
    _use_assets(assets)
    folders = _deck_folders(decks)
    if output is not None and len(folders) != 1:
        _error(_("-o/--output names one file, so give exactly one deck folder"))
        raise typer.Exit(2)
    _pptx(output)
    targets = _targets(folders, output)
    failed = False
    with _progress() as bar:
        overall = bar.add_task(_("decks"), total=len(targets))
        for folder, target in targets.items():
            existed = target.exists()
            slides = bar.add_task(_("{deck}: slide").format(deck=folder.name), total=None)
            try:
                result = build_deck(
                    folder, target, force=force, allow_outside=allow_outside, parallel=True, template=template,
                    on_slide=lambda number, task=slides: bar.update(task, completed=number, description=_("{deck}: slide {number}").format(deck=folder.name, number=number)),
                )
            except DeckError as error:
                failed = True
                for problem in error.problems:
                    _error(problem)  # the live display prints it above itself
                if existed:
                    typer.echo(_("{folder}: not built; {target} was left as it was.").format(folder=folder, target=target), err=True)
                else:  # no earlier deck to speak of
                    typer.echo(_("{deck}: not built; nothing was written.").format(deck=folder), err=True)
                continue
            finally:
                bar.remove_task(slides)
                bar.advance(overall)
            for reminder in result.reminders:
                _reminder(reminder)
            for warning in result.warnings:
                _warning(warning)
            typer.echo(result.summary())
            if pdf:
                try:
                    typer.echo(_("{pdf}: PDF for the presenter's backup").format(pdf=to_pdf(target, target.parent)))
                except DeckError as error:
                    failed = True
                    for problem in error.problems:
                        _error(problem)
    if failed:
        raise typer.Exit(1)


def _progress():  # noqa: ANN202 - rich.progress.Progress or _NoProgress
    """A progress display on the terminal's error stream, gone when done; nothing when not a terminal.

    Without a terminal (a script, `make bench`, CI) rich would draw nothing, so it is not even imported: that
    is about 15 ms of every scripted build. It is imported here, not at the top, to keep --help fast too.
    """
    if not sys.stderr.isatty():
        return _NoProgress()
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=Console(stderr=True), transient=True,
    )


class _NoProgress:
    """The part of rich's Progress that `build` uses, drawing nothing."""

    def __enter__(self) -> "_NoProgress":
        return self

    def __exit__(self, *_exc_info: object) -> None:
        return None

    def add_task(self, description: str, total: float | None = None) -> int:
        return 0

    def update(self, task: int, **changes: Any) -> None:
        return None

    def advance(self, task: int) -> None:
        return None

    def remove_task(self, task: int) -> None:
        return None


def _remind(reminders: tuple[Problem, ...], strict: bool) -> None:
    """Lines still marked # TODO: said on every run; with --strict, they fail it."""
    for reminder in reminders:
        (_error if strict else _reminder)(reminder)
    if strict and reminders:
        count = len(reminders)
        typer.echo(ngettext("{count} line still marked TODO (--strict).", "{count} lines still marked TODO (--strict).", count).format(count=count), err=True)
        raise typer.Exit(1)


@app.command(**_described(_("Load, validate, plan and lay out a deck without writing anything; list what is still marked TODO.")))
def check(
    deck: Annotated[Path, typer.Argument(metavar=FOLDER, help=_("The deck folder to check."), show_default=False)],
    strict: Annotated[bool, typer.Option("--strict", help=_("Fail while lines are still marked # TODO."))] = False,
    allow_outside: Annotated[bool, typer.Option("--allow-outside", help=OUTSIDE_HELP)] = False,
    template: Annotated[Optional[Path], typer.Option("--template", metavar=FILE, help=TEMPLATE_HELP)] = None,
    assets: Assets = None,
) -> None:
    from .build import check_deck
    from .render import dry_run  # noqa: F401 - imported now, with the rest, while the collector is paused

    collector.resume()
    _use_assets(assets)

    try:
        result = check_deck(deck, allow_outside=allow_outside, template=template)
    except DeckError as error:
        _fail(error, writes=False)
        return
    for warning in result.warnings:
        _warning(warning)
    _remind(result.reminders, strict)
    typer.echo(_checked(deck, len(result.slides), result.quiz_pairs, len(result.reminders)))


def _checked(deck: Path, slides: int, pairs: int, todo: int) -> str:
    """`check`'s last line: « deck/x: valid; 34 slides, 6 quiz pairs. »"""
    counts = ngettext("{count} slide", "{count} slides", slides).format(count=slides)
    counts += ngettext(", {count} quiz pair", ", {count} quiz pairs", pairs).format(count=pairs)
    if todo:
        counts += ngettext("; {count} line still marked TODO", "; {count} lines still marked TODO", todo).format(count=todo)
    return _("{deck}: valid; {counts}.").format(deck=deck, counts=counts)


@app.command(**_described(_("Start a new session that extends another; what must change is marked # TODO.")))
def new(
    deck: Annotated[Path, typer.Argument(metavar=FOLDER, help=_("The new deck folder, e.g. deck/montpellier-2026."), show_default=False)],
    source: Annotated[Path, typer.Option("--from", metavar=FOLDER, help=_("The session it is built from, e.g. deck/narbonne-2025."), show_default=False)],
    assets: Assets = None,
) -> None:
    from .scaffold import scaffold

    _use_assets(assets)

    try:
        path = scaffold(deck, source)
    except DeckError as error:
        _fail(error)
        return
    typer.echo(_("{file}: extends {source}; it builds as it is. Change the lines marked TODO, then: deckgen check {deck}").format(file=path, source=source, deck=deck))


@app.command(**_described(_("Write the JSON Schema of event files, for editors that complete and check YAML as you type.")))
def schema(
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar=FILE, help=_("Where to write it; by default the schema that comes with deckgen (event.schema.json in its package), which event files name."))] = None,
) -> None:
    from .schema import SCHEMA_FILE, write_schema

    try:
        typer.echo(_("{file}: written").format(file=write_schema(output or SCHEMA_FILE)))
    except DeckError as error:
        _fail(error)


@app.command(**_described(_("Print the slides as text (number, kind, title, notes): compare two sessions or versions with any diff tool.")))
def outline(
    deck: Annotated[Path, typer.Argument(metavar=FOLDER, help=_("The deck folder."), show_default=False)],
    format: Annotated[str, typer.Option("--format", metavar="text|markdown", help=_("text (one line per slide, for diffs) or markdown (every text)."))] = "text",
    assets: Assets = None,
) -> None:
    from .build import check_deck
    from .outline import as_markdown, as_text

    collector.resume()
    _use_assets(assets)

    if format not in ("text", "markdown"):
        _error(_("--format is text or markdown"))
        raise typer.Exit(2)
    try:
        result = check_deck(deck)
    except DeckError as error:
        _fail(error, writes=False)
        return
    typer.echo((as_text if format == "text" else as_markdown)(result.slides), nl=False)


@app.command(**_described(_("Show the deck without PowerPoint: a PDF, one PNG per slide and a contact sheet (needs LibreOffice).")))
def preview(
    deck: Annotated[Path, typer.Argument(metavar=FOLDER, help=_("The deck folder to preview."), show_default=False)],
    outdir: Annotated[Optional[Path], typer.Option("--output", "-o", metavar=FOLDER, help=_("Where to put the PDF, the PNGs and the contact sheet; out/<deck>-preview/ by default."))] = None,
    template: Annotated[Optional[Path], typer.Option("--template", metavar=FILE, help=TEMPLATE_HELP)] = None,
    assets: Assets = None,
) -> None:
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .build import build_deck
    from .preview import preview as make_preview
    from .preview import soffice

    collector.resume()
    _use_assets(assets)

    name = deck.resolve().name
    target = outdir or OUT_ROOT / f"{name}-preview"
    try:
        soffice()  # before building: a missing LibreOffice is said at once, with how to install it
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), transient=True) as bar:
            task = bar.add_task(_("building the deck"), total=4)

            def step(description: str) -> None:
                bar.update(task, description=description, advance=1)

            built = build_deck(deck, target / f"{name}.pptx", template=template)
            result = make_preview(built.output, target, progress=step, reuse=True)  # only the slides changed since its last pictures
            bar.update(task, advance=1)
    except DeckError as error:
        _fail(error)
        return
    pages = len(result.slides)
    typer.echo(ngettext("{pdf}: {count} page; {count} PNG and {sheet} in {folder}", "{pdf}: {count} pages; {count} PNGs and {sheet} in {folder}", pages).format(pdf=result.pdf, count=pages, sheet=result.sheet, folder=target))


@app.command(**_described(_("Rebuild the deck on every save of a file it reads (YAML, images, brand); Ctrl-C stops.")))
def watch(
    deck: Annotated[Path, typer.Argument(metavar=FOLDER, help=_("The deck folder to watch."), show_default=False)],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar=FILE, help=_("Where to write the deck; out/<deck>.pptx by default."))] = None,
    redraw: Annotated[bool, typer.Option("--preview", help=_("After each good build, redraw the PDF and PNGs in <output>-preview/ (needs LibreOffice)."))] = False,
    force: Annotated[bool, typer.Option("--force", help=FORCE_HELP)] = False,
    allow_outside: Annotated[bool, typer.Option("--allow-outside", help=OUTSIDE_HELP)] = False,
    template: Annotated[Optional[Path], typer.Option("--template", metavar=FILE, help=TEMPLATE_HELP)] = None,
    assets: Assets = None,
) -> None:
    from .watch import Rebuild, watch_deck

    collector.resume()  # a long run: its garbage is collected
    _use_assets(assets)
    _pptx(output)

    target = output or OUT_ROOT / f"{deck.resolve().name}.pptx"

    def show(rebuild: Rebuild) -> None:
        for text, err in rebuild.lines():
            typer.echo(text, err=err)

    try:
        _interrupt_on_termination()
        watch_deck(deck, target, preview_dir=target.with_name(f"{target.stem}-preview") if redraw else None,
                   on_result=show, on_ready=lambda watched: typer.echo(watched.describe()), on_progress=typer.echo,
                   force=force, allow_outside=allow_outside, template=template)
    except DeckError as error:
        _fail(error)
    except KeyboardInterrupt:
        typer.echo(_("stopped."))


def _interrupt_on_termination() -> None:
    """SIGTERM (`kill`) and SIGHUP (the terminal closed) stop the watch as Ctrl-C does, so the LibreOffice it
    keeps is stopped with it, rather than ending Python before its cleanup runs."""
    import signal

    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            with contextlib.suppress(ValueError):  # not the main thread (a test's): nothing to stop but the thread
                signal.signal(getattr(signal, name), interrupt)


template_app = typer.Typer(
    no_args_is_help=True, rich_markup_mode=None, options_metavar=_("[OPTIONS]"), subcommand_metavar=_("COMMAND [ARGUMENTS]..."),
)
app.add_typer(template_app, name="template", **_described(_("PowerPoint templates: what deckgen sees in one, and where it puts each slide.")))


@template_app.command("inspect", **_described(_("Masters, layouts and their placeholders, the theme's fonts and colours, which slide goes on which layout and why.")))
def inspect_template(
    file: Annotated[Path, typer.Argument(metavar=FILE, help=_("The template (.pptx or .potx)."), show_default=False)],
    brand: Annotated[str, typer.Option("--brand", metavar=_("BRAND"), help=_("The brand whose brand.yaml may name layouts (layouts:) and font files (metrics:)."))] = "ansa",
    assets: Assets = None,
) -> None:
    from .brand import load_brand
    from .template_inspect import describe

    collector.resume()
    _use_assets(assets)
    try:
        typer.echo(describe(file, load_brand(brand)))
    except DeckError as error:
        _fail(error, writes=False)


def main(argv: list[str] | None = None) -> None:
    """Console entry point (launch.py gives the arguments without --lang); usage errors exit 2, as click decides."""
    app(args=argv)


if __name__ == "__main__":  # `python -m deckgen.cli`, e.g. under `python -X importtime`
    main()

