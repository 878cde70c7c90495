"""YAML text → plain Python data, with the file, line and column of every key and value.

We compose ruamel.yaml's node tree ourselves instead of letting it construct objects: it keeps
every position, leaves dates and times as text for pydantic to judge (ruamel raises an unlocated
error on 2025-02-30), refuses duplicate keys, and bounds alias expansion (« billion laughs »).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..errors import LoadError, Problem

MAX_FILE_BYTES = 1_000_000
"""A deck's YAML is a few tens of kilobytes; anything near a megabyte is not a deck."""
MAX_NODES = 200_000
"""Nodes visited while expanding aliases; a « billion laughs » file hits this long before memory runs out."""

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
    """Parse one YAML file into plain data and its source map; every failure is a located LoadError."""
    text = _read_text(path)
    try:
        root = YAML(typ="rt").compose(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        reason = (error.problem or error.context or "invalid YAML").strip()
        raise LoadError(
            Problem(f"YAML syntax error: {reason}; check the indentation and quoting here", path, line, column)
        ) from None
    except YAMLError as error:
        raise LoadError(Problem(f"YAML error: {error}", path)) from None
    if root is None:
        raise LoadError(Problem("the file is empty; start it with `title:` (see deck/narbonne-2025)", path, 1, 1))
    builder = _Builder(path)
    data = builder.build(root, ())
    return data, builder.source


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
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
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
                    self.path,
                    node.start_mark.line + 1,
                    node.start_mark.column + 1,
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
                raise LoadError(Problem("a key must be a plain word", *self._where(key_node)))
            key = key_node.value
            if key == "<<":
                raise LoadError(Problem("merge keys (<<) are not supported; write the fields out", *self._where(key_node)))
            if key in result:
                first = self.source.keys[(*path, key)]
                raise LoadError(
                    Problem(
                        f"'{key}' appears twice in the same block (first at line {first.line}); keep one",
                        *self._where(key_node),
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
