"""A date as the organiser typed it (`19/03/2026`, `19 mars 2026`, `November 7, 2025`, `2025-11-31`) → what
to write instead, made from it: its year-month-day form, or why no such day exists.

Month names come from Babel's locale data, in French and English, full and abbreviated; they are compared
without accents or capitals, so `fevrier` and `Février` are February alike.
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date

from ..i18n import _, language
from ..model.names import folded

_NUMBERS = re.compile(r"^(\d{1,4})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{1,4})$")
_DAY_FIRST = re.compile(r"^(?:[^\W\d]+,?\s+)?(\d{1,2})(?:er|e|st|nd|rd|th)?\s+([^\W\d]+)\.?,?\s+(\d{4})$")
_MONTH_FIRST = re.compile(r"^(?:[^\W\d]+,?\s+)?([^\W\d]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_WITH_TIME = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2})[T ]\d")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def date_message(typed: str, key: str) -> str:
    """What is wrong with `typed` as the value of `key:`, and the line to write."""
    read = _read(typed.strip())
    if read is None:
        return _("'{typed}' is not a date; write it year-month-day, e.g. `{key}: 2025-11-07`").format(typed=typed, key=key)
    year, month, day, iso_shaped = read
    iso_shaped = iso_shaped and _WITH_TIME.match(typed.strip()) is None
    impossible = _impossible(year, month, day)
    if impossible:
        return _("'{typed}' is not a date: {why}").format(typed=typed, why=impossible)
    written = date(year, month, day).isoformat()
    if iso_shaped:  # well formed and possible, yet refused: say the form
        return _("'{typed}' is not a date; write it year-month-day, e.g. `{key}: 2025-11-07`").format(typed=typed, key=key)
    return _("'{typed}' is not written year-month-day; write `{key}: {written}`").format(typed=typed, key=key, written=written)


def _read(typed: str) -> tuple[int, int, int, bool] | None:
    """(year, month, day, whether it was written year-month-day already), or None if it cannot be read."""
    with_time = _WITH_TIME.match(typed)
    if with_time:  # `2025-11-07T10:00`: the day is there, the time has no place in it
        typed = with_time[1]
    numbers = _NUMBERS.match(typed)
    if numbers:
        first, separator, second, third = numbers.groups()
        if len(first) == 4:
            return int(first), int(second), int(third), separator == "-"
        if len(third) == 4:
            day, month = int(first), int(second)
            if month > 12 >= day:  # 03/19/2026: written month first, as in English
                day, month = month, day
            return int(third), month, day, False
        return None
    compact = _COMPACT.match(typed)
    if compact:
        return int(compact[1]), int(compact[2]), int(compact[3]), False
    clean = folded(typed)
    for pattern, day_group, month_group in ((_DAY_FIRST, 1, 2), (_MONTH_FIRST, 2, 1)):
        match = pattern.match(clean)
        if match and match[month_group] in _months():
            return int(match[3]), _months()[match[month_group]], int(match[day_group]), False
    return None


@functools.cache
def _months() -> dict[str, int]:
    """Month names in French and English, full and abbreviated, folded → month number."""
    from babel.dates import get_month_names  # Babel's locale data is read only when a date is wrong

    names: dict[str, int] = {}
    for locale in ("fr", "en"):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=locale).items():
                    names[folded(name).rstrip(".")] = number
    return names


def _impossible(year: int, month: int, day: int) -> str | None:
    """Why there is no such day, in the user's language; None if there is."""
    if not 1 <= month <= 12:
        return _("there is no month {month}; months go from 1 to 12").format(month=month)
    length = calendar.monthrange(year, month)[1]
    if 1 <= day <= length:
        return None
    if month == 2 and day == 29:
        return _("{year} is not a leap year, so {month} has only 28 days").format(year=year, month=_month_name(2))
    return _("{month} has only {days} days").format(month=_month_name(month), days=length)


def _month_name(month: int) -> str:
    from babel.dates import get_month_names

    return str(get_month_names("wide", "stand-alone", locale=language())[month])
