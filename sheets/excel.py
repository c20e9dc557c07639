"""The Excel Online backend: a workbook in SharePoint or OneDrive, through Microsoft Graph's
workbook API (``/drives/{drive-id}/items/{item-id}/workbook``), within the same budget as Google.

read() costs ONE ``$batch``: the worksheet list and every worksheet's
``usedRange(valuesOnly=true)`` (address, values, number formats), by worksheet id, so a tab the
chair renamed is read under its new name without a second request; only the very first read
lists the worksheets first. Dates come as serial numbers and are turned into dates by their
number format (sheets/graphcells.py), whatever the workbook's locale.

apply() costs two ``$batch`` requests: one creates a persistent workbook session and re-reads
the tabs to be written (the key cells of the chair's tabs; for the tabs that get rows their
last used row and their Excel table), then one writes, in that session, one sub-request after
the other (``dependsOn``), and closes it. Every value goes as text behind Excel's apostrophe
(graphcells.as_text), so nothing the service writes can become a formula, a number or a date.
Cells are PATCHes after the key re-check. Rows go through an Excel table's ``rows/add``, the one
append Excel performs atomically: two processes on one group (the Log's lease) never write over
each other's rows. A service tab without a table gets one once (``_tables_of``), the first
write after a start looks it up once: those writes cost a request or two more.

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
    AppendRows,
    ApplyResult,
    Batch,
    Conflict,
    NewTab,
    SetCell,
    key_matches,
    row_runs,
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
        self._tables: dict[str, str] = {}  # worksheet id -> the table its rows go into

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
        session, seen, last, probes = self._look(sheets, batch)
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
        tables = self._tables_of(session, sheets, probes, last, batch)
        for append in batch.appends:
            if append.rows:
                writes += self._append(sheets[append.tab], tables.get(append.tab),
                                       last[append.tab], append)
                last[append.tab] += len(append.rows)  # two appends: one below the other
            result.appended_rows += len(append.rows)
        self._write(session, writes)
        return result

    def _look(self, sheets: Sheets, batch: Batch
              ) -> tuple[str, dict[str, Any], dict[str, int], dict[str, tuple[str, Answer]]]:
        """ONE batch: a new persistent session, and each tab to be written as it is now: the
        whole used range of a tab with cells to set (a chair's tab: small); for a tab that gets
        rows its last used row and its table (by the id this process knows, else the list).
        Returns the session id, the grids, the last used rows and the table answers; a tab
        deleted since the read is left out of the grids (its cells are conflicts)."""
        cell_tabs = list(dict.fromkeys(c.tab for c in batch.cells if c.tab in sheets))
        row_tabs = list(dict.fromkeys(a.tab for a in batch.appends if a.rows))
        subs = [Sub("POST", self.base + "/createSession", {"persistChanges": True})]
        plan: list[tuple[str, str]] = []
        for tab in cell_tabs:
            subs.append(Sub("GET", self._ws(sheets[tab]) + USED))
            plan.append(("used", tab))
        for tab in row_tabs:
            if tab not in cell_tabs:
                subs.append(Sub("GET", self._ws(sheets[tab]) + LAST_ROW))
                plan.append(("last", tab))
            known = self._tables.get(sheets[tab])
            subs.append(Sub("GET", self._table(known) + "/range?$select=address") if known
                        else Sub("GET", self._ws(sheets[tab]) + "/tables?$select=id,name"))
            plan.append(("range" if known else "list", tab))
        answers = self.client.run(subs)
        session = self._session_id(answers["0"])
        seen: dict[str, Any] = {}
        last: dict[str, int] = {}
        probes: dict[str, tuple[str, Answer]] = {}
        for i, (kind, tab) in enumerate(plan, start=1):
            answer = answers[str(i)]
            if kind in ("range", "list"):
                probes[tab] = (kind, answer)
                continue
            if answer.status == 404 and kind == "used":
                continue
            self._check(answer)
            if kind == "used":
                seen[tab] = _grid(answer.body)
                last[tab] = len(seen[tab])
            else:
                last[tab] = graphcells.last_row(answer.body.get("address", "A1"),
                                                answer.body.get("values", []))
        return session, seen, last, probes

    def _table(self, table_id: str) -> str:
        return f"{self.base}/tables/{quote(table_id, safe='')}"

    def _tables_of(self, session: str, sheets: Sheets, probes: dict[str, tuple[str, Answer]],
                   last: dict[str, int], batch: Batch) -> dict[str, list[Any]]:
        """[table id, width, height] of the table each tab that gets rows appends through. Rows go
        into an Excel table (``rows/add``) because only that appends atomically: two processes
        that both computed the same last row would write over each other's rows, and the Log's
        lease needs every appended row to stay, in the order Excel took them. A tab without a
        table gets one over its rows, once (the tab is the service's: Log, Svar, Deltagelse;
        with only its header, an empty row 2 stays, as an Excel table always has a data row);
        after a restart its table is looked up once; then nothing extra is asked."""
        boxes: dict[str, list[Any]] = {}
        ranges: dict[str, str] = {}
        for tab, (kind, answer) in probes.items():
            if kind == "range" and answer.ok:
                boxes[tab] = [self._tables[sheets[tab]], *_size(answer.body["address"])]
            elif kind == "list" and answer.ok and answer.body.get("value"):
                ranges[tab] = str(answer.body["value"][0]["id"])
            elif kind == "range":
                self._tables.pop(sheets[tab], None)  # the chair deleted it: made anew below
            else:
                self._check(answer)
        if ranges:
            tabs = list(ranges)
            got = self.client.run([Sub("GET", self._table(ranges[t]) + "/range?$select=address")
                                   for t in tabs])
            for i, tab in enumerate(tabs):
                self._check(got[str(i)])
                self._tables[sheets[tab]] = ranges[tab]
                boxes[tab] = [ranges[tab], *_size(got[str(i)].body["address"])]
        new = [t for t in probes if t not in boxes and last.get(t, 0) >= 1]
        if new:
            boxes.update(self._new_tables(session, sheets, new, last, batch))
        return boxes

    def _new_tables(self, session: str, sheets: Sheets, tabs: list[str], last: dict[str, int],
                    batch: Batch) -> dict[str, list[Any]]:
        """An Excel table over each tab's rows, its first row the header, as wide as its
        widest row (or the widest row about to be appended)."""
        widths = {t: max([1, *(len(r) for a in batch.appends if a.tab == t for r in a.rows)])
                  for t in tabs}
        subs = [Sub("GET", self._ws(sheets[t]) + "/usedRange(valuesOnly=true)?$select=address")
                for t in tabs]
        used = self.client.run(subs)
        adds = []
        for i, tab in enumerate(tabs):
            self._check(used[str(i)])
            address = used[str(i)].body.get("address", "A1")
            widths[tab] = max(widths[tab], graphcells.origin(address.split(":")[-1])[1])
            end = f"{a1.col_letter(widths[tab])}{last[tab]}"
            adds.append(Sub("POST", self._ws(sheets[tab]) + "/tables/add",
                            {"address": f"A1:{end}", "hasHeaders": True}))
        made = self._in_session(session, adds)
        boxes: dict[str, list[Any]] = {}
        lost: list[str] = []
        for i, tab in enumerate(tabs):
            if made[str(i)].status in (400, 409):
                lost.append(tab)  # another process made it a moment ago: use theirs
                continue
            self._check(made[str(i)])
            self._tables[sheets[tab]] = str(made[str(i)].body["id"])
            # a table always holds a data row: a header alone gets an empty one below it
            boxes[tab] = [self._tables[sheets[tab]], widths[tab], max(last[tab], 2)]
        if lost:
            listed = self.client.run([Sub("GET", self._ws(sheets[t]) + "/tables?$select=id")
                                      for t in lost])
            for i, tab in enumerate(lost):
                self._check(listed[str(i)])
                if not listed[str(i)].body.get("value"):
                    self._check(made[str(tabs.index(tab))])
            ids = {t: str(listed[str(i)].body["value"][0]["id"]) for i, t in enumerate(lost)}
            got = self.client.run([Sub("GET", self._table(ids[t]) + "/range?$select=address")
                                   for t in lost])
            for i, tab in enumerate(lost):
                self._check(got[str(i)])
                self._tables[sheets[tab]] = ids[tab]
                boxes[tab] = [ids[tab], *_size(got[str(i)].body["address"])]
        return boxes

    def _append(self, sheet_id: str, table: list[Any] | None, last: int,
                append: AppendRows) -> list[Sub]:
        """The rows through the tab's table (widened first by a column for each cell a row
        has beyond it); an empty tab gets its first rows where they go. ``table`` ([id, width,
        height]) is updated for the next append."""
        if table is None:
            return [self._rows(sheet_id, last, append.rows)]
        table_id, width, height = table
        subs = []
        for _ in range(max(len(r) for r in append.rows) - width):
            subs.append(Sub("POST", self._table(table_id) + "/columns/add",
                            {"index": None, "values": [[""]] * height}))
            width += 1
        values = [[graphcells.as_text(str(v)) for v in r] + [""] * (width - len(r))
                  for r in append.rows]
        subs.append(Sub("POST", self._table(table_id) + "/rows/add",
                        {"index": None, "values": values}))
        table[1:] = [width, height + len(values)]
        return subs

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
        """The writes in the session, one after the other, then closeSession (which may fail
        harmlessly: an unclosed session expires by itself)."""
        answers = self._in_session(session, [*writes, Sub("POST", self.base + "/closeSession")])
        failed = [answers[str(i)] for i in range(len(writes)) if not answers[str(i)].ok]
        if failed:
            self.invalidate()
            self._check(([a for a in failed if a.status != 424] or failed)[0])

    def _in_session(self, session: str, subs: list[Sub], *, ordered: bool = True
                    ) -> dict[str, Answer]:
        """Sub-requests in the session; when Graph says the session is gone
        (``invalidSession…``: it expired, or the server restarted) a new one is created and
        what did not land is sent again, once. A resent PATCH lands on the same cells, and a
        table's rows/add that failed added nothing."""
        answers: dict[str, Answer] = {}
        pending = list(enumerate(subs))
        for attempt in range(2):
            for _, sub in pending:
                sub.headers["workbook-session-id"] = session
            got = self.client.run([sub for _, sub in pending], ordered=ordered)
            for k, (i, _) in enumerate(pending):
                answers[str(i)] = got[str(k)]
            pending = [(i, sub) for i, sub in pending if not answers[str(i)].ok]
            gone = any(code.startswith("invalidsession") for i, _ in pending
                       for code in answers[str(i)].codes())
            if not gone or attempt:
                break
            session = self._session_id(self.client.run(
                [Sub("POST", self.base + "/createSession", {"persistChanges": True})])["0"])
        return answers

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
                {"shift": "Up"}) for first, last in reversed(row_runs(sorted(expected)))])
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
        added = self._in_session(session, [Sub("POST", self.base + "/worksheets/add",
                                               {"name": t.title}) for t in new])
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


def _size(address: str) -> tuple[int, int]:
    """(columns, rows) of a range address such as ``Log!A1:G40``."""
    top, left = graphcells.origin(address)
    bottom, right = graphcells.origin(address.split(":")[-1])
    return right - left + 1, bottom - top + 1


def _at(grid: list[list[Any]], row: int, col: int) -> Any:
    return grid[row - 1][col - 1] if row - 1 < len(grid) and col - 1 < len(grid[row - 1]) \
        else None

