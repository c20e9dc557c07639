"""A1 notation: column letters and cell addresses. Pure."""

from __future__ import annotations

import functools


@functools.cache
def col_letter(col: int) -> str:
    """1 -> 'A', 27 -> 'AA'."""
    letters = ""
    while col > 0:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell(row: int, col: int) -> str:
    return f"{col_letter(col)}{row}"


def quote_tab(title: str) -> str:
    """'Møder' -> "'Møder'", "Bob's" -> "'Bob''s'": always quoted, which Sheets accepts."""
    return "'" + title.replace("'", "''") + "'"
