"""Cheap idle ticks for the long-running service: run the full tick only when something can have
changed, without giving up the rule that every decision comes from the workbook, the Log and
``now`` (the gate only decides *whether* to look, never *what* is due).

A full tick runs when:

- the previous full tick wrote to the workbook (its own Log rows make the read stale), or it is
  the first one;
- ``now`` has reached the next wake-up moment the features name (``Feature.wakes``, computed
  by the same code as their due-ness: e.g. jobs/digests/when.py), or the fallback of one hour
  for the features that name none;
- new mail is waiting (``has_mail``);
- a refresh read (one Sheets request, at most every ``refresh``) finds the chair's tabs
  changed: the chair's edits are seen within that interval. The service-owned tabs (Log, Svar)
  only change when the service writes, which the gate sees; so when the backend can read some
  tabs only (``read_tabs(titles)``), the refresh read leaves them out and stays cheap however
  long the Log grows.

Every other tick costs no request at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable

from tovholder.jobs.base.context import Context
from tovholder.jobs.base.feature import Wake
from tovholder.jobs.runner.tick import Group, TickReport, tick
from tovholder.sheets.backend import Backend, Snapshot
from tovholder.sheets.batch import ApplyResult, Batch, NewTab
from tovholder.sheets.model import Workbook
from tovholder.sheets.parse import parse_snapshot
from tovholder.sheets.schema import MEETINGS, TABS, find_tab


def chair_tabs(snapshot: Snapshot) -> list[str]:
    """The tabs the chair edits: all but the service-owned ones (Log, Svar)."""
    owned = {find_tab(list(snapshot), tab) for tab in TABS if tab.service_owned}
    return [title for title in snapshot if title not in owned]


def fingerprint(snapshot: Snapshot, titles: list[str]) -> bytes:
    data = repr([(t, snapshot.get(t)) for t in titles]).encode()
    return hashlib.blake2b(data, digest_size=16).digest()


def _meetings_only(snapshot: Snapshot) -> Workbook:
    """The workbook with just its meetings: all the wake-up moments depend on (cheap to parse)."""
    title = find_tab(list(snapshot), MEETINGS)
    return parse_snapshot({title: snapshot[title]} if title else {})


class Recording:
    """A backend that remembers the last snapshot read and whether anything was written."""

    def __init__(self, inner: Backend) -> None:
        self.inner, self.label = inner, inner.label
        self.last: Snapshot | None = None
        self.wrote = False

    def read(self) -> Snapshot:
        self.last = self.inner.read()
        return self.last

    def read_tabs(self, titles: list[str]) -> Snapshot:
        return self.inner.read_tabs(titles)

    def apply(self, batch: Batch) -> ApplyResult:
        self.wrote = self.wrote or bool(batch)
        return self.inner.apply(batch)

    def create_tabs(self, tabs: list[NewTab]) -> list[str]:
        self.wrote = True
        return self.inner.create_tabs(tabs)

    def delete_rows(self, tab: str, expected: dict[int, tuple[str, ...]]) -> bool:
        self.wrote = True
        return self.inner.delete_rows(tab, expected)


class IdleGate:
    def __init__(self, group: Group, *, wakes: list[Wake], refresh: dt.timedelta,
                 fallback: dt.timedelta | None = dt.timedelta(hours=1),
                 has_mail: Callable[[], bool] = lambda: False) -> None:
        self.backend = Recording(group.backend)
        group.backend = self.backend
        self.group, self.wakes, self.refresh = group, wakes, refresh
        self.fallback, self.has_mail = fallback, has_mail
        self.seen: bytes | None = None
        self.titles: list[str] = []
        self.read_at: dt.datetime | None = None
        self.wake_at: dt.datetime | None = None
        self.full_ticks = self.skipped = self.refresh_reads = 0

    def needs_tick(self, now: dt.datetime) -> bool:
        if self.seen is None or self.wake_at is None or self.read_at is None or \
                now >= self.wake_at or self.has_mail():
            return True
        if now - self.read_at < self.refresh:
            return False
        self.refresh_reads += 1
        self.read_at = now
        snapshot = self.backend.inner.read_tabs(self.titles)
        return fingerprint(snapshot, self.titles) != self.seen

    def step(self, now: dt.datetime, *, force: bool = False,
             **tick_args: object) -> TickReport | None:
        """One tick of the service loop: the full tick if needed (or forced, e.g. because mail
        arrived), else nothing."""
        if not force and not self.needs_tick(now):
            self.skipped += 1
            return None
        self.full_ticks += 1
        self.backend.wrote = False
        report = tick(self.group, now, **tick_args)  # type: ignore[arg-type]
        self._remember(now)
        return report

    def _remember(self, now: dt.datetime) -> None:
        snapshot = self.backend.last
        if snapshot is None or self.backend.wrote:
            self.seen = None  # our own writes: look again on the next tick
            return
        self.titles = chair_tabs(snapshot)
        self.seen, self.read_at = fingerprint(snapshot, self.titles), now
        wb = _meetings_only(snapshot)
        ctx = Context(wb, [], self.group.sender, now, (self.group.fallback_chair, ""),
                      self.group.settings)
        # wakes see the meetings and settings only; None: nothing of theirs is coming
        moments = [m for m in (wake(ctx) for wake in self.wakes) if m is not None]
        if self.fallback is not None:
            moments.append(now + self.fallback)
        self.wake_at = min(moments, default=now + self.refresh)
