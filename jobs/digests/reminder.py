"""The attendance reminder: N working days before a meeting ([digests]
attendance_reminder_days, 2 by default; 0 = off), at the send hour, members who have not said
whether they come are asked once ("Kommer du?"). Pure and idempotent: the Log and the
deterministic Message-ID send it once per member and meeting; a reply to it is an attendance
reply (jobs/digests/attendance.py), where a plain "ja" or "nej" is enough.

Who has answered: the Deltagelse tab (any status but "ikke svaret") or the Log's attendance
rows (attendance.attendance). The window is the one when.reminder_window computes, so the idle
gate wakes for it.
"""

from __future__ import annotations

from tovholder.jobs.base.context import Context
from tovholder.jobs.digests import agenda as ag
from tovholder.jobs.digests import attendance as att
from tovholder.jobs.digests import digests
from tovholder.jobs.digests.attendance_tab import UNANSWERED
from tovholder.jobs.digests.when import reminder_window
from tovholder.mailer.outbox import Outgoing
from tovholder.sheets.model import Meeting


def due_meetings(ctx: Context) -> list[Meeting]:
    s = digests.settings(ctx)
    found = []
    for meeting in ag.schedule(ctx.wb):
        window = reminder_window(ctx, meeting, s)
        if meeting.status == "planned" and window and window[0] <= ctx.now < window[1]:
            found.append(meeting)
    return found


def due_attendance_reminders(ctx: Context) -> list[Outgoing]:
    out: list[Outgoing] = []
    done = digests.Done(ctx)
    for meeting in due_meetings(ctx):
        key = meeting.date.isoformat()
        answered = {m for m, row in att.attendance(ctx, meeting.date).items()
                    if row.status != UNANSWERED}
        waiting = [m for m in digests.active_members(ctx)
                   if m.email not in answered and not done(att.REMINDER, key, m.email)]
        if not waiting:
            continue
        context = digests.meeting_context(ctx, meeting)
        out += [o for m in waiting
                for o in digests.make(ctx, att.REMINDER, key=key, member=m, context=context,
                                      bulk=True)]
    return out
