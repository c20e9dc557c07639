"""The Excel Online backend: a workbook in SharePoint or OneDrive, through Microsoft Graph's
workbook API (``/drives/{drive-id}/items/{item-id}/workbook``), within the same budget as Google.

read() costs ONE ``$batch``: the worksheet list and every worksheet's
``usedRange(valuesOnly=true)`` (address, values, number formats), by worksheet id, so a tab the
chair renamed is read under its new name without a second request; only the very first read
lists the worksheets first. Dates come as serial numbers and are turned into dates by their
number format (sheets/graphcells.py), whatever the workbook's locale.

apply() costs two ``$batch`` requests: one creates a persistent workbook session and re-reads
the tabs to be written (the key cells of the chair's tabs, the last used row of the tabs that get
rows), then one writes, in that session, one sub-request after the other (``dependsOn``), and
closes it. Every value goes as text behind Excel's apostrophe (graphcells.as_text), so nothing
the service writes can become a formula, a number or a date. Appends are PATCHes of the rows
below the last used row: idempotent, so a write resent after a lost answer or an expired
session lands on the same cells. Only the service writes its own tabs (and the Log lease keeps
one writer), so nothing comes between the re-read and the write.

Sessions: a persistent session lives for one apply (seconds); reads go without one, since a
session idle for about five minutes expires and a tick every five minutes would pay a
createSession for each read. A session Graph reports gone (``invalidSession…``) is created
anew and the writes not yet done are sent again, once.

429, 503 and 504, for the whole batch or a sub-request, are retried after ``Retry-After`` (else
capped exponential backoff), within ``max_tries`` and ``max_wait`` (sheets/graph.py).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import requests

from tovholder.core.errors import WorkbookError
from tovholder.sheets import a1, graphcells
from tovholder.sheets.backend import Snapshot
from tovholder.sheets.batch import (
    ApplyResult,
    Batch,
    Conflict,
    NewTab,
    SetCell,
    key_matches,
    same_row,
)
from tovholder.sheets.graph import GRAPH, Answer, GraphClient, Sub
from tovholder.sheets.parse import text
from tovholder.sheets.schema import is_archive

LIST = "/worksheets?$select=id,name,position"
USED = "/usedRange(valuesOnly=true)?$select=address,values,numberFormat"
LAST_ROW = "/usedRange(valuesOnly=true)/lastRow?$select=address,values"
Sheets = dict[str, str]  # worksheet name -> id, in the workbook's order


class ExcelBackend:
    def __init__(self, drive_id: str, item_id: str, *, token: Callable[[], str],
                 session: requests.Session | None = None, timeout: float = 30.0,
                 max_tries: int = 5, max_wait: float = 120.0,
                 sleep: Callable[[float], None] = time.sleep,
                 rng: Callable[[], float] = random.random, graph_url: str = GRAPH) -> None:
        """``token``: a bearer token for Graph, asked for before every request (the provider
        caches and refreshes it); ``graph_url``: Graph's v1.0 root (a national cloud's)."""
        self.drive_id, self.item_id = drive_id, item_id
        self.label = f"Excel {item_id[:8]}…"
        self.base = f"/drives/{quote(drive_id, safe='')}/items/{quote(item_id, safe='')}/workbook"
        self.client = GraphClient(token, session=session, timeout=timeout, max_tries=max_tries,
                                  max_wait=max_wait, sleep=sleep, rng=rng, label=self.label,
                                  graph_url=graph_url)
        self._sheets: Sheets | None = None

    # -- the worksheets ------------------------------------------------------------------------
    def _ws(self, sheet_id: str) -> str:
        return f"{self.base}/worksheets/{quote(sheet_id, safe='')}"

    def _listing(self, answer: Answer) -> Sheets:
        self._check(answer, whole=True)
        found = sorted(answer.body.get("value", []), key=lambda w: w.get("position", 0))
        self._sheets = {w["name"]: w["id"] for w in found}
        return self._sheets

    def _worksheets(self) -> Sheets:
        if self._sheets is None:
            self._listing(self.client.get(self.base + LIST))
        assert self._sheets is not None
        return self._sheets

    def invalidate(self) -> None:
        """Forget the worksheet list (the next read lists them first)."""
        self._sheets = None

    def _check(self, answer: Answer, *, whole: bool = False) -> None:
        """A failed answer as the error it is; ``whole``: about the workbook itself."""
        if answer.ok:
            return
        detail = f"HTTP {answer.status}: {answer.message()}"[:300]
        if answer.status in (401, 403):
            raise WorkbookError("excel.forbidden", label=self.label, detail=detail)
        if answer.status == 404 and whole:
            raise WorkbookError("excel.not_found", drive_id=self.drive_id,
                                item_id=self.item_id, detail=detail)
        raise WorkbookError("excel.error", label=self.label, detail=detail)

    # -- reading -------------------------------------------------------------------------------
    def read(self) -> Snapshot:
        return self._read(lambda title: not is_archive(title))

    def read_tabs(self, titles: list[str]) -> Snapshot:
        return self._read(lambda title: title in titles)

    def _read(self, wanted: Callable[[str], bool]) -> Snapshot:
        asked = [(name, sid) for name, sid in self._worksheets().items() if wanted(name)]
        answers = self.client.run([Sub("GET", self.base + LIST),
                                   *(Sub("GET", self._ws(sid) + USED) for _, sid in asked)])
        now = self._listing(answers["0"])
        by_id = {sid: name for name, sid in now.items()}
        grids: dict[str, list[list[Any]]] = {}
        for i, (_, sid) in enumerate(asked, start=1):
            if sid not in by_id or not wanted(by_id[sid]):
                continue  # deleted, or renamed to a name not asked for, since the last list
            answer = answers[str(i)]
            self._check(answer)
            grids[sid] = _grid(answer.body)
        late = [sid for name, sid in now.items() if wanted(name) and sid not in grids]
        if late:  # added since the last read (rare): one more batch
            more = self.client.run([Sub("GET", self._ws(sid) + USED) for sid in late])
            for i, sid in enumerate(late):
                self._check(more[str(i)])
                grids[sid] = _grid(more[str(i)].body)
        return {name: grids[sid] for name, sid in now.items() if sid in grids}

    # -- writing -------------------------------------------------------------------------------
    def apply(self, batch: Batch) -> ApplyResult:
        result = ApplyResult()
        if not batch.appends and not batch.cells:
            return result
        sheets = self._worksheets()
        named = {a.tab for a in batch.appends} | {c.tab for c in batch.cells}
        if any(t not in sheets for t in named):
            self.invalidate()
            sheets = self._worksheets()
        for append in batch.appends:
            if append.tab not in sheets:
                raise WorkbookError("excel.error", label=self.label,
                                    detail=f"no tab named {append.tab!r}")
        session, seen = self._look(sheets, batch)
        writes: list[Sub] = []
        for c in batch.cells:
            found = seen.get(c.tab)
            key = _at(found, c.row, c.key_col) if found is not None else None
            if found is None or not key_matches(text(key), c.key_value):
                result.conflicts.append(Conflict(c, text(key)))
            elif text(_at(found, c.row, c.col)) == c.value:
                result.cells_written += 1  # already there: nothing to send
            else:
                writes.append(self._cell(sheets[c.tab], c))
                result.cells_written += 1
        last = {t: v if isinstance(v, int) else len(v) for t, v in seen.items()}
        for append in batch.appends:  # two appends to one tab: the second below the first
            if append.rows:
                writes.append(self._rows(sheets[append.tab], last[append.tab], append.rows))
                last[append.tab] += len(append.rows)
            result.appended_rows += len(append.rows)
        self._write(session, writes)
        return result

    def _look(self, sheets: Sheets, batch: Batch) -> tuple[str, dict[str, Any]]:
        """ONE batch: a new persistent session, and each tab to be written as it is now: the
        whole used range of a tab with cells to set (a chair's tab: small), the last used row
        of one that only gets rows. Returns the session id and, per tab, its grid (cells) or its
        last used row (appends only); a tab deleted since is left out."""
        cell_tabs = list(dict.fromkeys(c.tab for c in batch.cells if c.tab in sheets))
        row_tabs = [a.tab for a in batch.appends if a.tab not in cell_tabs]
        tabs = cell_tabs + list(dict.fromkeys(row_tabs))
        subs = [Sub("POST", self.base + "/createSession", {"persistChanges": True})]
        subs += [Sub("GET", self._ws(sheets[t]) + (USED if t in cell_tabs else LAST_ROW))
                 for t in tabs]
        answers = self.client.run(subs)
        session = self._session_id(answers["0"])
        seen: dict[str, Any] = {}
        for i, tab in enumerate(tabs, start=1):
            answer = answers[str(i)]
            if answer.status == 404 and tab in cell_tabs:
                continue  # deleted since the read: its cells are conflicts
            self._check(answer)
            body = answer.body
            if tab in cell_tabs:
                seen[tab] = _grid(body)
            else:
                seen[tab] = graphcells.last_row(body.get("address", "A1"), body.get("values", []))
        return session, seen

    def _session_id(self, answer: Answer) -> str:
        self._check(answer, whole=True)
        return str(answer.body["id"])

    def _cell(self, sheet_id: str, c: SetCell) -> Sub:
        address = a1.cell(c.row, c.col)
        return Sub("PATCH", f"{self._ws(sheet_id)}/range(address='{address}')",
                   {"values": [[graphcells.as_text(c.value)]]})

    def _rows(self, sheet_id: str, last: int, rows: tuple[tuple[str, ...], ...]) -> Sub:
        """The rows as text below row ``last``: a PATCH of exactly their cells."""
        width = max([1, *(len(r) for r in rows)])
        address = f"A{last + 1}:{a1.col_letter(width)}{last + len(rows)}"
        values = [[graphcells.as_text(str(v)) for v in r] + [""] * (width - len(r)) for r in rows]
        return Sub("PATCH", f"{self._ws(sheet_id)}/range(address='{address}')",
                   {"values": values})

    def _write(self, session: str, writes: list[Sub]) -> None:
        """The writes in the session, one after the other, then closeSession. A session Graph
        says is gone is created anew once and what did not land is sent again."""
        for attempt in range(2):
            close = Sub("POST", self.base + "/closeSession")
            subs = [*writes, close]
            for sub in subs:
                sub.headers["workbook-session-id"] = session
            answers = self.client.run(subs, ordered=True)
            failed = [(writes[i], answers[str(i)]) for i in range(len(writes))
                      if not answers[str(i)].ok]
            if not failed:
                return
            gone = any(code.startswith("invalidsession") for _, a in failed for code in a.codes())
            if not gone or attempt:
                self.invalidate()
                real = [a for _, a in failed if a.status != 424] or [failed[0][1]]
                self._check(real[0])
            writes = [w for w, _ in failed]
            session = self._session_id(self.client.run(
                [Sub("POST", self.base + "/createSession", {"persistChanges": True})])["0"])

    def delete_rows(self, tab: str, expected: dict[int, tuple[str, ...]]) -> bool:
        """One batch to open a session and re-read the tab, then ONE batch deleting the rows
        bottom up (row numbers above stay valid) and closing the session."""
        sheets = self._worksheets()
        if not expected or tab not in sheets:
            return False
        answers = self.client.run([
            Sub("POST", self.base + "/createSession", {"persistChanges": True}),
            Sub("GET", self._ws(sheets[tab]) + USED)])
        session = self._session_id(answers["0"])
        self._check(answers["1"])
        found = _grid(answers["1"].body)
        for row, cells in expected.items():
            have = found[row - 1] if row - 1 < len(found) else []
            if not same_row([text(v) for v in have], cells):
                self._write(session, [])
                return False
        self._write(session, [
            Sub("POST", f"{self._ws(sheets[tab])}/range(address='{first}:{last}')/delete",
                {"shift": "Up"}) for first, last in reversed(_runs(sorted(expected)))])
        return True

    def create_tabs(self, tabs: list[NewTab]) -> list[str]:
        """``tovholder init`` on an existing workbook: each missing tab added (worksheets/add),
        its header and example rows written as text, the header bold and the columns sized.
        Existing tabs (names compare case-blind, as Excel does) are never touched."""
        answers = self.client.run([
            Sub("POST", self.base + "/createSession", {"persistChanges": True}),
            Sub("GET", self.base + LIST)])
        session = self._session_id(answers["0"])
        present = {name.casefold() for name in self._listing(answers["1"])}
        new: list[NewTab] = []
        for tab in tabs:
            if tab.title.casefold() not in present:
                present.add(tab.title.casefold())
                new.append(tab)
        if not new:
            self._write(session, [])
            return []
        adds = [Sub("POST", self.base + "/worksheets/add", {"name": t.title}) for t in new]
        for sub in adds:
            sub.headers["workbook-session-id"] = session
        added = self.client.run(adds, ordered=True)
        for i in range(len(new)):
            self._check(added[str(i)])
        writes: list[Sub] = []
        for i, tab in enumerate(new):
            writes += self._fill(str(added[str(i)].body["id"]), tab)
        self._write(session, writes)
        self.invalidate()
        return [t.title for t in new]

    def _fill(self, sheet_id: str, tab: NewTab) -> list[Sub]:
        """A new tab's rows as text, the header bold, the column widths (in points). Dropdowns
        are not made: Graph's workbook API (v1.0) has no data validation."""
        ws = self._ws(sheet_id)
        subs = [self._rows(sheet_id, 0, tab.rows)] if tab.rows else []
        if tab.rows:
            end = a1.col_letter(max(1, len(tab.rows[0])))
            subs.append(Sub("PATCH", f"{ws}/range(address='A1:{end}1')/format/font",
                            {"bold": True}))
        for i, chars in enumerate(tab.column_widths, start=1):
            col = a1.col_letter(i)
            subs.append(Sub("PATCH", f"{ws}/range(address='{col}:{col}')/format",
                            {"columnWidth": round(5.25 * chars + 5, 1)}))
        return subs


def _grid(body: dict[str, Any]) -> list[list[Any]]:
    return graphcells.grid(body.get("address", "A1"), body.get("values", []),
                           body.get("numberFormat"))


def _at(grid: list[list[Any]], row: int, col: int) -> Any:
    return grid[row - 1][col - 1] if row - 1 < len(grid) and col - 1 < len(grid[row - 1]) \
        else None


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows: one request per run."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
