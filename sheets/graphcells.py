"""What Excel's workbook API (Microsoft Graph) hands back, as the grid a backend returns. Pure.

A worksheet's ``usedRange`` comes as an ``address`` (``'Bob''s tab'!B2:F9``: the used part need
not start at A1), ``values`` (numbers, text, booleans; a date is its serial number) and
``numberFormat`` (a format code per cell). :func:`grid` puts the values back at their row and
column, and turns a number whose format shows a date or a time into a ``datetime.date``,
``datetime.datetime`` or ``datetime.time``, as openpyxl does for the local .xlsx: the parser then
reads the same cell the same way from either workbook, whatever the locale of the file.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from tovholder.sheets.batch import Cell

EPOCH = dt.datetime(1899, 12, 30)  # Excel's 1900 date system, its fake 29 February 1900 included
_CELL = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d+)")
# Parts of a format code that show no date: "text", [colour] or [$-406] locale tags, \x escapes
_NOT_DATE = re.compile(r'"[^"]*"|\[(?![hms]+\])[^\]]*\]|\\.|_.|\*.')
_DATE_PART = re.compile(r"[dmyhsDMYHS]|\[[hms]+\]|AM/PM", re.IGNORECASE)


def origin(address: str) -> tuple[int, int]:
    """(row, column), 1-based, of the first cell of an address such as ``'Møder'!B2:F9``."""
    ref = address.rsplit("!", 1)[-1].split(":")[0]
    m = _CELL.fullmatch(ref)
    if not m:
        raise ValueError(f"not a cell address: {address!r}")
    col = 0
    for ch in m.group(1).upper():
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)), col


def is_date_format(code: str) -> bool:
    """True for a number format that shows a date or a time (``dd-mm-yyyy``, ``[$-406]d. mmmm
    yyyy``, ``h:mm``, ``[h]:mm``), False for ``General``, ``0.00``, ``@``, ``"kr." #,##0``."""
    section = _NOT_DATE.sub("", (code or "").split(";")[0])
    return section.casefold() != "general" and bool(_DATE_PART.search(section))


def from_serial(value: float, code: str) -> dt.date | dt.datetime | dt.time:
    """A serial number shown with a date or time format, as the date, moment or time it shows."""
    moment = EPOCH + dt.timedelta(days=value)
    moment = moment.replace(microsecond=0) + dt.timedelta(seconds=round(moment.microsecond / 1e6))
    section = _NOT_DATE.sub("", code.split(";")[0]).casefold()
    shows_time = bool(re.search(r"[hs]", section))
    # "m" is the month unless an hour or a second is shown: then it is the minutes
    shows_date = bool(re.search(r"[dy]", section)) or ("m" in section and not shows_time)
    if not shows_date:
        return moment.time()
    if not shows_time or moment.time() == dt.time():
        return moment.date()
    return moment


def cell(value: object, code: str = "General") -> Any:
    """One cell as the backend hands it on: "" is empty, a dated number a date."""
    if value is None or value == "":
        return None
    if isinstance(value, bool | str):
        return value
    if isinstance(value, int | float):
        if is_date_format(code) and 0 <= value < 2958466:  # Excel's last day is 9999-12-31
            return from_serial(float(value), code)
        return value
    return str(value)


def grid(address: str, values: list[list[object]],
         formats: list[list[str]] | None = None) -> list[list[Cell]]:
    """The rows of a used range placed from row 1 and column A, trailing empty cells and rows
    left out (an empty worksheet's used range is ``A1`` holding "")."""
    top, left = origin(address)
    rows: list[list[Cell]] = [[] for _ in range(top - 1)]
    for i, row in enumerate(values):
        codes = formats[i] if formats and i < len(formats) else []
        cells: list[Cell] = [None] * (left - 1)
        cells += [cell(v, codes[j] if j < len(codes) else "General") for j, v in enumerate(row)]
        while cells and cells[-1] is None:
            cells.pop()
        rows.append(cells)
    while rows and not rows[-1]:
        rows.pop()
    return rows


def last_row(address: str, values: list[list[object]]) -> int:
    """The last row a used range (or its ``lastRow``) reaches; 0 when the worksheet is empty
    (its used range is then ``A1`` holding "")."""
    if all(v in ("", None) for row in values for v in row):
        return 0
    ref = address.rsplit("!", 1)[-1]
    return origin(ref.split(":")[-1])[0]


def as_text(value: str) -> str:
    """What the service writes, as Excel must store it: always text. Excel reads a value sent
    through the API as if typed: "=…" (and "+…", "-…") becomes a formula, "0045" the number 45,
    "TRUE" a boolean, "1/2" a date. A leading apostrophe is Excel's own "this is text" mark: it
    is not part of the value, and the cell keeps it as its quote prefix when the chair edits it.
    Empty stays empty."""
    return "'" + value if value != "" else ""
