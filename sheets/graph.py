"""Microsoft Graph's JSON batching for the Excel backend: up to 20 sub-requests per ``$batch``,
retried on throttling, with a workbook session where one is wanted.

One :meth:`GraphClient.run` sends a list of sub-requests in as few ``POST /$batch`` requests as
the limit of 20 allows and returns the answers by id. A sub-request (or the whole batch) that
answers 429, 503 or 504 is sent again after its ``Retry-After`` (else capped exponential backoff
with full jitter), within ``max_tries`` and ``max_wait``; with ``ordered`` every sub-request
depends on the one before (``dependsOn``), so Excel runs them one after the other, and those
behind a failed one answer 424 and are sent again with it.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import requests

from tovholder.core.errors import SheetsUnavailable, WorkbookError

GRAPH = "https://graph.microsoft.com/v1.0"
BATCH_LIMIT = 20  # Graph refuses a $batch of more
RETRY = frozenset({429, 503, 504})
log = logging.getLogger(__name__)


@dataclass
class Sub:
    """One sub-request of a ``$batch``; ``url`` relative to /v1.0."""

    method: str
    url: str
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def as_json(self, rid: str, after: str | None) -> dict[str, Any]:
        out: dict[str, Any] = {"id": rid, "method": self.method, "url": self.url}
        headers = dict(self.headers)
        if self.body is not None:
            out["body"] = self.body
            headers["Content-Type"] = "application/json"
        if headers:
            out["headers"] = headers
        if after is not None:
            out["dependsOn"] = [after]
        return out


@dataclass
class Answer:
    status: int
    body: dict[str, Any]
    headers: dict[str, str]

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def codes(self) -> list[str]:
        """The error's code and every inner error's code, lower case."""
        out, err = [], self.body.get("error")
        while isinstance(err, dict):
            out.append(str(err.get("code", "")).casefold())
            err = err.get("innerError") or err.get("innererror")
        return out

    def message(self) -> str:
        err = self.body.get("error")
        return str(err.get("message", "")) if isinstance(err, dict) else ""


class GraphClient:
    def __init__(self, token: Callable[[], str], *, session: requests.Session | None = None,
                 timeout: float = 30.0, max_tries: int = 5, max_wait: float = 120.0,
                 sleep: Callable[[float], None] = time.sleep,
                 rng: Callable[[], float] = random.random, label: str = "",
                 graph_url: str = GRAPH) -> None:
        self.token, self.timeout, self.label = token, timeout, label
        self.graph_url = graph_url.rstrip("/")
        self.http = session or requests.Session()
        self.max_tries, self.max_wait, self._sleep, self._rng = max_tries, max_wait, sleep, rng

    def get(self, url: str) -> Answer:
        """One plain request (the first look at a workbook); retried like a batch."""
        return self.run([Sub("GET", url)])["0"]

    def run(self, subs: list[Sub], *, ordered: bool = False) -> dict[str, Answer]:
        """Every sub-request's final answer, by its index as a string."""
        answers: dict[str, Answer] = {}
        pending = [(str(i), s) for i, s in enumerate(subs)]
        waited, tries = 0.0, 0
        while pending:
            tries += 1
            again, delays, status = self._round(pending, ordered, answers)
            if not again:
                break
            left = self.max_wait - waited
            if tries >= self.max_tries or left <= 0:
                raise SheetsUnavailable("excel.unavailable", label=self.label, tries=tries,
                                        detail=f"HTTP {status}")
            named = [d for d in delays if d >= 0]
            wait = min(left, max(named) if named else self._rng() * min(2.0 ** (tries - 1), left))
            log.debug("%s: Graph answered %s, next try in %.1f s", self.label, status, wait)
            self._sleep(wait)
            waited += wait
            pending = again
        return answers

    def _round(self, pending: list[tuple[str, Sub]], ordered: bool, answers: dict[str, Answer]
               ) -> tuple[list[tuple[str, Sub]], list[float], int]:
        """Send the pending sub-requests once, 20 to a batch; what must be sent again, the
        delays Graph asked for, and the status that asked for them."""
        again: list[tuple[str, Sub]] = []
        delays: list[float] = []
        status = 0
        for start in range(0, len(pending), BATCH_LIMIT):
            chunk = pending[start:start + BATCH_LIMIT]
            if ordered and again:  # keep the order: nothing runs before what failed
                again += chunk
                continue
            got = self._post(chunk, ordered)
            for rid, sub in chunk:
                answer = got.get(rid) or Answer(424, {}, {})
                # 424: it depended on a throttled one before it; it runs when that one does
                if answer.status in RETRY or answer.status == 424 and again:
                    again.append((rid, sub))
                    delays.append(_retry_after(answer.headers))
                    status = status or answer.status
                else:
                    answers[rid] = answer
        return again, delays, status

    def _post(self, chunk: list[tuple[str, Sub]], ordered: bool) -> dict[str, Answer]:
        """One ``POST /$batch``; a throttled or failing batch as a whole is answered for each
        of its sub-requests, so :meth:`run` retries them alike."""
        body = {"requests": [sub.as_json(rid, chunk[i - 1][0] if ordered and i else None)
                             for i, (rid, sub) in enumerate(chunk)]}
        headers = {"Authorization": f"Bearer {self.token()}"}
        try:
            response = self.http.post(f"{self.graph_url}/$batch", json=body, headers=headers,
                                      timeout=self.timeout)
        except (requests.ConnectionError, requests.Timeout,
                requests.exceptions.ChunkedEncodingError) as e:
            log.debug("Graph $batch failed: %s", type(e).__name__)
            return {rid: Answer(503, {"error": {"code": type(e).__name__}}, {})
                    for rid, _ in chunk}
        try:
            payload = response.json()
        except ValueError:
            payload = {}
        if response.status_code != 200:
            whole = Answer(response.status_code, payload if isinstance(payload, dict) else {},
                           dict(response.headers))
            if whole.status in (401, 403):
                raise WorkbookError("excel.forbidden", label=self.label,
                                    detail=f"HTTP {whole.status}: {whole.message()}"[:300])
            return {rid: whole for rid, _ in chunk}
        return {str(r.get("id")): Answer(int(r.get("status", 500)), r.get("body") or {},
                                         {k: str(v) for k, v in (r.get("headers") or {}).items()})
                for r in payload.get("responses", [])}


def _retry_after(headers: dict[str, str]) -> float:
    """Seconds from a ``Retry-After`` header (Graph sends one with most 429s), else -1."""
    for name, value in headers.items():
        if name.casefold() == "retry-after":
            try:
                return max(0.0, float(value))
            except ValueError:
                return -1.0
    return -1.0
