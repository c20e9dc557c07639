"""A local stand-in of the Google Sheets API v4, for tests and benchmarks (no network).

A threaded HTTP server on 127.0.0.1 (port chosen by the OS) holding spreadsheets in memory. Real
gspread / google-auth code talks to it through :meth:`SheetsStandin.session`, a requests Session
whose adapter forwards ``https://sheets.googleapis.com/`` and ``https://oauth2.googleapis.com/`` to
the stand-in (``trust_env`` off, so no proxy is consulted)::

    with SheetsStandin() as standin:
        standin.create_spreadsheet("sheet-1", {"Medlemmer": [["Navn", "E-mail"]]})
        backend = GoogleBackend("sheet-1", session=standin.session())

Implemented: ``GET /v4/spreadsheets/{id}`` (metadata only: properties.title and every
sheet's properties, whatever ``fields`` asks for), ``values:batchGet``, ``GET/PUT values/{range}``,
``values:batchUpdate``, ``values/{range}:append``, and ``:batchUpdate`` with addSheet,
appendCells, updateCells, setDataValidation (stored), updateSheetProperties (title, grid size,
frozen rows), deleteDimension (rows) and updateDimensionProperties (accepted, ignored). A1
ranges with quoted titles (``'Bob''s tab'!A:A``, ``'Møder'!A1:F``), sheet-only ranges,
``A1:F``, ``A:F``, ``2:5`` and single cells. Writes outside the grid answer 400; appendCells
and values:append grow the grid like Google. Missing ``Authorization: Bearer …`` answers 401
(any token is accepted); ``POST /token`` answers an OAuth2 JWT-bearer grant (the assertion's
claims are checked, its signature is not), an authorization code (any code: the consent screen
is not modelled, a test plays the browser) and a refresh-token grant for a token it issued or
:meth:`SheetsStandin.refresh_token_for` made (:meth:`SheetsStandin.revoke` withdraws one); the
client id is required, the client secret is not checked.

What it does NOT model (do not test these against it):

* formulas are never evaluated: a formula cell reads back as its formula text under every
  valueRenderOption (Google would show the result);
* ``USER_ENTERED`` only turns ``=…`` into a formula, a plain decimal number such as
  ``004512345678`` into a number (losing the zeros, as Google does), ``TRUE``/``FALSE`` into
  booleans and drops a leading apostrophe: typed dates ("5/11/2022") stay text (Google would
  parse them by the locale); seed real dates with ``datetime.date``/``time``/``datetime`` values;
* the locales' default patterns (``LOCALES``) follow CLDR's short formats with a four-digit year,
  as the Sheets UI shows them; they are not checked against Google for every locale, and month
  names are English only; a pattern knows d, dd, ddd, dddd, m, mm, mmm, mmmm, yy, yyyy, h, hh,
  ss, AM/PM, 0, 0.00, #,##0 and literal text, not colours, conditions or fractions;
* majorDimension is always ROWS; no named ranges, merges, protected ranges, filters, Drive API;
* values:append appends below the last non-empty row of the whole tab (Google looks for the
  "table" inside the range);
* fault injection (:meth:`fail_next`) and the request log cover the /v4 API only, not /token.

Locales and typed cells, like Google's: a spreadsheet has a ``properties.locale`` (``locale=`` of
:meth:`SheetsStandin.create_spreadsheet`, da_DK unless given). A cell is text, a number, a boolean,
a formula, or a :class:`Typed` number with a number format (type DATE, TIME, DATE_TIME or NUMBER
and a pattern; an empty pattern is the locale's default). Seeding with ``datetime.date``,
``datetime.time`` or ``datetime.datetime`` stores a serial number (days since 30 December 1899,
the time as a fraction of a day) with a date/time format, as a chair typing a date would.
``valueRenderOption`` FORMATTED_VALUE (the default) renders by the cell's pattern in the
spreadsheet's locale (an en_US sheet shows 5 November 2022 as ``11/5/2022`` and 3 as ``3.00``
under ``0.00``; da_DK ``05.11.2022`` and ``3,00``); UNFORMATTED_VALUE and FORMULA give numbers,
and dates as serial numbers unless ``dateTimeRenderOption=FORMATTED_STRING``
(``dateTimeRenderOption`` is ignored under FORMATTED_VALUE, as Google does). appendCells and
updateCells store ``userEnteredFormat.numberFormat`` when ``fields`` names it.

Quota, like Google's "requests per minute per user" (off unless ``quota_per_minute`` is given):
requests are counted per user (the service account a token was issued to, else the bearer token)
in a rolling minute on ``clock`` (injectable, so a benchmark can run in simulated time); one over
the quota answers 429 RESOURCE_EXHAUSTED and changes nothing, with a ``Retry-After`` header
(seconds until a slot is free) unless ``retry_after=False``: Google itself mostly sends none.
Google counts read and write requests separately, per minute; the
stand-in counts them together in a rolling minute, which is stricter. :meth:`per_minute` gives
the requests received per clock minute (rejected ones too).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import math
import re
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

import requests

from tests import secret_watch
from tests.standin_http import ForwardAdapter, JsonHandler

SCOPE = "https://www.googleapis.com/auth/spreadsheets"
GOOGLE_PREFIXES = ("https://sheets.googleapis.com/", "https://oauth2.googleapis.com/")
_STATUS_NAMES = {400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED",
                 404: "NOT_FOUND", 429: "RESOURCE_EXHAUSTED", 500: "INTERNAL",
                 502: "BAD_GATEWAY", 503: "UNAVAILABLE", 504: "DEADLINE_EXCEEDED"}
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_CELLREF = re.compile(r"([A-Za-z]*)(\d*)")


class ApiError(Exception):
    def __init__(self, status: int, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.retry_after = retry_after


@dataclass(frozen=True)
class Formula:
    text: str


@dataclass(frozen=True)
class Typed:
    """A number with a number format, as Google keeps a date a chair typed: a serial number with
    type DATE (TIME, DATE_TIME) and a pattern ("" is the spreadsheet locale's default)."""

    value: float
    kind: str = "NUMBER"  # DATE | TIME | DATE_TIME | NUMBER (and the others Google has)
    pattern: str = ""


@dataclass(frozen=True)
class Locale:
    date: str
    time: str
    decimal: str
    group: str


# CLDR's short patterns with a four-digit year, as the Sheets UI shows them (see the docstring)
LOCALES = {
    "da_DK": Locale("dd.mm.yyyy", "hh.mm.ss", ",", "."),
    "de_DE": Locale("dd.mm.yyyy", "hh:mm:ss", ",", "."),
    "en_GB": Locale("dd/mm/yyyy", "hh:mm:ss", ".", ","),
    "en_US": Locale("m/d/yyyy", "h:mm:ss AM/PM", ".", ","),
}
EPOCH = dt.datetime(1899, 12, 30)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_TOKEN = re.compile(r"yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am/pm|\\.|\"[^\"]*\"|.",
                    re.IGNORECASE)


def serial(value: dt.date | dt.time | dt.datetime) -> Typed:
    """A date, time or both as Google stores what a chair typed: a serial number with a format."""
    if isinstance(value, dt.datetime):
        return Typed((value - EPOCH).total_seconds() / 86400, "DATE_TIME")
    if isinstance(value, dt.date):
        return Typed(float((value - EPOCH.date()).days), "DATE")
    return Typed((value.hour * 3600 + value.minute * 60 + value.second) / 86400, "TIME")


def render_typed(cell: Typed, locale: str) -> str:
    """FORMATTED_VALUE of a typed cell in the spreadsheet's locale."""
    loc = LOCALES.get(locale, LOCALES["en_US"])
    if cell.kind == "NUMBER":
        return render_number(cell.value, cell.pattern, loc)
    pattern = cell.pattern or {"DATE": loc.date, "TIME": loc.time,
                               "DATE_TIME": f"{loc.date} {loc.time}"}.get(cell.kind, loc.date)
    moment = EPOCH + dt.timedelta(seconds=round(cell.value * 86400))
    twelve = "am/pm" in pattern.lower()
    out: list[str] = []
    tokens = _TOKEN.findall(pattern)
    for i, token in enumerate(tokens):
        low = token.lower()
        after_hour = any(t.lower() in ("h", "hh") for t in tokens[max(0, i - 2):i])
        before_second = any(t.lower() in ("s", "ss") for t in tokens[i + 1:i + 3])
        if low in ("m", "mm") and (after_hour or before_second):
            out.append(f"{moment.minute:02d}" if low == "mm" else str(moment.minute))
        elif low in ("h", "hh"):
            hour = (moment.hour % 12 or 12) if twelve else moment.hour
            out.append(f"{hour:02d}" if low == "hh" else str(hour))
        else:
            out.append(_date_token(token, low, moment))
    return "".join(out)


def _date_token(token: str, low: str, moment: dt.datetime) -> str:
    return {"yyyy": str(moment.year), "yy": f"{moment.year % 100:02d}",
            "mmmm": _MONTHS[moment.month - 1], "mmm": _MONTHS[moment.month - 1][:3],
            "mm": f"{moment.month:02d}", "m": str(moment.month),
            "dddd": _DAYS[moment.weekday()], "ddd": _DAYS[moment.weekday()][:3],
            "dd": f"{moment.day:02d}", "d": str(moment.day),
            "ss": f"{moment.second:02d}", "s": str(moment.second),
            "am/pm": "AM" if moment.hour < 12 else "PM"}.get(
        low, token[1:-1] if token.startswith('"') else token.lstrip("\\"))


def render_number(value: float, pattern: str, loc: Locale) -> str:
    """A number by a pattern such as ``0.00`` or ``#,##0`` (Automatic when empty), with the
    locale's decimal and grouping marks."""
    decimals = len(pattern.split(".", 1)[1]) if "." in pattern else None
    if decimals is None:
        text = str(int(value)) if float(value).is_integer() else repr(float(value))
    else:
        text = f"{value:.{decimals}f}"
    whole, _, fraction = text.partition(".")
    if "," in pattern:
        sign, digits = ("-", whole[1:]) if whole.startswith("-") else ("", whole)
        groups = []
        while len(digits) > 3:
            digits, groups = digits[:-3], [digits[-3:], *groups]
        whole = sign + loc.group.join([digits, *groups])
    return whole + (loc.decimal + fraction if fraction else "")


@dataclass
class Sheet:
    sheet_id: int
    title: str
    index: int
    row_count: int = 1000
    col_count: int = 26
    frozen_rows: int = 0
    rows: list[list[Any]] = field(default_factory=list)  # None | str | int | float | bool | Formula
    validations: list[dict[str, Any]] = field(default_factory=list)

    def properties(self) -> dict[str, Any]:
        grid = {"rowCount": self.row_count, "columnCount": self.col_count}
        if self.frozen_rows:
            grid["frozenRowCount"] = self.frozen_rows
        return {"sheetId": self.sheet_id, "title": self.title, "index": self.index,
                "sheetType": "GRID", "gridProperties": grid}

    def used_rows(self) -> int:
        for i in range(len(self.rows) - 1, -1, -1):
            if any(not _empty(v) for v in self.rows[i]):
                return i + 1
        return 0

    def set(self, r: int, c: int, value: Any) -> None:
        if r >= self.row_count or c >= self.col_count:
            raise ApiError(400, f"Range ({quote_title(self.title)}!{a1(r, c)}) exceeds grid "
                                f"limits. Max rows: {self.row_count}, "
                                f"max columns: {self.col_count}")
        while len(self.rows) <= r:
            self.rows.append([])
        row = self.rows[r]
        while len(row) <= c:
            row.append(None)
        row[c] = value

    def clone(self) -> Sheet:
        return Sheet(self.sheet_id, self.title, self.index, self.row_count, self.col_count,
                     self.frozen_rows, [list(r) for r in self.rows], list(self.validations))

    def get(self, r: int, c: int) -> Any:
        return self.rows[r][c] if r < len(self.rows) and c < len(self.rows[r]) else None

    def grow(self, rows: int, cols: int) -> None:
        self.row_count = max(self.row_count, rows)
        self.col_count = max(self.col_count, cols)


@dataclass
class Spreadsheet:
    id: str
    title: str
    sheets: list[Sheet] = field(default_factory=list)
    locale: str = "da_DK"

    def sheet(self, title: str) -> Sheet:
        for sheet in self.sheets:
            if sheet.title == title:
                return sheet
        raise ApiError(400, f"Unable to parse range: {quote_title(title)}")

    def by_id(self, sheet_id: int) -> Sheet:
        for sheet in self.sheets:
            if sheet.sheet_id == sheet_id:
                return sheet
        raise ApiError(400, f"No grid with id: {sheet_id}")


def _empty(value: Any) -> bool:
    return value is None or value == ""


def col_letters(c: int) -> str:
    # Deliberately not tovholder.sheets.a1: the stand-in plays Google, so it must not share the code it
    # checks (a bug there would then agree with itself).
    letters = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def a1(r: int, c: int) -> str:
    return f"{col_letters(c)}{r + 1}"


def quote_title(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


def formatted(value: Any, render: str = "FORMATTED_VALUE", locale: str = "da_DK",
              date_render: str = "SERIAL_NUMBER") -> Any:
    if isinstance(value, Formula):
        return value.text
    if render == "UNFORMATTED_VALUE" or render == "FORMULA":
        if not isinstance(value, Typed):  # JSON has one kind of number: 3.0 comes as 3
            return int(value) if isinstance(value, float) and value.is_integer() else value
        if value.kind != "NUMBER" and date_render == "FORMATTED_STRING":
            return render_typed(value, locale)
        return int(value.value) if float(value.value).is_integer() else value.value
    if isinstance(value, Typed):
        return render_typed(value, locale)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float | int):
        return render_number(value, "", LOCALES.get(locale, LOCALES["en_US"]))
    return str(value)


def stored(value: Any) -> Any:
    """A seeded cell as Google stores it: dates and times become typed serial numbers."""
    if isinstance(value, dt.date | dt.time):
        return serial(value)
    return None if _empty(value) else value


def parse_input(value: Any, option: str) -> Any:
    """A value from a values.* request body as Google would store it."""
    if value is None or not isinstance(value, str):
        return value
    if option != "USER_ENTERED":
        return value
    if value.startswith("="):
        return Formula(value)
    if value.startswith("'"):
        return value[1:]
    if _NUMBER.fullmatch(value):
        number = float(value)
        whole = number.is_integer() and "." not in value and "e" not in value.lower()
        return int(number) if whole else number
    if value.upper() in ("TRUE", "FALSE"):
        return value.upper() == "TRUE"
    return value


def user_entered_value(cell: dict[str, Any], fields: str = "userEnteredValue",
                       before: Any = None) -> Any:
    """An ExtendedValue (updateCells/appendCells) as stored. A number takes the cell's
    ``userEnteredFormat.numberFormat`` when ``fields`` names it, else keeps the format the cell
    had (``before``)."""
    uev = cell.get("userEnteredValue")
    if not uev:
        return None
    if "stringValue" in uev:
        return uev["stringValue"]
    if "numberValue" in uev:
        number = uev["numberValue"]
        if "userEnteredFormat" in fields or fields == "*":
            fmt = cell.get("userEnteredFormat", {}).get("numberFormat")
            return Typed(number, fmt.get("type", "NUMBER"), fmt.get("pattern", "")) \
                if fmt else number
        return Typed(number, before.kind, before.pattern) if isinstance(before, Typed) \
            else number
    if "boolValue" in uev:
        return bool(uev["boolValue"])
    if "formulaValue" in uev:
        return Formula(uev["formulaValue"])
    raise ApiError(400, f"Unsupported userEnteredValue: {sorted(uev)}")


def split_range(text: str) -> tuple[str | None, str | None]:
    """``'Bob''s tab'!A:A`` -> ("Bob's tab", "A:A"); ``Log`` -> ("Log", None);
    ``A1`` -> (None, "A1")."""
    text = text.strip()
    if text.startswith("'"):
        i, title = 1, []
        while i < len(text):
            if text[i] == "'":
                if text[i + 1:i + 2] == "'":
                    title.append("'")
                    i += 2
                    continue
                break
            title.append(text[i])
            i += 1
        else:
            raise ApiError(400, f"Unable to parse range: {text}")
        rest = text[i + 1:]
        if rest and not rest.startswith("!"):
            raise ApiError(400, f"Unable to parse range: {text}")
        return "".join(title), rest[1:] or None
    if "!" in text:
        title, ref = text.rsplit("!", 1)
        return title, ref or None
    if re.fullmatch(r"[A-Za-z]{1,3}\d+(:[A-Za-z]{1,3}\d*)?|[A-Za-z]{1,3}\d*:[A-Za-z]{1,3}\d*"
                    r"|\d+:\d+", text):
        return None, text
    return text, None


Box = tuple[int, int, int | None, int | None]  # r0, c0, r1 (exclusive) or None, c1 or None


def parse_ref(ref: str | None) -> Box:
    if not ref:
        return 0, 0, None, None
    parts = ref.split(":")
    if len(parts) > 2:
        raise ApiError(400, f"Unable to parse range: {ref}")
    cells = []
    for part in parts:
        m = _CELLREF.fullmatch(part)
        if not m or not (m.group(1) or m.group(2)):
            raise ApiError(400, f"Unable to parse range: {ref}")
        col = 0
        for ch in m.group(1).upper():
            col = col * 26 + ord(ch) - 64
        cells.append((int(m.group(2)) - 1 if m.group(2) else None, col - 1 if col else None))
    (r0, c0), (r1, c1) = cells[0], cells[-1]
    if len(parts) == 1:  # single cell (or a whole column/row)
        return r0 or 0, c0 or 0, (r0 + 1 if r0 is not None else None), \
            (c0 + 1 if c0 is not None else None)
    return r0 or 0, c0 or 0, (r1 + 1 if r1 is not None else None), \
        (c1 + 1 if c1 is not None else None)


class SheetsStandin:
    """The server plus helpers to seed, inspect and break it."""

    def __init__(self, *, quota_per_minute: int | None = None,
                 clock: Callable[[], float] = time.monotonic, retry_after: bool = True) -> None:
        self.retry_after = retry_after  # Google mostly sends a 429 without Retry-After
        self.spreadsheets: dict[str, Spreadsheet] = {}
        self.requests: list[tuple[str, str]] = []
        self.quota_per_minute, self.clock = quota_per_minute, clock
        self.stamps: list[tuple[float, str]] = []  # (clock, user) of every /v4 request
        self.exhausted = 0  # requests answered 429 for the quota
        self._window: dict[str, deque[float]] = defaultdict(deque)
        self.authorizations: list[str] = []
        self.tokens_issued: list[dict[str, Any]] = []
        self.refresh_tokens: dict[str, str] = {}  # refresh token -> the user it stands for
        self.codes_exchanged: list[str] = []
        self._failures: list[tuple[int, float | None]] = []
        self._lock = threading.RLock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._next_sheet_id = 1000

    # -- life cycle ---------------------------------------------------------------------------
    def start(self) -> SheetsStandin:
        standin = self

        class Handler(_Handler):
            owner = standin

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> SheetsStandin:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._server is not None, "stand-in not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def token_uri(self) -> str:
        return self.url + "/token"

    def session(self, token: str | None = "standin-token") -> requests.Session:
        """A Session that sends Google's API hosts to this stand-in (with a bearer token unless
        ``token`` is None, e.g. when google-auth credentials add their own)."""
        s = requests.Session()
        s.trust_env = False
        adapter = ForwardAdapter(self.url)
        for prefix in GOOGLE_PREFIXES:
            s.mount(prefix, adapter)
        if token:
            s.headers["Authorization"] = f"Bearer {token}"
        return s

    # -- seeding and inspection ----------------------------------------------------------------
    def create_spreadsheet(self, spreadsheet_id: str, tabs: dict[str, list[list[Any]]],
                           title: str = "Tovholder test", rows: int = 1000,
                           cols: int = 26, locale: str = "da_DK") -> None:
        with self._lock:
            book = Spreadsheet(spreadsheet_id, title, locale=locale)
            for name, content in (tabs or {"Sheet1": []}).items():
                sheet = self._new_sheet(book, name, max(rows, len(content)),
                                        max([cols, *(len(r) for r in content)]))
                sheet.rows = [[stored(v) for v in row] for row in content]
            self.spreadsheets[spreadsheet_id] = book

    def _new_sheet(self, book: Spreadsheet, title: str, rows: int, cols: int,
                   sheet_id: int | None = None, index: int | None = None) -> Sheet:
        if any(s.title.casefold() == title.casefold() for s in book.sheets):
            raise ApiError(400, f'A sheet with the name "{title}" already exists. '
                                'Please enter another name.')
        if sheet_id is None:
            self._next_sheet_id += 17
            sheet_id = self._next_sheet_id
        elif any(s.sheet_id == sheet_id for s in book.sheets):
            raise ApiError(400, f"Sheet with id {sheet_id} already exists.")
        sheet = Sheet(sheet_id, title, len(book.sheets), rows, cols)
        if index is not None and index < len(book.sheets):
            book.sheets.insert(index, sheet)
        else:
            book.sheets.append(sheet)
        for i, s in enumerate(book.sheets):
            s.index = i
        return sheet

    def book(self, spreadsheet_id: str) -> Spreadsheet:
        try:
            return self.spreadsheets[spreadsheet_id]
        except KeyError:
            raise ApiError(404, "Requested entity was not found.") from None

    def values(self, spreadsheet_id: str, title: str,
               render: str = "FORMATTED_VALUE") -> list[list[Any]]:
        with self._lock:
            book = self.book(spreadsheet_id)
            return _render(book.sheet(title), (0, 0, None, None), render, book.locale)

    def cell(self, spreadsheet_id: str, title: str, row: int, col: int) -> Any:
        """The stored cell (1-based), e.g. ``Typed(44870.0, "DATE")`` for a date."""
        with self._lock:
            return self.book(spreadsheet_id).sheet(title).get(row - 1, col - 1)

    def set_rows(self, spreadsheet_id: str, title: str, rows: list[list[Any]]) -> None:
        """Replace a tab's content, as a chair editing (or sorting) it would."""
        with self._lock:
            sheet = self.book(spreadsheet_id).sheet(title)
            sheet.grow(len(rows), max((len(r) for r in rows), default=0))
            sheet.rows = [[stored(v) for v in row] for row in rows]

    def rename_tab(self, spreadsheet_id: str, old: str, new: str) -> None:
        with self._lock:
            self.book(spreadsheet_id).sheet(old).title = new

    def delete_tab(self, spreadsheet_id: str, title: str) -> None:
        with self._lock:
            book = self.book(spreadsheet_id)
            book.sheets.remove(book.sheet(title))

    def titles(self, spreadsheet_id: str) -> list[str]:
        with self._lock:
            return [s.title for s in self.book(spreadsheet_id).sheets]

    def grid(self, spreadsheet_id: str, title: str) -> tuple[int, int]:
        with self._lock:
            sheet = self.book(spreadsheet_id).sheet(title)
            return sheet.row_count, sheet.col_count

    def validations(self, spreadsheet_id: str, title: str) -> list[dict[str, Any]]:
        with self._lock:
            return list(self.book(spreadsheet_id).sheet(title).validations)

    def formula_cells(self, spreadsheet_id: str) -> list[tuple[str, str, str]]:
        """(tab, A1, formula) of every formula cell in the spreadsheet."""
        with self._lock:
            return [(s.title, a1(r, c), v.text)
                    for s in self.book(spreadsheet_id).sheets
                    for r, row in enumerate(s.rows) for c, v in enumerate(row)
                    if isinstance(v, Formula)]

    # -- faults and counting -------------------------------------------------------------------
    def fail_next(self, n: int = 1, status: int = 503, retry_after: float | None = None) -> None:
        """The next ``n`` API requests answer ``status`` without touching any data (with a
        ``Retry-After`` header of ``retry_after`` seconds when given)."""
        with self._lock:
            self._failures.extend([(status, retry_after)] * n)

    def reset_counts(self) -> None:
        with self._lock:
            self.requests.clear()
            self.stamps.clear()

    def user_of(self, token: str) -> str:
        """Who a bearer token stands for: the service account it was issued to, else itself."""
        return next((t["iss"] for t in self.tokens_issued if t["token"] == token), token)

    def check_quota(self, user: str) -> None:
        """Count one request of ``user``; 429 when it would pass the quota."""
        now = self.clock()
        self.stamps.append((now, user))
        if self.quota_per_minute is None:
            return
        window = self._window[user]
        while window and now - window[0] >= 60:
            window.popleft()
        if len(window) >= self.quota_per_minute:
            self.exhausted += 1
            raise ApiError(429, "Quota exceeded for quota metric 'Read requests' and limit "
                                "'Read requests per minute per user'",
                           retry_after=window[0] + 60 - now if self.retry_after else None)
        window.append(now)

    def per_minute(self, user: str | None = None) -> dict[int, int]:
        """Requests received (429s included) per clock minute (``clock() // 60``)."""
        with self._lock:
            counts: dict[int, int] = defaultdict(int)
            for when, who in self.stamps:
                if user is None or who == user:
                    counts[int(when // 60)] += 1
            return dict(counts)

    def count(self, contains: str = "") -> int:
        with self._lock:
            return sum(1 for _, path in self.requests if contains in path)

    # -- the API -------------------------------------------------------------------------------
    def handle(self, method: str, raw_path: str, query: dict[str, list[str]],
               body: dict[str, Any]) -> dict[str, Any]:
        m = re.fullmatch(r"/v4/spreadsheets/([^/:]+)(.*)", raw_path)
        if not m:
            raise ApiError(404, "Not found")
        book = self.book(unquote(m.group(1)))
        rest = m.group(2)
        one = lambda k, d=None: (query.get(k) or [d])[0]  # noqa: E731
        if rest == "" and method == "GET":
            return {"spreadsheetId": book.id, "properties": {"title": book.title,
                                                              "locale": book.locale,
                                                              "timeZone": "Europe/Copenhagen"},
                    "sheets": [{"properties": s.properties()} for s in book.sheets]}
        if rest == ":batchUpdate" and method == "POST":
            return self._batch_update(book, body)
        if rest == "/values:batchGet" and method == "GET":
            render = (one("valueRenderOption", "FORMATTED_VALUE"),
                      one("dateTimeRenderOption", "SERIAL_NUMBER"))
            return {"spreadsheetId": book.id,
                    "valueRanges": [self._get(book, r, *render)
                                    for r in query.get("ranges", [])]}
        if rest == "/values:batchUpdate" and method == "POST":
            option = body.get("valueInputOption", "")
            if option not in ("RAW", "USER_ENTERED"):
                raise ApiError(400, "Invalid valueInputOption")
            done = [self._put(book, vr["range"], vr.get("values", []), option)
                    for vr in body.get("data", [])]
            return {"spreadsheetId": book.id, "totalUpdatedCells": sum(d["updatedCells"]
                                                                       for d in done),
                    "responses": done}
        if rest.startswith("/values/"):
            range_ = rest[len("/values/"):]
            is_append = range_.endswith(":append")
            range_ = unquote(range_.removesuffix(":append"))
            if is_append and method == "POST":
                return self._append(book, range_, body.get("values", []),
                                    one("valueInputOption", ""))
            if method == "GET" and not is_append:
                return self._get(book, range_, one("valueRenderOption", "FORMATTED_VALUE"),
                                 one("dateTimeRenderOption", "SERIAL_NUMBER"))
            if method == "PUT" and not is_append:
                return self._put(book, range_, body.get("values", []),
                                 one("valueInputOption", ""))
        raise ApiError(404, f"No such method: {method} {raw_path}")

    def _resolve(self, book: Spreadsheet, text: str) -> tuple[Sheet, Box]:
        title, ref = split_range(text)
        sheet = book.sheet(title) if title is not None else book.sheets[0]
        box = parse_ref(ref)
        r0, c0, r1, c1 = box
        if r0 >= sheet.row_count or c0 >= sheet.col_count or (r1 or 0) > sheet.row_count \
                or (c1 or 0) > sheet.col_count:
            raise ApiError(400, f"Range ({text}) exceeds grid limits. Max rows: "
                                f"{sheet.row_count}, max columns: {sheet.col_count}")
        return sheet, box

    def _get(self, book: Spreadsheet, text: str, render: str,
             date_render: str = "SERIAL_NUMBER") -> dict[str, Any]:
        if render not in ("FORMATTED_VALUE", "UNFORMATTED_VALUE", "FORMULA") or \
                date_render not in ("SERIAL_NUMBER", "FORMATTED_STRING"):
            raise ApiError(400, f"Invalid value at 'value_render_option' ({render}, "
                                f"{date_render})")
        sheet, (r0, c0, r1, c1) = self._resolve(book, text)
        r1, c1 = r1 or sheet.row_count, c1 or sheet.col_count
        out: dict[str, Any] = {"range": f"{quote_title(sheet.title)}!{a1(r0, c0)}:"
                                        f"{a1(r1 - 1, c1 - 1)}", "majorDimension": "ROWS"}
        values = _render(sheet, (r0, c0, r1, c1), render, book.locale, date_render)
        if values:
            out["values"] = values
        return out

    def _put(self, book: Spreadsheet, text: str, values: list[list[Any]],
             option: str) -> dict[str, Any]:
        if option not in ("RAW", "USER_ENTERED"):
            raise ApiError(400, "Invalid valueInputOption")
        sheet, (r0, c0, _, _) = self._resolve(book, text)
        width = max((len(r) for r in values), default=0)
        if r0 + len(values) > sheet.row_count or c0 + width > sheet.col_count:
            raise ApiError(400, f"Range ({text}) exceeds grid limits")
        for i, row in enumerate(values):
            for j, v in enumerate(row):
                sheet.set(r0 + i, c0 + j, parse_input(v, option))
        return {"spreadsheetId": book.id, "updatedRange": text, "updatedRows": len(values),
                "updatedColumns": width, "updatedCells": sum(len(r) for r in values)}

    def _append(self, book: Spreadsheet, text: str, values: list[list[Any]],
                option: str) -> dict[str, Any]:
        if option not in ("RAW", "USER_ENTERED"):
            raise ApiError(400, "Invalid valueInputOption")
        sheet, (_, c0, _, _) = self._resolve(book, text)
        start = sheet.used_rows()
        sheet.grow(start + len(values), c0 + max((len(r) for r in values), default=0))
        for i, row in enumerate(values):
            for j, v in enumerate(row):
                sheet.set(start + i, c0 + j, parse_input(v, option))
        return {"spreadsheetId": book.id, "tableRange": quote_title(sheet.title),
                "updates": {"spreadsheetId": book.id, "updatedRows": len(values),
                            "updatedCells": sum(len(r) for r in values),
                            "updatedRange": f"{quote_title(sheet.title)}!{a1(start, c0)}"}}

    def _batch_update(self, book: Spreadsheet, body: dict[str, Any]) -> dict[str, Any]:
        # Google applies a batchUpdate atomically: work on a copy, swap it in if all went well.
        trial = Spreadsheet(book.id, book.title, [s.clone() for s in book.sheets], book.locale)
        replies = [self._request(trial, req) for req in body.get("requests", [])]
        book.sheets = trial.sheets
        return {"spreadsheetId": book.id, "replies": replies}

    def _request(self, book: Spreadsheet, req: dict[str, Any]) -> dict[str, Any]:
        if len(req) != 1:
            raise ApiError(400, "Each request must have exactly one kind")
        kind, spec = next(iter(req.items()))
        if kind == "addSheet":
            props = spec.get("properties", {})
            grid = props.get("gridProperties", {})
            sheet = self._new_sheet(book, props.get("title") or f"Sheet{len(book.sheets) + 1}",
                                    grid.get("rowCount", 1000), grid.get("columnCount", 26),
                                    props.get("sheetId"), props.get("index"))
            sheet.frozen_rows = grid.get("frozenRowCount", 0)
            return {"addSheet": {"properties": sheet.properties()}}
        if kind == "appendCells":
            sheet = book.by_id(spec["sheetId"])
            rows = spec.get("rows", [])
            start = sheet.used_rows()
            width = max((len(r.get("values", [])) for r in rows), default=0)
            sheet.grow(start + len(rows), width)
            for i, row in enumerate(rows):
                for j, cell in enumerate(row.get("values", [])):
                    sheet.set(start + i, j, user_entered_value(cell, spec.get("fields", "")))
            return {}
        if kind == "updateCells":
            if "start" in spec:
                sheet = book.by_id(spec["start"].get("sheetId", 0))
                r0, c0 = spec["start"].get("rowIndex", 0), spec["start"].get("columnIndex", 0)
            else:
                sheet = book.by_id(spec["range"].get("sheetId", 0))
                r0 = spec["range"].get("startRowIndex", 0)
                c0 = spec["range"].get("startColumnIndex", 0)
            if "userEnteredValue" not in spec.get("fields", "") and spec.get("fields") != "*":
                raise ApiError(400, "updateCells: fields must include userEnteredValue")
            for i, row in enumerate(spec.get("rows", [])):
                for j, cell in enumerate(row.get("values", [])):
                    sheet.set(r0 + i, c0 + j, user_entered_value(
                        cell, spec.get("fields", ""), sheet.get(r0 + i, c0 + j)))
            return {}
        if kind == "setDataValidation":
            sheet = book.by_id(spec["range"].get("sheetId", 0))
            sheet.validations.append({"range": spec["range"], "rule": spec.get("rule")})
            return {}
        if kind == "updateSheetProperties":
            props = spec["properties"]
            sheet = book.by_id(props.get("sheetId", 0))
            fields = spec.get("fields", "")
            if "title" in fields:
                sheet.title = props["title"]
            grid = props.get("gridProperties", {})
            if "rowCount" in fields:
                sheet.row_count = grid["rowCount"]
            if "columnCount" in fields:
                sheet.col_count = grid["columnCount"]
            if "frozenRowCount" in fields:
                sheet.frozen_rows = grid["frozenRowCount"]
            return {}
        if kind == "deleteDimension":
            rng = spec["range"]
            sheet = book.by_id(rng.get("sheetId", 0))
            start, end = rng.get("startIndex", 0), rng.get("endIndex", sheet.row_count)
            if rng.get("dimension") != "ROWS" or not 0 <= start < end <= sheet.row_count:
                raise ApiError(400, "deleteDimension: only ROWS inside the grid")
            del sheet.rows[start:end]
            sheet.row_count -= end - start
            return {}
        if kind == "updateDimensionProperties":
            book.by_id(spec["range"].get("sheetId", 0))
            return {}
        raise ApiError(400, f"Unsupported request kind in the stand-in: {kind}")

    def refresh_token_for(self, user: str) -> str:
        """A refresh token of ``user``'s Google account, as a consent would have given one."""
        with self._lock:
            token = f"standin-refresh-{len(self.refresh_tokens) + 1}"
            secret_watch.watch(token)
            self.refresh_tokens[token] = user
            return token

    def revoke(self, refresh_token: str) -> None:
        """The person withdrew the consent (or the token expired): refreshing it fails."""
        with self._lock:
            self.refresh_tokens.pop(refresh_token, None)

    def token(self, form: dict[str, list[str]]) -> dict[str, Any]:
        grant = (form.get("grant_type") or [""])[0]
        if grant == "authorization_code":  # the end of a consent: the code for tokens
            if not (form.get("code") or [""])[0]:
                raise ApiError(400, "invalid_grant: no code")
            self.codes_exchanged.append(form["code"][0])
            refresh = self.refresh_token_for(f"user:{(form.get('code') or [''])[0]}")
            return {**self._access(self.refresh_tokens[refresh], SCOPE),
                    "refresh_token": refresh, "scope": SCOPE}
        if grant == "refresh_token":  # an authorized-user credential (tovholder google-login)
            user = self.refresh_tokens.get((form.get("refresh_token") or [""])[0])
            if user is None or not (form.get("client_id") or [""])[0]:
                raise ApiError(400, "invalid_grant: Token has been expired or revoked.")
            return self._access(user, SCOPE)
        assertion = (form.get("assertion") or [""])[0]
        if grant != "urn:ietf:params:oauth:grant-type:jwt-bearer" or assertion.count(".") != 2:
            raise ApiError(400, "invalid_grant")
        payload = assertion.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        if not claims.get("iss") or not claims.get("scope") or not claims.get("aud"):
            raise ApiError(400, "invalid_grant: iss, scope and aud are required")
        return self._access(claims["iss"], claims["scope"])

    def _access(self, user: str, scope: str) -> dict[str, Any]:
        token = f"standin-access-{len(self.tokens_issued) + 1}"
        secret_watch.watch(token)
        self.tokens_issued.append({"token": token, "iss": user, "scope": scope})
        return {"access_token": token, "expires_in": 3600, "token_type": "Bearer"}


def _render(sheet: Sheet, box: Box, render: str, locale: str = "da_DK",
            date_render: str = "SERIAL_NUMBER") -> list[list[Any]]:
    r0, c0, r1, c1 = box
    r1 = min(r1 or sheet.row_count, len(sheet.rows))
    out: list[list[Any]] = []
    for r in range(r0, r1):
        row = sheet.rows[r][c0:c1 if c1 is not None else None]
        cells = ["" if _empty(v) else formatted(v, render, locale, date_render) for v in row]
        while cells and cells[-1] == "":
            cells.pop()
        out.append(cells)
    while out and not out[-1]:
        out.pop()
    return out


class _Handler(JsonHandler):
    owner: SheetsStandin
    content_type = "application/json; charset=UTF-8"
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in separate writes

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
        pass

    def _serve(self, method: str) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        owner = self.owner
        try:
            if parts.path == "/token" and method == "POST":
                with owner._lock:
                    self._send(200, owner.token(parse_qs(raw.decode())))
                return
            with owner._lock:
                owner.requests.append((method, unquote(parts.path)))
                failure = owner._failures.pop(0) if owner._failures else None
            if failure:
                raise ApiError(failure[0], "Injected failure", retry_after=failure[1])
            auth = self.headers.get("Authorization", "")
            if not auth.startswith("Bearer ") or not auth[7:].strip():
                raise ApiError(401, "Request is missing required authentication credential.")
            with owner._lock:
                owner.authorizations.append(auth[7:])
                owner.check_quota(owner.user_of(auth[7:].strip()))
                body = json.loads(raw) if raw else {}
                result = owner.handle(method, parts.path, parse_qs(parts.query), body)
            self._send(200, result)
        except ApiError as e:
            self._send(e.status, {"error": {"code": e.status, "message": e.message,
                                            "status": _STATUS_NAMES.get(e.status, "UNKNOWN")}},
                       {"Retry-After": str(math.ceil(e.retry_after))} if e.retry_after else {})
        except (KeyError, ValueError, TypeError) as e:
            self._send(400, {"error": {"code": 400, "message": f"Invalid request: {e!r}",
                                       "status": "INVALID_ARGUMENT"}})







class SimulatedClock:
    """Seconds that pass only when someone sleeps (or the caller sets ``now``): the clock of the
    stand-in's quota and of a request budget in a test or benchmark in simulated time."""

    def __init__(self, now: float = 0.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += max(seconds, 0.0)


def running() -> Iterator[SheetsStandin]:
    """Generator for a pytest fixture: ``standin = pytest.fixture(sheets_standin.running)``."""
    with SheetsStandin() as standin:
        yield standin


__all__ = ["SheetsStandin", "SimulatedClock", "running", "split_range", "parse_ref", "quote", "Formula",
           "Typed", "serial", "LOCALES"]
