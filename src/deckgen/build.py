"""The one orchestrator: load → plan → render → write. Everything is gathered first, written last."""

from __future__ import annotations

import shutil
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, TypeVar

from msgspec import Struct

from .brand import Brand, load_brand
from .errors import BrandError, Problem, RenderError, WriteError
from .i18n import _, decimal, ngettext
from .load import EVENT_FILE, LoadedEvent, load_event
from .plan import plan_deck
from .plan.specs import DeckPlan, Slide
from .scaffold import reminders
from .stamp import stamp, status
from .write import build_date, deck_members, write_atomic, zipped

if TYPE_CHECKING:
    from .render.templated import Templated
    from .text.fit import Measurer

T = TypeVar("T")


class BuildResult(Struct, frozen=True):
    output: Path
    slides: int
    quiz_pairs: int
    size: int
    seconds: float
    reminders: tuple[Problem, ...] = ()  # lines still marked `# TODO` in the event
    warnings: tuple[Problem, ...] = ()  # what the build did not do as asked (a template's font measured with the nearest twin)

    def summary(self) -> str:
        """The one line `deckgen build` and `deckgen watch` print for a deck."""
        counts = ngettext("{count} slide", "{count} slides", self.slides).format(count=self.slides)
        if self.quiz_pairs:
            counts += ngettext(", {count} quiz pair", ", {count} quiz pairs", self.quiz_pairs).format(count=self.quiz_pairs)
        size = _("{size} KiB").format(size=f"{self.size / 1024:.0f}")
        return _("{deck}: {counts}, {size}, {seconds} s").format(deck=self.output, counts=counts, size=size, seconds=decimal(self.seconds, 2))


class CheckResult(Struct, frozen=True):
    slides: tuple[Slide, ...]  # as they will be drawn, continuation slides included
    quiz_pairs: int
    reminders: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()


def check_deck(folder: Path, *, allow_outside: bool = False, measurer: Measurer | None = None, template: Path | None = None) -> CheckResult:
    """Load, validate, plan and lay out a deck in memory, writing nothing; raises a DeckError listing every problem.

    `measurer`: the measures to use and keep (a watch session's); a new one by default. `template`: the
    organisation's template to lay it out on (brand.yaml's by default)."""
    from .render import dry_run

    loaded = load_event(folder, allow_outside=allow_outside)
    brand = _brand(loaded)
    plan = plan_deck(loaded.event, loaded.folder)
    on = _templated(brand, plan, template)
    slides = _located(loaded, lambda: dry_run(plan, on, measurer=measurer))
    return CheckResult(slides=slides, quiz_pairs=plan.quiz_pairs, reminders=tuple(reminders(folder / EVENT_FILE)), warnings=on.warnings)


def _templated(brand: Brand, plan: DeckPlan, template: Path | None) -> Templated:
    """The template the deck is drawn on, given or brand.yaml's or the brand's own."""
    from .render.templated import templated

    return templated(brand, plan.language, template)


def _located(loaded: LoadedEvent, step: Callable[[], T]) -> T:
    """Run a layout step; a text that cannot fit is reported at the line of the event it comes from."""
    from .render import SlideOverflow

    try:
        return step()
    except SlideOverflow as overflow:
        where = _("slide {number} ({kind})").format(number=overflow.number, kind=overflow.spec.kind)
        raise RenderError(loaded.locate(overflow.origin, f"{where}: {overflow.detail}")) from None


def _brand(loaded: LoadedEvent) -> Brand:
    """The event's brand. load_brand knows the brand's name, not where the event wrote it: a problem it cannot
    place in the brand's own files (`brand: other`, no such folder) is placed at the event's `brand:` line
    instead of being printed with no file and no line (found by tests/properties/)."""
    try:
        return load_brand(loaded.event.brand, deck=loaded.folder)
    except BrandError as error:
        raise BrandError([p if p.file is not None else loaded.locate(("brand",), p.message) for p in error.problems]) from None


def _render(
    loaded: LoadedEvent, plan: DeckPlan, on: Templated, on_slide: Callable[[int], None] | None, parallel: bool, measurer: Measurer | None
) -> Any:
    """The deck's package, every slide written."""
    from .render import render_deck

    return _located(loaded, lambda: render_deck(plan, on, on_slide=on_slide, parallel=parallel, measurer=measurer))


def build_deck(
    folder: Path,
    output: Path,
    *,
    force: bool = False,
    allow_outside: bool = False,
    on_slide: Callable[[int], None] | None = None,
    parallel: bool = False,
    measurer: Measurer | None = None,
    template: Path | None = None,
) -> BuildResult:
    """Compile one deck folder into `output`; the previous file stays untouched unless all went well.

    A deck at `output` that deckgen did not write, or that was changed since (edited in PowerPoint), is
    replaced only with `force`, which keeps it as `<output>.bak`. `parallel`: a deck with many charts may have
    them made by a worker process (render/chart_maker.py); for a program whose main module is guarded.
    `measurer`: the measures to use and keep (a watch session's); a new one by default. `template`: the
    organisation's template (.pptx, .potx) the deck is drawn on, over brand.yaml's.
    """
    started = time.perf_counter()
    loaded = load_event(folder, allow_outside=allow_outside)
    brand = _brand(loaded)
    plan = plan_deck(loaded.event, loaded.folder)
    on = _templated(brand, plan, template)
    package = _render(loaded, plan, on, on_slide, parallel, measurer)
    event = loaded.event
    members = deck_members(
        package,
        title=plan.title,
        author=plan.author,
        language=plan.language,
        created=build_date(datetime(event.date.year, event.date.month, event.date.day)),
    )
    data = zipped(stamp(members))  # the package is compressed once, stamp included
    _guard(output, force)
    write_atomic(output, data)
    return BuildResult(
        output=output,
        slides=len(package),
        quiz_pairs=plan.quiz_pairs,
        size=len(data),
        seconds=time.perf_counter() - started,
        reminders=tuple(reminders(folder / EVENT_FILE)),
        warnings=on.warnings,
    )


def _guard(output: Path, force: bool) -> None:
    """Never overwrite silently a deck someone edited by hand after deckgen wrote it."""
    if not output.exists():
        return
    found = status(output)
    if found == "ours":
        return
    backup = output.with_name(output.name + ".bak")
    if not force:
        why = _("this deck was changed since deckgen wrote it (edited by hand?)") if found == "edited" else _("this deck was not written by deckgen")
        advice = _("deckgen will not overwrite it. Build with --force to replace it (the current file is kept as {backup}), or choose another output with -o")
        raise WriteError(Problem(f"{why}; {advice.format(backup=backup.name)}", output))
    try:
        shutil.copy2(output, backup)
    except OSError as error:
        raise WriteError(Problem(_("cannot keep a copy as {backup}: {error}").format(backup=backup.name, error=error.strerror or error), output)) from None
