"""Dates and periods as people write them in a reply ("udsættes til 1. juni", "ny frist 01.06",
"push it to June 15th", "en uge mere"). Pure, standard library only (plus tovholder.core.dates' month
names).

Day first always, as in tovholder.core.dates. A date without a year is the next such day from
``today`` (a deadline moved to "15. januar" in December is next year's). A week number
("uge 23") is found but not resolved: which day of the week is meant is a guess, so the reply
goes to a person.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tovholder.core.dates import MONTHS

_MONTH = "|".join(sorted((m for m in MONTHS if m.isalpha()), key=len, reverse=True))
_ORD = r"(?:\.|st|nd|rd|th)?"
_NAMED_DAY_FIRST = re.compile(
    rf"(?<![\d.])(\d{{1,2}}){_ORD}\s*(?:of\s+|i\s+)?({_MONTH})\b\.?(?:,?\s+(\d{{4}}))?", re.I)
_NAMED_MONTH_FIRST = re.compile(
    rf"\b({_MONTH})\b\.?\s+(\d{{1,2}}){_ORD}(?![\d.:])(?:,?\s+(\d{{4}}))?", re.I)
_ISO = re.compile(r"(?<![\d.])(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_NUMERIC = re.compile(r"(?<![\d.:/,])(\d{1,2})[./-](\d{1,2})(?:[./-](\d{4}|\d{2}))?(?![\d:/]|[.,]\d)")
_CLOCK = re.compile(r"\b(?:kl|klokken|at)\.?\s*$", re.I)
_NUMBER_WORDS = {"en": 1, "et": 1, "én": 1, "ét": 1, "one": 1, "a": 1, "an": 1, "to": 2,
                 "two": 2, "tre": 3, "three": 3, "fire": 4, "four": 4, "fem": 5, "five": 5,
                 "seks": 6, "six": 6, "otte": 8, "eight": 8, "fjorten": 14, "fourteen": 14,
                 "par": 2, "couple": 2}
_PERIOD = re.compile(
    r"\b(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s+(?:(?:ekstra|mere|more|extra|of)\s+)?"
    r"(uger?s?|dage?s?|måned(?:er|s)?|weeks?|days?|months?)\b", re.I)
_WEEK_NUMBER = re.compile(r"\b(?:uge|week|wk)\.?\s*(\d{1,2})\b", re.I)


@dataclass(frozen=True)
class DateFound:
    start: int
    end: int
    day: dt.date | None = None  # a calendar date
    days: int = 0  # or a period ("en uge" = 7), counted from the current due date
    explicit_year: bool = False
    months: int = 0  # a period in calendar months ("en måned mere")

    @property
    def resolved(self) -> bool:
        return self.day is not None or self.days > 0 or self.months > 0

    def after(self, base: dt.date) -> dt.date:
        """The day a period ends, counted from ``base``."""
        if not self.months:
            return base + dt.timedelta(days=self.days)
        month = base.month - 1 + self.months
        year, month = base.year + month // 12, month % 12 + 1
        for day in range(base.day, 27, -1):
            try:
                return dt.date(year, month, day)
            except ValueError:
                continue
        return dt.date(year, month, min(base.day, 28))


def _make(year: int | None, month: int, day: int, today: dt.date) -> tuple[dt.date | None, bool]:
    try:
        if year is not None:
            return dt.date(year if year >= 100 else 2000 + year, month, day), True
        found = dt.date(today.year, month, day)
        return (found if found >= today else dt.date(today.year + 1, month, day)), False
    except ValueError:
        return None, False


def find_dates(text: str, today: dt.date) -> list[DateFound]:
    """Every date, period or week number in ``text``, in order; spans never overlap."""
    found: list[DateFound] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], day: dt.date | None = None, days: int = 0,
            explicit: bool = False, months: int = 0) -> None:
        if any(match.start() < e and s < match.end() for s, e in taken):
            return
        taken.append((match.start(), match.end()))
        found.append(DateFound(match.start(), match.end(), day, days, explicit, months))

    for m in _ISO.finditer(text):
        day, explicit = _make(int(m[1]), int(m[2]), int(m[3]), today)
        add(m, day, explicit=explicit)
    for m in _NAMED_DAY_FIRST.finditer(text):
        day, explicit = _make(int(m[3]) if m[3] else None, MONTHS[m[2].casefold()], int(m[1]),
                              today)
        add(m, day, explicit=explicit)
    for m in _NAMED_MONTH_FIRST.finditer(text):
        day, explicit = _make(int(m[3]) if m[3] else None, MONTHS[m[1].casefold()], int(m[2]),
                              today)
        add(m, day, explicit=explicit)
    for m in _NUMERIC.finditer(text):
        if _CLOCK.search(text[:m.start()]):
            continue  # "kl. 10.30" is a time of day
        day, explicit = _make(int(m[3]) if m[3] else None, int(m[2]), int(m[1]), today)
        if day is not None:
            add(m, day, explicit=explicit)
    for m in _WEEK_NUMBER.finditer(text):
        add(m)
    for m in _PERIOD.finditer(text):
        n = int(m[1]) if m[1].isdigit() else _NUMBER_WORDS[m[1].casefold()]
        unit = m[2].casefold()
        if unit.startswith(("måned", "month")):
            add(m, months=n)
        else:
            add(m, days=n * (7 if unit.startswith(("uge", "week")) else 1))
    return sorted(found, key=lambda f: f.start)
