"""pydantic's validation errors → problems an organiser can act on: where, which field, what to write."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from ..errors import Problem
from .yaml_source import Path_, SourceMap, format_path

__all__ = ["data_path", "format_path", "problem_at", "problems_from_validation"]

# Type names pydantic puts in `loc` for the member of a plain (non-discriminated) union it tried.
_TYPE_NAMES = frozenset({"str", "int", "float", "bool", "date", "time", "list", "dict", "none", "constrained-str"})


def problems_from_validation(error: ValidationError, data: Any, source: SourceMap, root: type[BaseModel]) -> list[Problem]:
    details = error.errors(include_url=False)
    # A block meant as a `text:`/`items:` bullet that has a mistake inside also fails the plain-text member
    # of the union (« expected text, got a block »), which would hide the real mistake among false ones.
    details = [detail for detail in details if not _other_member_meant(detail, details)]
    problems = [_problem(detail, data, source, root) for detail in details]
    return _dedupe(problems)


def _other_member_meant(detail: ErrorDetails, details: list[ErrorDetails]) -> bool:
    """Whether this error is a plain union member rejecting a block that another member was meant to read.

    Its `loc` ends with the member's label; another error whose `loc` goes through the same union with a
    different label, deeper into the block, shows the block was meant for that other member.
    """
    loc = tuple(detail["loc"])
    if not loc or not isinstance(loc[-1], str) or not _is_type_label(loc[-1]) or not isinstance(detail["input"], dict):
        return False
    prefix = loc[:-1]
    for other in details:
        other_loc = tuple(other["loc"])
        if (
            len(other_loc) > len(loc)
            and other_loc[: len(prefix)] == prefix
            and isinstance(other_loc[len(prefix)], str)
            and other_loc[len(prefix)] != loc[-1]
            and _is_type_label(other_loc[len(prefix)])
        ):
            return True
    return False


def _is_type_label(part: str) -> bool:
    """A union member's name in `loc` (`BulletItem`, `str`, `function-after[...]`), never a field name."""
    return "[" in part or part[:1].isupper() or part in _TYPE_NAMES


def problem_at(
    loc: tuple[str | int, ...], message: str, data: Any, source: SourceMap, *, key: bool = False, union_tags: bool = False
) -> Problem:
    """A problem at a model path, located in the file by the nearest path the source map knows.

    `union_tags`: `loc` comes from pydantic, which names the union member it tried (see `_walk`); a
    path from the model checks names keys and indices only.
    """
    path = data_path(loc, data, union_tags=union_tags)
    return Problem(message, *_position(path, source, key=key), field=format_path(path))


def data_path(loc: tuple[str | int, ...], data: Any, *, union_tags: bool) -> Path_:
    """The part of `loc` that exists in the data (with `union_tags`, pydantic's tags such as 'round_table' are skipped)."""
    path: list[str | int] = []
    for part, _value, found in _walk(loc, data, union_tags=union_tags):
        path.append(part)
        if not found:
            break  # a missing or unknown key: keep it for the field name
    return tuple(path)


def _walk(loc: tuple[str | int, ...], data: Any, *, union_tags: bool) -> typing.Iterator[tuple[str | int, Any, bool]]:
    """The parts of `loc` that name keys or items of the data, each with its value and whether it exists.

    pydantic also puts in `loc` the member of a union it tried: a tagged union's tag (the block's `kind`,
    e.g. 'figures') or a type name ('BulletItem', 'function-after[...]'). With `union_tags`, those are
    skipped without moving into the data. The tag is checked before the keys: a figures slide has both
    `kind: figures` and a `figures:` key, and pydantic's loc reads (..., 'figures', 'title') for a missing
    title, (..., 'figures', 'figures', 0) for its first figure. The model checks' paths carry no tags:
    (..., 'workshops', 1, 'room') goes through the `workshops:` key of a `kind: workshops` item.
    """
    current = data
    tag_passed = not union_tags  # whether this block's `kind` tag has already been read from `loc`
    for part in loc:
        if isinstance(current, dict):
            if isinstance(part, str) and not tag_passed and "kind" in current and current.get("kind") == part:
                tag_passed = True
            elif part in current:
                current, tag_passed = current[part], not union_tags
                yield part, current, True
            elif isinstance(part, str) and not (union_tags and _is_type_label(part)):
                yield part, None, False
                return
        elif isinstance(current, list):
            if isinstance(part, int) and 0 <= part < len(current):
                current, tag_passed = current[part], not union_tags
                yield part, current, True
            elif isinstance(part, int):
                yield part, None, False
                return
        # A scalar has no parts: what remains of `loc` names union members tried on it.


def _position(path: Path_, source: SourceMap, *, key: bool) -> tuple[Any, int | None, int | None]:
    if key and path in source.keys:
        position = source.keys[path]
        return position.file, position.line, position.column
    for end in range(len(path), -1, -1):
        prefix = path[:end]
        position = source.values.get(prefix) if end == len(path) else source.keys.get(prefix) or source.values.get(prefix)
        if position is not None:
            return position.file, position.line, position.column
    return None, None, None


def _problem(detail: ErrorDetails, data: Any, source: SourceMap, root: type[BaseModel]) -> Problem:
    loc = tuple(detail["loc"])
    kind = detail["type"]
    if kind == "extra_forbidden":
        path = data_path(loc, data, union_tags=True)
        allowed = _fields_at(root, loc[:-1], data)
        return Problem(_unknown_key(str(loc[-1]), allowed), *_position(path, source, key=True), field=format_path(path))
    if kind == "missing":
        path = data_path(loc, data, union_tags=True)
        return Problem(
            f"this field is required; add `{loc[-1]}:` here", *_position(path[:-1], source, key=False), field=format_path(path)
        )
    if kind == "union_tag_invalid":
        loc = (*loc, "kind")  # the tag is the `kind:` line's value
    return problem_at(loc, _message(detail), data, source, union_tags=True)


def _unknown_key(key: str, allowed: list[str]) -> str:
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    if close:
        return f"unknown field '{key}'; did you mean '{close[0]}'?"
    if allowed:
        return f"unknown field '{key}'; the fields here are: {', '.join(allowed)}"
    return f"unknown field '{key}'; remove it"


def _message(detail: ErrorDetails) -> str:
    kind, ctx, value = detail["type"], detail.get("ctx") or {}, detail.get("input")
    shown = repr(value) if not isinstance(value, (dict, list)) else ("a block" if isinstance(value, dict) else "a list")
    if value is None and kind.endswith(("_type", "_parsing")):
        # `venue:` with nothing after it: « expected text, got None » would not say what went wrong.
        return "this field is empty; write its value after the colon, or remove the line"
    match kind:
        case "union_tag_invalid" | "literal_error":
            expected = ctx.get("expected_tags") or ctx.get("expected", "")
            tag = ctx.get("tag", value)
            close = difflib.get_close_matches(str(tag), [t.strip(" '") for t in str(expected).split(",")], n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            return f"unknown kind '{tag}'; {hint}write one of: {expected}"
        case "union_tag_not_found":
            return f"this block needs a `kind:`; write one of the kinds listed in the README"
        case "date_from_datetime_parsing" | "date_from_datetime_inexact" | "date_parsing" | "date_type":
            return f"{shown} is not a date; write it as 2025-11-07 (year-month-day)"
        case "time_type" | "time_parsing":
            return f"{shown} is not a time of day; write it as 10:30 or 10h30"
        case "string_type":
            return f"expected text, got {shown}; put the text in quotes if it looks like a number or a date"
        case "list_type":
            return f"expected a list (lines starting with '- '), got {shown}"
        case "dict_type" | "model_type" | "model_attributes_type":
            return f"expected a block of `field: value` lines, got {shown}"
        case "int_type" | "int_parsing":
            return f"expected a whole number, got {shown}"
        case "bool_type" | "bool_parsing":
            return f"expected true or false, got {shown}"
        case "too_short" if isinstance(value, str):
            # `Text` checks its length after clean_text, so pydantic reports blank text with the generic
            # « too_short » of lists, not « string_too_short »: « needs at least 1 item(s) » would mislead.
            return "must not be empty; write the text or remove the line"
        case "too_short":
            return f"needs at least {ctx.get('min_length')} item(s); add more"
        case "too_long":
            return f"has too many items: at most {ctx.get('max_length')}"
        case "string_too_short":
            return "must not be empty; write the text or remove the line"
        case "string_pattern_mismatch":
            return f"{shown} is not a valid name here; use lower-case letters, digits, '-' and '_' (e.g. damien-conare)"
        case "value_error" | "assertion_error":
            return str(ctx.get("error", detail["msg"]))
    return detail["msg"]


def _dedupe(problems: list[Problem]) -> list[Problem]:
    """A value that fits no member of a union yields one error per member; keep the first per place."""
    seen: set[tuple[Any, ...]] = set()
    unique = []
    for problem in problems:
        key = (problem.file, problem.line, problem.column, problem.field)
        if key not in seen:
            seen.add(key)
            unique.append(problem)
    return unique


def _fields_at(root: type[BaseModel], loc: tuple[str | int, ...], data: Any) -> list[str]:
    """The field names allowed at `loc`, found by walking the model's annotations along the data.

    Union tags and member names in `loc` are skipped by `_walk`: stepping into them used to lose the data
    under a quiz question or a slide, so unknown keys there got no « did you mean ».
    """
    annotation: Any = root
    current: Any = data
    for part, value, found in _walk(loc, data, union_tags=True):
        if not found:
            return []
        model = _model_of(annotation, current)
        if model is not None and isinstance(part, str) and part in model.model_fields:
            annotation = model.model_fields[part].annotation
        else:
            annotation = _element_of(annotation)  # a list's item, or a value of a dict keyed by id
        current = value
    model = _model_of(annotation, current)
    return list(model.model_fields) if model is not None else []


def _model_of(annotation: Any, value: Any) -> type[BaseModel] | None:
    """The model an annotation means for this value: unwraps Annotated, Optional and tagged unions."""
    while get_origin(annotation) is typing.Annotated:
        annotation = get_args(annotation)[0]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if get_origin(annotation) in (Union, types.UnionType):
        models = [m for arg in get_args(annotation) if (m := _model_of(arg, value)) is not None]
        kind = value.get("kind") if isinstance(value, dict) else None
        for model in models:
            field = model.model_fields.get("kind")
            if field is not None and kind in get_args(field.annotation):
                return model
        return models[0] if len(models) == 1 else None
    return None


def _element_of(annotation: Any) -> Any:
    while get_origin(annotation) is typing.Annotated:
        annotation = get_args(annotation)[0]
    if get_origin(annotation) in (Union, types.UnionType):
        for arg in get_args(annotation):
            if get_origin(arg) in (list, dict):
                annotation = arg
                break
    args = get_args(annotation)
    if get_origin(annotation) is list and args:
        return args[0]
    if get_origin(annotation) is dict and len(args) == 2:
        return args[1]
    return annotation
