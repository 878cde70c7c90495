"""Dates, times and durations in the deck's locale, by Babel."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from babel.dates import format_date, format_time, format_timedelta

from .labels import Labels


def long_date(day: date, locale: str) -> str:
    """« vendredi 7 novembre 2025 » in fr, « Friday, November 7, 2025 » in en: with its weekday, as a
    programme announces a day."""
    return format_date(day, format="full", locale=locale)


def clock(moment: time, locale: str, labels: Labels) -> str:
    """« 10h », « 14h15 » in fr; « 10:00 AM », « 2:15 PM » in en."""
    pattern = labels.time_whole_hour if moment.minute == 0 else labels.time
    return format_time(moment, pattern, locale=locale)


def minutes_between(start: time, end: time) -> int:
    today = date(2000, 1, 1)
    return int((datetime.combine(today, end) - datetime.combine(today, start)).total_seconds() // 60)


def duration(minutes: int, locale: str) -> str:
    """« 15 minutes », « 90 minutes »: counted in minutes up to ten hours, never rounded to hours."""
    return format_timedelta(timedelta(minutes=minutes), granularity="minute", threshold=10, locale=locale)
