"""When scheduled mail may go: on working days (tovholder.core.workdays), from the send hour
([schedule] send_hour) until midnight. Pure.

The one place that decides it. The tick holds back every email of a kind a feature declares
scheduled (``Kind.at_once`` false: forms, reminders, calls, digests, the chair's digest) while
the schedule is closed (``on_schedule``), and the idle gate of ``tovholder run`` wakes at the
next moment that changes (``next_change``); both ask ``is_open``. What answers a person
(confirmations of a reply, notes passing a member's words on) and corrections of a moved meeting
are declared ``at_once`` and go whatever the day. An email already in the Log (a ``sending``
row after a crash) is never held: its outcome is the send plan's to decide.

Deadlines printed in an email are announced as the working day on or before them
(``announced``): the stored deadline is the chair's and stays as typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from tovholder.core import workdays
from tovholder.core.schema import read, setting
from tovholder.core.workdays import is_working_day, month_day, next_working_day, working_day_before
from tovholder.jobs.base.context import Context
from tovholder.mailer.outbox import Outgoing, latest_states

NAME = "schedule"  # i18n: data (the config table's name)


def _days_ok(days: tuple[str, ...]) -> bool:
    return all(month_day(d) is not None for d in days)


@dataclass(frozen=True)
class ScheduleSettings:
    """The ``[schedule]`` table of the config (tovholder.core.schema)."""

    send_hour: int = setting(7, low=0, high=23, help="""
        Scheduled mail (forms, reminders, calls for volunteers, digests, the chair's digest) goes
        on working days from this hour (the group's time zone); confirmations of a reply go at
        once, whatever the day.""")
    closed_days: tuple[str, ...] = setting(
        ("12-24", "12-31"), normalize=lambda days: tuple(d.strip() for d in days), check=_days_ok,
        expected="config.expect.closed_days", help="""
        Days of the year ("MM-DD") that count as closed besides weekends and Danish public
        holidays: 24 and 31 December are not public holidays, but most municipalities close.""")


def settings(ctx: Context) -> ScheduleSettings:
    """The group's settings; a plain table (a test's) is read as the config would."""
    found = ctx.settings.get(NAME)
    if isinstance(found, ScheduleSettings):
        return found
    if isinstance(found, dict):
        return read(ScheduleSettings, found)
    return ScheduleSettings()


def _at(day: dt.date, hour: int, tz: dt.tzinfo | None) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=tz)


def is_open(now: dt.datetime, s: ScheduleSettings) -> bool:
    return now.hour >= s.send_hour and is_working_day(now.date(), closed=s.closed_days)


def next_opening(now: dt.datetime, s: ScheduleSettings) -> dt.datetime:
    """The first send hour of a working day after ``now``."""
    day = now.date() if now.hour < s.send_hour else now.date() + dt.timedelta(days=1)
    return _at(next_working_day(day, closed=s.closed_days), s.send_hour, now.tzinfo)


def next_change(ctx: Context) -> dt.datetime:
    """The wake function: when ``is_open`` next changes its answer (opening, or midnight)."""
    s, now = settings(ctx), ctx.now
    if is_open(now, s):
        return dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0), tzinfo=now.tzinfo)
    return next_opening(now, s)


def on_schedule(wanted: list[Outgoing], ctx: Context, scheduled: Iterable[str]) -> list[Outgoing]:
    """``wanted`` less the emails of the ``scheduled`` kinds while the schedule is closed; they
    are due again at the next opening, as their due functions still want them."""
    if is_open(ctx.now, settings(ctx)):
        return wanted
    kinds, logged = set(scheduled), latest_states(ctx.log)
    return [o for o in wanted if o.kind not in kinds or o.message_id in logged]


def announced(day: dt.date, ctx: Context) -> dt.date:
    """How a deadline is shown in an email: a weekend or holiday becomes the working day
    before (answers are due while offices are open)."""
    return working_day_before(day, closed=settings(ctx).closed_days)


def working_days_before(ctx: Context, day: dt.date, n: int) -> dt.date:
    """``n`` working days before ``day``: weekends, public holidays and [schedule] closed_days
    do not count. The one count of working days every feature asks (the attendance reminder,
    a consultation's internal deadline)."""
    return workdays.working_days_before(day, n, closed=settings(ctx).closed_days)
