"""YAML text → plain Python data, with the file, line and column of every key and value.

Why libyaml: the text is parsed by PyYAML's C extension, and a 1000-slide event is read in 0.05 s where
ruamel.yaml's pure-Python composer took 0.58 s (the reference deck: 1 ms instead of 15 ms). ruamel.yaml
is left to `deckgen new`, which writes YAML and keeps its comments.

We read libyaml's event stream, not a composed tree or constructed objects, and build the data ourselves:
- every key and value keeps its position, for located errors;
- plain scalars resolve by the YAML 1.2 core schema (yaml_scalars.py): `yes`, `no`, `on` stay text, where
  PyYAML's own YAML 1.1 loaders make them booleans; dates and times stay text, for pydantic to judge;
- duplicate keys and merge keys are refused, alias expansion is bounded (« billion laughs »);
- nesting is bounded by our own check, without recursion anywhere: PyYAML's composer recurses in C once
  per level, and libyaml before 0.2.6 has no nesting limit of its own (0.2.6 stops at 1000 levels)."""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml
from msgspec import Struct, field
from yaml.composer import ComposerError
from yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    DocumentStartEvent,
    Event,
    MappingStartEvent,
    ScalarEvent,
    StreamEndEvent,
)

from ..errors import LoadError, Problem
from ..i18n import _
from .yaml_mistakes import Mistake, explain, false_indentations, quoted, texts_cut_by_a_comment
from .yaml_scalars import scalar_value

MAX_FILE_BYTES = 1_000_000
"""A deck's YAML is a few tens of kilobytes; anything near a megabyte is not a deck."""
MAX_NODES = 200_000
"""Nodes visited while expanding aliases; a « billion laughs » file hits this long before memory runs out."""
MAX_DEPTH = 64
"""Blocks and lists nested into each other; a deck needs about ten. Much deeper data would exhaust Python's
recursion limit in what walks it later (the deep copies, compose.py's merge of included files) and end in a
traceback instead of a message."""

_PARSER: type = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
"""libyaml's parser; where PyYAML was built without it (from source, no libyaml headers), PyYAML's
pure-Python parser: the same events, twenty times slower, and some syntax errors worded otherwise."""

Path_ = tuple[str | int, ...]


class Position(Struct, frozen=True):
    file: Path
    line: int  # 1-based
    column: int  # 1-based


class SourceMap(Struct):
    """Where each key and each value of the data came from."""

    values: dict[Path_, Position] = field(default_factory=dict)
    keys: dict[Path_, Position] = field(default_factory=dict)
    typed: dict[Path_, str] = field(default_factory=dict)
    """The text as written of each value YAML read as something else than text (`10.30` → 10.3, `true`):
    messages echo what the user typed, not what the number became."""

    def update(self, other: SourceMap) -> None:
        self.values.update(other.values)
        self.keys.update(other.keys)
        self.typed.update(other.typed)

    def copy(self) -> SourceMap:
        return SourceMap(values=dict(self.values), keys=dict(self.keys), typed=dict(self.typed))


def read_yaml(path: Path) -> tuple[Any, SourceMap]:
    """Parse one YAML file into plain data and its source map; every failure is a located LoadError.

    Parsed files are remembered by their path and text: `deckgen watch` rebuilds after one file is saved,
    and the files that did not change (the shared ones, the brand) are not parsed again. Callers get
    copies, so they may change what they get (compose.py does).
    """
    text = _read_text(path)
    data, source = _parsed(path, text)
    return copy.deepcopy(data), source.copy()


@functools.lru_cache(maxsize=32)
def _parsed(path: Path, text: str) -> tuple[Any, SourceMap]:
    _refuse_control_characters(text, path)
    _refuse(false_indentations(text), path)
    _refuse(texts_cut_by_a_comment(text), path)
    swap, restore = _stand_ins(text)
    builder = _Builder(path, restore)
    parsed = text.translate(swap) if swap else text
    try:
        data = builder.build(_events(parsed))
    except yaml.MarkedYAMLError as error:
        raise LoadError(_syntax_problem(error, parsed, path)) from None
    except yaml.YAMLError as error:
        raise LoadError(Problem(_("the file cannot be read: {error}").format(error=error), path)) from None
    if builder.empty:
        raise LoadError(Problem(_EMPTY(), path, 1, 1))
    return data, builder.source


def _events(text: str) -> Iterator[Event]:
    parser = _PARSER(text)
    try:
        while True:
            event = parser.get_event()
            yield event
            if isinstance(event, StreamEndEvent):
                return
    finally:
        parser.dispose()


_YAML_1_1_BREAKS = "\x85\u2028\u2029"
"""Line breaks in YAML 1.1, which libyaml follows, but ordinary characters in YAML 1.2 and in editors."""


def _stand_ins(text: str) -> tuple[dict[int, int], dict[int, int]]:
    """Private-use characters to stand in for YAML 1.1's extra line breaks while libyaml reads the text.

    Left as they are, U+0085, U+2028 and U+2029 would end lines for libyaml but not for the editor (every
    later line number one off) and fold into spaces inside texts. Swapped one for one, they keep their
    column and come back in the values, as YAML 1.2 reads them. Returns the swap and its reverse.
    """
    present = [character for character in _YAML_1_1_BREAKS if character in text]
    if not present:
        return {}, {}
    free = (chr(code) for code in range(0xE000, 0xF900) if chr(code) not in text)
    swap = {ord(character): ord(next(free)) for character in present}
    return swap, {stand_in: original for original, stand_in in swap.items()}


# --- what the parser refuses, said in the user's terms --------------------------------------------------

_NOT_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""The characters YAML forbids anywhere in a file (libyaml's and the YAML 1.2 spec's printable set)."""


def _EMPTY() -> str:  # noqa: N802 - a constant, in the language of the moment
    return _("the file is empty (or holds only comments); write in it the fields it should hold: an event file starts with `title:`, a file an event includes holds the fields it adds")


def _refuse(found: list[Mistake], path: Path) -> None:
    """What the text shows before it is parsed, every line of it at once, if anything: tabs and no-break
    spaces in indentations (a block pasted from a word processor brings several; libyaml reads a no-break
    space as a letter and may well accept the file, with a field named '\u00a0\u00a0role'), a `#` and a
    word after a value (a hashtag, `Salle #2`, a colour, which YAML would leave out silently)."""
    if found:
        raise LoadError([Problem(m.message, path, m.line + 1, m.column + 1) for m in found])


def _refuse_control_characters(text: str, path: Path) -> None:
    """A raw control character (e.g. U+0007, or U+000B pasted from a word processor), at its line and column.

    Checked before parsing: libyaml checks a chunk at a time and reports only a byte offset, and a
    syntax error earlier in the file would otherwise hide the character.
    """
    found = _NOT_PRINTABLE.search(text)
    if found is None:
        return
    position = found.start()
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    raise LoadError(
        Problem(
            _(
                "contains the invisible character U+{code:04X}; delete it (it often comes from a copy-paste); "
                "for a line break inside a text, start the text with `|` and write it on the lines below"
            ).format(code=ord(found.group())),
            path,
            line,
            column,
        )
    )


def _syntax_problem(error: yaml.MarkedYAMLError, text: str, path: Path) -> Problem:
    mark = error.problem_mark or error.context_mark
    if (error.problem or "").strip() == "exceeded maximum nesting depth":
        # libyaml ≥ 0.2.6 stops at 1000 levels; its scanner reads ahead, so a long run of `[` or `- `
        # can reach that limit before our own check at MAX_DEPTH sees the events.
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        return Problem(_TOO_DEEP().format(depth=MAX_DEPTH), path, line, column)
    mistake = explain(error, text)
    return Problem(mistake.message, path, mistake.line + 1, mistake.column + 1)


def _TOO_DEEP() -> str:  # noqa: N802
    return _("lists are nested too deeply here (more than {depth} levels); check the brackets and the indentation")


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LoadError(
                Problem(_("the file is {size:,} bytes; a deck is far smaller (limit {limit:,})").format(size=size, limit=MAX_FILE_BYTES), path)
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise LoadError(Problem(_("file not found; every deck folder needs an event.yaml"), path)) from None
    except (IsADirectoryError, PermissionError, OSError) as error:
        raise LoadError(Problem(_("cannot read the file: {reason}").format(reason=error.strerror or error), path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        line_start = raw.rfind(b"\n", 0, error.start) + 1
        # Editors count characters, not bytes: an « é » earlier on the line is two bytes but one column.
        column = len(raw[line_start : error.start].decode("utf-8", errors="replace")) + 1
        raise LoadError(
            Problem(
                _("the file is not UTF-8 (byte 0x{byte:02X}); save it as UTF-8 in your editor").format(byte=raw[error.start]),
                path,
                line,
                column,
            )
        ) from None
    if not text.strip():
        raise LoadError(Problem(_EMPTY(), path, 1, 1))
    return text


# --- events → data ----------------------------------------------------------------------------------------


class _Open:
    """A list or a block being filled; for a block, the key whose value comes next (None: a key comes next).

    A plain class, not a dataclass: one fewer class to generate when `deckgen` starts.
    """

    __slots__ = ("value", "path", "key", "key_position")

    def __init__(self, value: list[Any] | dict[str, Any], path: Path_) -> None:
        self.value = value
        self.path = path
        self.key: str | None = None
        self.key_position: Position | None = None


class _Anchor:
    """An anchored list or block still being read: where its events start, and how deep the stack was."""

    __slots__ = ("name", "start", "depth")

    def __init__(self, name: str, start: int, depth: int) -> None:
        self.name, self.start, self.depth = name, start, depth


class _Builder:
    """Turns the event stream into data and its source map, with an explicit stack (no recursion).

    An alias replays the events of its anchored node as if they were written out there: every value it
    expands to is counted against MAX_NODES and nested against MAX_DEPTH, as written values are, and keeps
    the position of the anchored value (where its text is).
    """

    def __init__(self, path: Path, restore: dict[int, int] | None = None) -> None:
        self.path = path
        self.restore = restore  # the characters _stand_ins swapped, to put back in keys and texts
        self.source = SourceMap()
        self.visited = 0
        self.root: Any = None
        self.root_event: ScalarEvent | CollectionStartEvent | None = None
        self.stack: list[_Open] = []
        self.document: DocumentStartEvent | None = None
        self.written: list[Event] = []  # the file's own events, for aliases to replay
        self.anchors: dict[str, range] = {}  # anchor → the indexes of its node's events in `written`
        self.anchoring: list[_Anchor] = []  # anchored lists and blocks not yet closed, innermost last
        self.targets: dict[int, range] = {}  # id of a written alias → the events its anchor named there
        self.aliased: set[str] = set()  # the anchors some alias names
        self.anchored_texts: list[tuple[ScalarEvent, Path_]] = []  # plain texts with an anchor, and their fields

    @property
    def empty(self) -> bool:
        """No document, or one with nothing but `---` (and comments): the same mistake as an empty file."""
        return self.root_event is None or _is_empty(self.root_event)

    def build(self, stream: Iterable[Event]) -> Any:
        for event in stream:
            self.written.append(event)
            if type(event) is AliasEvent:
                self._expand(event)
                continue
            if isinstance(event, (ScalarEvent, CollectionStartEvent)) and _local_tag(event):
                raise LoadError(self._read_as_tag(event))
            self._take(event)
            if self.anchoring or getattr(event, "anchor", None) is not None:
                self._track_anchor(event)
        lost = [self._read_as_anchor(event, path) for event, path in self.anchored_texts if event.anchor not in self.aliased]
        if lost:
            raise LoadError(lost)
        return self.root

    # -- a text's first word that YAML reads as something else

    def _read_as_tag(self, event: ScalarEvent | CollectionStartEvent) -> Problem:
        """`- !important text`: YAML reads `!important` as the type of the value, and leaves it out of the text."""
        text = f"{event.tag} {event.value}" if type(event) is ScalarEvent else str(event.tag)
        return Problem(
            _("« {word} » is read by YAML as a type, not as text, and left out; a text that starts with ! must be "
              "in quotes: `{fixed}`").format(word=event.tag, fixed=quoted(text)),
            *self._where(event),
            field=format_path(self._next_path()),
        )

    def _read_as_anchor(self, event: ScalarEvent, path: Path_) -> Problem:
        """`- &Cie text`: YAML reads `&Cie` as a name for the value, to repeat it elsewhere as `*Cie`; none
        does, so it was meant as text."""
        return Problem(
            _("« &{word} » is read by YAML as a name for this value, not as text, and left out; a text that "
              "starts with & must be in quotes: `{fixed}`").format(word=event.anchor, fixed=quoted(f"&{event.anchor} {event.value}")),
            *self._where(event),
            field=format_path(path),
        )

    def _take(self, event: Event) -> None:
        if isinstance(event, (ScalarEvent, CollectionStartEvent)):
            top = self.stack[-1] if self.stack else None
            if top is not None and top.key is None and type(top.value) is dict:
                self._key(top, event)
            else:
                self._value(top, event)
        elif isinstance(event, CollectionEndEvent):
            self.stack.pop()
        elif isinstance(event, DocumentStartEvent):
            if self.document is not None:
                # ruamel.yaml's words: a deck file is one document, and a second `---` is most likely a slip.
                raise ComposerError(
                    "expected a single document in the stream",
                    self.document.start_mark,
                    "but found another document",
                    event.start_mark,
                )
            self.document = event

    # -- anchors and aliases

    def _track_anchor(self, event: Event) -> None:
        index = len(self.written) - 1
        anchor = getattr(event, "anchor", None)
        if isinstance(event, ScalarEvent) and anchor is not None:
            self.anchors[anchor] = range(index, index + 1)
        elif isinstance(event, CollectionStartEvent) and anchor is not None:
            self.anchoring.append(_Anchor(anchor, index, len(self.stack) - 1))
        elif isinstance(event, CollectionEndEvent) and self.anchoring and self.anchoring[-1].depth == len(self.stack):
            opened = self.anchoring.pop()
            self.anchors[opened.name] = range(opened.start, index + 1)

    def _expand(self, alias: AliasEvent) -> None:
        """Replay what the alias stands for; the aliases inside stand for what their anchors named there."""
        self.targets[id(alias)] = self._target(alias)
        self.aliased.add(alias.anchor)
        replays: list[Iterator[Event]] = [self._replay(alias)]
        while replays:
            event = next(replays[-1], None)
            if event is None:
                replays.pop()
            elif type(event) is AliasEvent:
                replays.append(self._replay(event))
            else:
                self._take(event)

    def _replay(self, alias: AliasEvent) -> Iterator[Event]:
        return map(self.written.__getitem__, self.targets[id(alias)])

    def _target(self, alias: AliasEvent) -> range:
        if any(opened.name == alias.anchor for opened in self.anchoring):
            raise LoadError(
                Problem(
                    _("*{name} is used inside the value it names (&{name}), which would never end; write the values out").format(name=alias.anchor),
                    *self._where(alias),
                    field=format_path(self._next_path()),
                )
            )
        if alias.anchor not in self.anchors:
            raise ComposerError(None, None, f"found undefined alias {alias.anchor!r}", alias.start_mark)
        return self.anchors[alias.anchor]

    # -- keys and values

    def _key(self, block: _Open, event: ScalarEvent | CollectionStartEvent) -> None:
        if type(event) is not ScalarEvent:
            raise LoadError(Problem(_("a field's name must be a plain word"), *self._where(event), field=format_path(block.path)))
        key = event.value.translate(self.restore) if self.restore else event.value
        if key == "<<":
            raise LoadError(
                Problem(
                    _("`<<:` (to merge fields from elsewhere) is not supported; write the fields out"),
                    *self._where(event),
                    field=format_path(block.path),
                )
            )
        path = (*block.path, key)
        if key in block.value:
            first = self.source.keys[path]
            raise LoadError(
                Problem(
                    _("'{key}' appears twice in the same place (first at line {line}); keep one").format(key=key, line=first.line),
                    *self._where(event),
                    field=format_path(path),
                )
            )
        block.key, block.key_position = key, self._position(event)
        self.source.keys[path] = block.key_position

    def _value(self, parent: _Open | None, event: ScalarEvent | CollectionStartEvent) -> None:
        path = self._next_path()
        self.visited += 1
        if self.visited > MAX_NODES or len(path) > MAX_DEPTH:
            raise LoadError(self._too_much(event, path))
        if parent is not None and parent.key_position is not None and _is_empty(event):
            self.source.values[path] = parent.key_position  # an empty value's mark is past its key
        else:
            self.source.values[path] = self._position(event)
        value: Any
        if type(event) is ScalarEvent and event.anchor is not None and not event.style:  # plain: libyaml says ""
            self.anchored_texts.append((event, path))
        if type(event) is ScalarEvent:
            value = scalar_value(event)
            if self.restore and type(value) is str:
                value = value.translate(self.restore)
            elif type(value) is not str and value is not None:
                self.source.typed[path] = event.value
        else:
            value = {} if type(event) is MappingStartEvent else []
            self.stack.append(_Open(value, path))
        if parent is None:
            self.root, self.root_event = value, event
        elif type(parent.value) is list:
            parent.value.append(value)
        elif parent.key is not None:
            parent.value[parent.key] = value
            parent.key = parent.key_position = None

    def _next_path(self) -> Path_:
        if not self.stack:
            return ()
        top = self.stack[-1]
        if type(top.value) is list:
            return (*top.path, len(top.value))
        return (*top.path, top.key) if top.key is not None else top.path

    def _too_much(self, event: Event, path: Path_) -> Problem:
        if self.visited > MAX_NODES:
            message = _(
                "the file expands to too many values (`*` references to `&` names nested into each other); "
                "write the values out instead"
            )
        else:
            message = _TOO_DEEP().format(depth=MAX_DEPTH)
        return Problem(message, *self._where(event), field=format_path(path))

    def _position(self, event: Event) -> Position:
        mark = event.start_mark
        return Position(self.path, mark.line + 1, mark.column + 1)

    def _where(self, event: Event) -> tuple[Path, int, int]:
        position = self._position(event)
        return position.file, position.line, position.column


def _local_tag(event: ScalarEvent | CollectionStartEvent) -> bool:
    """A tag written `!word`: deck files have no use for one, and `- !important text` was meant as text.
    YAML's own (`!!str`) are resolved to `tag:yaml.org,2002:…` and pass."""
    return event.tag is not None and event.tag.startswith("!") and not event.tag.startswith("!!") and event.tag != "!"


def _is_empty(event: Event) -> bool:
    """A value left out (`key:` and nothing, or `---` and nothing): an empty null scalar."""
    return type(event) is ScalarEvent and event.value == "" and scalar_value(event) is None


def format_path(path: Path_) -> str:
    """A data path as the user reads it: `agenda[2].quiz[0].answer`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
