"""Watch: rebuild a deck on every save of a file it reads, and say which slides the edit changed.

Why: writing an event is a loop of small edits, and each should be seen at once — in the deck and, with
`--preview`, in its pictures — without retyping a command. What a deck reads is known only once it has been
read (its YAML files with what they extend or include, the images they name, the brand's folder and fonts),
and an edit can change it, so the set is recomputed after every attempt. A broken edit is reported, located
as `deckgen build` reports it, and the last good deck stays in place (build_deck writes only on success);
while the deck is broken, its whole folder is watched as well, since what it will read is not known yet.

Folders are watched, not files: editors save by writing a new file and renaming it over the old one, which
a watch on the file itself would lose. The loop is `watchfiles.watch`, ended by a `threading.Event` (tests)
or by Ctrl-C (the command line).
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree

import watchfiles
from msgspec import Struct, field
from pydantic import BaseModel

from .brand import Brand, asset_folders, brand_folder, load_brand
from .build import BuildResult, build_deck
from .errors import DeckError, LoadError
from .i18n import _, decimal, ngettext
from .load import EVENT_FILE, load_event
from .preview import Preview
from .preview import preview as draw_preview
from .preview import slide_pictures, soffice
from .slides import slide_digests

if TYPE_CHECKING:
    from .office import Office
    from .text.fit import Measurer

READY_MS = 100
"""How often the watcher reports when nothing happened: its first report says it runs; each one is a chance
to compare the files' stat with what the last build read."""

_EDITOR_NOISE = watchfiles.DefaultFilter()
"""Swap files, backups, .DS_Store…: never a reason to rebuild when a whole folder is watched."""

Stat = tuple[int, int, int] | None
Snapshot = dict[Path, Stat]


# --- what a deck reads ----------------------------------------------------------------------------------


class Watched(Struct, frozen=True, dict=True):  # dict: for its cached properties
    """The files a deck reads, the folders where any change counts, and what the loop itself writes."""

    files: frozenset[Path]
    folders: frozenset[Path]  # the brand folder; the deck folder and its sub-folders while the deck is broken
    output: Path
    preview_dir: Path | None = None

    @cached_property
    def roots(self) -> frozenset[Path]:
        """The folders to hand to the watcher (not recursively): each file's, each folder, as far as they exist."""
        return frozenset(_existing(p.parent) for p in self.files) | frozenset(_existing(d) for d in self.folders)

    @cached_property
    def missing(self) -> frozenset[Path]:
        """Folders that must appear before a watched file can: their creation is worth a rebuild."""
        return frozenset(a for p in self.files | self.folders for a in p.parents if not a.exists())

    def wants(self, path: Path) -> bool:
        """Whether a change at `path` can change the deck."""
        if self._written_here(path):
            return False
        if path in self.files or path in self.missing:
            return True
        return path.parent in self.folders and _EDITOR_NOISE(watchfiles.Change.modified, str(path))

    def _written_here(self, path: Path) -> bool:
        output = self.output
        if path.parent == output.parent and (path.name in (output.name, f"{output.name}.bak") or path.name.startswith(f".{output.name}.")):
            return True  # the deck, its backup (--force) and write_atomic's temporary file
        return self.preview_dir is not None and (path == self.preview_dir or self.preview_dir in path.parents)

    def describe(self) -> str:
        files = len(self.files)
        folders = len(self.folders)
        return _("watching {files} and {folders}; Ctrl-C stops").format(
            files=ngettext("{count} file", "{count} files", files).format(count=files),
            folders=ngettext("{count} folder", "{count} folders", folders).format(count=folders),
        )


def _existing(path: Path) -> Path:
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def _paths_in(value: Any) -> Iterator[Path]:
    """Every file path in a model (photos, logos, whatever comes next): a deck reads what its event names."""
    if isinstance(value, Path):
        yield value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _paths_in(getattr(value, name))
    elif isinstance(value, dict):
        for item in value.values():
            yield from _paths_in(item)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _paths_in(item)


def _brand_files(brand: Brand) -> list[Path]:
    faces = (brand.fonts.heading, brand.fonts.body)
    fonts = [face.file(bold=bold, italic=italic) for face in faces for bold in (False, True) for italic in (False, True)]
    return [brand.logo, brand.logo_on_dark, *fonts]


def _subfolders(folder: Path, skip: Callable[[Path], bool]) -> set[Path]:
    found: set[Path] = set()
    for top, names, _files in os.walk(folder):
        names[:] = [n for n in names if not n.startswith(".") and not skip(Path(top) / n)]
        found.update(Path(top) / n for n in names)
    return found


def reads(
    folder: Path, output: Path, preview_dir: Path | None = None, previous: Watched | None = None, *, allow_outside: bool = False,
    template: Path | None = None,
) -> Watched:
    """What the deck in `folder` reads now (drawn on `template`, if given, as build's --template). Exact when
    it loads; when it does not, what it read before, the files its problems name, and its whole folder — so
    saving the fix, or the missing image, rebuilds."""
    folder = folder.resolve()
    files: set[Path] = {folder / EVENT_FILE, *([template] if template is not None else [])}
    folders: set[Path] = set()
    keep = Watched(frozenset(), frozenset(), output.resolve(), preview_dir and preview_dir.resolve())
    try:
        loaded = load_event(folder, allow_outside=allow_outside)
        files.update(loaded.files)
        files.update(folder / p for p in _paths_in(loaded.event))
        layers = asset_folders(folder)
        folders.add(brand_folder(loaded.event.brand, layers) or layers[0])
        files.update(_brand_files(load_brand(loaded.event.brand, layers)))
    except DeckError as error:
        files.update(previous.files if previous else ())
        files.update(p.file for p in error.problems if p.file is not None)
        folders.update(previous.folders if previous else ())
        folders.add(folder)
        folders.update(_subfolders(folder, keep._written_here))
    return Watched(
        files=frozenset(p.resolve() for p in files),
        folders=frozenset(p.resolve() for p in folders),
        output=keep.output,
        preview_dir=keep.preview_dir,
    )


def _stat(path: Path) -> Stat:
    try:
        s = path.stat()
    except OSError:
        return None
    return (s.st_mtime_ns, s.st_size, s.st_ino)


def snapshot(watched: Watched) -> Snapshot:
    """The state of everything watched (and of the folders still to appear): what a build read."""
    state = {path: _stat(path) for path in watched.files | watched.missing}
    for folder in watched.folders:
        with contextlib.suppress(OSError), os.scandir(folder) as entries:
            for entry in entries:
                if watched.wants(Path(entry.path)):
                    state[Path(entry.path)] = _stat(Path(entry.path))
    return state


# --- which slides changed -------------------------------------------------------------------------------

class Changes(Struct, frozen=True):
    """Slides (numbered from 1) that differ from the previous build, and how many there were."""

    changed: tuple[int, ...]
    before: int
    after: int

    def __str__(self) -> str:
        fewer = self.before - self.after
        gone = ngettext(" ({count} slide fewer)", " ({count} slides fewer)", fewer).format(count=fewer) if fewer > 0 else ""
        if not self.changed:
            return _("no slide changed{fewer}").format(fewer=gone)
        return ngettext("slide {numbers} changed{fewer}", "slides {numbers} changed{fewer}", len(self.changed)).format(numbers=_ranges(self.changed), fewer=gone)


def compare(old: Sequence[object], new: Sequence[object]) -> Changes:
    """The slides of `new` that are not the same as in `old` (a slide beyond the old count is new, so changed)."""
    changed = tuple(n for n, item in enumerate(new, 1) if n > len(old) or old[n - 1] != item)
    return Changes(changed=changed, before=len(old), after=len(new))


def _ranges(numbers: Iterable[int]) -> str:
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)


# --- one rebuild ----------------------------------------------------------------------------------------


class Rebuild(Struct, frozen=True):
    """One attempt: what was built (or the error that stopped it), which slides changed, the preview."""

    folder: Path
    output: Path
    result: BuildResult | None = None
    error: DeckError | None = None  # the build's, or the preview's after a good build
    changes: Changes | None = None  # None when there was nothing to compare with
    preview: Preview | None = None
    preview_seconds: float | None = None
    redrawn: tuple[int, ...] | None = None  # the slides rasterised again; None: all of them

    def lines(self) -> list[tuple[str, bool]]:
        """What to print: (text, whether it goes to stderr); the summary is `deckgen build`'s."""
        lines = [(_("reminder: {problem}").format(problem=r), True) for r in self.result.reminders] if self.result else []
        if self.result is not None:
            extra = f"; {self.changes}" if self.changes is not None else ""
            if self.preview is not None and self.preview_seconds is not None and self.redrawn is not None:
                extra += ngettext("; {count} picture redrawn in {seconds} s", "; {count} pictures redrawn in {seconds} s", len(self.redrawn)).format(
                    count=len(self.redrawn), seconds=decimal(self.preview_seconds, 1))
            elif self.preview is not None and self.preview_seconds is not None:
                extra += _("; preview redrawn in {seconds} s").format(seconds=decimal(self.preview_seconds, 1))
            lines.append((self.result.summary() + extra, False))
        if self.error is not None:
            lines += [(_("error: {problem}").format(problem=problem), True) for problem in self.error.problems]
        if self.result is None and self.output.exists():
            lines.append((_("{folder}: not rebuilt; {output} was left as it was. Fix it and save.").format(folder=self.folder, output=self.output), True))
        elif self.result is None:  # never built yet: there is no deck to speak of
            lines.append((_("{deck}: not built; nothing was written. Fix it and save.").format(deck=self.folder), True))
        return lines


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _compared_decks(old: bytes | None, new: bytes) -> Changes | None:
    """The slides that changed; None when there was no earlier deck, or what was there was not one."""
    if old is None:
        return None
    try:
        before = slide_digests(old)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError):
        return None
    return compare(before, slide_digests(new))


def _slide_pngs(folder: Path) -> list[bytes]:
    return [picture.read_bytes() for picture in slide_pictures(folder)]


def rebuild(
    folder: Path, output: Path, preview_dir: Path | None = None, *, force: bool = False, allow_outside: bool = False,
    measurer: Measurer | None = None, office: Office | None = None, template: Path | None = None,
) -> Rebuild:
    """Build the deck (`force`, `allow_outside`, `measurer`, `template`: as for build_deck); compare it with the
    previous one; with `preview_dir`, redraw the pictures if it changed (by `office` if given): only the slides
    that differ from those the pictures there show, as `deckgen preview` does."""
    old = _read(output)
    try:
        result = build_deck(folder, output, force=force, allow_outside=allow_outside, measurer=measurer, template=template)
    except DeckError as error:
        return Rebuild(folder, output, error=error)
    new = output.read_bytes()
    changes = _compared_decks(old, new)
    if preview_dir is None or (new == old and (preview_dir / f"{output.stem}.pdf").is_file()):
        return Rebuild(folder, output, result, changes=changes)
    pictures = _slide_pngs(preview_dir) if preview_dir.is_dir() else []
    started = time.perf_counter()
    try:
        shown = draw_preview(output, preview_dir, office=office, reuse=True)
    except DeckError as error:
        return Rebuild(folder, output, result, error=error, changes=changes)
    if pictures:  # what the eye sees: a change LibreOffice draws the same (speaker notes) is no change here
        changes = compare(pictures, [p.read_bytes() for p in shown.slides])
    return Rebuild(folder, output, result, changes=changes, preview=shown, preview_seconds=time.perf_counter() - started,
                   redrawn=shown.redrawn)


# --- the loop -------------------------------------------------------------------------------------------


class _Loop(Struct):
    """A watch: what it builds and how, what the deck reads, and the state of that when last read."""

    folder: Path
    output: Path
    preview_dir: Path | None
    report: Callable[[Rebuild], None]
    force: bool = False
    allow_outside: bool = False
    watched: Watched | None = None
    before: Snapshot = field(default_factory=dict)
    measurer: Measurer | None = None  # the session's measures, kept from one rebuild to the next
    office: Office | None = None  # the session's LibreOffice, kept warm
    template: Path | None = None  # the organisation's template, as build's --template

    def run(self) -> None:
        watched = reads(self.folder, self.output, self.preview_dir, self.watched, allow_outside=self.allow_outside, template=self.template)
        before = snapshot(watched)
        if self.measurer is None or _fonts_replaced(self.before, before):
            from .text.fit import Measurer

            self.measurer = Measurer()
        self.watched, self.before = watched, before
        done = rebuild(self.folder, self.output, self.preview_dir, force=self.force, allow_outside=self.allow_outside,
                       measurer=self.measurer, office=self.office, template=self.template)
        self.report(done)

    def wants(self, _change: watchfiles.Change, path: str) -> bool:
        return self.watched is not None and self.watched.wants(Path(path))


_FONT_SUFFIXES = frozenset({".ttf", ".otf", ".ttc"})


def _fonts_replaced(old: Snapshot, new: Snapshot) -> bool:
    """Whether a font file the deck reads was saved over in place since the last build: its measures are
    kept by path (text/fit.py's Measurer), so the session then measures with a new Measurer, or the layout
    would be computed with the old font's widths."""
    return any(path.suffix.lower() in _FONT_SUFFIXES and path in old and old[path] != stat for path, stat in new.items())


def watch_deck(
    folder: Path,
    output: Path,
    *,
    preview_dir: Path | None = None,
    stop: threading.Event | None = None,
    on_result: Callable[[Rebuild], None] | None = None,
    on_ready: Callable[[Watched], None] | None = None,
    on_progress: Callable[[str], None] | None = None,
    debounce_ms: int = 1600,
    step_ms: int = 50,
    force_polling: bool | None = None,
    force: bool = False,
    allow_outside: bool = False,
    template: Path | None = None,
) -> None:
    """Build `folder` into `output` now, then again after every save of a file it reads, until `stop` is set
    (or Ctrl-C). Each attempt goes to `on_result`; `on_ready` hears when the watcher runs (again, after
    what the deck reads moved to other folders). With `preview_dir`, the pictures are redrawn there.
    `force`, `allow_outside` and `template` are build_deck's (a template given is watched too). With `preview_dir`, a LibreOffice is kept running for the
    session where its bridge is installed (office.py), stopped when this returns or raises; `on_progress` hears
    it start, or that each preview starts one anew.

    A save is grouped with the saves that follow it within `step_ms`, for at most `debounce_ms`.
    Raises a DeckError before watching if the folder does not exist or LibreOffice is needed and missing.
    """
    if not folder.is_dir():
        raise LoadError(_("{folder}: no such deck folder; give the folder that holds {file}").format(folder=folder, file=EVENT_FILE))
    office = _kept_office(on_progress) if preview_dir is not None else None
    try:
        loop = _Loop(folder, output, preview_dir, on_result or (lambda _rebuild: None), force, allow_outside, office=office,
                     template=template and template.resolve())
        _watch(loop, stop, on_ready, debounce_ms, step_ms, force_polling)
    finally:
        if office is not None:
            office.stop()


def _kept_office(on_progress: Callable[[str], None] | None) -> Office | None:
    """The session's LibreOffice, started; None (said once) where its bridge is not installed."""
    from . import office

    executable = soffice()  # said at once, with how to install it
    say = on_progress or (lambda _text: None)
    if not office.available():
        say(_("LibreOffice's bridge (python3-uno) is not installed: each preview starts LibreOffice anew"))
        return None
    kept = office.Office(executable, progress=say)
    try:
        kept.start()
    except office.OfficeError as error:
        kept.stop()
        say(_("LibreOffice could not be kept running ({reason}): each preview starts it anew").format(reason=error))
        return None
    return kept


def _watch(loop: _Loop, stop: threading.Event | None, on_ready: Callable[[Watched], None] | None, debounce_ms: int, step_ms: int,
           force_polling: bool | None) -> None:
    loop.run()
    while loop.watched is not None:
        watched = loop.watched
        stream = watchfiles.watch(
            *sorted(watched.roots),
            watch_filter=loop.wants,
            stop_event=stop,
            debounce=debounce_ms,
            step=step_ms,
            rust_timeout=READY_MS,
            yield_on_timeout=True,  # the first (empty) report says the watcher runs
            force_polling=force_polling,
            recursive=False,
        )
        with contextlib.closing(stream):
            if not _follow(loop, stream, on_ready, step_ms, debounce_ms):
                return


def _follow(loop: _Loop, stream: Iterator[set[tuple[watchfiles.Change, str]]], on_ready: Callable[[Watched], None] | None,
            step_ms: int, debounce_ms: int) -> bool:
    """Rebuild when a watched file changed; True when the watcher must move to other folders, False when stopped.

    The watcher's batches wake the loop; what decides is the files' stat compared with what the last build
    read, also checked between batches (every READY_MS). So a save the watcher could not see (made before it
    started, or missed by a polling watcher, which compares whole-second mtimes) still rebuilds, and a save
    seen both ways rebuilds once."""
    assert loop.watched is not None
    roots = loop.watched.roots
    first = True
    for changes in stream:
        if first:
            first = False
            if on_ready is not None:
                on_ready(loop.watched)
        if _saved_since(loop.watched, loop.before, 0 if changes else step_ms, debounce_ms):
            loop.run()
            if loop.watched.roots != roots:
                return True
    return False


def _saved_since(watched: Watched, before: Snapshot, step_ms: int, debounce_ms: int) -> bool:
    """Whether a watched file changed since `before`; if so, once its saving has settled as the watcher
    settles a batch (nothing new for `step_ms`, for at most `debounce_ms`; no wait when `step_ms` is 0)."""
    now = snapshot(watched)
    if now == before:
        return False
    deadline = time.monotonic() + debounce_ms / 1000
    while step_ms and time.monotonic() < deadline:
        time.sleep(step_ms / 1000)
        later = snapshot(watched)
        if later == now:
            break
        now = later
    return True
