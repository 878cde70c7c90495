"""pydantic's validation errors → problems an organiser can act on: where, which field, what to write."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from ..errors import Problem
from .yaml_source import Path_, SourceMap


def problems_from_validation(error: ValidationError, data: Any, source: SourceMap, root: type[BaseModel]) -> list[Problem]:
    problems = [_problem(detail, data, source, root) for detail in error.errors(include_url=False)]
    return _dedupe(problems)


def problem_at(loc: tuple[str | int, ...], message: str, data: Any, source: SourceMap, *, key: bool = False) -> Problem:
    """A problem at a model path, located in the file by the nearest path the source map knows."""
    path = data_path(loc, data)
    return Problem(message, *_position(path, source, key=key), field=format_path(path))


def data_path(loc: tuple[str | int, ...], data: Any) -> Path_:
    """The part of pydantic's `loc` that exists in the data (union tags such as 'round_table' are skipped)."""
    path: list[str | int] = []
    current = data
    for part in loc:
        if isinstance(current, dict) and part in current:
            current = current[part]
            path.append(part)
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            current = current[part]
            path.append(part)
        elif isinstance(current, (dict, list)) and isinstance(part, str) and not _is_tag_like(part, current):
            path.append(part)  # a missing or unknown key: keep it for the field name
            break
    return tuple(path)


def _is_tag_like(part: str, current: Any) -> bool:
    """pydantic inserts a union's tag (or a type name) into `loc`; those are not keys of the data."""
    if isinstance(current, dict):
        return current.get("kind") == part or part in {"str", "BulletItem", "function-after[clean_text(), str]"} or "[" in part
    return True


def format_path(path: Path_) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


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
        path = data_path(loc, data)
        allowed = _fields_at(root, loc[:-1], data)
        return Problem(_unknown_key(str(loc[-1]), allowed), *_position(path, source, key=True), field=format_path(path))
    if kind == "missing":
        path = data_path(loc, data)
        return Problem(
            f"this field is required; add `{loc[-1]}:` here", *_position(path[:-1], source, key=False), field=format_path(path)
        )
    if kind == "union_tag_invalid":
        loc = (*loc, "kind")  # the tag is the `kind:` line's value
    return problem_at(loc, _message(detail), data, source)


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
    match kind:
        case "union_tag_invalid" | "literal_error":
            expected = ctx.get("expected_tags") or ctx.get("expected", "")
            tag = ctx.get("tag", value)
            close = difflib.get_close_matches(str(tag), [t.strip(" '") for t in str(expected).split(",")], n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            return f"unknown kind '{tag}'; {hint}write one of: {expected}"
        case "union_tag_not_found":
            return f"this block needs a `kind:`; write one of the kinds listed in the README"
        case "date_from_datetime_parsing" | "date_parsing" | "date_type":
            return f"{shown} is not a date; write it as 2025-11-07 (year-month-day)"
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
    """The field names allowed at `loc`, found by walking the model's annotations along the data."""
    annotation: Any = root
    current: Any = data
    for part in loc:
        model = _model_of(annotation, current)
        if model is not None and isinstance(part, str) and part in model.model_fields:
            annotation = model.model_fields[part].annotation
        elif isinstance(part, int) or (isinstance(current, dict) and part in current):
            annotation = _element_of(annotation)
        if isinstance(current, dict):
            current = current.get(part)
        elif isinstance(current, list) and isinstance(part, int) and part < len(current):
            current = current[part]
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
