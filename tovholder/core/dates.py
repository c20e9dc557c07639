"""Dates and times as a Danish chair types them, and as people write them in an email.

Parsing is day-first always ("11-05-2022" is 11 May): that is how dates are written in Denmark,
and guessing month-first for some inputs would silently move meetings.
"""

from __future__ import annotations

import datetime as dt
import re

from babel.dates import format_date

from tovholder.core.i18n import DEFAULT, languages, t
from tovholder.core.text import fold

MONTHS = {
    # Danish and English month names and their usual abbreviations, folded (see schema.fold)
    **{m: i for i, names in enumerate([
        ("januar", "january", "jan"), ("februar", "february", "feb"),
        ("marts", "march", "mar", "mrz"), ("april", "apr"), ("maj", "may"),
        ("juni", "june", "jun"), ("juli", "july", "jul"), ("august", "aug"),
        ("september", "sep", "sept"), ("oktober", "october", "okt", "oct"),
        ("november", "nov"), ("december", "dec"),
    ], start=1) for m in names},
}

_NUMERIC = re.compile(r"^(\d{1,4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{2,4})$")
_NAMED = re.compile(r"^(?:[a-zæøå]+\.?,?\s+)?(?:den\s+)?(\d{1,2})\.?\s+([a-zæøå]+)\.?,?\s+(\d{4})$",
                    re.IGNORECASE)
_TIME = re.compile(r"^(?:kl\.?\s*)?(\d{1,2})(?:\s*[.:]\s*(\d{2}))?(?:\s*[.:]\s*\d{2})?$",
                   re.IGNORECASE)


def parse_date(value: object) -> dt.date | None:
    """A date from a cell; None for an empty cell; ValueError for something that is not a date.

    >>> parse_date("11.5.2022"), parse_date("2022-05-11"), parse_date("11. maj 2022")
    (datetime.date(2022, 5, 11), datetime.date(2022, 5, 11), datetime.date(2022, 5, 11))
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    if " " in text and re.match(r"^\d{4}-\d{2}-\d{2}[ T]\d", text):
        text = text[:10]  # "2022-05-11 00:00:00" as some exports write a date cell
    match = _NUMERIC.match(text)
    if match:
        a, b, c = match.groups()
        if len(a) == 4:  # ISO: year first
            return _build(int(a), int(b), int(c), text)
        year = int(c) + (2000 if len(c) == 2 else 0)
        if len(c) == 3:
            raise ValueError(text)
        return _build(year, int(b), int(a), text)
    match = _NAMED.match(text)
    if match:
        day, month_name, year_text = match.groups()
        month = MONTHS.get(fold(month_name))
        if month:
            return _build(int(year_text), month, int(day), text)
    raise ValueError(text)


def _build(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(text) from None


def parse_time(value: object) -> dt.time | None:
    """A clock time from a cell ("9", "9.00", "09:30", "kl. 13"); None if empty; else ValueError."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.time()
    if isinstance(value, dt.time):
        return value
    if isinstance(value, float) and 0 <= value < 1:  # a spreadsheet time is a fraction of a day
        minutes = round(value * 24 * 60)
        return dt.time(minutes // 60, minutes % 60)
    text = str(value).strip()
    if not text:
        return None
    match = _TIME.match(text)
    if not match:
        raise ValueError(text)
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        raise ValueError(text)
    return dt.time(hour, minute)


def _locale(lang: str) -> str:
    return lang if lang in languages() else DEFAULT


def format_long_date(day: dt.date, lang: str) -> str:
    """'onsdag den 11. maj 2022' / 'Wednesday 11 May 2022' (the pattern is in the catalog)."""
    return format_date(day, t(lang, "date.long"), locale=_locale(lang))


def format_short_date(day: dt.date, lang: str) -> str:
    """'11. maj 2022' / '11 May 2022'."""
    return format_date(day, t(lang, "date.short"), locale=_locale(lang))


def format_time(moment: dt.time, lang: str) -> str:
    """'9.00' in Danish (written 'kl. 9.00'), '9:00' in English."""
    return t(lang, "date.time", hour=moment.hour, minute=f"{moment.minute:02d}")


def format_when(day: dt.date, start: dt.time | None, end: dt.time | None, lang: str) -> str:
    """'onsdag den 11. maj 2022 kl. 9.00–12.00' / 'Wednesday 11 May 2022, 9:00–12:00'."""
    text = format_long_date(day, lang)
    if start is None:
        return text
    span = format_time(start, lang) + (f"–{format_time(end, lang)}" if end else "")
    return t(lang, "date.when", date=text, time=span)
