"""Who comes to a meeting, as members' calendars answer the invitation. Pure.

A calendar response (mailer/calendar_reply.py) needs no notice to the chair: it is recorded as a
Log row (kind ``attendance``, the meeting's date as key, the member, accepted / declined /
tentative, the comment they typed). A comment is a sentence a person should read, so it is also
passed on to the chair (jobs/base/pass_on.py), never only logged.
"""

from __future__ import annotations

from tovholder.jobs.base import answer_log as al
from tovholder.jobs.base import pass_on
from tovholder.jobs.base.context import Context
from tovholder.mailer.calendar_reply import calendar_reply
from tovholder.mailer.decode import ParsedMail
from tovholder.mailer.inbound import Verdict

KIND = "attendance"  # the Log rows
CALENDAR = "calendar"  # the conversation kind of a calendar response (no email of ours has it)


def handle_calendar_reply(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str:
    found = calendar_reply(mail.message)
    day = verdict.conversation.partition(":")[2]
    if found is None or al.handled(ctx, KIND, mail.message_id):
        return al.said(ctx, "reply.calendar_nothing")
    al.record(ctx, KIND, day, found.answer, recipient=verdict.member,
              message_id=mail.message_id, detail=found.comment)
    if found.comment:
        pass_on.record_words(ctx, verdict, mail, found.comment, partial=True)
    return al.said(ctx, "reply.calendar", answer=found.answer)


def attendance(ctx: Context, day: str) -> dict[str, str]:
    """member -> their latest calendar answer for the meeting on ``day`` (ISO date)."""
    return {e.recipient: e.state for e in ctx.log if e.kind == KIND and e.key == day}
