"""pydantic's validation errors → problems an organiser can act on: where, which field, what to write."""

from __future__ import annotations

import difflib
import functools
import re
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any, Union, get_args, get_origin

from msgspec import Struct
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from ..errors import Problem
from ..i18n import _, ngettext
from ..model.base import CLOCK_NUMBER, HEX_PATTERN, ID_PATTERN, LOCALE_PATTERN
from ..model.names import closest_id, folded, slug
from .dates import date_message
from .yaml_mistakes import lines_of, quoted, without_comment
from .yaml_source import Path_, Position, SourceMap, format_path

__all__ = ["data_path", "format_path", "problem_at", "problems_from_validation"]

# Type names pydantic puts in `loc` for the member of a plain (non-discriminated) union it tried.
_TYPE_NAMES = frozenset({"str", "int", "float", "bool", "date", "time", "list", "dict", "none", "constrained-str"})


Brands = Callable[[], list[str]]
"""The brands there are (brand.py's `known_brands`), asked only when a `brand:` is wrong."""


class _Context(Struct, frozen=True):
    """What every message may draw on: the data, where it was written, the model, the brands."""

    data: Any
    source: SourceMap
    root: type[BaseModel]
    brands: Brands | None = None


def problems_from_validation(
    error: ValidationError, data: Any, source: SourceMap, root: type[BaseModel], *, brands: Brands | None = None
) -> list[Problem]:
    context = _Context(data, source, root, brands)
    details = error.errors(include_url=False)
    # A block meant as a `text:`/`items:` bullet that has a mistake inside also fails the plain-text member
    # of the union (« expected text, got a block »), which would hide the real mistake among false ones.
    details = [detail for detail in details if not _other_member_meant(detail, details)]
    details = [detail for detail in details if not _only_misspelt(detail, details, data)]
    colons = _colons_in_text(details, context)
    problems = list(colons.values())
    for detail in details:
        path = data_path(tuple(detail["loc"]), data, union_tags=True)
        if not any(path[: len(item)] == item for item in colons):
            problems.append(_problem(detail, context))
    return _dedupe(problems)


def _only_misspelt(detail: ErrorDetails, details: list[ErrorDetails], data: Any) -> bool:
    """Whether this « required » error is for a field that is there, misspelt: its unknown key, reported
    with « did you mean », says all (`venu:` for `venue:`); « add `venue:` » would be noise."""
    if detail["type"] != "missing":
        return False
    loc = tuple(detail["loc"])
    block = data_path(loc[:-1], data, union_tags=True)
    for key in _unknown_keys(details, data, block):
        if _closest_field(key, [str(loc[-1])]):
            return True
    return False


def _unknown_keys(details: list[ErrorDetails], data: Any, block: Path_) -> list[str]:
    return [
        str(other["loc"][-1])
        for other in details
        if other["type"] == "extra_forbidden" and data_path(tuple(other["loc"])[:-1], data, union_tags=True) == block
    ]


def _closest_field(key: str, fields: list[str]) -> str | None:
    by_case = [name for name in fields if name.casefold() == key.casefold().strip()]
    french = FRENCH_NAMES.get(folded(key).replace(" ", "_").replace("-", "_"))
    by_meaning = [french] if french in fields else []
    close = by_case or by_meaning or difflib.get_close_matches(key, fields, n=1, cutoff=0.6)
    return close[0] if close else None


FRENCH_NAMES = {
    "titre": "title", "lieu": "venue", "salle_de": "venue", "ville": "city", "organisateur": "organiser",
    "organisatrice": "organiser", "partenaires": "sponsors", "financeurs": "sponsors",
    "soutiens": "sponsors", "personnes": "people", "intervenants": "speakers", "intervenant": "speakers",
    "intervenantes": "speakers", "orateurs": "speakers", "programme": "agenda", "ordre_du_jour": "agenda",
    "debut": "start", "heure": "start", "fin": "end", "nom": "name", "fonction": "role", "poste": "role",
    "structure": "organisation", "organisme": "organisation", "salle": "room",
    "choix": "choices", "reponses": "choices", "reponse": "answer", "bonne_reponse": "answer",
    "precision": "detail", "detail": "detail", "diapositives": "slides", "diapos": "slides", "puces": "items",
    "points": "items", "elements": "items", "texte": "text", "sorte": "kind", "type": "kind", "genre": "kind",
    "pied_de_page": "footer", "langue": "locale", "marque": "brand", "animateurs": "facilitators",
    "animatrices": "facilitators", "animateur": "facilitators", "hote": "host", "formation": "training",
    "ateliers": "workshops", "quizz": "quiz", "valeurs": "values", "unite": "unit", "legende": "caption",
    "source": "caption", "annee": "year", "saison": "season", "territoires": "territories", "membres": "members",
    "objectif": "objective", "public": "audience", "modalites": "modalities",
    "methode": "method", "calendrier": "calendar", "chiffres": "figures",
    "valeur": "value", "libelle": "label", "etiquette": "label", "citation": "paragraphs", "auteur": "author",
}
"""A field's name written in French (accents, capitals and spaces aside: « détail » is `detail`) → its name in deckgen: « lieu »
did not come close enough to « venue » for a « did you mean », and the organisers write French."""


# --- a colon in a list item's text -------------------------------------------------------------------------


def _colons_in_text(details: list[ErrorDetails], context: _Context) -> dict[Path_, Problem]:
    """`- Politiques publiques : Cocolupa` reads as a block with a field 'Politiques publiques': where text
    was expected, one message for the item (put it in quotes), instead of « add `text:` » and « unknown field »."""
    found: dict[Path_, Problem] = {}
    for detail in details:
        path = data_path(tuple(detail["loc"]), context.data, union_tags=True)
        for end in range(len(path), 0, -1):
            item = path[:end]
            if item not in found and _is_text_with_a_colon(item, context):
                found[item] = _colon_problem(item, context)
                break
    return found


def _is_text_with_a_colon(path: Path_, context: _Context) -> bool:
    value = _value_at(context.data, path)
    if not isinstance(value, dict) or len(value) != 1:
        return False
    (key,) = value
    inner = value[key]
    key_at, value_at = context.source.keys.get((*path, key)), context.source.values.get(path)
    if isinstance(inner, (dict, list)) or key_at is None or value_at is None or key_at.line != value_at.line:
        return False
    written = _line_at(key_at)
    spaced = re.match(rf"\s*{re.escape(key)}\s+:", written[key_at.column - 1 :]) is not None
    return (spaced or re.fullmatch(r"[a-z0-9_]+", key) is None) and _accepts_text(context.root, path, context.data)


def _colon_problem(path: Path_, context: _Context) -> Problem:
    (key,) = _value_at(context.data, path)
    position = context.source.keys[(*path, key)]
    written = _line_at(position)
    prefix, text = written[: position.column - 1], without_comment(written[position.column - 1 :]).rstrip()
    if prefix.rstrip().endswith(("[", "{", ",")):  # inside `[…]`: the rest of the line is not the item alone
        message = _("this text holds a colon followed by a space, which YAML reads as the start of a new field; put the text in quotes")
    else:
        message = _(
            "this text holds a colon followed by a space, which YAML reads as the start of a new field; put the "
            "whole text in quotes: `{fixed}`"
        ).format(fixed=(prefix + quoted(text)).rstrip())
    return Problem(message, position.file, position.line, position.column, field=format_path(path))


def _value_at(data: Any, path: Path_) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _line_at(position: Position) -> str:
    """The line of the file at `position`, as written (for the hints that rewrite it)."""
    lines = _file_lines(position.file, _stamp(position.file))
    return lines[position.line - 1] if 0 < position.line <= len(lines) else ""


def _stamp(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


@functools.lru_cache(maxsize=8)
def _file_lines(path: Path, stamp: int) -> list[str]:  # `stamp`: a file saved again is read again
    try:
        return lines_of(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError):
        return []


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


def _problem(detail: ErrorDetails, context: _Context) -> Problem:
    data, source, root = context.data, context.source, context.root
    loc = tuple(detail["loc"])
    kind = detail["type"]
    if kind == "extra_forbidden":
        path = data_path(loc, data, union_tags=True)
        allowed = _fields_at(root, loc[:-1], data)
        return Problem(_unknown_key(str(loc[-1]), allowed), *_position(path, source, key=True), field=format_path(path))
    if kind == "missing":
        path = data_path(loc, data, union_tags=True)
        message = _("this field is required; add `{key}:` here").format(key=loc[-1])
        return Problem(message, *_position(path[:-1], source, key=False), field=format_path(path))
    if kind == "union_tag_invalid":
        loc = (*loc, "kind")  # the tag is the `kind:` line's value
    path = data_path(loc, data, union_tags=True)
    return problem_at(loc, _message(detail, _Typed.of(detail, path, loc, context), context), data, source, union_tags=True)


_INVISIBLE = re.compile("[\u00a0\u2007\u202f\u200b\u200c\u200d\u2060\ufeff\u00ad]")
"""Characters a copy-paste brings that show as a space or as nothing: `city\u00a0:` is no `city:`."""


def _unknown_key(key: str, allowed: list[str]) -> str:
    hidden = _INVISIBLE.search(key)
    if hidden and _INVISIBLE.sub("", key).strip() in allowed:
        return _(
            "the name '{name}' holds an invisible character (U+{code:04X}, it comes with a copy-paste); "
            "delete the line's name and type it again: `{name}:`"
        ).format(name=_INVISIBLE.sub("", key).strip(), code=ord(hidden.group()))
    close = _closest_field(key, allowed)
    if close:
        return _("unknown field '{key}'; did you mean '{close}'?").format(key=key, close=close)
    if allowed:
        return _("unknown field '{key}'; the fields here are: {fields}").format(key=key, fields=", ".join(allowed))
    return _("unknown field '{key}'; remove it").format(key=key)


class _Typed(Struct, frozen=True):
    """A wrong value as the user wrote it, and what the messages say of it."""

    shown: str  # the value as typed, in quotes, or « a list »
    typed: str | None  # the text as typed, for a scalar
    key: str  # the field's name, to write the line out
    indent: str  # the spaces before the value, when it is on a line of its own
    path: Path_
    required: bool  # whether the field cannot be left out (so « remove the line » would mislead)

    @classmethod
    def of(cls, detail: ErrorDetails, path: Path_, loc: tuple[str | int, ...], context: _Context) -> _Typed:
        value = detail.get("input")
        typed = context.source.typed.get(path)
        if typed is None and isinstance(value, str):
            typed = value
        elif typed is None and not isinstance(value, (dict, list)) and value is not None:
            typed = str(value)
        if isinstance(value, dict):
            shown = _("a group of fields")
        elif isinstance(value, list):
            shown = _("a list")
        elif isinstance(value, str):
            shown = f"'{typed}'"
        else:  # a number or true/false, as typed: 10.30, not 10.3
            shown = str(typed)
        key = next((str(part) for part in reversed(path) if isinstance(part, str)), "")
        at, key_at = context.source.values.get(path), context.source.keys.get(path)
        own_line = at is not None and (key_at is None or key_at.line != at.line)
        indent = " " * (at.column - 1) if at is not None and own_line else ""
        return cls(shown, typed, key, indent, path, _is_required(context.root, loc, context.data))


def _message(detail: ErrorDetails, typed: _Typed, context: _Context) -> str:
    kind, ctx, value = detail["type"], detail.get("ctx") or {}, detail.get("input")
    shown = typed.shown
    if value is None and kind.endswith(("_type", "_parsing")):
        # `venue:` with nothing after it: « expected text, got None » would not say what went wrong.
        if typed.required:
            return _("this field is empty; write its value after the colon (it cannot be left out)")
        return _("this field is empty; write its value after the colon, or remove the line")
    match kind:
        case "union_tag_invalid" | "literal_error":
            expected = ctx.get("expected_tags") or ctx.get("expected", "")
            tag = ctx.get("tag", value)
            close = difflib.get_close_matches(str(tag), [t.strip(" '") for t in str(expected).split(",")], n=1)
            if close:
                return _("unknown kind '{tag}'; did you mean '{close}'? write one of: {kinds}").format(tag=tag, close=close[0], kinds=expected)
            return _("unknown kind '{tag}'; write one of: {kinds}").format(tag=tag, kinds=expected)
        case "union_tag_not_found":
            return _("this item needs a `kind:`; write one of the kinds listed in the README")
        case "date_from_datetime_parsing" | "date_from_datetime_inexact" | "date_parsing" | "date_type":
            return date_message(typed.typed or str(value), typed.key)
        case "time_type" | "time_parsing":
            return _("{value} is not a time of day; write it as \"10:30\" or 10h30").format(value=shown)
        case _ if kind == CLOCK_NUMBER:
            return _clock_number(typed)
        case "string_type":
            return _("expected text, got {value}; put the text in quotes if it looks like a number or a date").format(value=shown)
        case "list_type":
            return _list_expected(typed)
        case "dict_type" | "model_type" | "model_attributes_type":
            if isinstance(value, str) and re.match(r"^[A-Za-z_][\w-]*:\S", value):
                return _("a space is needed after the colon of `{key}`: `{fixed}`").format(
                    key=value.split(":", 1)[0], fixed=value.replace(":", ": ", 1)
                )
            return _("expected `field: value` lines, got {value}").format(value=shown)
        case "int_type" | "int_parsing":
            return _("expected a whole number, got {value}").format(value=shown)
        case "bool_type" | "bool_parsing":
            return _("expected true or false, got {value}").format(value=shown)
        case "too_short" if isinstance(value, str):
            # `Text` checks its length after clean_text, so pydantic reports blank text with the generic
            # « too_short » of lists, not « string_too_short »: « needs at least 1 item(s) » would mislead.
            return _empty_text(typed)
        case "too_short":
            count = int(ctx.get("min_length") or 1)
            return ngettext("needs at least {count} item; add more", "needs at least {count} items; add more", count).format(count=count)
        case "too_long":
            return _("has too many items: at most {count}").format(count=ctx.get("max_length"))
        case "string_too_short":
            return _empty_text(typed)
        case "string_pattern_mismatch" if ctx.get("pattern") == ID_PATTERN:
            return _not_an_id(typed, context)
        case "string_pattern_mismatch" if ctx.get("pattern") == HEX_PATTERN:
            return _("{value} is not a colour; write it as six hexadecimal digits (0 to 9, A to F), in quotes, e.g. \"0B4F6C\" or \"#0B4F6C\"").format(value=shown)
        case "string_pattern_mismatch" if ctx.get("pattern") == LOCALE_PATTERN:
            return _("{value} is not a language code; write fr or en, or a region of them such as fr_BE").format(value=shown)
        case "string_pattern_mismatch":
            return _("{value} is not written as expected here").format(value=shown)
        case "int_from_float":
            return _("expected a whole number, got {value}; write it without decimals").format(value=shown)
        case "float_type" | "float_parsing":
            return _("expected a number, got {value}; write it with digits, e.g. 12.5").format(value=shown)
        case "value_error" | "assertion_error":
            return str(ctx.get("error", detail["msg"]))
        case "greater_than" | "greater_than_equal" | "less_than" | "less_than_equal":
            bound = {
                "greater_than": _("more than {limit}"), "greater_than_equal": _("at least {limit}"),
                "less_than": _("less than {limit}"), "less_than_equal": _("at most {limit}"),
            }[kind].format(limit=next(iter(ctx.values()), ""))
            return _("{value} is out of range; write a number {bound}").format(value=shown, bound=bound)
    # pydantic's own sentence is English and speaks of types: say what is wrong in the user's words instead.
    return _("{value} cannot be used here; see what this field takes in the README").format(value=shown)


def _empty_text(typed: _Typed) -> str:
    if typed.required:
        return _("must not be empty; write the text")
    return _("must not be empty; write the text or remove the line")


def _clock_number(typed: _Typed) -> str:
    """`start: 10.30`: YAML read a number (10.3); the message shows what was typed, and the time to write."""
    written = typed.typed or ""
    parts = re.fullmatch(r"\s*(\d{1,2})[.,](\d{2})\s*", written)
    fixed = f'"{int(parts[1])}:{parts[2]}"' if parts else '"10:30"'
    return _("{typed} is read as a number, not a time; write the time in quotes: `{key}: {fixed}`").format(
        typed=written, key=typed.key, fixed=fixed
    )


def _list_expected(typed: _Typed) -> str:
    """A text where a list is expected: `speakers: eric-pelisson`, or `-Démocratie` without its space."""
    text = typed.typed
    if text is not None and re.match(r"^-[^\s-]", text):
        first = text.split(" - ")[0]
        fixed = typed.indent + "- " + first[1:]
        return _("a space is needed after the dash of a list item: `{fixed}`").format(fixed=fixed)
    if text is not None and typed.indent:
        return _("expected a list, got {value}; start each item with a dash: `{fixed}`").format(
            value=typed.shown, fixed=typed.indent + "- " + text
        )
    if text is not None:
        return _("expected a list, got {value}; write the items in brackets: `{key}: [{text}]`").format(
            value=typed.shown, key=typed.key, text=text
        )
    return _("expected a list (lines starting with `- `), got {value}").format(value=typed.shown)


_REFERENCES = {
    "speakers": "people",
    "speaker": "people",
    "facilitators": "people",
    "organiser": "organisations",
    "sponsors": "organisations",
    "host": "organisations",
}
"""Fields whose values are ids of the event's people or organisations."""


def _not_an_id(typed: _Typed, context: _Context) -> str:
    """A value that is not an id: if it names a known one (by its name, other capitals), that one."""
    text = typed.typed or ""
    known = _known_ids(typed.key, context)
    meant = closest_id(text, known) if known else None
    if meant is not None and meant != text:  # the same invalid id, written where it is defined and used
        return _("'{typed}' is not an id; did you mean '{id}'? (ids are written in lower case, with '-' between words)").format(typed=text, id=meant)
    if typed.key in _REFERENCES and known and text not in known:
        return _("'{typed}' is not an id; write one of those under `{section}:` ({known})").format(
            typed=text, section=_REFERENCES[typed.key], known=", ".join(known)
        )
    if not text.isascii():
        return _("'{typed}' is not a valid id; write it in lower case without accents, with '-' between words: '{id}' "
                 "(the same everywhere it is used)").format(typed=text, id=slug(text) or "damien-conare")
    return _("'{typed}' is not a valid id; write it in lower case, with '-' between words: '{id}'").format(
        typed=text, id=slug(text) or "damien-conare"
    )


def _known_ids(key: str, context: _Context) -> dict[str, str | None]:
    """The ids a field refers to (id → display name): the event's people or organisations, or the brands."""
    if key == "brand" and context.brands is not None:
        return {brand: None for brand in context.brands()}
    section = _REFERENCES.get(key)
    entries = context.data.get(section) if section and isinstance(context.data, dict) else None
    if not isinstance(entries, dict):
        return {}
    return {str(id_): (entry.get("name") if isinstance(entry, dict) else None) for id_, entry in entries.items()}


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
    found = _annotation_at(root, loc, data, union_tags=True)
    model = _model_of(*found) if found is not None else None
    return list(model.model_fields) if model is not None else []


def _annotation_at(root: type[BaseModel], loc: tuple[str | int, ...], data: Any, *, union_tags: bool) -> tuple[Any, Any] | None:
    """The annotation of the value at `loc`, with that value; None where the data does not reach."""
    annotation: Any = root
    current: Any = data
    for part, value, found in _walk(loc, data, union_tags=union_tags):
        if not found:
            return None
        model = _model_of(annotation, current)
        if model is not None and isinstance(part, str) and part in model.model_fields:
            annotation = model.model_fields[part].annotation
        else:
            annotation = _element_of(annotation)  # a list's item, or a value of a dict keyed by id
        current = value
    return annotation, current


def _is_required(root: type[BaseModel], loc: tuple[str | int, ...], data: Any) -> bool:
    """Whether the field `loc` ends with must be there (a list's item, or a key of a dict, is not)."""
    if not loc or not isinstance(loc[-1], str):
        return False
    found = _annotation_at(root, loc[:-1], data, union_tags=True)
    model = _model_of(*found) if found is not None else None
    field = model.model_fields.get(loc[-1]) if model is not None else None
    return field is not None and field.is_required()


def _accepts_text(root: type[BaseModel], path: Path_, data: Any) -> bool:
    """Whether the value at a data path may be plain text (a bullet, a paragraph, a title)."""
    found = _annotation_at(root, path, data, union_tags=False)
    if found is None:
        return False
    annotation = found[0]
    while get_origin(annotation) is typing.Annotated:
        annotation = get_args(annotation)[0]
    members = get_args(annotation) if get_origin(annotation) in (Union, types.UnionType) else (annotation,)
    for member in members:
        while get_origin(member) is typing.Annotated:
            member = get_args(member)[0]
        if member is str:
            return True
    return False


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
