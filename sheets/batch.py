"""What a tick wants written, as plain data, and what the backend reports back.

A tick reads the workbook once, decides, and hands the backend ONE :class:`Batch`. Positions are
1-based like the spreadsheet's own row and column numbers, so a problem report and a write speak
of the same cell. Every value is a string: nothing the service writes can become a formula.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

Cell = str | int | float | bool | None  # what a backend hands back for a cell (dates come as str
# from Google; openpyxl may also give datetime/date/time, see tovholder.sheets.parse)


SERIAL_EPOCH = dt.date(1899, 12, 30)  # day 0 of spreadsheets' serial numbers


class DateText(str):
    """A date the service writes into a date column (a due date, a term, a meeting): "dd-mm-yyyy"
    to everything that handles the batch as text, a real date in the workbook (a serial number
    with a date format, a date cell in .xlsx), so the chair can sort and filter by it. Only
    dates the service computed are DateText; text from people stays text."""

    day: dt.date

    def __new__(cls, day: dt.date) -> DateText:
        made = super().__new__(cls, day.strftime("%d-%m-%Y"))
        made.day = day
        return made

    @property
    def serial(self) -> int:
        return (self.day - SERIAL_EPOCH).days


@dataclass(frozen=True)
class AppendRows:
    """Rows appended below the last row of a service-owned tab (Svar, Log)."""

    tab: str  # the tab's title as it is in the workbook
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class SetCell:
    """One cell in a chair's tab, written only if the row's key cell still holds ``key_value``.

    The chair may sort or insert rows between our read and our write; re-checking the key makes
    that harmless: a moved row is reported as a conflict and retried on the next tick.
    """

    tab: str
    row: int
    col: int
    value: str
    key_col: int
    key_value: str


@dataclass
class Batch:
    appends: list[AppendRows] = field(default_factory=list)
    cells: list[SetCell] = field(default_factory=list)
    # tabs the appends need that the workbook lacks (Deltagelse): created before the write
    tabs: list[NewTab] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.appends or self.cells or self.tabs)

    def append(self, tab: str, *rows: tuple[str, ...] | list[str]) -> None:
        self.appends.append(AppendRows(tab, tuple(tuple(r) for r in rows)))

    def set_cell(self, tab: str, row: int, col: int, value: str, *, key_col: int,
                 key_value: str) -> None:
        self.cells.append(SetCell(tab, row, col, value, key_col, key_value))


@dataclass(frozen=True)
class Conflict:
    """A SetCell not written because its key cell no longer matched."""

    write: SetCell
    found: str


@dataclass
class ApplyResult:
    appended_rows: int = 0
    cells_written: int = 0
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass(frozen=True)
class NewTab:
    """A tab created by ``tovholder init``: a header row, example rows, dropdowns by column."""

    title: str
    rows: tuple[tuple[str, ...], ...]
    dropdowns: tuple[tuple[int, tuple[str, ...]], ...] = ()  # (1-based column, choices)
    column_widths: tuple[int, ...] = ()  # in characters, optional


def same_row(found: list[str], expected: tuple[str, ...]) -> bool:
    """A row as read again equals the row as read before, trailing empty cells aside."""
    def trimmed(cells: list[str] | tuple[str, ...]) -> list[str]:
        out = [str(c).strip() for c in cells]
        while out and out[-1] == "":
            out.pop()
        return out
    return trimmed(found) == trimmed(expected)


def key_matches(found: object, expected: str) -> bool:
    """Keys compare trimmed and case-insensitively (emails, ids, dates as the sheet shows them)."""
    return str(found if found is not None else "").strip().casefold() == expected.strip().casefold()


def row_runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows: a backend deletes or
    writes each run with one request."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
