"""One workbook, three backends: the shared suite (tests/test_workbook_backends.py) runs each
test against a local .xlsx, Google Sheets (the stand-in, through gspread) and Excel Online (the
Graph stand-in). A :class:`Place` seeds the workbook, hands out the backend, and shows the
workbook as a person sees it, each in its own way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from tests.graph_standin import GraphStandin
from tests.sheets_standin import SheetsStandin
from tovholder.sheets.backend import Backend
from tovholder.sheets.excel import ExcelBackend
from tovholder.sheets.google import GoogleBackend
from tovholder.sheets.parse import text
from tovholder.sheets.xlsx import XlsxBackend

SHEET = "1AbCdEfGhIjKlMnOpQrStUvWxYz"
DRIVE, ITEM = "b!Q2hhaXItZHJpdmU", "01TOVHOLDERTESTWORKBOOK"
KINDS = ("xlsx", "google", "excel")


class Place(Protocol):
    def seed(self, tabs: dict[str, list[list[Any]]]) -> None: ...

    def backend(self) -> Backend: ...

    def shown(self, tab: str) -> list[list[str]]:
        """The tab as text, trailing empty cells and rows left out."""
        ...

    def set_rows(self, tab: str, rows: list[list[Any]]) -> None: ...

    def delete_tab(self, tab: str) -> None: ...

    def formulas(self) -> list[str]:
        """Every formula cell in the workbook (none must come from the service)."""
        ...

    def titles(self) -> list[str]: ...


def trimmed(rows: list[list[Any]]) -> list[list[str]]:
    out = []
    for row in rows:
        cells = [text(v) for v in row]
        while cells and cells[-1] == "":
            cells.pop()
        out.append(cells)
    while out and not out[-1]:
        out.pop()
    return out


class XlsxPlace:
    def __init__(self, folder: Path) -> None:
        self.path = folder / "gruppe.xlsx"

    def seed(self, tabs: dict[str, list[list[Any]]]) -> None:
        from openpyxl import Workbook

        wb = Workbook()
        wb.remove(wb.active)
        for title, rows in tabs.items():
            ws = wb.create_sheet(title)
            for row in rows:
                ws.append([None if v == "" else v for v in row])
        wb.save(self.path)

    def backend(self) -> Backend:
        return XlsxBackend(self.path)

    def _book(self, formulas: bool = False) -> Any:
        from openpyxl import load_workbook

        return load_workbook(self.path)

    def shown(self, tab: str) -> list[list[str]]:
        ws = self._book()[tab]
        return trimmed([list(r) for r in ws.iter_rows(values_only=True)])

    def set_rows(self, tab: str, rows: list[list[Any]]) -> None:
        wb = self._book()
        ws = wb[tab]
        ws.delete_rows(1, ws.max_row)
        for row in rows:
            ws.append(row)
        wb.save(self.path)

    def delete_tab(self, tab: str) -> None:
        wb = self._book()
        wb.remove(wb[tab])
        wb.save(self.path)

    def formulas(self) -> list[str]:
        return [c.coordinate for ws in self._book().worksheets for row in ws.iter_rows()
                for c in row if c.data_type == "f"]

    def titles(self) -> list[str]:
        return list(self._book().sheetnames)


class GooglePlace:
    def __init__(self, standin: SheetsStandin) -> None:
        self.standin = standin

    def seed(self, tabs: dict[str, list[list[Any]]]) -> None:
        self.standin.create_spreadsheet(SHEET, tabs)

    def backend(self) -> Backend:
        return GoogleBackend(SHEET, session=self.standin.session())

    def shown(self, tab: str) -> list[list[str]]:
        return trimmed(self.standin.values(SHEET, tab))

    def set_rows(self, tab: str, rows: list[list[Any]]) -> None:
        self.standin.set_rows(SHEET, tab, rows)

    def delete_tab(self, tab: str) -> None:
        self.standin.delete_tab(SHEET, tab)

    def formulas(self) -> list[str]:
        return [f"{t}!{a}" for t, a, _ in self.standin.formula_cells(SHEET)]

    def titles(self) -> list[str]:
        return self.standin.titles(SHEET)


class ExcelPlace:
    def __init__(self, standin: GraphStandin) -> None:
        self.standin = standin

    def seed(self, tabs: dict[str, list[list[Any]]]) -> None:
        self.standin.create_workbook(DRIVE, ITEM, tabs)

    def backend(self) -> Backend:
        return ExcelBackend(DRIVE, ITEM, token=lambda: "graph-test-token",
                            session=self.standin.session())

    def shown(self, tab: str) -> list[list[str]]:
        # A tab that had only its header when the service first appended keeps an empty row 2:
        # its rows go through an Excel table, and a table always has a data row (the parser
        # skips empty rows). Every other empty row would be a fault, so only that one is left
        # out.
        rows = trimmed(self.standin.values(DRIVE, ITEM, tab))
        return rows[:1] + rows[2:] if len(rows) > 2 and rows[1] == [] else rows

    def set_rows(self, tab: str, rows: list[list[Any]]) -> None:
        self.standin.set_rows(DRIVE, ITEM, tab, rows)

    def delete_tab(self, tab: str) -> None:
        self.standin.delete_tab(DRIVE, ITEM, tab)

    def formulas(self) -> list[str]:
        return [f"{t}!{r},{c}" for t, r, c, _ in self.standin.formula_cells(DRIVE, ITEM)]

    def titles(self) -> list[str]:
        return self.standin.titles(DRIVE, ITEM)


def place(kind: str, tmp_path: Path) -> Iterator[Place]:
    """Generator for a parametrized pytest fixture: the workbook kind's place, its stand-in
    running for the test."""
    if kind == "xlsx":
        yield XlsxPlace(tmp_path)
    elif kind == "google":
        with SheetsStandin() as standin:
            yield GooglePlace(standin)
    else:
        with GraphStandin() as graph:
            yield ExcelPlace(graph)
