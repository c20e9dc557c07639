"""A local stand-in of the Microsoft Graph Excel workbook API, for tests and benchmarks.

A threaded HTTP server on 127.0.0.1 (port chosen by the OS) holding workbooks in memory, keyed
by (drive id, item id). Real client code talks to it through :meth:`GraphStandin.session`, a
requests Session whose adapter forwards ``https://graph.microsoft.com/`` to the stand-in::

    with GraphStandin() as graph:
        graph.create_workbook("b!drive", "01ITEM", {"Medlemmer": [["Navn", "E-mail"]]})
        backend = ExcelBackend("b!drive", "01ITEM", token=lambda: "t", session=graph.session())

What it models, as Graph documents it (learn.microsoft.com/graph: json-batching, excel,
excel-manage-sessions, workbook-error-handling, range, worksheet):

* ``POST /v1.0/$batch`` with at most 20 sub-requests (more: 400), answered by id; ``dependsOn``:
  a sub-request whose dependency failed answers 424 Failed Dependency and does nothing. Every
  call needs ``Authorization: Bearer …`` (401 without; any token is accepted). The same paths
  also work as plain requests.
* Under ``/drives/{drive}/items/{item}/workbook``: ``GET worksheets`` (id, name, position,
  visibility), ``POST worksheets/add`` (Excel's name rules: at most 31 characters, none of
  ``[]:*?/\\``, unique case-blind: 409 ``itemAlreadyExists``), ``worksheets/{id|name}/
  usedRange(valuesOnly=true)`` and its ``/lastRow``, ``range(address='…')`` GET and PATCH
  (``values``, ``numberFormat``; the array must match the range's shape, else 400), its
  ``/format`` and ``/format/font`` PATCH (stored), ``/delete`` with ``shift: Up`` (rows),
  ``createSession`` (201), ``refreshSession``, ``closeSession`` (204); ``$select`` on ranges;
  ``worksheets/{id}/tables`` (list) and ``tables/add`` (with headers; tables may not overlap;
  a header alone gets an empty data row, as in Excel),
  ``tables/{id}/range``, ``tables/{id}/columns/add`` (an empty header becomes "ColumnN") and
  ``tables/{id}/rows/add`` (the values must be rows of exactly the
  table's columns; appended below its last row, one request at a time, so two clients'
  rows never land on the same cells).
* A range answers ``address`` (``'Bob''s tab'!B2:D5``: quoted when the name needs it),
  ``values`` (text, numbers, booleans; a date is its serial number), ``text`` (as shown),
  ``numberFormat``, ``formulas``, ``valueTypes``, ``rowCount``, ``columnCount``. The used range
  of an empty worksheet is its ``A1`` holding ""; the used range need not start at A1.
* Writing ``values`` is like typing: "=…", and "+…"/"-…" that are not numbers, become a formula;
  "0045" the number 45; "TRUE"/"FALSE" booleans; "2025-03-04" or "04-03-2025" a date serial with
  a date format; a leading apostrophe keeps the rest as text (the apostrophe is not part of the
  value, the cell keeps a quote prefix); a cell formatted "@" keeps text as text; ``null``
  leaves a cell as it is; "" empties it.
* Sessions: ``workbook-session-id`` must name a session that exists and was used within
  ``session_idle`` seconds (300, on the injectable ``clock``), else 404 with the inner error
  code ``invalidSessionReCreatable``; :meth:`expire_sessions` ends them all.
* Faults: :meth:`fail_next` makes the next whole ``$batch`` answer a status (429 and 503 with
  ``Retry-After``); :meth:`fail_sub_next` makes the next sub-requests inside a batch answer it.

What it does NOT model (do not test these against it):

* formulas are never computed: ``values`` and ``text`` of a formula cell show its formula;
* the order of independent sub-requests: they run in the order given (Graph may run them in
  any order, in parallel, when no ``dependsOn`` says otherwise);
* non-persistent sessions (``persistChanges: false`` answers 400), the long-running-operation
  pattern of createSession (``Prefer: respond-async``), session conflicts between clients;
* a table growing into cells below it (Excel shifts them down; the stand-in overwrites them),
  table styles, totals rows, tables without headers, renamed tables;
* Graph's real throttling limits (only injected faults), token validation, permissions,
  drive/site discovery (``/sites/…``, ``/shares/…``), tables, named items, charts, data
  validation, merged cells, number formats beyond telling dates and times from numbers, date
  systems other than 1900, and the real 5 MB / cell-count limits of a request.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import requests

from tests.standin_http import ForwardAdapter, JsonHandler

GRAPH_PREFIX = "https://graph.microsoft.com/"
MAX_ROWS, MAX_COLS = 1_048_576, 16_384
EPOCH = dt.datetime(1899, 12, 30)
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?: (\d{1,2}):(\d{2}))?")
_DMY = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})")
_REF = re.compile(r"\$?([A-Za-z]{0,3})\$?(\d*)")
_BAD_NAME = re.compile(r"[\[\]:*?/\\]")


class GraphError(Exception):
    def __init__(self, status: int, code: str, message: str, inner: str | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.inner, self.retry_after = inner, retry_after

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.inner:
            error["innerError"] = {"code": self.inner, "message": self.message}
        return {"error": error}

    def headers(self) -> dict[str, str]:
        return {"Retry-After": str(int(self.retry_after))} if self.retry_after else {}


@dataclass(frozen=True)
class Formula:
    text: str


@dataclass
class XCell:
    value: Any  # str | int | float | bool | Formula
    fmt: str = "General"
    quote_prefix: bool = False


@dataclass
class Table:
    id: str
    name: str
    top: int  # the header row
    left: int
    bottom: int
    right: int


@dataclass
class Worksheet:
    id: str
    name: str
    cells: dict[tuple[int, int], XCell] = field(default_factory=dict)  # (row, col), 1-based
    formats: dict[str, Any] = field(default_factory=dict)  # what /format requests stored
    tables: list[Table] = field(default_factory=list)

    def used(self) -> tuple[int, int, int, int] | None:
        """(top, left, bottom, right) of the cells holding a value, None when there are none."""
        keys = [k for k, c in self.cells.items() if c.value not in ("", None)]
        if not keys:
            return None
        return (min(r for r, _ in keys), min(c for _, c in keys),
                max(r for r, _ in keys), max(c for _, c in keys))


@dataclass
class Book:
    sheets: list[Worksheet] = field(default_factory=list)

    def sheet(self, ref: str) -> Worksheet:
        for ws in self.sheets:
            if ws.id == ref or ws.name.casefold() == ref.casefold():
                return ws
        raise GraphError(404, "itemNotFound", f"The requested resource doesn't exist: {ref}")

    def table(self, ref: str) -> tuple[Worksheet, Table]:
        for ws in self.sheets:
            for table in ws.tables:
                if ref in (table.id, table.name):
                    return ws, table
        raise GraphError(404, "itemNotFound", f"The requested resource doesn't exist: {ref}")


def col_letters(col: int) -> str:
    # Not tovholder.sheets.a1: the stand-in plays Excel and must not share the code it checks.
    letters = ""
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def parse_address(address: str) -> tuple[int, int, int, int]:
    """``B2:D5`` -> (2, 2, 5, 4); ``A:A`` whole columns, ``5:7`` whole rows, ``C3`` one cell."""
    parts = address.rsplit("!", 1)[-1].split(":")
    if len(parts) > 2:
        raise GraphError(400, "invalidArgument", f"Invalid address: {address}")
    ends = []
    for part in parts:
        m = _REF.fullmatch(part)
        if not m or not (m.group(1) or m.group(2)):
            raise GraphError(400, "invalidArgument", f"Invalid address: {address}")
        col = 0
        for ch in m.group(1).upper():
            col = col * 26 + ord(ch) - 64
        ends.append((int(m.group(2)) if m.group(2) else None, col or None))
    (r0, c0), (r1, c1) = ends[0], ends[-1]
    top, left = r0 or 1, c0 or 1
    bottom = r1 if r1 is not None else MAX_ROWS
    right = c1 if c1 is not None else MAX_COLS
    if bottom > MAX_ROWS or right > MAX_COLS or top > bottom or left > right:
        raise GraphError(400, "invalidArgument", f"Invalid address: {address}")
    return top, left, bottom, right


def quoted(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", name) else \
        "'" + name.replace("'", "''") + "'"


def serial(moment: dt.date | dt.datetime | dt.time) -> float:
    if isinstance(moment, dt.time):
        return (moment.hour * 3600 + moment.minute * 60 + moment.second) / 86400
    if not isinstance(moment, dt.datetime):
        moment = dt.datetime(moment.year, moment.month, moment.day)
    days = (moment - EPOCH).total_seconds() / 86400
    return int(days) if days.is_integer() else days


def typed(value: Any, fmt: str = "General") -> XCell:
    """A value as seeded (not typed): dates become serials with a Danish date format."""
    if isinstance(value, XCell):
        return value
    if isinstance(value, dt.datetime):
        return XCell(serial(value), "dd-mm-yyyy hh:mm")
    if isinstance(value, dt.date):
        return XCell(serial(value), "dd-mm-yyyy")
    if isinstance(value, dt.time):
        return XCell(serial(value), "hh:mm")
    return XCell(value, fmt)


def typed_in(value: Any, cell: XCell | None) -> XCell | None:
    """A value from a PATCH's ``values``, stored as Excel stores what is typed."""
    fmt = cell.fmt if cell is not None else "General"
    if value is None:
        return cell  # null: the cell is left as it is
    if not isinstance(value, str):
        return XCell(value, fmt)
    if value == "":
        return XCell("", fmt)
    if fmt == "@":
        return XCell(value, fmt)
    if value.startswith("'"):
        return XCell(value[1:], fmt, quote_prefix=True)
    if value.startswith("=") or value[0] in "+-" and len(value) > 1 \
            and not _NUMBER.fullmatch(value):
        return XCell(Formula(value if value.startswith("=") else "=" + value), fmt)
    if _NUMBER.fullmatch(value):
        number = float(value)
        return XCell(int(number) if number.is_integer() and "." not in value else number, fmt)
    if value.upper() in ("TRUE", "FALSE"):
        return XCell(value.upper() == "TRUE", fmt)
    m = _ISO.fullmatch(value)
    if m:
        y, mo, d, h, mi = (int(g) if g else 0 for g in m.groups())
        return XCell(serial(dt.datetime(y, mo, d, h, mi)), "yyyy-mm-dd hh:mm" if m.group(4)
                     else "yyyy-mm-dd")
    m = _DMY.fullmatch(value)
    if m:
        d, mo, y = (int(g) for g in m.groups())
        return XCell(serial(dt.date(y, mo, d)), "dd-mm-yyyy")
    return XCell(value, fmt)


def shown(cell: XCell | None) -> str:
    """A cell as Excel shows it (``text``), for the formats the stand-in knows."""
    if cell is None or cell.value in ("", None):
        return ""
    value = cell.value
    if isinstance(value, Formula):
        return value.text
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float) and cell.fmt not in ("General", "@", "0", "0.00"):
        moment = EPOCH + dt.timedelta(days=value)
        out = cell.fmt.replace("yyyy", f"{moment.year:04d}").replace("dd", f"{moment.day:02d}")
        out = out.replace("hh", f"{moment.hour:02d}").replace("mm", "\0")
        # the first "mm" after a date is the month, after an hour the minutes
        parts = out.split("\0")
        months = "yyyy" in cell.fmt or "dd" in cell.fmt
        rebuilt = parts[0]
        for part in parts[1:]:
            use_month = months and ":" not in rebuilt[-1:]
            rebuilt += (f"{moment.month:02d}" if use_month else f"{moment.minute:02d}") + part
            months = False
        return rebuilt
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


class GraphStandin:
    """The server plus helpers to seed, inspect and break it."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic,
                 session_idle: float = 300.0) -> None:
        self.books: dict[tuple[str, str], Book] = {}
        self.requests: list[tuple[str, str]] = []  # every HTTP request: (method, path)
        self.subrequests: list[tuple[str, str]] = []  # every sub-request run: (method, url)
        self.authorizations: list[str] = []
        self.sessions: dict[str, float] = {}  # id -> last use on clock
        self.sessions_created = self.sessions_closed = 0
        self.clock, self.session_idle = clock, session_idle
        self._failures: list[tuple[int, float | None]] = []
        self._sub_failures: list[tuple[int, float | None]] = []
        self._lock = threading.RLock()
        self._server: ThreadingHTTPServer | None = None
        self._next_id = 0

    # -- life cycle ---------------------------------------------------------------------------
    def start(self) -> GraphStandin:
        standin = self

        class Handler(_Handler):
            owner = standin

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> GraphStandin:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._server is not None, "stand-in not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def session(self) -> requests.Session:
        """A Session that sends Graph's host to this stand-in (``trust_env`` off: no proxy)."""
        s = requests.Session()
        s.trust_env = False
        s.mount(GRAPH_PREFIX, ForwardAdapter(self.url))
        return s

    # -- seeding and inspection ----------------------------------------------------------------
    def create_workbook(self, drive: str, item: str, tabs: dict[str, list[list[Any]]]) -> None:
        with self._lock:
            book = Book()
            for name, rows in tabs.items():
                ws = self._add(book, name)
                self._fill(ws, rows)
            self.books[(drive, item)] = book

    def _add(self, book: Book, name: str) -> Worksheet:
        if not name or len(name) > 31 or _BAD_NAME.search(name) or name.startswith("'") \
                or name.endswith("'"):
            raise GraphError(400, "invalidArgument", f"Invalid worksheet name: {name!r}")
        if any(ws.name.casefold() == name.casefold() for ws in book.sheets):
            raise GraphError(409, "itemAlreadyExists", f"A worksheet named {name!r} exists")
        self._next_id += 1
        ws = Worksheet(f"{{{self._next_id:08X}-0001-0000-0000-000000000000}}", name)
        book.sheets.append(ws)
        return ws

    @staticmethod
    def _fill(ws: Worksheet, rows: list[list[Any]], top: int = 1, left: int = 1) -> None:
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value not in (None, ""):
                    ws.cells[(top + r, left + c)] = typed(value)

    def book(self, drive: str, item: str) -> Book:
        try:
            return self.books[(drive, item)]
        except KeyError:
            raise GraphError(404, "itemNotFound", "The resource could not be found.") from None

    def values(self, drive: str, item: str, name: str) -> list[list[str]]:
        """A worksheet as a person sees it, from A1, trailing empty cells and rows trimmed."""
        with self._lock:
            ws = self.book(drive, item).sheet(name)
            box = ws.used()
            if box is None:
                return []
            out = []
            for r in range(1, box[2] + 1):
                row = [shown(ws.cells.get((r, c))) for c in range(1, box[3] + 1)]
                while row and row[-1] == "":
                    row.pop()
                out.append(row)
            return out

    def cell(self, drive: str, item: str, name: str, row: int, col: int) -> XCell | None:
        with self._lock:
            return self.book(drive, item).sheet(name).cells.get((row, col))

    def set_rows(self, drive: str, item: str, name: str, rows: list[list[Any]],
                 top: int = 1, left: int = 1) -> None:
        """Replace a worksheet's content, as a chair editing (or sorting) it would."""
        with self._lock:
            ws = self.book(drive, item).sheet(name)
            ws.cells.clear()
            self._fill(ws, rows, top, left)

    def add_tab(self, drive: str, item: str, name: str, rows: list[list[Any]]) -> None:
        with self._lock:
            self._fill(self._add(self.book(drive, item), name), rows)

    def rename_tab(self, drive: str, item: str, old: str, new: str) -> None:
        with self._lock:
            self.book(drive, item).sheet(old).name = new

    def delete_tab(self, drive: str, item: str, name: str) -> None:
        with self._lock:
            book = self.book(drive, item)
            book.sheets.remove(book.sheet(name))

    def titles(self, drive: str, item: str) -> list[str]:
        with self._lock:
            return [ws.name for ws in self.book(drive, item).sheets]

    def formula_cells(self, drive: str, item: str) -> list[tuple[str, int, int, str]]:
        with self._lock:
            return [(ws.name, r, c, cell.value.text) for ws in self.book(drive, item).sheets
                    for (r, c), cell in sorted(ws.cells.items())
                    if isinstance(cell.value, Formula)]

    # -- faults and counting -------------------------------------------------------------------
    def fail_next(self, n: int = 1, status: int = 503, retry_after: float | None = None) -> None:
        """The next ``n`` HTTP requests answer ``status`` as a whole, changing nothing."""
        with self._lock:
            self._failures += [(status, retry_after)] * n

    def fail_sub_next(self, n: int = 1, status: int = 429,
                      retry_after: float | None = None) -> None:
        """The next ``n`` sub-requests inside batches answer ``status``, changing nothing."""
        with self._lock:
            self._sub_failures += [(status, retry_after)] * n

    def expire_sessions(self) -> None:
        with self._lock:
            self.sessions.clear()

    def reset_counts(self) -> None:
        with self._lock:
            self.requests.clear()
            self.subrequests.clear()

    # -- the API -------------------------------------------------------------------------------
    def batch(self, body: dict[str, Any]) -> dict[str, Any]:
        subs = body.get("requests")
        if not isinstance(subs, list) or not subs:
            raise GraphError(400, "invalidRequest", "A batch needs requests")
        if len(subs) > 20:
            raise GraphError(400, "invalidRequest",
                             "The number of batch requests exceeds the limit of 20")
        ids = [str(s.get("id")) for s in subs]
        if len(set(ids)) != len(ids):
            raise GraphError(400, "invalidRequest", "Batch request ids must be unique")
        status: dict[str, int] = {}
        responses = []
        for sub in subs:
            rid = str(sub["id"])
            after = [str(d) for d in sub.get("dependsOn") or []]
            if any(d not in status for d in after):
                raise GraphError(400, "invalidRequest", "dependsOn names an earlier request")
            if any(not 200 <= status[d] < 300 for d in after):
                code, payload, headers = 424, {"error": {"code": "failedDependency",
                                                         "message": "Failed dependency"}}, {}
            else:
                code, payload, headers = self.sub(sub)
            status[rid] = code
            responses.append({"id": rid, "status": code, "headers": headers,
                              "body": payload})
        return {"responses": responses}

    def sub(self, sub: dict[str, Any]) -> tuple[int, dict[str, Any], dict[str, str]]:
        url = str(sub.get("url", ""))
        method = str(sub.get("method", "GET")).upper()
        headers = {k.casefold(): v for k, v in (sub.get("headers") or {}).items()}
        self.subrequests.append((method, unquote(url)))
        try:
            if self._sub_failures:
                code, after = self._sub_failures.pop(0)
                raise GraphError(code, "tooManyRequests" if code == 429 else "serviceUnavailable",
                                 "Injected failure", retry_after=after)
            if sub.get("body") is not None and "content-type" not in headers:
                raise GraphError(400, "invalidRequest", "A body needs a Content-Type header")
            return self.call(method, url, sub.get("body") or {}, headers)
        except GraphError as e:
            return e.status, e.body(), e.headers()

    def call(self, method: str, url: str, body: dict[str, Any],
             headers: dict[str, str]) -> tuple[int, dict[str, Any], dict[str, str]]:
        parts = urlsplit(url if url.startswith("/") else "/" + url)
        path = unquote(parts.path).removeprefix("/v1.0")
        m = re.fullmatch(r"/drives/([^/]+)/items/([^/]+)/workbook(/.*)", path)
        if not m:
            raise GraphError(400, "invalidRequest", f"Not modelled: {method} {path}")
        book = self.book(m.group(1), m.group(2))
        rest = m.group(3)
        select = parse_qs(parts.query).get("$select", [""])[0]
        if rest == "/createSession" and method == "POST":
            if body.get("persistChanges") is False:
                raise GraphError(400, "invalidRequest", "Non-persistent sessions not modelled")
            self._next_id += 1
            sid = f"cluster=standin&session={self._next_id:06d}"
            self.sessions[sid] = self.clock()
            self.sessions_created += 1
            return 201, {"id": sid, "persistChanges": True}, {}
        self._session(headers)
        if rest in ("/closeSession", "/refreshSession") and method == "POST":
            if rest == "/closeSession":
                self.sessions.pop(headers.get("workbook-session-id", ""), None)
                self.sessions_closed += 1
            return 204, {}, {}
        if rest == "/worksheets" and method == "GET":
            return 200, {"value": [{"id": ws.id, "name": ws.name, "position": i,
                                    "visibility": "Visible"}
                                   for i, ws in enumerate(book.sheets)]}, {}
        if rest == "/worksheets/add" and method == "POST":
            ws = self._add(book, str(body.get("name") or f"Sheet{len(book.sheets) + 1}"))
            return 201, {"id": ws.id, "name": ws.name, "position": len(book.sheets) - 1,
                         "visibility": "Visible"}, {}
        m = re.fullmatch(r"/tables/([^/]+)(/range|/rows/add|/columns/add)", rest)
        if m:
            return self._table(book, m.group(1), m.group(2), method, body, select)
        m = re.fullmatch(r"/worksheets/([^/]+?)(/tables|/tables/add)", rest)
        if m:
            return self._tables(book, book.sheet(m.group(1)), m.group(2), method, body)
        m = re.fullmatch(r"/worksheets/([^/]+?)(/.*)", rest)
        if m:
            ws = book.sheet(m.group(1).removeprefix("('").removesuffix("')"))
            return self._range(ws, method, m.group(2), body, select)
        raise GraphError(400, "invalidRequest", f"Not modelled: {method} {rest}")

    def _tables(self, book: Book, ws: Worksheet, rest: str, method: str,
                body: dict[str, Any]) -> tuple[int, dict[str, Any], dict[str, str]]:
        if rest == "/tables" and method == "GET":
            return 200, {"value": [{"id": t.id, "name": t.name} for t in ws.tables]}, {}
        if rest == "/tables/add" and method == "POST":
            top, left, bottom, right = parse_address(str(body.get("address", "")))
            if any(t.left <= right and left <= t.right and t.top <= bottom and top <= t.bottom
                   for t in ws.tables):
                raise GraphError(400, "invalidArgument", "A table can't overlap another table")
            if not body.get("hasHeaders"):
                raise GraphError(400, "invalidArgument", "Tables without headers not modelled")
            self._next_id += 1
            count = sum(len(w.tables) for w in book.sheets) + 1
            # Excel's table always has a data row: a header alone gets an empty one below it
            table = Table(str(self._next_id), f"Table{count}", top, left, max(bottom, top + 1),
                          right)
            ws.tables.append(table)
            return 201, {"id": table.id, "name": table.name, "showHeaders": True}, {}
        raise GraphError(405, "methodNotAllowed", f"{method} {rest}")

    def _table(self, book: Book, ref: str, rest: str, method: str, body: dict[str, Any],
               select: str) -> tuple[int, dict[str, Any], dict[str, str]]:
        ws, table = book.table(ref)
        if rest == "/range" and method == "GET":
            box = (table.top, table.left, table.bottom, table.right)
            return 200, self._range_json(ws, box, select), {}
        if rest == "/rows/add" and method == "POST":
            values = body.get("values") or []
            width = table.right - table.left + 1
            if not values or any(not isinstance(r, list) or len(r) != width for r in values):
                raise GraphError(400, "invalidArgument",
                                 f"The values must be rows of the table's {width} columns")
            first = table.bottom + 1
            self._patch(ws, (first, table.left, first + len(values) - 1, table.right),
                        {"values": values})
            table.bottom += len(values)
            return 201, {"index": first - table.top - 1, "values": values}, {}
        if rest == "/columns/add" and method == "POST":
            values = body.get("values") or []
            height = table.bottom - table.top + 1
            if len(values) != height or any(not isinstance(r, list) or len(r) != 1
                                            for r in values):
                raise GraphError(400, "invalidArgument",
                                 f"The values must be the table's {height} rows of one cell")
            table.right += 1
            name = values[0][0] or f"Column{table.right - table.left + 1}"
            self._patch(ws, (table.top, table.right, table.bottom, table.right),
                        {"values": [[name], *values[1:]]})
            return 201, {"name": name}, {}
        raise GraphError(405, "methodNotAllowed", f"{method} {rest}")

    def _session(self, headers: dict[str, str]) -> None:
        sid = headers.get("workbook-session-id")
        if sid is None:
            return  # sessionless: allowed, persisted at once
        last = self.sessions.get(sid)
        if last is None or self.clock() - last > self.session_idle:
            self.sessions.pop(sid, None)
            raise GraphError(404, "itemNotFound", "The session does not exist or has expired",
                             inner="invalidSessionReCreatable")
        self.sessions[sid] = self.clock()

    def _range(self, ws: Worksheet, method: str, rest: str, body: dict[str, Any],
               select: str) -> tuple[int, dict[str, Any], dict[str, str]]:
        m = re.fullmatch(r"/usedRange\(valuesOnly=true\)(/lastRow)?", rest)
        if m and method == "GET":
            box = ws.used() or (1, 1, 1, 1)
            if m.group(1):
                box = (box[2], box[1], box[2], box[3])
            return 200, self._range_json(ws, box, select), {}
        m = re.fullmatch(r"/range\(address='([^']*)'\)(/format|/format/font|/delete)?", rest)
        if not m:
            raise GraphError(400, "invalidRequest", f"Not modelled: {method} {rest}")
        box = parse_address(m.group(1))
        tail = m.group(2)
        if tail in ("/format", "/format/font") and method == "PATCH":
            ws.formats.setdefault(m.group(1) + (tail or ""), {}).update(body)
            return 200, dict(body), {}
        if tail == "/delete" and method == "POST":
            return self._delete(ws, box, str(body.get("shift", "")))
        if tail is None and method == "GET":
            return 200, self._range_json(ws, box, select), {}
        if tail is None and method == "PATCH":
            self._patch(ws, box, body)
            return 200, self._range_json(ws, box, select), {}
        raise GraphError(405, "methodNotAllowed", f"{method} {rest}")

    def _patch(self, ws: Worksheet, box: tuple[int, int, int, int], body: dict[str, Any]) -> None:
        top, left, bottom, right = box
        shape = (bottom - top + 1, right - left + 1)
        for key in ("numberFormat", "values"):
            grid = body.get(key)
            if grid is None:
                continue
            if not isinstance(grid, list) or len(grid) != shape[0] or \
                    any(not isinstance(r, list) or len(r) != shape[1] for r in grid):
                raise GraphError(400, "invalidArgument", f"The {key} array does not match "
                                 f"the range's {shape[0]} x {shape[1]} cells")
        for i, row in enumerate(body.get("numberFormat") or []):
            for j, fmt in enumerate(row):
                cell = ws.cells.get((top + i, left + j))
                if cell is not None and fmt is not None:
                    cell.fmt = str(fmt)
                elif fmt is not None:
                    ws.cells[(top + i, left + j)] = XCell("", str(fmt))
        for i, row in enumerate(body.get("values") or []):
            for j, value in enumerate(row):
                new = typed_in(value, ws.cells.get((top + i, left + j)))
                if new is not None:
                    ws.cells[(top + i, left + j)] = new

    def _delete(self, ws: Worksheet, box: tuple[int, int, int, int],
                shift: str) -> tuple[int, dict[str, Any], dict[str, str]]:
        top, left, bottom, right = box
        if shift != "Up" or left != 1 or right != MAX_COLS:
            raise GraphError(400, "invalidArgument", "Only whole rows shifted up are modelled")
        gone = bottom - top + 1
        for table in ws.tables:  # rows deleted inside a table leave it; rows above move it
            inside = max(0, min(bottom, table.bottom) - max(top, table.top + 1) + 1)
            above = max(0, min(bottom, table.top - 1) - top + 1)
            table.top -= above
            table.bottom -= above + inside
        ws.cells = {(r - gone if r > bottom else r, c): cell
                    for (r, c), cell in ws.cells.items() if not top <= r <= bottom}
        return 204, {}, {}

    def _range_json(self, ws: Worksheet, box: tuple[int, int, int, int],
                    select: str) -> dict[str, Any]:
        top, left, bottom, right = box
        bottom, right = min(bottom, top + 9999), min(right, left + 255)  # whole rows: trimmed
        rows = range(top, bottom + 1)
        cols = range(left, right + 1)
        cells = [[ws.cells.get((r, c)) for c in cols] for r in rows]
        address = f"{col_letters(left)}{top}"
        if box[:2] != (bottom, right):
            address += f":{col_letters(right)}{bottom}"
        full = {
            "address": f"{quoted(ws.name)}!{address}", "addressLocal": address,
            "rowIndex": top - 1, "columnIndex": left - 1,
            "rowCount": len(rows), "columnCount": len(cols), "cellCount": len(rows) * len(cols),
            "values": [[_value(c) for c in row] for row in cells],
            "text": [[shown(c) for c in row] for row in cells],
            "formulas": [[c.value.text if c is not None and isinstance(c.value, Formula)
                          else _value(c) for c in row] for row in cells],
            "numberFormat": [[c.fmt if c is not None else "General" for c in row]
                             for row in cells],
            "valueTypes": [[_type(c) for c in row] for row in cells],
        }
        if not select:
            return full
        return {k: full[k] for k in select.split(",") if k in full}


def _value(cell: XCell | None) -> Any:
    if cell is None:
        return ""
    return cell.value.text if isinstance(cell.value, Formula) else cell.value


def _type(cell: XCell | None) -> str:
    if cell is None or cell.value == "":
        return "Empty"
    value = cell.value
    if isinstance(value, bool):
        return "Boolean"
    if isinstance(value, int | float):
        return "Double"
    return "String"


class _Handler(JsonHandler):
    owner: GraphStandin
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
        pass

    def _serve(self, method: str) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        owner = self.owner
        try:
            with owner._lock:
                owner.requests.append((method, unquote(parts.path)))
                failure = owner._failures.pop(0) if owner._failures else None
            if failure:
                code, after = failure
                raise GraphError(code, "tooManyRequests" if code == 429 else "serviceUnavailable",
                                 "Injected failure", retry_after=after)
            auth = self.headers.get("Authorization", "")
            if not auth.startswith("Bearer ") or not auth[7:].strip():
                raise GraphError(401, "InvalidAuthenticationToken", "Access token is empty.")
            body = json.loads(raw) if raw else {}
            with owner._lock:
                owner.authorizations.append(auth[7:])
                if parts.path == "/v1.0/$batch" and method == "POST":
                    self._send(200, owner.batch(body))
                    return
                headers = {k.casefold(): v for k, v in self.headers.items()}
                code, payload, extra = owner.call(method, self.path, body, headers)
            self._send(code, payload, extra)
        except GraphError as e:
            self._send(e.status, e.body(), e.headers())
        except (KeyError, ValueError, TypeError) as e:
            self._send(400, {"error": {"code": "invalidRequest", "message": repr(e)}})







def running() -> Iterator[GraphStandin]:
    """Generator for a pytest fixture: ``graph = pytest.fixture(graph_standin.running)``."""
    with GraphStandin() as standin:
        yield standin
