"""Inheritance and includes: an event made of several YAML files, every value still located in its own file.

An event file may say

    extends: ../narbonne-2025          # another event (its folder, or its YAML file)
    include: [../_shared/alim-activ.yaml]  # partial files: a training, people, organisations…

The event is then, from bottom to top: the event it extends (itself resolved the same way), each included
file in order, and the file's own content. The merge rules are three:

- mappings merge key by key (a key written lower wins, recursively);
- lists replace the list below them whole;
- except lists whose items all have an `id:` — those merge item by item: an item with the `id` of an
  item below updates it in place, a new `id` is added at the end.

Relative paths (`photo:`, `logo:`, `extends:`, `include:`) are relative to the file they are written in.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from msgspec import Struct, field

from ..errors import LoadError, Problem
from ..i18n import _
from .confine import Confinement
from .files import case_twin
from .messages import problem_at
from .yaml_source import Path_, SourceMap, format_path, read_yaml

EVENT_FILE = "event.yaml"
PATH_KEYS = frozenset({"photo", "logo"})
"""Keys whose values are file paths, relative to the file that writes them."""
MAX_CHAIN = 16
"""An event that extends an event that extends… this deep is surely a loop gone wrong."""


class Composed(Struct):
    """The merged data, where each of its values was written, and every file that was read."""

    data: dict[str, Any]
    source: SourceMap
    files: list[Path] = field(default_factory=list)


def compose(path: Path, root: Path, confinement: Confinement | None = None) -> Composed:
    """The event in `path`, with what it extends and includes merged in; `root` is the folder the
    event's relative paths will be resolved from; files outside `confinement` are refused."""
    return _compose(path, root, chain=(), confinement=confinement)


def _compose(path: Path, root: Path, chain: tuple[Path, ...], confinement: Confinement | None = None) -> Composed:
    data, source = read_yaml(path)
    if not isinstance(data, dict):
        raise LoadError(problem_at((), _("the file must be made of `field: value` lines, starting with `title:`"), data, source))
    _rebase_paths(data, path.parent, root)
    result = Composed(data={}, source=SourceMap(), files=[])
    parent = data.pop("extends", None)
    if parent is not None:
        target = _target(parent, ("extends",), path, data, source, event=True, confinement=confinement)
        _no_loop(target, chain + (path,), ("extends",), data, source)
        _add(result, _compose(target, root, chain + (path,), confinement))
    includes = data.pop("include", None)
    if includes is not None:
        if isinstance(includes, str):
            includes = [includes]
            source.values[("include", 0)] = source.values[("include",)]
        if not isinstance(includes, list):
            raise LoadError(problem_at(("include",), _("write a list of files, e.g. [../_shared/training.yaml]"), data, source))
        for index, include in enumerate(includes):
            target = _target(include, ("include", index), path, data, source, event=False, confinement=confinement)
            _no_loop(target, chain + (path,), ("include", index), data, source)
            _add(result, _compose(target, root, chain + (path,), confinement))
    _add(result, Composed(data=data, source=source, files=[path]))
    return result


def _target(
    value: Any, loc: Path_, path: Path, data: Any, source: SourceMap, *, event: bool, confinement: Confinement | None
) -> Path:
    if not isinstance(value, str) or not value.strip():
        if event:
            message = _("write the path of an event's folder, e.g. ../narbonne-2025")
        else:
            message = _("write the path of a YAML file, e.g. ../_shared/training.yaml")
        raise LoadError(_at(loc, message, source, path))
    if confinement is not None and not confinement.allows(path.parent / value):
        raise LoadError(_at(loc, confinement.refusal(value), source, path))
    target = (path.parent / value).resolve()
    if event and target.is_dir():
        target = target / EVENT_FILE
    if not target.is_file():
        twin = case_twin(target)
        if twin is not None:
            message = _(
                "'{written}' does not exist, but '{real}' does: write `{real}`, with the same capitals as the file's name "
                "(Windows and macOS do not tell capitals apart, other systems do)"
            ).format(written=value, real=os.path.relpath(twin, path.parent))
        else:
            message = _("'{written}' does not exist (looked for {target}); check the path, relative to this file").format(written=value, target=target)
        raise LoadError(_at(loc, message, source, path))
    return target


def _at(loc: Path_, message: str, source: SourceMap, path: Path) -> Problem:
    position = source.values.get(loc) or source.keys.get(loc[:1])
    if position is None:
        return Problem(message, path, field=format_path(loc))
    return Problem(message, position.file, position.line, position.column, field=format_path(loc))


def _no_loop(target: Path, chain: tuple[Path, ...], loc: Path_, data: Any, source: SourceMap) -> None:
    if target in {p.resolve() for p in chain}:
        names = " → ".join(p.parent.name + "/" + p.name for p in (*chain, target))
        message = _("these files include each other in a loop ({names}); remove one of the links").format(names=names)
        raise LoadError(_at(loc, message, source, chain[-1]))
    if len(chain) >= MAX_CHAIN:
        message = _("more than {count} files extend or include each other; simplify the chain").format(count=MAX_CHAIN)
        raise LoadError(_at(loc, message, source, chain[-1]))


def _rebase_paths(value: Any, here: Path, root: Path) -> None:
    """Make `photo:`/`logo:` paths written in a file of another folder relative to the event's folder."""
    if here.resolve() != root.resolve():  # once per file: resolving asks the disk of every folder on the way
        _rebased(value, here, root)


def _rebased(value: Any, here: Path, root: Path) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if key in PATH_KEYS and isinstance(item, str) and not os.path.isabs(item):
                value[key] = os.path.relpath(here / item, root)
            else:
                _rebased(item, here, root)
    elif isinstance(value, list):
        for item in value:
            _rebased(item, here, root)


def _add(result: Composed, layer: Composed) -> None:
    """Merge `layer` over `result`, in place, carrying every value's position along."""
    merged_source = SourceMap()  # _merge copies every position it keeps, from either side, into it
    result.data = _merge(result.data, result.source, layer.data, layer.source, (), (), merged_source)
    result.source = merged_source
    result.files.extend(f for f in layer.files if f not in result.files)


def _merge(below: Any, below_src: SourceMap, above: Any, above_src: SourceMap, below_path: Path_, above_path: Path_, out: SourceMap, out_path: Path_ = ()) -> Any:
    if isinstance(below, dict) and isinstance(above, dict):
        _graft_position(out, out_path, above_src, above_path, below_src, below_path)
        merged: dict[str, Any] = {}
        for key, value in below.items():
            if key in above:
                merged[key] = _merge(value, below_src, above[key], above_src, (*below_path, key), (*above_path, key), out, (*out_path, key))
                _graft_key(out, (*out_path, key), above_src, (*above_path, key))
            else:
                merged[key] = _graft(value, below_src, (*below_path, key), out, (*out_path, key))
                _graft_key(out, (*out_path, key), below_src, (*below_path, key))
        for key, value in above.items():
            if key not in below:
                merged[key] = _graft(value, above_src, (*above_path, key), out, (*out_path, key))
                _graft_key(out, (*out_path, key), above_src, (*above_path, key))
        return merged
    if _by_id(below) and _by_id(above):
        _graft_position(out, out_path, above_src, above_path, below_src, below_path)
        positions = {item["id"]: index for index, item in enumerate(above)}
        items: list[Any] = []
        for index, item in enumerate(below):
            if item["id"] in positions:
                j = positions.pop(item["id"])
                items.append(_merge(item, below_src, above[j], above_src, (*below_path, index), (*above_path, j), out, (*out_path, len(items))))
            else:
                items.append(_graft(item, below_src, (*below_path, index), out, (*out_path, len(items))))
        for j, item in enumerate(above):
            if item["id"] in positions:
                items.append(_graft(item, above_src, (*above_path, j), out, (*out_path, len(items))))
        return items
    return _graft(above, above_src, above_path, out, out_path)


def _by_id(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, dict) and "id" in item for item in value)


def _graft(value: Any, src: SourceMap, src_path: Path_, out: SourceMap, out_path: Path_) -> Any:
    """Copy the positions of `value` and everything under it from `src` at `src_path` to `out` at `out_path`."""
    if src_path in src.values:
        out.values[out_path] = src.values[src_path]
    if src_path in src.typed:
        out.typed[out_path] = src.typed[src_path]
    if isinstance(value, dict):
        for key, item in value.items():
            _graft_key(out, (*out_path, key), src, (*src_path, key))
            _graft(item, src, (*src_path, key), out, (*out_path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _graft(item, src, (*src_path, index), out, (*out_path, index))
    return value


def _graft_key(out: SourceMap, out_path: Path_, src: SourceMap, src_path: Path_) -> None:
    if src_path in src.keys:
        out.keys[out_path] = src.keys[src_path]


def _graft_position(out: SourceMap, out_path: Path_, above: SourceMap, above_path: Path_, below: SourceMap, below_path: Path_) -> None:
    position = above.values.get(above_path) or below.values.get(below_path)
    if position is not None:
        out.values[out_path] = position
