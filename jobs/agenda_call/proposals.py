"""Agenda proposals by reply: before the agenda digest, members are asked "Punkter til næste
møde?"; each item in a reply is added to Dagsorden/Agenda with status "foreslået" and the
proposer as responsible. The chair approves by changing the status; the digest shows approved
and standing items only (tovholder.jobs.digests.agenda hides "foreslået"). Pure (see jobs/base/context.py).

- ``due_agenda_calls``: ``days_before`` (default 14) days before each planned meeting, at the
  digests' ``send_from_hour``, every active member gets the call, once per meeting; a call not
  sent before the agenda digest's own window opens is stale and not sent;
- ``handle_agenda_reply``: the proposals (tovholder.replies.proposals) become rows appended to the chair's
  Dagsorden tab, in its own column order, for the meeting asked about (or the next planned one
  if that has passed); ONE Log row (kind ``agenda_proposal``) names them;
- ``due_agenda_answers``: a one-line thank-you to the proposer, in thread; what could not be
  understood goes to the chair, quoted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial

from tovholder.core.dates import format_long_date
from tovholder.core.schema import setting
from tovholder.jobs.base import answer_log as al
from tovholder.jobs.base import pass_on
from tovholder.jobs.base.context import Context
from tovholder.jobs.base.isolate import one
from tovholder.jobs.base.messages import make_outgoing
from tovholder.jobs.digests import agenda as ag
from tovholder.jobs.digests import attendance, digests, when
from tovholder.mailer.decode import ParsedMail
from tovholder.mailer.inbound import Verdict
from tovholder.mailer.outbox import Outgoing
from tovholder.replies.form_reply import reply_body
from tovholder.replies.proposals import parse_proposals
from tovholder.sheets import schema
from tovholder.sheets.batch import DateText
from tovholder.sheets.model import Meeting

CALL, KIND, CONFIRM, CHAIR = "agenda_call", "agenda_proposal", "agenda_confirm", "agenda_chair"
PROPOSED, TO_CHAIR, NONE = "proposed", "chair", "none"


@dataclass(frozen=True)
class AgendaCallSettings:
    """The ``[agenda_call]`` table of the config (tovholder.core.schema)."""

    days_before: int = setting(14, low=0, high=90, unit="days", help="""
        Days before a meeting members are asked "Punkter til næste møde?" (0 = never; must be
        more than [digests] agenda_days_before). Proposals land in Dagsorden as "foreslået".""")


def settings(ctx: Context) -> AgendaCallSettings:
    found = ctx.settings.get("agenda_call")
    return found if isinstance(found, AgendaCallSettings) else AgendaCallSettings()


def due_agenda_calls(ctx: Context) -> list[Outgoing]:
    s, d, out = settings(ctx), digests.settings(ctx), []
    done = digests.Done(ctx)
    for meeting, digest in when.asking_now(ctx.wb, ctx.log, s.days_before, d, ctx.now):
        key = meeting.date.isoformat()
        context = {"meeting": meeting, "group_name": ctx.sender.group, "digest_day": digest.date(),
                   "chair_name": ctx.chair[1],
                   "items": ag.own_lines(ctx.wb, meeting.date)}
        for m in digests.active_members(ctx):
            if not done(CALL, key, m.email):
                out += one(ctx, CALL, key, m.email, partial(
                    make_outgoing, ctx.sender, CALL, kind=CALL, key=key, to_email=m.email,
                    to_name=m.name, context=context, now=ctx.now, bulk=True))
    return out


def next_wake(ctx: Context) -> dt.datetime | None:
    """The next moment a call window opens or closes (the same rule as due_agenda_calls)."""
    return when.next_asking_change(ctx.wb.meetings, settings(ctx).days_before,
                                   digests.settings(ctx), ctx.now)


def _meeting(ctx: Context, asked: str) -> Meeting | None:
    try:
        day = dt.date.fromisoformat(asked)
    except ValueError:
        return None
    meeting = ag.meeting_on(ctx.wb, day)
    if meeting is not None and meeting.status == "planned" and meeting.date >= ctx.today:
        return meeting
    return next((m for m in ag.schedule(ctx.wb) if m.date >= ctx.today and
                 m.status == "planned"), None)


def handle_agenda_reply(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str:
    if al.handled(ctx, KIND, mail.message_id):
        return al.said(ctx, "reply.agenda_handled")
    member = verdict.member.casefold()
    kind, _, asked = verdict.conversation.partition(":")
    if kind == CONFIRM:  # a reply to our thank-you: the meeting the first reply was about
        asked = next((e.key for e in ctx.log if e.kind == KIND and e.message_id
                      and al.short_hash(e.message_id) == asked), asked)
    meeting = _meeting(ctx, asked)
    person = ctx.wb.member(member)
    parsed = parse_proposals(_without_attendance(ctx, mail, verdict, meeting),
                             signer=person.name if person else "")
    layout = ctx.wb.layouts.get("agenda")
    unclear = list(parsed.unclear)
    added: list[str] = []
    if parsed.items and (meeting is None or layout is None):
        unclear = [p.title + (f": {p.note}" if p.note else "") for p in parsed.items] + unclear
    elif parsed.items and meeting is not None and layout is not None:
        status = schema.CHOICES[("agenda", "status")]
        for item in parsed.items:
            values = {"meeting": DateText(meeting.date), "title": item.title,
                      "responsible": person.name if person and person.name else member,
                      "note": item.note,
                      "status": status[ctx.lang if ctx.lang in status else "da"][
                          status["en"].index("proposed")]}
            row = [""] * max(layout.columns.values())
            for key, value in values.items():
                if layout.col(key):
                    row[layout.col(key) - 1] = value  # type: ignore[operator]
            ctx.batch.append(layout.title, row)
            added.append(item.title)
    state = TO_CHAIR if unclear else PROPOSED if added else NONE
    key = meeting.date.isoformat() if meeting else asked
    detail = "; ".join(added) + (al.SEP + "\n".join(unclear) if unclear else "")
    al.record(ctx, KIND, key, state, recipient=member, message_id=mail.message_id,
              detail=detail)
    return al.said(ctx, "reply.agenda_to_chair" if unclear else "reply.agenda", n=len(added))


def _without_attendance(ctx: Context, mail: ParsedMail, verdict: Verdict,
                        meeting: Meeting | None) -> str:
    """The reply to read for proposals; an "afbud" or "jeg kommer" in it is attendance
    (jobs/digests/attendance.py), never an agenda item, and what the chair's row in Deltagelse
    contradicts reaches her."""
    said = attendance.read(ctx, pass_on.member_words(ctx, mail, verdict), mail.subject, verdict)
    if meeting is None or not said.status:
        return reply_body(mail.text, mail.html)
    if not attendance.learn(ctx, meeting.date, verdict.member, said.status, said.comment,
                            "reply", mail.message_id):
        pass_on.record_words(ctx, verdict, mail, "\n".join(said.lines), partial=True)
    return "\n".join(said.rest)


def due_agenda_answers(ctx: Context) -> list[Outgoing]:
    out: list[Outgoing] = []
    for entry in al.recent(ctx, KIND, (PROPOSED, TO_CHAIR)):
        titles, words = al.split_detail(entry.detail)
        try:
            day = format_long_date(dt.date.fromisoformat(entry.key), ctx.lang)
        except ValueError:
            day = entry.key
        parts = [al.said(ctx, "answer.agenda_added", titles=", ".join(
            f"“{t}”" for t in titles.split("; ")), day=day)] if titles else []
        if entry.state == TO_CHAIR:
            parts.append(al.said(ctx, "answer.agenda_to_chair"))
        out += al.confirmation(ctx, CONFIRM, entry, " ".join(parts))
        if entry.state == TO_CHAIR:
            name = al.name_of(ctx, entry.recipient)
            body = al.said(ctx, "answer.agenda_chair_body", day=day)
            if titles:
                body += "\n\n" + al.said(ctx, "answer.agenda_chair_added", titles=titles)
            out += al.chair_note(ctx, CHAIR, entry,
                                 al.said(ctx, "answer.agenda_chair_title", name=name), body,
                                 words)
    return out
