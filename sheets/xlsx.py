"""The embedded default backend: the group's workbook as a local .xlsx file, via openpyxl.

The chair may have the same file open in Excel or LibreOffice, so every write first looks for
their lock files and refuses, and every save is atomic (temp file + os.replace): a crash or a
full disk leaves either the old workbook or the new one, never half of one.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import tempfile
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import openpyxl.worksheet._writer as _ws_writer
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.cell.cell import Cell as XlCell
from openpyxl.formula.tokenizer import Token, Tokenizer, TokenizerError
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import range_boundaries
from openpyxl.utils.datetime import to_excel
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.xml.functions import Element, SubElement

from tovholder.core.errors import WorkbookError, WorkbookLocked
from tovholder.sheets.backend import Snapshot
from tovholder.sheets.batch import (
    ApplyResult,
    Batch,
    Cell,
    Conflict,
    DateText,
    NewTab,
    key_matches,
    same_row,
)
from tovholder.sheets.lock import folder_lock
from tovholder.sheets.parse import text
from tovholder.sheets.schema import is_archive

MAX_CELL_CHARS = 32767  # Excel refuses to open a workbook with a longer cell
DROPDOWN_LAST_ROW = 1000
_RESULTS = "_tovholder_formula_results"  # on a Worksheet: {(row, col): last computed result}
# What openpyxl raises on a file that is not (or no longer) a well-formed xlsx; ParseError is a
# SyntaxError, and openpyxl's own parsing can fail with ValueError/TypeError on odd XML.
_CORRUPT = (zipfile.BadZipFile, KeyError, InvalidFileException, SyntaxError, ValueError,
            TypeError, IndexError, EOFError)

Written = set[tuple[str, int, int]]  # (tab, row, col) of every cell this save changes


class XlsxBackend:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.label = self.path.name

    def read(self) -> Snapshot:
        return self._read(lambda title: not is_archive(title))

    def read_tabs(self, titles: list[str]) -> Snapshot:
        """Only the named tabs (read_only: the other tabs' rows are never parsed)."""
        return self._read(lambda title: title in titles)

    def _read(self, wanted: Any) -> Snapshot:
        with self._opening(parsing=True):
            # data_only gives the results of the chair's formulas, as last computed and saved
            wb = load_workbook(self.path, data_only=True, read_only=True)
            try:
                return {ws.title: _grid(ws) for ws in wb.worksheets if wanted(ws.title)}
            finally:
                wb.close()  # read_only keeps the zip open until closed

    def delete_rows(self, tab: str, expected: dict[int, tuple[str, ...]]) -> bool:
        """Under the writer's lock, so nothing can come between the check and the delete."""
        with self._writer():
            self._refuse_if_open()
            wb = self._load()
            if tab not in wb.sheetnames or not expected:
                return False
            ws = wb[tab]
            width = max(ws.max_column, 1)
            for row, cells in expected.items():
                found = [text(ws.cell(row, c).value) for c in range(1, width + 1)]
                if not same_row(found, cells):
                    return False
            # Bottom up, so the row numbers above stay valid; openpyxl moves the cells below
            # with their formats, and leaves column widths, the header and validations alone.
            for row in sorted(expected, reverse=True):
                ws.delete_rows(row)
            self._save(wb)
            return True

    def apply(self, batch: Batch) -> ApplyResult:
        if not batch:
            return ApplyResult()
        with self._writer():
            return self._apply(batch)

    @contextmanager
    def _writer(self) -> Iterator[None]:
        """One writer at a time: two Tovholder processes doing load-modify-save on the same file
        would lose each other's rows (and the Log lease relies on appends keeping their order).
        The lock is on the folder, since the save replaces the file itself (sheets/lock.py)."""
        with folder_lock(self.path.parent):
            yield

    def _apply(self, batch: Batch) -> ApplyResult:
        result = ApplyResult()
        self._refuse_if_open()
        wb = self._load()
        written: Written = set()
        for write in batch.cells:
            ws = wb[write.tab] if write.tab in wb.sheetnames else None
            found = _key_value(ws, write.row, write.key_col) if ws is not None else None
            if ws is None or not (key_matches(found, write.key_value)
                                  or key_matches(_as_text(found), write.key_value)):
                result.conflicts.append(Conflict(write, _as_text(found)))
                continue
            _set_text(ws.cell(write.row, write.col), write.value)
            written.add((ws.title, write.row, write.col))
            result.cells_written += 1
        for append in batch.appends:
            if append.tab not in wb.sheetnames:
                # Service tabs are created by `init`; a renamed one must be fixed by the chair.
                raise WorkbookError("workbook.tab_missing", path=str(self.path), tab=append.tab)
            ws = wb[append.tab]
            row = _last_used_row(ws)
            for values in append.rows:
                row += 1
                for col, value in enumerate(values, start=1):
                    _set_text(ws.cell(row, col), value)
                    written.add((ws.title, row, col))
                result.appended_rows += 1
        if written:
            _forget_stale_results(wb, written)
            self._save(wb)
        return result

    def create_tabs(self, tabs: list[NewTab]) -> list[str]:
        with self._writer():
            return self._create_tabs(tabs)

    def _create_tabs(self, tabs: list[NewTab]) -> list[str]:
        if self.path.exists():
            self._refuse_if_open()
            wb = self._load()
        else:
            wb = Workbook()
            wb.remove(wb.active)  # openpyxl's empty default "Sheet"
        # Excel treats tab names case-insensitively, so "log" already is "Log".
        present = {title.casefold() for title in wb.sheetnames}
        created: list[str] = []
        for tab in tabs:
            if tab.title.casefold() not in present:
                _fill_tab(wb.create_sheet(tab.title), tab)
                present.add(tab.title.casefold())
                created.append(tab.title)
        if created:
            self._save(wb)
        return created

    def _refuse_if_open(self) -> None:
        # Excel names its owner file "~$" + name, Office sometimes "~$" over the first two
        # characters; LibreOffice would silently overwrite our change on its next save.
        folder, name = self.path.parent, self.path.name
        candidates = [(folder / f"~${name}", "Excel"), (folder / f"~${name[2:]}", "Excel"),
                      (folder / f".~lock.{name}#", "LibreOffice")]
        for lockfile, app in candidates:
            if lockfile.exists():
                raise WorkbookLocked(path=str(self.path), lockfile=str(lockfile), app=app)

    def _load(self) -> Workbook:
        with self._opening(parsing=True):
            wb = load_workbook(self.path)  # formulas as formulas, so they survive the save
            formulas = {ws.title: [c for row in ws.iter_rows() for c in row
                                   if c.data_type == "f" and isinstance(c.value, str)]
                        for ws in wb.worksheets}
            if any(formulas.values()):
                # openpyxl saves formulas without their last results, so our next read() would
                # see them empty until the chair saves again: carry the results over.
                values = load_workbook(self.path, data_only=True)
                for title, cells in formulas.items():
                    results = {(c.row, c.column): values[title].cell(c.row, c.column).value
                               for c in cells}
                    setattr(wb[title], _RESULTS, results)
        return wb

    def _save(self, wb: Workbook) -> None:
        folder = self.path.parent
        try:
            mode = stat.S_IMODE(self.path.stat().st_mode)
        except FileNotFoundError:  # a new workbook gets what a plain open() would have given it
            mode = 0o666 & ~_umask()
        wb.calculation.fullCalcOnLoad = True  # Excel recomputes everything on open
        _remove_leftovers(folder)
        tmp = None
        with self._opening(parsing=False):
            try:
                with tempfile.NamedTemporaryFile(dir=folder, delete=False, suffix=".xlsx",
                                                 prefix=".tovholder-") as handle:
                    tmp = Path(handle.name)
                    wb.save(handle)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.chmod(tmp, mode)
                os.replace(tmp, self.path)
                tmp = None
            finally:
                if tmp is not None:
                    tmp.unlink(missing_ok=True)
        _fsync_dir(folder)

    @contextmanager
    def _opening(self, *, parsing: bool) -> Iterator[None]:
        # Only parsing errors mean a bad file; the same exceptions while saving would be our bug.
        corrupt = _CORRUPT if parsing else ()
        path = str(self.path)
        try:
            yield
        except FileNotFoundError:
            raise WorkbookError("workbook.not_found", path=path) from None
        except PermissionError:
            raise WorkbookError("workbook.permission", path=path) from None
        except corrupt as exc:
            raise WorkbookError("workbook.corrupt", path=path, detail=_reason(exc)) from None
        except OSError as exc:  # disk full, a directory in the way, a vanished network share
            raise WorkbookError("workbook.error", path=path, detail=_reason(exc)) from None


def _grid(ws: Any) -> list[list[Cell]]:
    ws.reset_dimensions()  # some writers store a wrong <dimension>; read what is really there
    rows: list[list[Cell]] = []
    for values in ws.iter_rows(values_only=True):
        row = list(values)
        while row and row[-1] in (None, ""):
            row.pop()
        rows.append(row)
    while rows and not rows[-1]:
        rows.pop()  # formatted but empty rows below the data
    return rows


def _set_text(cell: XlCell, value: str) -> None:
    if isinstance(value, DateText):  # a date the service computed: a real, sortable date cell
        cell.value = value.day
        cell.number_format = "DD-MM-YYYY"
        return
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value))[:MAX_CELL_CHARS]
    # Half a UTF-16 character cannot be saved (lxml refuses it, and the whole save fails).
    text = text.encode("utf-8", "replace").decode("utf-8")
    cell.value = text
    # openpyxl turns "=..." into a formula and "#N/A" into an error on assignment; text from a
    # reply must never run in the chair's spreadsheet.
    cell.data_type = "s"
    if text[:1] in ("=", "+", "-", "@"):
        cell.quotePrefix = True  # stays text when the chair edits the cell in Excel


def _key_value(ws: Worksheet, row: int, col: int) -> object:
    cell = ws.cell(row, col)
    if cell.data_type == "f":  # a key computed by the chair's formula: compare its result
        return getattr(ws, _RESULTS, {}).get((row, col))
    return cell.value


def _as_text(value: object) -> str:
    # read() hands dates over as objects; a key made from one is its ISO text.
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _last_used_row(ws: Worksheet) -> int:
    for row in range(ws.max_row, 0, -1):  # max_row counts formatted empty rows too
        if any(c.value not in (None, "") for c in ws[row]):
            return row
    return 0


def _forget_stale_results(wb: Workbook, written: Written) -> None:
    """Drop the kept result of every formula that may read a cell we wrote, directly or through
    another formula, so Excel and LibreOffice compute it afresh instead of showing the old one
    (LibreOffice trusts stored results). A reference we cannot place counts as reading it all."""
    dirty = set(written)
    changed = True
    while changed:
        changed = False
        for ws in wb.worksheets:
            results = getattr(ws, _RESULTS, {})
            for (row, col) in list(results):
                formula = ws.cell(row, col).value
                if any(_reads(ref, ws.title, wb.sheetnames, dirty) for ref in _refs(formula)):
                    del results[(row, col)]
                    dirty.add((ws.title, row, col))
                    changed = True


def _refs(formula: str) -> list[str]:
    try:
        items = Tokenizer(formula).items
    except TokenizerError:
        return ["?"]
    if any(t.type == Token.FUNC and t.value.upper() in ("INDIRECT(", "OFFSET(") for t in items):
        return ["?"]
    return [t.value for t in items if t.type == Token.OPERAND and t.subtype == Token.RANGE]


def _reads(ref: str, own_tab: str, tabs: list[str], dirty: Written) -> bool:
    tab, _, area = ref.rpartition("!")
    tab = (tab.strip("'").replace("''", "'") if tab else own_tab).casefold()
    try:
        min_col, min_row, max_col, max_row = range_boundaries(area.replace("$", ""))
    except (ValueError, TypeError):
        return True  # a defined name, a table column, #REF!
    if tab not in (title.casefold() for title in tabs):
        return True  # 3-D or external reference
    return any(t.casefold() == tab and (min_row or 1) <= r <= (max_row or r) and
               (min_col or 1) <= c <= (max_col or c) for t, r, c in dirty)


def _write_cell_with_result(xf: Any, ws: Any, cell: Any, styled: Any = None) -> None:
    result = getattr(ws, _RESULTS, {}).get((cell.row, cell.column))
    if result is None or cell.data_type != "f" or not isinstance(cell.value, str) \
            or cell.hyperlink:
        return _openpyxl_write_cell(xf, ws, cell, styled)
    attrs = {"r": cell.coordinate, **({"s": str(cell.style_id)} if styled else {})}
    if isinstance(result, bool):
        attrs["t"], text = "b", str(int(result))
    elif isinstance(result, dt.date | dt.time | dt.timedelta):
        text = repr(to_excel(result, ws.parent.epoch))
    elif isinstance(result, int | float):
        text = repr(result)
    else:
        attrs["t"], text = ("e" if result in ERROR_CODES else "str"), str(result)
    el = Element("c", attrs)
    SubElement(el, "f").text = cell.value[1:]
    SubElement(el, "v").text = text
    xf.write(el)


# Only worksheets loaded by this backend carry results; every other cell, and every other user of
# openpyxl in the process, goes to openpyxl's own writer unchanged.
_openpyxl_write_cell = getattr(_ws_writer.write_cell, "original", _ws_writer.write_cell)
_write_cell_with_result.original = _openpyxl_write_cell  # type: ignore[attr-defined]
_ws_writer.write_cell = _write_cell_with_result


def _fill_tab(ws: Worksheet, tab: NewTab) -> None:
    for r, values in enumerate(tab.rows, start=1):
        for c, value in enumerate(values, start=1):
            _set_text(ws.cell(r, c), value)
    for cell in ws[1] if tab.rows else ():
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    for c, width in enumerate(tab.column_widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    for col, choices in tab.dropdowns:
        # A list formula is one quoted, comma-separated string; quotes double inside it.
        listed = ",".join(choice.replace('"', '""') for choice in choices)
        dv = DataValidation(type="list", formula1=f'"{listed}"', allow_blank=True)
        letter = get_column_letter(col)
        dv.add(f"{letter}2:{letter}{DROPDOWN_LAST_ROW}")
        ws.add_data_validation(dv)


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:200]


def _umask() -> int:
    # Only readable by setting it; called once, when `init` creates the workbook.
    current = os.umask(0)
    os.umask(current)
    return current


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not possible everywhere (Windows), so best effort.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


STALE = 600  # seconds after which a temporary workbook is a leftover of a killed process


def _remove_leftovers(folder: Path, now: float | None = None) -> None:
    """Temporary workbooks a killed save left behind (ours only, and only old ones: a save in
    progress in another process is younger)."""
    now = time.time() if now is None else now
    for path in folder.glob(".tovholder-*.xlsx"):
        try:
            if now - path.stat().st_mtime > STALE:
                path.unlink()
        except FileNotFoundError:
            pass
