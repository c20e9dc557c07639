"""The Google Sheets backend, through gspread's HTTP client, within a small request budget.

read() costs ONE ``values:batchGet`` (every tab) plus the sheet metadata, fetched once and cached
until :meth:`GoogleBackend.invalidate` or a batchGet answers 400 (a tab renamed or deleted). Cells
are read UNFORMATTED with dates as serial numbers: the default FORMATTED_VALUE renders a date by
the spreadsheet's locale (an en_US sheet shows 5 November as ``11/5/2022``, which a day-first
reader takes for 11 May) and a number by its format (``3,00``); a serial number and a plain 3 mean
one thing in every locale (tovholder.sheets.parse reads a number in a date column as a date).
apply() costs one batchGet re-checking the key cells (only
if there are cells to set) and ONE ``spreadsheets:batchUpdate``; every value is written as a
``stringValue``, so nothing the service writes can become a formula; a date the service computed
(DateText: a due date, a term) goes as a serial number with the locale's date format.
Each request is retried on 429/5xx and connection errors: after the ``Retry-After`` Google names;
a 429 without one waits out the quota's minute plus up to a quarter of it at random; other errors
back off exponentially with full jitter. One request waits at most ``max_wait`` (two and a half
minutes) in all; a delay past that is not slept through, the run gives up and the next tries
again. gspread's own BackOffHTTPClient is not used (it never gives up).

Every request (a retry too) first takes a slot in the credential's :class:`RequestBudget`
(sheets/quota.py), shared by all the groups of the process that use the same service account, so
thirty groups stay inside Google's 60 requests a minute per user; a wait for the budget is
logged at INFO on the ``tovholder.sheets.google`` logger. A 429 holds the whole budget back for
its delay, so the other groups on the same credential wait too instead of earning their own 429.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import gspread
import requests
from google.auth import exceptions as auth_exceptions
from google.auth.credentials import Credentials
from google.auth.transport.requests import AuthorizedSession, Request
from google.oauth2 import credentials as user_account
from google.oauth2 import service_account

from tovholder.core.errors import ConfigError, SheetsUnavailable, WorkbookError
from tovholder.core.i18n import DEFAULT, t
from tovholder.sheets import a1
from tovholder.sheets.a1 import quote_tab
from tovholder.sheets.backend import Snapshot
from tovholder.sheets.batch import (
    ApplyResult,
    Batch,
    Conflict,
    DateText,
    NewTab,
    SetCell,
    key_matches,
    row_runs,
    same_row,
)
from tovholder.sheets.parse import text
from tovholder.sheets.quota import WINDOW, RequestBudget, shared_budget
from tovholder.sheets.schema import is_archive

SCOPES = ("https://www.googleapis.com/auth/spreadsheets",)
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
# Google's quota is counted per minute: a 429 without Retry-After waits the window out, plus a
# random part of a quarter of it, so groups refused at the same moment do not retry together.
QUOTA_JITTER = 0.25
MAX_WAIT = 2.5 * WINDOW  # seconds one request may wait in all: two quota windows and jitter
T = TypeVar("T")
log = logging.getLogger(__name__)


def cell_a1(title: str, row: int, col: int) -> str:
    return f"{quote_tab(title)}!{a1.cell(row, col)}"


DATE_FORMAT = {"numberFormat": {"type": "DATE"}}  # no pattern: the spreadsheet locale's own


def _cell(value: str) -> dict[str, Any]:
    """Text as a ``stringValue`` (never a formula, whatever it starts with); a date the service
    computed (DateText) as a serial number with a date format, so the chair can sort by it."""
    if isinstance(value, DateText):
        return {"userEnteredValue": {"numberValue": value.serial},
                "userEnteredFormat": DATE_FORMAT}
    return {"userEnteredValue": {"stringValue": str(value)}}


def _text_row(values: tuple[str, ...] | list[str]) -> dict[str, Any]:
    return {"values": [_cell(v) for v in values]}


def _fields(values: tuple[str, ...] | list[str]) -> str:
    """Touch the number format only where a date is written: a text cell keeps the chair's."""
    dated = any(isinstance(v, DateText) for v in values)
    return "userEnteredValue,userEnteredFormat.numberFormat" if dated else "userEnteredValue"


class GoogleBackend:
    def __init__(self, spreadsheet_id: str, *, credentials: Credentials | None = None,
                 service_account_file: str | Path | None = None,
                 authorized_user_file: str | Path | None = None,
                 session: requests.Session | None = None, timeout: float = 30.0,
                 max_tries: int = 5, max_wait: float = MAX_WAIT,
                 sleep: Callable[[float], None] = time.sleep,
                 rng: Callable[[], float] = random.random,
                 budget: RequestBudget | None = None, requests_per_minute: int | None = None,
                 lang: str = DEFAULT) -> None:
        """``budget``: the request budget to share; else, given ``requests_per_minute``, the
        process-wide one of this service account (none: requests are not paced).
        ``authorized_user_file``: a person's consent instead of a service account (the file
        ``tovholder google-login`` wrote; google-auth refreshes its access tokens)."""
        if credentials is None and authorized_user_file is not None:
            credentials = user_credentials(authorized_user_file)
        if credentials is None and service_account_file is not None:
            try:
                credentials = service_account.Credentials.from_service_account_file(
                    str(service_account_file), scopes=SCOPES)
            except (OSError, ValueError, KeyError) as exc:
                raise ConfigError("sheets.key_unusable", key="workbook.service_account_file",
                                  path=str(service_account_file), detail=type(exc).__name__,
                                  file="tovholder.toml") from None
        if credentials is None and session is None:
            raise ConfigError("sheets.no_key", key="workbook.service_account_file",
                              file="tovholder.toml")
        if credentials is not None:
            authed = AuthorizedSession(
                credentials, auth_request=Request(session) if session is not None else None)
            if session is not None:  # keep the caller's transport (adapters, proxies off)
                authed.trust_env = session.trust_env
                for prefix, adapter in session.adapters.items():
                    authed.mount(prefix, adapter)
            session = authed
        self.spreadsheet_id = spreadsheet_id
        self.label = f"Google Sheet {spreadsheet_id[:4]}…"
        self.account: str | None = getattr(credentials, "service_account_email", None)
        self.person = authorized_user_file is not None  # the consent of a person, not a key
        if budget is None and requests_per_minute is not None:  # Google counts per user
            budget = shared_budget(self.account or str(authorized_user_file or
                                                       service_account_file),
                                   requests_per_minute)
        self.budget, self.lang = budget, lang
        self._client = gspread.Client(auth=credentials, session=session)  # type: ignore[arg-type]
        self._client.set_timeout(timeout)
        self._http = self._client.http_client
        self.max_tries, self.max_wait, self._sleep, self._rng = max_tries, max_wait, sleep, rng
        self._meta: dict[str, dict[str, Any]] | None = None  # title -> sheet properties

    @classmethod
    def from_service_account_file(cls, spreadsheet_id: str, path: str | Path,
                                  **kwargs: Any) -> GoogleBackend:
        return cls(spreadsheet_id, service_account_file=path, **kwargs)

    # -- requests ------------------------------------------------------------------------------
    def _call(self, fn: Callable[[], T]) -> T:
        waited, detail, tries = 0.0, "", 0
        while True:
            tries += 1
            if self.budget is not None:
                self.budget.take(self._log_wait)
            retry_after: float | None = None
            quota = False
            try:
                return fn()
            except gspread.exceptions.APIError as e:
                status = e.response.status_code
                detail = f"HTTP {status}: {e.error.get('message', '')}"[:300]
                if status in (401, 403):
                    params = {"spreadsheet_id": self.spreadsheet_id, "detail": detail}
                    if self.person:
                        raise WorkbookError("sheets.forbidden_person", **params) from None
                    raise WorkbookError("sheets.forbidden", **params,
                                        **({"account": self.account} if self.account else {})
                                        ) from None
                if status == 404:
                    raise WorkbookError("sheets.not_found", spreadsheet_id=self.spreadsheet_id,
                                        detail=detail) from None
                if status not in RETRY_STATUS:
                    raise
                retry_after, quota = self._delay(e.response), status == 429
            except auth_exceptions.RefreshError as e:
                if self.person:  # revoked, expired (an app still "Testing": 7 days), password
                    raise WorkbookError("sheets.login_again", detail=str(e)[:200],
                                        key="workbook.authorized_user_file") from None
                raise WorkbookError("sheets.forbidden", spreadsheet_id=self.spreadsheet_id,
                                    detail=f"token refused: {type(e).__name__}",
                                    **({"account": self.account} if self.account else {})
                                    ) from None
            except (requests.ConnectionError, requests.Timeout,
                    requests.exceptions.ChunkedEncodingError, auth_exceptions.TransportError) as e:
                detail = type(e).__name__
            if retry_after is not None and quota and self.budget is not None:
                self.budget.hold(retry_after)  # every group on the key: the quota is spent
            left = self.max_wait - waited
            if tries >= self.max_tries or left <= 0 or (retry_after or 0) > left:
                # a delay past the cap is not slept through: the next tick tries again
                raise SheetsUnavailable(spreadsheet_id=self.spreadsheet_id, detail=detail,
                                        tries=tries)
            waited += self._pause(tries, left, retry_after, quota)

    def _delay(self, response: requests.Response) -> float | None:
        """The seconds Google asks for (Retry-After); for a 429 without one, its quota window
        with jitter; None: back off exponentially (a 5xx)."""
        named = _retry_after(response)
        if named is None and response.status_code == 429:
            return WINDOW * (1 + QUOTA_JITTER * self._rng())
        return named

    def _pause(self, tries: int, left: float, retry_after: float | None, quota: bool) -> float:
        """Wait before the next try: capped exponential backoff with full jitter, or the delay
        Google names (Retry-After), or for a 429 without one a quota window. A 429's delay holds
        the whole budget of the key (in _call), so the other groups on the same credential wait
        too instead of earning their own 429; the next take() waits it out and says so."""
        if retry_after is None:
            wait = min(left, self._rng() * min(2.0 ** (tries - 1), left))
        else:
            wait = retry_after
            if quota and self.budget is not None:
                return wait
        self._sleep(wait)
        return wait

    def _log_wait(self, seconds: float) -> None:
        log.info(t(self.lang, "sheets.throttled", label=self.label, seconds=f"{seconds:.0f}",
                   per_minute=self.budget.per_minute if self.budget else "-"))

    def _batch_get(self, ranges: list[str]) -> list[dict[str, Any]]:
        params = {"valueRenderOption": "UNFORMATTED_VALUE",
                  "dateTimeRenderOption": "SERIAL_NUMBER", "majorDimension": "ROWS"}
        try:
            data = self._call(lambda: self._http.values_batch_get(
                self.spreadsheet_id, ranges, params=dict(params)))
        except gspread.exceptions.APIError as e:
            if e.response.status_code == 400:
                raise _StaleMetadata from None
            raise WorkbookError("sheets.error", spreadsheet_id=self.spreadsheet_id,
                                detail=str(e.error.get("message", ""))[:300]) from None
        return list(data.get("valueRanges", []))

    def _sheets(self) -> dict[str, dict[str, Any]]:
        if self._meta is None:
            data = self._call(lambda: self._http.fetch_sheet_metadata(
                self.spreadsheet_id, params={"includeGridData": "false",
                                             "fields": "sheets.properties"}))
            self._meta = {s["properties"]["title"]: s["properties"] for s in data["sheets"]}
        return self._meta

    def invalidate(self) -> None:
        """Forget the cached tab list (after the chair added, renamed or deleted a tab)."""
        self._meta = None

    def _get_with_refresh(self, ranges_for: Callable[[dict[str, Any]], list[str]]
                          ) -> list[dict[str, Any]]:
        try:
            return self._batch_get(ranges_for(self._sheets()))
        except _StaleMetadata:
            self.invalidate()
        try:
            return self._batch_get(ranges_for(self._sheets()))
        except _StaleMetadata:
            raise WorkbookError("sheets.error", spreadsheet_id=self.spreadsheet_id,
                                detail="a range was refused twice") from None

    # -- Backend -------------------------------------------------------------------------------
    def read(self) -> Snapshot:
        titles: list[str] = []

        def ranges(meta: dict[str, Any]) -> list[str]:
            titles[:] = [t for t in meta if not is_archive(t)]  # "Log 2026": no tick reads it
            return [quote_tab(t) for t in titles]

        value_ranges = self._get_with_refresh(ranges)
        return {t: [list(r) for r in vr.get("values", [])]
                for t, vr in zip(titles, value_ranges, strict=True)}

    def read_tabs(self, titles: list[str]) -> Snapshot:
        """Only the named tabs, in one batchGet: the service's idle refresh reads the chair's
        tabs without the Log, which grows all year."""
        wanted = [t for t in titles if t in self._sheets()]
        found = self._get_with_refresh(lambda meta: [quote_tab(t) for t in wanted])
        return {t: [list(r) for r in vr.get("values", [])]
                for t, vr in zip(wanted, found, strict=True)}

    def apply(self, batch: Batch) -> ApplyResult:
        result = ApplyResult()
        if not batch:
            return result
        meta = self._sheets()
        tabs = {a.tab for a in batch.appends} | {c.tab for c in batch.cells}
        if any(t not in meta for t in tabs):
            self.invalidate()
            meta = self._sheets()
        passed: list[SetCell] = []
        checked: list[SetCell] = []
        wanted: list[str] = []

        def ranges(meta: dict[str, Any]) -> list[str]:
            checked[:] = [c for c in batch.cells if c.tab in meta]
            wanted[:] = sorted({cell_a1(c.tab, c.row, c.key_col) for c in checked}
                               | {cell_a1(c.tab, c.row, c.col) for c in checked})
            return wanted

        found: dict[str, str] = {}
        if batch.cells and ranges(meta):
            for a1, vr in zip(wanted, self._get_with_refresh(ranges), strict=True):
                row = (vr.get("values") or [[]])[0]
                found[a1] = text(row[0]) if row else ""  # a key typed as 3 reads "3"
            meta = self._sheets()
        result.conflicts += [Conflict(c, "") for c in batch.cells if c not in checked]
        for c in checked:
            key = found[cell_a1(c.tab, c.row, c.key_col)]
            if not key_matches(key, c.key_value):
                result.conflicts.append(Conflict(c, key))
            elif found[cell_a1(c.tab, c.row, c.col)] in (
                    c.value, str(c.value.serial) if isinstance(c.value, DateText) else None):
                result.cells_written += 1  # already there: nothing to send
            else:
                passed.append(c)
        requests_: list[dict[str, Any]] = []
        for append in batch.appends:
            if append.tab not in meta:
                raise WorkbookError("sheets.error", spreadsheet_id=self.spreadsheet_id,
                                    detail=f"no tab named {append.tab!r}", tab=append.tab)
            if append.rows:
                requests_.append({"appendCells": {
                    "sheetId": meta[append.tab]["sheetId"],
                    "fields": _fields([v for r in append.rows for v in r]),
                    "rows": [_text_row(r) for r in append.rows]}})
        for c in passed:
            requests_.append({"updateCells": {
                "start": {"sheetId": meta[c.tab]["sheetId"], "rowIndex": c.row - 1,
                          "columnIndex": c.col - 1},
                "fields": _fields([c.value]), "rows": [_text_row([c.value])]}})
        if requests_:
            self._update(requests_)
        result.appended_rows = sum(len(a.rows) for a in batch.appends)
        result.cells_written += len(passed)
        return result

    def delete_rows(self, tab: str, expected: dict[int, tuple[str, ...]]) -> bool:
        """One batchGet of the rows' span to re-check them, then ONE batchUpdate of
        deleteDimension requests, bottom up so the row numbers above stay valid. Nothing but
        the service writes the Log, and the caller holds the lease."""
        if not expected or tab not in self._sheets():
            return False
        low, high = min(expected), max(expected)
        span = self._get_with_refresh(lambda meta: [f"{quote_tab(tab)}!{low}:{high}"])
        values = span[0].get("values", []) if span else []
        for row, cells in expected.items():
            found = values[row - low] if row - low < len(values) else []
            if not same_row([text(v) for v in found], cells):
                return False
        sheet_id = self._sheets()[tab]["sheetId"]
        self._update([{"deleteDimension": {"range": {
            "sheetId": sheet_id, "dimension": "ROWS", "startIndex": first - 1,
            "endIndex": last}}} for first, last in reversed(row_runs(sorted(expected)))])
        return True

    def _update(self, requests_: list[dict[str, Any]]) -> None:
        try:
            self._call(lambda: self._http.batch_update(self.spreadsheet_id,
                                                       {"requests": requests_}))
        except gspread.exceptions.APIError as e:  # 400: grid limits, a tab gone mid-tick
            self.invalidate()
            raise WorkbookError("sheets.error", spreadsheet_id=self.spreadsheet_id,
                                detail=str(e.error.get("message", ""))[:300]) from None

    def create_tabs(self, tabs: list[NewTab]) -> list[str]:
        self.invalidate()
        meta = self._sheets()
        existing = {t.casefold() for t in meta}
        next_id = max((p["sheetId"] for p in meta.values()), default=0) + 1
        requests_: list[dict[str, Any]] = []
        created: list[str] = []
        for tab in tabs:
            if tab.title.casefold() in existing:
                continue
            existing.add(tab.title.casefold())
            sheet_id, next_id = next_id, next_id + 1
            width = max([26, *(len(r) for r in tab.rows), *(c for c, _ in tab.dropdowns)])
            rows = max(1000, len(tab.rows) + 1)
            requests_.append({"addSheet": {"properties": {
                "sheetId": sheet_id, "title": tab.title,
                "gridProperties": {"rowCount": rows, "columnCount": width, "frozenRowCount": 1}}}})
            if tab.rows:
                requests_.append({"updateCells": {
                    "start": {"sheetId": sheet_id, "rowIndex": 0, "columnIndex": 0},
                    "fields": "userEnteredValue", "rows": [_text_row(r) for r in tab.rows]}})
            for col, choices in tab.dropdowns:
                requests_.append({"setDataValidation": {
                    "range": {"sheetId": sheet_id, "startRowIndex": 1, "endRowIndex": rows,
                              "startColumnIndex": col - 1, "endColumnIndex": col},
                    "rule": {"condition": {"type": "ONE_OF_LIST", "values": [
                        {"userEnteredValue": choice} for choice in choices]},
                        "strict": False, "showCustomUi": True}}})
            for i, chars in enumerate(tab.column_widths):
                requests_.append({"updateDimensionProperties": {
                    "range": {"sheetId": sheet_id, "dimension": "COLUMNS", "startIndex": i,
                              "endIndex": i + 1},
                    "properties": {"pixelSize": 7 * chars + 14}, "fields": "pixelSize"}})
            created.append(tab.title)
        if requests_:
            self._update(requests_)
        self.invalidate()
        return created


def user_credentials(path: str | Path) -> Credentials:
    """The authorized-user file ``tovholder google-login`` wrote (a refresh token)."""
    try:
        return user_account.Credentials.from_authorized_user_file(str(path), list(SCOPES))
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError("sheets.login_missing", key="workbook.authorized_user_file",
                          path=str(path), detail=type(exc).__name__,
                          file="tovholder.toml") from None


def _retry_after(response: requests.Response) -> float | None:
    """Seconds from a ``Retry-After`` header (delay-seconds or an HTTP date), else None."""
    value = response.headers.get("Retry-After", "").strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())



class _StaleMetadata(Exception):
    """A batchGet answered 400: the cached tab list no longer matches the spreadsheet."""
