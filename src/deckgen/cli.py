"""The command line: parse, call the pipeline, map errors to exit codes. Nothing else lives here.

Exit codes: 0 success, 1 invalid deck (every problem printed, located), 2 usage.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .errors import DeckError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Compile an event written in YAML into its branded 16:9 PowerPoint deck.",
)

DECKS_ROOT = Path("deck")
OUT_ROOT = Path("out")


def _fail(error: DeckError) -> None:
    for problem in error.problems:
        typer.echo(f"error: {problem}", err=True)
    count = len(error.problems)
    typer.echo(f"{count} problem{'s' if count > 1 else ''}; nothing was written.", err=True)
    raise typer.Exit(1)


def _deck_folders(decks: list[Path] | None) -> list[Path]:
    if decks:
        return decks
    found = sorted(p for p in DECKS_ROOT.glob("*") if (p / "event.yaml").is_file())
    if not found:
        typer.echo(f"error: no deck folder with an event.yaml under {DECKS_ROOT}/; give one, e.g. deck/narbonne-2025", err=True)
        raise typer.Exit(2)
    return found


@app.command()
def build(
    decks: Annotated[Optional[list[Path]], typer.Argument(help="Deck folders (each holds event.yaml); all of deck/ by default.", show_default=False)] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Where to write the deck (one deck only); out/<deck>.pptx by default.")] = None,
    pdf: Annotated[bool, typer.Option("--pdf", help="Also write the PDF beside the deck (needs LibreOffice): the presenter's backup.")] = False,
) -> None:
    """Build decks into out/<deck>.pptx."""
    from .build import build_deck
    from .preview import to_pdf

    folders = _deck_folders(decks)
    if output is not None and len(folders) != 1:
        typer.echo("error: -o/--output names one file, so give exactly one deck folder", err=True)
        raise typer.Exit(2)
    failed = False
    for folder in folders:
        target = output or OUT_ROOT / f"{folder.resolve().name}.pptx"
        try:
            result = build_deck(folder, target)
        except DeckError as error:
            failed = True
            for problem in error.problems:
                typer.echo(f"error: {problem}", err=True)
            typer.echo(f"{folder}: not built; {target} was left as it was.", err=True)
            continue
        pairs = f", {result.quiz_pairs} quiz pair{'s' if result.quiz_pairs != 1 else ''}" if result.quiz_pairs else ""
        typer.echo(f"{target}: {result.slides} slides{pairs}, {result.size / 1024:.0f} KiB, {result.seconds:.2f} s")
        if pdf:
            try:
                typer.echo(f"{to_pdf(target, target.parent)}: PDF for the presenter's backup")
            except DeckError as error:
                failed = True
                for problem in error.problems:
                    typer.echo(f"error: {problem}", err=True)
    if failed:
        raise typer.Exit(1)


@app.command()
def check(
    deck: Annotated[Path, typer.Argument(help="The deck folder to check.")],
) -> None:
    """Load, validate and plan a deck without writing anything."""
    from .build import check_deck

    try:
        plan = check_deck(deck)
    except DeckError as error:
        _fail(error)
        return
    typer.echo(f"{deck}: valid; {len(plan.slides)} slides, {plan.quiz_pairs} quiz pairs.")


@app.command()
def preview(
    deck: Annotated[Path, typer.Argument(help="The deck folder to preview.")],
    outdir: Annotated[Optional[Path], typer.Option("--output", "-o", help="Where to put the PDF, the PNGs and the contact sheet; out/<deck>-preview/ by default.")] = None,
) -> None:
    """Show the deck without PowerPoint: a PDF, one PNG per slide and a contact sheet (needs LibreOffice)."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .build import build_deck
    from .preview import preview as make_preview
    from .preview import soffice

    name = deck.resolve().name
    target = outdir or OUT_ROOT / f"{name}-preview"
    try:
        soffice()  # before building: a missing LibreOffice is said at once, with how to install it
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), transient=True) as bar:
            task = bar.add_task("building the deck", total=4)

            def step(description: str) -> None:
                bar.update(task, description=description, advance=1)

            built = build_deck(deck, target / f"{name}.pptx")
            result = make_preview(built.output, target, progress=step)
            bar.update(task, advance=1)
    except DeckError as error:
        _fail(error)
        return
    typer.echo(f"{result.pdf}: {len(result.slides)} pages; {len(result.slides)} PNGs and {result.sheet} in {target}")


def main() -> None:
    """Console entry point; usage errors exit 2, as click decides."""
    app()
