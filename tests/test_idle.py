"""The idle gate: ticks that cannot decide anything new cost no Sheets request at all; a chair's
edit is seen at the next refresh read; wake-up moments and new mail run the full tick."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.digest_fixtures import at, d
from tests.features import made_up
from tovholder.jobs.base.feature import wake_functions
from tovholder.jobs.base.messages import Sender
from tovholder.jobs.digests import digests, when
from tovholder.jobs.runner import idle, tick
from tovholder.mailer.mailbox import LocalMail
from tovholder.sheets.batch import ApplyResult, Batch, NewTab
from tovholder.sheets.starter import new_tabs

DAY = dt.date(2025, 5, 14)


class Memory:
    """A workbook in memory that counts reads (appends only, as the digests write)."""

    label = "memory"

    def __init__(self, rows: dict) -> None:
        self.grids = {t.title: [list(r) for r in t.rows] for t in new_tabs("da", rows)}
        self.reads = 0

    def read(self):
        self.reads += 1
        return {k: [list(r) for r in v] for k, v in self.grids.items()}

    def read_tabs(self, titles: list[str]):
        return {k: v for k, v in self.read().items() if k in titles}

    def apply(self, batch: Batch) -> ApplyResult:
        for append in batch.appends:
            self.grids[append.tab] += [list(r) for r in append.rows]
        return ApplyResult(appended_rows=sum(len(a.rows) for a in batch.appends))

    def create_tabs(self, tabs: list[NewTab]) -> list[str]:
        return []


def gate(tmp_path: Path, monkeypatch, mail: list[bool] | None = None):
    backend = Memory({"members": [{"name": "Ida Engholm", "email": "ida@example.org",
                                   "status": "aktiv"}],
                      "meetings": [{"date": d(DAY), "start": "9.30", "status": "planlagt"}]})
    group = tick.Group(backend, LocalMail(tmp_path / "mail"),
                       Sender("gruppe@example.org", "Gruppen", "da", b"k"),
                       features=made_up([digests.due_agenda], wakes=[when.next_wake]))
    flag = mail if mail is not None else [False]
    return backend, idle.IdleGate(group, wakes=wake_functions(group.features),
                                  refresh=dt.timedelta(minutes=30), fallback=None,
                                  has_mail=lambda: flag[0])


def steps(g: idle.IdleGate, start: dt.datetime, minutes: int) -> int:
    """Run 5-minute steps; how many were full ticks."""
    full = 0
    for i in range(0, minutes, 5):
        full += g.step(start + dt.timedelta(minutes=i), say=lambda line: None) is not None
    return full


def test_idle_ticks_cost_no_read_between_refreshes(tmp_path, monkeypatch):
    backend, g = gate(tmp_path, monkeypatch)
    assert steps(g, at(DAY - dt.timedelta(days=20), 10), 5) == 1
    reads = backend.reads
    assert steps(g, at(DAY - dt.timedelta(days=20), 10, 5), 25) == 0
    assert backend.reads == reads  # 5 idle ticks, no request
    assert steps(g, at(DAY - dt.timedelta(days=20), 10, 30), 30) == 0
    assert backend.reads == reads + 1  # one refresh read, nothing changed


class Tabs(Memory):
    """A backend that can read some tabs only: the refresh read leaves Log and Svar out."""

    def read_tabs(self, titles):
        self.asked = list(titles)
        return {t: [list(r) for r in self.grids[t]] for t in titles}


def test_the_refresh_read_skips_the_service_owned_tabs_when_it_can(tmp_path, monkeypatch):
    backend, g = gate(tmp_path, monkeypatch)
    backend.__class__ = Tabs
    start = at(DAY - dt.timedelta(days=20), 10)
    steps(g, start, 5)
    assert steps(g, start + dt.timedelta(minutes=30), 5) == 0
    assert "Log" not in backend.asked and "Svar" not in backend.asked and "Møder" in backend.asked
    backend.grids["Møder"][1][5] = "aflyst"
    assert steps(g, start + dt.timedelta(minutes=60), 5) == 1


def test_a_chair_edit_is_seen_at_the_next_refresh(tmp_path, monkeypatch):
    backend, g = gate(tmp_path, monkeypatch)
    start = at(DAY - dt.timedelta(days=20), 10)
    steps(g, start, 5)
    backend.grids["Møder"][1][5] = "aflyst"  # the Status column
    assert steps(g, start + dt.timedelta(minutes=5), 25) == 0
    assert steps(g, start + dt.timedelta(minutes=30), 5) == 1


def test_the_wake_moment_runs_the_full_tick_and_the_digest_goes(tmp_path, monkeypatch):
    backend, g = gate(tmp_path, monkeypatch)
    start = at(DAY - dt.timedelta(days=7), 6, 50)
    steps(g, start, 5)
    assert g.wake_at == at(DAY - dt.timedelta(days=7), 7)
    steps(g, start + dt.timedelta(minutes=5), 15)
    assert len(list((tmp_path / "mail" / "outbox").glob("*.eml"))) == 1
    assert any(r[1] == "agenda" for r in backend.grids["Log"][1:])


def test_new_mail_runs_the_full_tick(tmp_path, monkeypatch):
    flag = [False]
    _, g = gate(tmp_path, monkeypatch, flag)
    start = at(DAY - dt.timedelta(days=20), 10)
    steps(g, start, 5)
    flag[0] = True
    assert steps(g, start + dt.timedelta(minutes=5), 5) == 1
