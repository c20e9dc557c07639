"""Groups of one process start staggered: group i of n ticks i/n of the interval late, and stays
there, so thirty groups on one service account do not all read their workbooks at :00."""

from __future__ import annotations

import datetime as dt
import threading
import time
from zoneinfo import ZoneInfo

from tovholder.jobs.runner import tick as tick_module
from tovholder.jobs.runner.service import Service, start_offsets

TZ = ZoneInfo("Europe/Copenhagen")


class Counting:
    """A backend whose every read fails at once (each tick is then one quick attempt)."""

    label = "counting"

    def __init__(self) -> None:
        self.reads: list[float] = []

    def read(self) -> dict:
        from tovholder.core.errors import SheetsUnavailable

        self.reads.append(time.monotonic())
        raise SheetsUnavailable(spreadsheet_id="x", detail="test", tries=1)


class NoMail:
    def close(self) -> None:
        pass


def service(tick_minutes: float) -> tuple[Service, Counting]:
    backend = Counting()
    group = tick_module.Group(backend, NoMail(), None)  # type: ignore[arg-type]
    return Service(group, tick_minutes=tick_minutes, poll_seconds=3600, lang="da", tz=TZ,
                   say=lambda line: None, idle=False,
                   clock=lambda: dt.datetime(2026, 1, 1, tzinfo=TZ)), backend


def test_thirty_groups_start_spread_over_one_tick_interval() -> None:
    offsets = start_offsets([5.0] * 30)
    assert offsets[:3] == [0.0, 10.0, 20.0] and offsets[-1] == 290.0


def test_groups_with_their_own_intervals_each_spread_over_their_own() -> None:
    assert start_offsets([5.0, 10.0]) == [0.0, 300.0]


def test_a_late_starting_group_ticks_after_its_offset_and_keeps_it() -> None:
    svc, backend = service(tick_minutes=0.01)  # a scheduled tick every 0.6 s
    began = time.monotonic()
    worker = threading.Thread(target=svc.run, kwargs={"start_after": 0.4, "max_ticks": 2},
                              daemon=True)
    worker.start()
    worker.join(timeout=10)
    first, second = (t - began for t in backend.reads)
    assert 0.4 <= first < 0.9
    assert second - first >= 0.55  # the schedule counts from the first tick, not from creation


def test_a_group_stopped_before_its_offset_never_ticks() -> None:
    svc, backend = service(tick_minutes=5)
    worker = threading.Thread(target=svc.run, kwargs={"start_after": 30}, daemon=True)
    worker.start()
    svc.stop.set()
    worker.join(timeout=5)
    assert not worker.is_alive() and backend.reads == [] and svc.ticks == 0
