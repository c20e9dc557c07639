"""Working days: Monday to Friday, except public holidays and the days the group says its
members' offices are closed. Pure.

Public holidays come from the ``holidays`` package (its calendar for Denmark knows the movable
feasts around Easter and Whitsun, and that Store Bededag was abolished from 2024), never from a
hand-written list. 24 and 31 December are not public holidays, but most municipalities close:
the caller passes such extra closed days as "MM-DD" strings ([schedule] closed_days).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable

import holidays

COUNTRY = "DK"
ONE_DAY = dt.timedelta(days=1)


@functools.lru_cache(maxsize=64)
def public_holidays(year: int, country: str = COUNTRY) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays(country, years=year))


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of "MM-DD" (e.g. "12-24"), or None when it is not a day of the year."""
    month, sep, day = text.strip().partition("-")
    if not sep or not month.isdigit() or not day.isdigit():
        return None
    try:
        dt.date(2024, int(month), int(day))  # a leap year: "02-29" is a day of the year
    except ValueError:
        return None
    return int(month), int(day)


def is_working_day(day: dt.date, country: str = COUNTRY, closed: Iterable[str] = ()) -> bool:
    if day.weekday() >= 5 or day in public_holidays(day.year, country):
        return False
    return (day.month, day.day) not in {month_day(c) for c in closed}


def next_working_day(day: dt.date, country: str = COUNTRY, closed: Iterable[str] = ()) -> dt.date:
    """``day`` itself if it is a working day, else the first working day after it."""
    closed = tuple(closed)
    while not is_working_day(day, country, closed):
        day += ONE_DAY
    return day


def working_day_before(day: dt.date, country: str = COUNTRY, closed: Iterable[str] = ()
                       ) -> dt.date:
    """``day`` itself if it is a working day, else the last working day before it (a deadline
    on a Saturday is announced as the Friday)."""
    closed = tuple(closed)
    while not is_working_day(day, country, closed):
        day -= ONE_DAY
    return day


def working_days_before(day: dt.date, n: int, country: str = COUNTRY,
                        closed: Iterable[str] = ()) -> dt.date:
    """The date ``n`` working days before ``day`` (Friday is one working day before Monday)."""
    closed = tuple(closed)
    while n > 0:
        day -= ONE_DAY
        if is_working_day(day, country, closed):
            n -= 1
    return day
