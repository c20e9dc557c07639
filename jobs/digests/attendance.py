"""Who comes to a meeting, as members answer: by reply ("afbud", "kommer først kl. 11") to the
agenda digest or the attendance reminder, or by their calendar answering the invitation. Pure.

What is learned is one Log row (kind ``attendance``, the meeting's date as key, the member in
Modtager, accepted / declined / tentative, the comment in the detail) and the member's row in
the Deltagelse tab (attendance_tab.py), in the same write. What else the member wrote (a
question, a request) and what the reader could not place reaches the chair (jobs/base/pass_on);
a calendar response alone needs no notice, but a comment typed into it does.
"""

from __future__ import annotations

import datetime as dt

from tovholder.core.i18n import t
from tovholder.jobs.base import answer_log as al
from tovholder.jobs.base import pass_on
from tovholder.jobs.base.context import Context
from tovholder.jobs.digests import attendance_tab as tab
from tovholder.jobs.digests.agenda import meeting_on
from tovholder.mailer.calendar_reply import ACCEPTED, DECLINED, TENTATIVE, calendar_reply
from tovholder.mailer.decode import ParsedMail
from tovholder.mailer.inbound import Verdict
from tovholder.replies.attendance import Said, read_attendance
from tovholder.replies.yesno import NO, YES, classify
from tovholder.sheets.model import AttendanceRow, LogEntry, Workbook

KIND = tab.KIND  # the Log rows
CALENDAR = "calendar"  # the conversation kind of a calendar response (no email of ours has it)
REMINDER = "attendance_reminder"  # "Kommer du?" two working days before, to who has not answered
_CALENDAR = {ACCEPTED: tab.COMING, DECLINED: tab.ABSENT, TENTATIVE: tab.MAYBE}


def handle_calendar_reply(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str:
    found = calendar_reply(mail.message)
    day = _day(verdict.conversation)
    if found is None or day is None or al.handled(ctx, KIND, mail.message_id):
        return al.said(ctx, "reply.calendar_nothing")
    status = _CALENDAR[found.answer]
    agrees = learn(ctx, day, verdict.member, status, found.comment, "calendar", mail.message_id)
    # the chair's row in Deltagelse says otherwise: she hears what the calendar said
    said = [] if agrees else [t(ctx.lang, "attendance.calendar_said",
                                status=tab.word(ctx.lang, "status", status))]
    if said or found.comment:
        pass_on.record_words(ctx, verdict, mail, "\n".join([*said, found.comment]).strip(),
                             comment_to=found.answer)
    return al.said(ctx, "reply.calendar", answer=found.answer)


def handle_attendance_reply(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str:
    """A reply to the agenda digest or the reminder: "afbud" is recorded; what else it says,
    or all of it when the reader is unsure, reaches the chair."""
    if al.handled(ctx, KIND, mail.message_id) or al.handled(ctx, pass_on.KIND, mail.message_id):
        return al.said(ctx, "reply.passed_on_before")
    day = _day(verdict.conversation)
    meeting = meeting_on(ctx.wb, day) if day else None
    words = pass_on.member_words(ctx, mail, verdict)
    said = read(ctx, words, mail.subject, verdict)
    if meeting is None or meeting.status == "cancelled" or not said.status:
        return pass_on.pass_on(ctx, mail, verdict)
    agrees = learn(ctx, meeting.date, verdict.member, said.status, said.comment, "reply",
                   mail.message_id)
    rest = said.rest if agrees else said.lines  # the chair's row says otherwise: she reads it
    if rest:
        pass_on.record_words(ctx, verdict, mail, "\n".join(rest), partial=True)
    else:
        pass_on.record_files(ctx, verdict, mail)
    return al.said(ctx, "reply.attendance", status=tab.word(ctx.lang, "status", said.status))


def read(ctx: Context, words: str, subject: str, verdict: Verdict) -> Said:
    """What the reply says: its words; else its subject ("Afbud 22. april"); else, to the
    reminder, a plain yes or no ("Ja", "Nej desværre")."""
    names = [m.name for m in ctx.wb.members if m.name]
    member = ctx.wb.member(verdict.member)
    own = member.name if member else ""
    said = read_attendance(words, names, own)
    if not said.status and not said.unclear and not said.lines:
        said = read_attendance(_own_subject(subject), names, own)
    if not said.status and not said.unclear and verdict.conversation.startswith(REMINDER):
        answer = classify(words)
        if answer in (YES, NO):
            status = tab.COMING if answer == YES else tab.ABSENT
            said = Said(status, "", [], lines=said.lines)
    return said


def learn(ctx: Context, day: dt.date, member: str, status: str, comment: str, source: str,
          message_id: str) -> bool:
    """One Log row and the tab row, in this tick's write; a new answer without a comment keeps
    the comment of the same answer before ("kommer kl. 10.30", then the calendar's accept).
    False when the chair's row in the tab says something else."""
    before = tab.last_learned(ctx.log, day, member)
    if not comment and before is not None and tab.STATUS.get(before.state) == status:
        comment = before.detail
    al.record(ctx, KIND, day.isoformat(), tab.STATE[status], recipient=member,
              message_id=message_id, detail=comment)
    return tab.write(ctx, day, member, status, comment, source)


def attendance(ctx: Context, day: dt.date) -> dict[str, AttendanceRow]:
    return answers(ctx.wb, ctx.log, day)


def answers(wb: Workbook, log: list[LogEntry], day: dt.date) -> dict[str, AttendanceRow]:
    """member -> their answer for the meeting on ``day``: the tab's row (the chair's word or
    what was learned), else the Log's latest record (a tab the chair removed or renamed)."""
    found: dict[str, AttendanceRow] = {}
    for e in log:
        if e.kind == KIND and e.key == day.isoformat() and e.state in tab.STATUS:
            found[e.recipient] = AttendanceRow(0, day, e.recipient, e.recipient,
                                               tab.STATUS[e.state], e.detail, "reply", e.time)
    found.update({r.member: r for r in wb.attendance if r.meeting == day})
    return found


def overview(wb: Workbook, log: list[LogEntry], day: dt.date) -> dict[str, list[str]]:
    """Active members by status (coming, absent, maybe, unanswered), as "Name (comment)", in
    the order of Medlemmer: what the chair's digest and `tovholder show` list."""
    known = answers(wb, log, day)
    out: dict[str, list[str]] = {tab.COMING: [], tab.ABSENT: [], tab.MAYBE: [],
                                 tab.UNANSWERED: []}
    for m in wb.members:
        row = known.get(m.email)
        if not m.active and row is None:
            continue
        name = m.name or m.email
        if row is None:
            out[tab.UNANSWERED].append(name)
        else:
            out[row.status].append(f"{name} ({row.comment})" if row.comment else name)
    return out


def _day(conversation: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(conversation.partition(":")[2][:10])
    except ValueError:
        return None


def _own_subject(subject: str) -> str:
    """A subject the member wrote themselves ("Afbud 22. april"), not "Re: Dagsorden ..."."""
    text = subject.strip()
    return "" if ":" in text[:6] or not text else text
