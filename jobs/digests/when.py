"""When each digest is due, and so when the service must wake for it: the one place that knows.
Pure.

The due functions (jobs/digests/digests.py, corrections.py, tools.stale_digests) ask
``agenda_window``, ``followup_at`` and ``followup_stale`` whether a digest is due now; the idle
gate of ``tovholder run`` asks ``next_wake`` when to look again, and ``next_wake`` is nothing but
the same moments taken after ``now``. Change a rule here and both follow.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from tovholder.jobs.base import schedule as working
from tovholder.jobs.base.context import Context
from tovholder.jobs.digests import invites
from tovholder.jobs.digests.agenda import next_meeting, schedule
from tovholder.jobs.digests.settings import DigestSettings, settings
from tovholder.mailer import ics
from tovholder.sheets.model import LogEntry, Meeting, Workbook


def at_hour(day: dt.date, hour: int, tz: dt.tzinfo | None) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=tz)


def start_of(meeting: Meeting, tz: dt.tzinfo | None) -> dt.datetime:
    """When the meeting starts; a meeting without a time is taken to start at midnight."""
    return dt.datetime.combine(meeting.date, meeting.start or dt.time(0), tzinfo=tz)


def end_of(meeting: Meeting, tz: dt.tzinfo | None) -> dt.datetime:
    if meeting.end:
        return dt.datetime.combine(meeting.date, meeting.end, tzinfo=tz)
    if meeting.start:
        return start_of(meeting, tz) + ics.DEFAULT_LENGTH
    return dt.datetime.combine(meeting.date + dt.timedelta(days=1), dt.time(0), tzinfo=tz)


def agenda_window(meeting: Meeting, s: DigestSettings, tz: dt.tzinfo | None
                  ) -> tuple[dt.datetime, dt.datetime]:
    """[opens, closes): the agenda digest goes from D days before, at the send hour, until the
    meeting starts."""
    opens = at_hour(meeting.date - dt.timedelta(days=s.agenda_days_before), s.send_from_hour, tz)
    return opens, start_of(meeting, tz)


def before_agenda(meeting: Meeting, days_before: int, s: DigestSettings, tz: dt.tzinfo | None
                  ) -> tuple[dt.datetime, dt.datetime]:
    """[opens, closes) of a mail that asks the members something before the agenda digest (the
    call for agenda items, the round's question): from ``days_before`` the meeting, at the send
    hour, until the agenda digest's window opens. One rule for both, and for their wakes."""
    opens = at_hour(meeting.date - dt.timedelta(days=days_before), s.send_from_hour, tz)
    return opens, agenda_window(meeting, s, tz)[0]


def asks_before_agenda(days_before: int, s: DigestSettings) -> bool:
    """0 is off, and a window that would open after the digest's never opens."""
    return bool(days_before) and days_before > s.agenda_days_before


def asking_now(wb: Workbook, log: list[LogEntry], days_before: int, s: DigestSettings,
               now: dt.datetime) -> list[tuple[Meeting, dt.datetime]]:
    """The planned meetings whose window is open at ``now``, with when it closes. A meeting
    moved after its agenda digest went was asked under its old date: it is asked once."""
    if not asks_before_agenda(days_before, s):
        return []
    moved = invites.announced(wb, log, now.date())
    found = [(m, before_agenda(m, days_before, s, now.tzinfo)) for m in schedule(wb)
             if m.status == "planned" and m.date not in moved]
    return [(m, closes) for m, (opens, closes) in found if opens <= now < closes]


def next_asking_change(meetings: Iterable[Meeting], days_before: int, s: DigestSettings,
                       now: dt.datetime) -> dt.datetime | None:
    """The wake: the next moment such a window opens or closes."""
    if not asks_before_agenda(days_before, s):
        return None
    return min((x for m in meetings for x in before_agenda(m, days_before, s, now.tzinfo)
                if x > now), default=None)


def reminder_window(ctx: Context, meeting: Meeting, s: DigestSettings
                    ) -> tuple[dt.datetime, dt.datetime] | None:
    """[opens, closes) of the attendance reminder: from N working days before (closed days do
    not count), at the send hour, until the meeting starts; None when the reminder is off."""
    if not s.attendance_reminder_days:
        return None
    day = working.working_days_before(ctx, meeting.date, s.attendance_reminder_days)
    tz = ctx.now.tzinfo
    return at_hour(day, s.send_from_hour, tz), start_of(meeting, tz)


def followup_at(meeting: Meeting, s: DigestSettings, tz: dt.tzinfo | None) -> dt.datetime:
    """When the follow-up is due: at "referat klar" once the meeting is over, else F days on."""
    late = at_hour(meeting.date + dt.timedelta(days=s.followup_days_after), s.send_from_hour, tz)
    return min(end_of(meeting, tz), late) if meeting.status == "minutes" else late


def followup_stale_from(meeting: Meeting, s: DigestSettings, tz: dt.tzinfo | None) -> dt.datetime:
    """From this moment a follow-up that never went is too old to be of use."""
    last = meeting.date + dt.timedelta(days=s.followup_days_after + s.stale_after_days)
    return dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0), tzinfo=tz)


def followup_stale(wb: Workbook, meeting: Meeting, s: DigestSettings, now: dt.datetime) -> bool:
    """Too old, or the next meeting has already started."""
    after = next_meeting(wb, meeting.date)
    return now >= followup_stale_from(meeting, s, now.tzinfo) or \
        (after is not None and now >= start_of(after, now.tzinfo))


def next_send_hour(now: dt.datetime, s: DigestSettings) -> dt.datetime:
    """The next daily send hour after ``now`` (reminders count days from it)."""
    today = at_hour(now.date(), s.send_from_hour, now.tzinfo)
    return today if now < today else at_hour(now.date() + dt.timedelta(days=1),
                                             s.send_from_hour, now.tzinfo)


def moments(ctx: Context, meeting: Meeting, s: DigestSettings) -> list[dt.datetime]:
    """Every moment at which a digest rule about ``meeting`` changes its answer."""
    tz = ctx.now.tzinfo
    opens, starts = agenda_window(meeting, s, tz)
    reminder = reminder_window(ctx, meeting, s)
    return [opens, starts, end_of(meeting, tz), followup_at(meeting, s, tz),
            followup_stale_from(meeting, s, tz), *(reminder or ())]


def next_wake(ctx: Context) -> dt.datetime | None:
    """The first moment after ``ctx.now`` at which the digest due functions could decide
    differently on an unchanged workbook and Log."""
    s, now = settings(ctx), ctx.now
    found = [next_send_hour(now, s)]
    for meeting in ctx.wb.meetings:
        found += moments(ctx, meeting, s)
    return min(x for x in found if x > now)

