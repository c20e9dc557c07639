"""The digests feature: the agenda digest before a meeting (with its calendar invitation), the
attendance reminder, the follow-up after it, corrections when a meeting moves. When each is
due: when.py. Who comes (replies, calendar responses, the Deltagelse tab): attendance.py."""

from __future__ import annotations

from tovholder.jobs.actions.replies import handle_action_reply
from tovholder.jobs.base.feature import Feature, Kind
from tovholder.jobs.base.pass_on import pass_on
from tovholder.jobs.digests import attendance, corrections, digests, minutes, reminder, when
from tovholder.jobs.digests.minutes_reply import receiving
from tovholder.jobs.digests.settings import DigestSettings

FEATURE = Feature(
    "digests",
    kinds=(
        # "Afbud", "kommer først kl. 11" is recorded as attendance; the rest reaches the chair.
        # The chair's or the secretary's reply with the minutes sends them on (issue 13).
        Kind("agenda", receiving(attendance.handle_attendance_reply),
             "the agenda digest and calendar invitation before a meeting"),
        Kind(attendance.REMINDER, attendance.handle_attendance_reply,
             "the reminder to say whether one comes"),
        # The follow-up lists each member's open actions: "3 er færdig" is understood there too.
        Kind("followup", receiving(handle_action_reply), "the follow-up after a meeting"),
        Kind("correction", pass_on, "a moved or cancelled meeting", at_once=True),
        # The secretary answering the minutes with a corrected version sends it on too.
        Kind(minutes.KIND, receiving(pass_on), "the minutes of a meeting, to every member"),
        Kind(minutes.CORRECTED, receiving(pass_on),
             "a corrected version of the minutes, to who had an earlier one"),
        # A member's calendar answering the invitation (no email of ours has this kind).
        Kind(attendance.CALENDAR, attendance.handle_calendar_reply, "a calendar response", at_once=True,
             sent=False),
    ),
    due=(corrections.due_corrections, digests.due_agenda, reminder.due_attendance_reminders,
         digests.due_followup, minutes.due_minutes),
    wakes=(when.next_wake,),
    settings=DigestSettings,
)
