"""Shared building blocks of the event model: strict models, clean text, clock times, ids."""

from __future__ import annotations

import re
import unicodedata
from datetime import time
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, StringConstraints
from pydantic_core import PydanticCustomError

from ..i18n import _
from .docs import describe_fields

# Line-separating characters a word processor pastes in; each becomes a plain line break.
_LINE_BREAKS = re.compile("\r\n|[\r\v\f\u2028\u2029\x85]")


def clean_text(value: str) -> str:
    """Text as it may reach a slide: line breaks normalised, nothing invisible or invalid left.

    XML cannot hold control characters and lone surrogates (PowerPoint refuses to open a slide with one),
    so they are turned into line breaks where they mean one, and refused otherwise.
    """
    value = _LINE_BREAKS.sub("\n", value).replace("\t", " ")
    for position, char in enumerate(value, start=1):
        if char == "\n":
            continue
        code = ord(char)
        category = unicodedata.category(char)
        if category == "Cc" or category == "Cs" or (code & 0xFFFE) == 0xFFFE or 0xFDD0 <= code <= 0xFDEF:
            raise ValueError(
                _(
                    "contains the invisible character U+{code:04X} at position {position}; delete it "
                    "(it often comes from a copy-paste)"
                ).format(code=code, position=position)
            )
    return value.strip()


Text = Annotated[str, AfterValidator(clean_text), StringConstraints(min_length=1)]
"""A non-empty piece of slide text; `**bold**` and `*italic*` mark emphasis as in the seed deck."""


def _whole_number_as_text(value: object) -> object:
    """`name: 2024`, `code: 11` reach the model as numbers: they are the texts « 2024 », « 11 » (YAML reads
    only digits without a leading zero as a number, so the text is the one written)."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


NumberText = Annotated[Text, BeforeValidator(_whole_number_as_text)]
"""A text that may be a whole number written without quotes: a year naming a series, a département's code."""


def _oui_non(value: object) -> object:
    """`oui` and `non` as true and false, as `yes` and `no` are (pydantic reads those)."""
    if isinstance(value, str) and value.strip().casefold() in ("oui", "non"):
        return value.strip().casefold() == "oui"
    return value


Flag = Annotated[bool, BeforeValidator(_oui_non)]
"""true or false; `oui`, `non`, `yes`, `no` read so too."""


ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
HEX_PATTERN = r"^[0-9A-Fa-f]{6}$"
"""A colour: six hexadecimal digits (brand.yaml); written with its `#`, it is read without it."""
LOCALE_PATTERN = r"^[a-z]{2}(_[A-Z]{2})?$"
"""A deck's language: `fr`, `en`, or one of their regions (`fr_BE`); `FR` and `fr-BE` are read so too."""
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
"""A short reference name: lower-case letters, digits, '-' and '_' (e.g. `damien-conare`)."""

_CLOCK = re.compile(r"^\s*(\d{1,2})\s*(?:[:h.]\s*(\d{2})?)?\s*$", re.IGNORECASE)


def parse_clock(value: object) -> object:
    """Accept the ways organisers write a time of day: `10:30`, `10h30`, `10h`, `9:05`."""
    # Unquoted `start: 10` reaches us as an int and `start: 10.30` as a float. pydantic would read a number
    # as seconds after midnight in UTC (00:00:10+00:00), a time the agenda checks cannot even compare with
    # the others (TypeError). An int is an hour, as "10" is; a float has lost its digits (10.30 -> 10.3), so
    # its error has a type of its own: the loader echoes the text as typed, from the YAML (load/messages.py).
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    elif isinstance(value, float):
        raise PydanticCustomError(CLOCK_NUMBER, "a time of day written as a number: {value}", {"value": value})
    if not isinstance(value, str):
        return value
    match = _CLOCK.match(value)
    if not match:
        digits = re.fullmatch(r"\s*(\d{1,2})(\d{2})\s*", value)
        if digits:  # `start: 1030`
            raise ValueError(
                _("'{value}' is not a time of day; write it as \"{hour}:{minute}\"").format(
                    value=value, hour=digits[1], minute=digits[2]
                )
            )
        raise ValueError(_("'{value}' is not a time of day; write it as \"10:30\" or 10h30").format(value=value))
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        raise ValueError(_("'{value}' is not a time of day (hours 0-23, minutes 0-59)").format(value=value))
    return time(hour, minute)


CLOCK_NUMBER = "clock_number"
"""The error type of a time YAML read as a number (`start: 10.30`)."""


ClockTime = Annotated[time, BeforeValidator(parse_clock)]
"""A time of day, written `10:30` or `10h30`."""


class Strict(BaseModel):
    """Base of every model: unknown keys are errors, values are immutable, fields documented."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        str_strip_whitespace=True,
        # The fields' docstrings become their descriptions in the JSON schema, read only when one is made
        # (pydantic's own `use_attribute_docstrings` would parse every class's source at import; see docs.py).
        json_schema_extra=describe_fields,
        # Most models are only ever validated inside an Event: building a validator for each of them at
        # import would be work thrown away. pydantic builds one when a model is first used on its own.
        defer_build=True,
    )
