"""A YAML scalar's value by the YAML 1.2 core schema, as ruamel.yaml resolved it for deckgen before libyaml.

libyaml gives every scalar as text; PyYAML's own resolver follows YAML 1.1, where `yes`, `no`, `on` and
`off` are booleans (« Norway problem ») and `1:20` a number in base 60. A deck's words must stay words.
"""

from __future__ import annotations

import math
import re
from typing import Any

from yaml.events import ScalarEvent

_NULL = frozenset({"", "~", "null", "Null", "NULL"})
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_NUMERIC_START = frozenset("-+.0123456789")
_FLOAT = re.compile(
    r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
    |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
    |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN))$""",
    re.X,
)
"""The YAML 1.2 float, as ruamel.yaml resolved it (digits may be grouped with `_`)."""
_INT = re.compile(r"^[-+]?(0|[1-9][0-9_]*)$")
"""Decimal integers only: `0x10`, `0o17` and `030` stay text (a room number, a code), as they always have."""
_DOT_GROUPED = re.compile(r"^[-+]?[1-9][0-9]{0,2}(?:\.[0-9]{3})+$")
"""`16.800`, `1.250.000`: thousands grouped with dots, as in French or German, or a decimal with three
places. Kept as typed: the model asks which was meant (model/content.py), where YAML would read 16.8."""


def scalar_value(event: ScalarEvent) -> Any:
    """A scalar's value; timestamps stay text, for pydantic to parse and locate."""
    value = event.value
    if event.style:
        return value  # quoted or block scalar: always text
    if event.tag is None or event.tag == "!":
        return _plain(value)
    return _tagged(event.tag, value)


def _plain(value: str) -> Any:
    """A plain scalar by the YAML 1.2 core schema: null, bool, int, finite float, or else text."""
    if value in _NULL:
        return None
    if value in _BOOL:
        return _BOOL[value]
    if value[0] not in _NUMERIC_START:
        return value  # most scalars are words: no pattern to try
    if _DOT_GROUPED.match(value):
        return value
    if _FLOAT.match(value):
        return _float(value)
    if _INT.match(value):
        return int(value.replace("_", ""))
    return value


def _tagged(tag: str, value: str) -> Any:
    """A scalar with an explicit tag: the tag decides (`!!str 10` is text, `!!int 7` a number)."""
    if tag.endswith(":null"):
        return None
    if tag.endswith(":bool"):
        return value.lower() == "true"
    if tag.endswith(":int") and _INT.match(value):
        return int(value.replace("_", ""))
    if tag.endswith(":float"):
        return _float(value)
    return value


def _float(value: str) -> float | str:
    """`.inf` and `.nan` stay text: no field of a deck takes them, and pydantic says so at their place."""
    try:
        number = float(value.replace("_", ""))
    except ValueError:
        return value
    return number if math.isfinite(number) else value
