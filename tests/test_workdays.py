"""Mail that respects people: scheduled mail goes on working days (no weekends, Danish public
holidays or the group's closed days) from the send hour; replies are confirmed at once; a
deadline on a closed day is announced as the working day before; the idle gate wakes when the
schedule opens."""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from tests.replyworld import TZ, World, at, body, to
from tovholder.app import config as configuration
from tovholder.app import demo
from tovholder.app.cli import cmd_init
from tovholder.app.wiring import open_group
from tovholder.core.workdays import (
    is_working_day,
    next_working_day,
    working_day_before,
    working_days_before,
)
from tovholder.jobs.base import schedule
from tovholder.jobs.base.context import Context
from tovholder.jobs.base.feature import handlers, scheduled_kinds, wake_functions
from tovholder.jobs.digests.settings import DigestSettings
from tovholder.jobs.digests.when import reminder_window
from tovholder.jobs.form.feature import FEATURE as FORM
from tovholder.jobs.form.form import FormSettings
from tovholder.jobs.registry import FEATURES
from tovholder.jobs.runner import idle
from tovholder.jobs.runner.tick import Group, TickReport
from tovholder.sheets.model import Meeting

D = dt.date


def test_store_bededag_is_a_holiday_until_2023_and_a_working_day_from_2024() -> None:
    assert not is_working_day(D(2023, 5, 5))  # Store Bededag 2023, a Friday
    assert is_working_day(D(2024, 4, 26))  # where it would have been in 2024


def test_easter_and_whitsun_2026_are_holidays() -> None:
    closed = [d for d in (D(2026, 4, 2), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 14),
                          D(2026, 5, 25)) if not is_working_day(d)]
    assert len(closed) == 5
    assert is_working_day(D(2026, 4, 7)) and is_working_day(D(2026, 4, 1))


def test_christmas_eve_and_new_years_eve_close_only_when_the_group_says_so() -> None:
    assert is_working_day(D(2026, 12, 24)) and is_working_day(D(2026, 12, 31))
    closed = schedule.ScheduleSettings().closed_days
    assert not is_working_day(D(2026, 12, 24), closed=closed)
    assert not is_working_day(D(2026, 12, 31), closed=closed)
    assert next_working_day(D(2026, 12, 24), closed=closed) == D(2026, 12, 28)


def test_working_days_before_skip_weekends_and_holidays() -> None:
    assert working_days_before(D(2026, 5, 29), 5) == D(2026, 5, 21)  # over Whit Monday
    assert working_days_before(D(2026, 6, 1), 1) == D(2026, 5, 29)  # Monday -> Friday
    assert working_day_before(D(2026, 4, 6)) == D(2026, 4, 1)  # Easter Monday -> Wednesday


def ctx_at(now: dt.datetime, **table: object) -> Context:
    return Context(None, [], None, now, ("", ""), {"schedule": table})  # type: ignore[arg-type]


@pytest.mark.parametrize("now, is_open", [
    (at("2026-12-04", 6), False), (at("2026-12-04", 7), True),  # a Friday, before/at 7
    (at("2026-12-05", 12), False), (at("2026-04-03", 12), False),  # Saturday; Good Friday
    (at("2026-12-24", 12), False)])  # closed by default
def test_the_schedule_is_open_on_working_days_from_the_send_hour(now: dt.datetime,
                                                                  is_open: bool) -> None:
    assert schedule.is_open(now, schedule.settings(ctx_at(now))) is is_open


def test_the_wake_is_the_next_opening_over_easter() -> None:
    assert schedule.next_change(ctx_at(at("2026-04-01", 20))) == at("2026-04-02", 0)
    assert schedule.next_change(ctx_at(at("2026-04-02", 0))) == at("2026-04-07", 7)
    assert schedule.next_change(ctx_at(at("2026-04-02", 0), send_hour=8)) == at("2026-04-07", 8)


def test_the_schedule_wakes_the_service_whenever_a_feature_sends_scheduled_mail() -> None:
    assert schedule.next_change in wake_functions([FORM])
    assert "form" in scheduled_kinds([FORM]) and "form_confirm" not in scheduled_kinds([FORM])


# --- a reply is confirmed at once, whatever the day ------------------------------------------

FORM_TABS = {"Skema": [["Id", "Spørgsmål", "Type", "Valgmuligheder"],
                       ["interesser", "Hvilke fagområder?", "flere", "PFAS; Spildevand; Støj"]],
             "Svar": [["Medlem", "Runde", "Modtaget", "Message-ID", "Rå tekst", "interesser"]]}


def form_world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    return World(tmp_path, monkeypatch, FORM_TABS, FORM.due, handlers((FORM,)),
                 settings={"form": FormSettings("2026")})


def test_the_form_waits_for_monday_at_the_send_hour(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    w = form_world(tmp_path, monkeypatch)
    assert w.tick(at("2026-12-05", 10)) == [] and w.tick(at("2026-12-07", 6)) == []
    assert len(w.tick(at("2026-12-07", 7))) == 4  # the active members, Monday 07:00


def test_a_reply_on_a_sunday_is_confirmed_at_once(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    w = form_world(tmp_path, monkeypatch)
    form = to(w.tick(at("2026-12-04", 9)), "mette")
    w.reply(form, "PFAS og støj", at("2026-12-06", 10))
    assert "Tak" in body(to(w.tick(at("2026-12-06", 10)), "mette"))


# --- the whole service over Easter and over Christmas ------------------------------------------

STEP = dt.timedelta(hours=2)  # the gate must wake for 07:00 all the same


def service(folder: Path, start: dt.date) -> Group:
    """The demo group, its workbook made for ``start``, with every feature of the service."""
    cfg = configuration.load(demo.write_config(folder), features=FEATURES)
    cmd_init(cfg, argparse.Namespace(), rows=demo.rows(start))
    return open_group(cfg)


def record(found: dict[str, dt.datetime], report: TickReport | None, now: dt.datetime,
           per_tick: Counter[tuple[str, dt.datetime]] | None = None) -> None:
    for out in report.sent.sent if report else []:
        found.setdefault(out.message_id, now)
        if per_tick is not None:
            per_tick[out.recipient, now] += 1


def moments(start: dt.date, days: int) -> list[dt.datetime]:
    first = dt.datetime.combine(start, dt.time(0), tzinfo=TZ).astimezone(dt.UTC)
    return [(first + i * STEP).astimezone(TZ) for i in range(days * 12)]


@pytest.mark.parametrize("start", [D(2026, 3, 31), D(2026, 12, 22)])
def test_eight_days_send_scheduled_mail_on_working_days_only_and_the_gate_wakes_for_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], start: dt.date) -> None:
    every = service(tmp_path / "every", start)  # a full tick at every step
    gated = service(tmp_path / "gated", start)  # ticks only when the idle gate says so
    gate = idle.IdleGate(gated, wakes=wake_functions(gated.features), refresh=dt.timedelta(days=99),
                         fallback=None)
    when_sent: dict[str, dt.datetime] = {}
    when_gated: dict[str, dt.datetime] = {}
    per_tick: Counter[tuple[str, dt.datetime]] = Counter()
    for now in moments(start, 8):
        record(when_sent, idle.tick(every, now, say=lambda line: None), now, per_tick)
        record(when_gated, gate.step(now, say=lambda line: None), now)
    capsys.readouterr()
    assert len(when_sent) > 5
    assert all(is_working_day(when.date(), closed=("12-24", "12-31")) and when.hour >= 7
               for when in when_sent.values())
    assert when_gated == when_sent  # the gate woke at every moment something became due
    assert gate.skipped > gate.full_ticks  # and slept in between
    assert max(per_tick.values()) <= 2  # a bundle, and at most the agenda digest with its invitation


def test_a_deadline_on_a_closed_day_is_announced_as_the_working_day_before() -> None:
    assert schedule.announced(D(2026, 12, 6), ctx_at(at("2026-11-20"))) == D(2026, 12, 4)
    assert schedule.announced(D(2026, 12, 24), ctx_at(at("2026-11-20"))) == D(2026, 12, 23)
    assert schedule.announced(D(2026, 12, 24), ctx_at(at("2026-11-20"), closed_days=[])) == \
        D(2026, 12, 24)


def test_the_attendance_reminder_counts_working_days_over_easter() -> None:
    # 2 working days before Wednesday 23 April 2025: Tuesday the 22nd, then (Easter Monday, the
    # weekend, Good Friday and Maundy Thursday closed) Wednesday the 16th, not Easter Monday,
    # which would have held the reminder back to the day before the meeting (bench year).
    meeting = Meeting(row=2, date=D(2025, 4, 23), start=dt.time(9, 30), end=None, place="",
                      kind="", status="planned")
    opens, _ = reminder_window(ctx_at(at("2025-04-01")), meeting, DigestSettings()) or (None, None)
    assert opens == dt.datetime(2025, 4, 16, 7, tzinfo=TZ)


@pytest.mark.parametrize("closed_days, opens", [(None, D(2026, 12, 29)), ([], D(2026, 12, 30))])
def test_the_attendance_reminder_counts_closed_days_as_closed(closed_days: list[str] | None,
                                                               opens: dt.date) -> None:
    # 2 working days before Monday 4 January 2027: New Year's Day is a holiday and 31 December
    # a closed day ([schedule] closed_days, by default), so Wednesday 30 and Tuesday 29 December.
    meeting = Meeting(row=2, date=D(2027, 1, 4), start=dt.time(9, 30), end=None, place="",
                      kind="", status="planned")
    table = {} if closed_days is None else {"closed_days": closed_days}
    window = reminder_window(ctx_at(at("2026-12-01"), **table), meeting, DigestSettings())
    assert window is not None and window[0] == dt.datetime.combine(opens, dt.time(7), tzinfo=TZ)
