"""YAML text → plain Python data, with the file, line and column of every key and value.

We compose ruamel.yaml's node tree ourselves instead of letting it construct objects: it keeps
every position, leaves dates and times as text for pydantic to judge (ruamel raises an unlocated
error on 2025-02-30), refuses duplicate keys, and bounds alias expansion (« billion laughs »).
"""

from __future__ import annotations

import copy
import functools
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.reader import ReaderError

from ..errors import LoadError, Problem

MAX_FILE_BYTES = 1_000_000
"""A deck's YAML is a few tens of kilobytes; anything near a megabyte is not a deck."""
MAX_NODES = 200_000
"""Nodes visited while expanding aliases; a « billion laughs » file hits this long before memory runs out."""
MAX_DEPTH = 64
"""Blocks and lists nested into each other; a deck needs about ten. Deeper nesting would exhaust Python's
recursion limit (ruamel's composer and our builder both recurse) and end in a traceback instead of a message."""

Path_ = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Position:
    file: Path
    line: int  # 1-based
    column: int  # 1-based


@dataclass
class SourceMap:
    """Where each key and each value of the data came from."""

    values: dict[Path_, Position] = field(default_factory=dict)
    keys: dict[Path_, Position] = field(default_factory=dict)

    def update(self, other: SourceMap) -> None:
        self.values.update(other.values)
        self.keys.update(other.keys)


def read_yaml(path: Path) -> tuple[Any, SourceMap]:
    """Parse one YAML file into plain data and its source map; every failure is a located LoadError.

    Parsed files are remembered by their path and text: `deckgen watch` rebuilds after one file is saved,
    and the files that did not change (the shared ones, the brand) are not parsed again. Callers get
    copies, so they may change what they get (compose.py does).
    """
    text = _read_text(path)
    data, source = _parsed(path, text)
    return copy.deepcopy(data), SourceMap(values=dict(source.values), keys=dict(source.keys))


@functools.lru_cache(maxsize=32)
def _parsed(path: Path, text: str) -> tuple[Any, SourceMap]:
    try:
        root = YAML(typ="rt").compose(text)
    except ReaderError as error:
        # A raw control character (e.g. U+0007, or U+000B pasted from a word processor): YAML forbids them
        # anywhere in the file. ruamel reports only an offset into the text; turn it into a line and column.
        raise LoadError(_unacceptable_character(error, text, path)) from None
    except RecursionError:
        # Thousands of `[` or `{` nested into each other: ruamel's parser recurses once per level.
        raise LoadError(
            Problem(
                f"the file nests lists or blocks too deeply (more than {MAX_DEPTH} levels); check the brackets",
                path,
            )
        ) from None
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        reason = (error.problem or error.context or "invalid YAML").strip()
        raise LoadError(
            Problem(f"YAML syntax error: {reason}; check the indentation and quoting here", path, line, column)
        ) from None
    except YAMLError as error:
        raise LoadError(Problem(f"YAML error: {error}", path)) from None
    if root is None or _is_empty_document(root):
        raise LoadError(Problem("the file is empty; start it with `title:` (see deck/narbonne-2025)", path, 1, 1))
    builder = _Builder(path)
    data = builder.build(root, ())
    return data, builder.source


def _is_empty_document(root: Node) -> bool:
    """A document with nothing in it but `---` (and comments): ruamel composes an empty null scalar, whose
    mark is past the end of the file; it is the same mistake as an empty file."""
    return isinstance(root, ScalarNode) and root.value == "" and root.style in (None, "") and root.tag.endswith(":null")


def _unacceptable_character(error: ReaderError, text: str, path: Path) -> Problem:
    position = error.position if isinstance(error.position, int) else -1
    code = error.character if isinstance(error.character, int) else None
    if code is None or not 0 <= position < len(text) or ord(text[position]) != code:
        return Problem(f"YAML error: {error.reason}", path)
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    return Problem(
        f"contains the invisible character U+{code:04X}; delete it (it often comes from a copy-paste); "
        "for a line break inside a text, use a `|` block",
        path,
        line,
        column,
    )


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LoadError(
                Problem(f"the file is {size:,} bytes; a deck is far smaller (limit {MAX_FILE_BYTES:,})", path)
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise LoadError(Problem("file not found; every deck folder needs an event.yaml", path)) from None
    except (IsADirectoryError, PermissionError, OSError) as error:
        raise LoadError(Problem(f"cannot read the file: {error.strerror or error}", path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        line_start = raw.rfind(b"\n", 0, error.start) + 1
        # Editors count characters, not bytes: an « é » earlier on the line is two bytes but one column.
        column = len(raw[line_start : error.start].decode("utf-8", errors="replace")) + 1
        raise LoadError(
            Problem(
                f"the file is not UTF-8 (byte 0x{raw[error.start]:02X}); save it as UTF-8 in your editor",
                path,
                line,
                column,
            )
        ) from None
    if not text.strip():
        raise LoadError(Problem("the file is empty; start it with `title:` (see deck/narbonne-2025)", path, 1, 1))
    return text


_INT = re.compile(r"^[-+]?(0|[1-9][0-9_]*)$")


class _Builder:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.source = SourceMap()
        self.visited = 0

    def _position(self, node: Node) -> Position:
        return Position(self.path, node.start_mark.line + 1, node.start_mark.column + 1)

    def build(self, node: Node, path: Path_) -> Any:
        self.visited += 1
        if self.visited > MAX_NODES:
            raise LoadError(
                Problem(
                    "the file expands to too many values (anchors and aliases nested into each other); "
                    "write the values out instead of aliasing them",
                    *self._where(node),
                    field=format_path(path),
                )
            )
        if len(path) > MAX_DEPTH:
            # Checked here too: nesting that ruamel composes without trouble could still exhaust the
            # recursion limit here or in pydantic.
            raise LoadError(
                Problem(
                    f"lists or blocks are nested too deeply here (more than {MAX_DEPTH} levels); check the indentation",
                    *self._where(node),
                    field=format_path(path),
                )
            )
        self.source.values.setdefault(path, self._position(node))
        if isinstance(node, MappingNode):
            return self._mapping(node, path)
        if isinstance(node, SequenceNode):
            return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]
        assert isinstance(node, ScalarNode)
        return _scalar(node)

    def _mapping(self, node: MappingNode, path: Path_) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise LoadError(Problem("a key must be a plain word", *self._where(key_node), field=format_path(path)))
            key = key_node.value
            if key == "<<":
                raise LoadError(
                    Problem(
                        "merge keys (<<) are not supported; write the fields out",
                        *self._where(key_node),
                        field=format_path(path),
                    )
                )
            if key in result:
                first = self.source.keys[(*path, key)]
                raise LoadError(
                    Problem(
                        f"'{key}' appears twice in the same block (first at line {first.line}); keep one",
                        *self._where(key_node),
                        field=format_path((*path, key)),
                    )
                )
            self.source.keys[(*path, key)] = self._position(key_node)
            if isinstance(value_node, ScalarNode) and value_node.value == "" and value_node.tag.endswith(":null"):
                # An empty value's mark points at the next line; the key is where the user looks.
                self.source.values[(*path, key)] = self._position(key_node)
            result[key] = self.build(value_node, (*path, key))
        return result

    def _where(self, node: Node) -> tuple[Path, int, int]:
        position = self._position(node)
        return position.file, position.line, position.column


def format_path(path: Path_) -> str:
    """A data path as the user reads it: `agenda[2].quiz[0].answer`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _scalar(node: ScalarNode) -> Any:
    """YAML 1.2 core schema values; timestamps stay text, for pydantic to parse and locate."""
    tag, value = node.tag, node.value
    if node.style is not None and node.style != "":
        return value  # quoted or block scalar: always text
    if tag.endswith(":null"):
        return None
    if tag.endswith(":bool"):
        return value.lower() == "true"
    if tag.endswith(":int") and _INT.match(value):
        return int(value.replace("_", ""))
    if tag.endswith(":float"):
        try:
            number = float(value.replace("_", ""))
        except ValueError:
            return value
        return number if math.isfinite(number) else value
    return value
