"""The written round ("Bordet rundt"): the round the meeting never reaches is done in writing.
Pure (see jobs/base/context.py).

- ``due_round_questions``: ``[round] days_before`` (10) days before each planned meeting, at the
  digests' send hour, every active member is asked "Hvad rører sig hos jer?" in its own email,
  once per meeting, until the agenda digest's window opens (then it is stale). Its own email, not
  a paragraph of the call for agenda items: a reply to it is the member's news, whole, and never
  has to be told apart from an agenda proposal;
- ``handle_round_reply``: "afbud" in it is attendance (as for the call for agenda items); the
  rest, without greeting and signature, is the member's answer: ONE Log row (kind
  ``round_answer``: recorded with the text, or ``nothing_new``); files reach the chair;
- no reminder: the round is optional news that members give when they have some, one more
  email a week before the meeting would weigh more than the answers it brings (the attendance
  reminder already goes then); who has not answered is listed in the minutes draft, and a
  member who said "intet nyt" is never asked again for that meeting.

The answers are compiled (compiled.py) into the agenda digest and the minutes draft.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial

from tovholder.core.schema import setting
from tovholder.jobs.base import answer_log as al
from tovholder.jobs.base import pass_on
from tovholder.jobs.base.context import Context
from tovholder.jobs.base.isolate import one
from tovholder.jobs.base.messages import make_outgoing
from tovholder.jobs.digests import agenda as ag
from tovholder.jobs.digests import attendance, digests, when
from tovholder.jobs.written_round.compiled import ANSWER, EMPTY, NOTHING, RECORDED, keys_of, now_on
from tovholder.mailer.decode import ParsedMail
from tovholder.mailer.inbound import Verdict
from tovholder.mailer.outbox import Outgoing
from tovholder.replies.courtesy import without_courtesy
from tovholder.replies.round_words import nothing_new

QUESTION = "round"  # the emails asking; their replies are answers
_SAID = {RECORDED: "reply.round_recorded", NOTHING: "reply.round_nothing_new",
         EMPTY: "reply.round_empty"}  # i18n: data (the outcome's line in the operator's log)
MAX_ANSWER = 20000  # characters of one answer kept in the Log (a cell holds 32,767 in .xlsx)


@dataclass(frozen=True)
class RoundSettings:
    """The ``[round]`` table of the config (tovholder.core.schema)."""

    days_before: int = setting(10, low=0, high=60, unit="days", help="""
        Days before a meeting members are asked "Hvad rører sig hos jer?" (the written round,
        "Bordet rundt"; 0 = never; must be more than [digests] agenda_days_before). The answers
        are compiled into the agenda digest and the secretary's minutes draft. At most 60: the
        Log keeps the question's rows that long (jobs/runner/archive_rule.py).""")


def settings(ctx: Context) -> RoundSettings:
    found = ctx.settings.get("round")
    return found if isinstance(found, RoundSettings) else RoundSettings()


def due_round_questions(ctx: Context) -> list[Outgoing]:
    s, d, out = settings(ctx), digests.settings(ctx), []
    done = digests.Done(ctx)
    for meeting, closes in when.asking_now(ctx.wb, ctx.log, s.days_before, d, ctx.now):
        key = meeting.date.isoformat()
        asked = keys_of(ctx.wb, ctx.log, {QUESTION}, meeting.date)  # also before a move
        context = {"meeting": meeting, "group_name": ctx.sender.group, "digest_day": closes.date()}
        for m in digests.active_members(ctx):
            if not any(done(QUESTION, k, m.email) for k in asked):
                out += one(ctx, QUESTION, key, m.email, partial(
                    make_outgoing, ctx.sender, QUESTION, kind=QUESTION, key=key,
                    to_email=m.email, to_name=m.name, context=context, now=ctx.now, bulk=True))
    return out


def next_wake(ctx: Context) -> dt.datetime | None:
    """The next moment a question window opens or closes (the same rule as the due function)."""
    return when.next_asking_change(ctx.wb.meetings, settings(ctx).days_before,
                                   digests.settings(ctx), ctx.now)


def handle_round_reply(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str:
    if al.handled(ctx, ANSWER, mail.message_id):
        return al.said(ctx, "reply.round_handled")
    key = verdict.conversation.partition(":")[2]
    words = _without_attendance(ctx, mail, verdict, key)
    text = without_courtesy(words, [m.name for m in ctx.wb.members if m.name]).strip()
    state = EMPTY if not text else NOTHING if nothing_new(text) else RECORDED
    al.record(ctx, ANSWER, key, state, recipient=verdict.member.casefold(),
              message_id=mail.message_id, detail=text if state == RECORDED else "",
              limit=MAX_ANSWER)
    pass_on.record_files(ctx, verdict, mail)
    return al.said(ctx, _SAID[state])


def _without_attendance(ctx: Context, mail: ParsedMail, verdict: Verdict, key: str) -> str:
    """The member's words without "afbud"/"kommer", which are recorded as attendance; what the
    chair's row in Deltagelse contradicts reaches her."""
    words = pass_on.member_words(ctx, mail, verdict)
    said = attendance.read(ctx, words, mail.subject, verdict)
    try:  # the meeting where it is now: the chair may have moved it since the question
        meeting = ag.meeting_on(ctx.wb, dt.date.fromisoformat(now_on(ctx.wb, ctx.log, key)))
    except ValueError:
        meeting = None
    if meeting is None or meeting.status == "cancelled" or not said.status:
        return words
    if not attendance.learn(ctx, meeting.date, verdict.member, said.status, said.comment,
                            "reply", mail.message_id):
        pass_on.record_words(ctx, verdict, mail, "\n".join(said.lines), partial=True)
    return "\n".join(said.rest)
