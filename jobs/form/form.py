"""The competence form as jobs of a tick: send it, remind, record replies, confirm. Pure.

Everything is decided from the workbook, the Log and ``now``:

- ``due_forms``: every active member (not on leave) without a Svar row in the current round gets
  the form, pre-filled with their latest answers; the Log (deterministic Message-ID per member
  and round) makes sure nobody gets the same round twice;
- ``due_reminders``: ``reminder_days`` after the form (or the last reminder) while there is still
  no answer, at most ``max_reminders`` times;
- ``handle_form_reply``: a verified reply to a form, reminder or confirmation appends ONE Svar
  row (member, round, received, Message-ID, one column per question, raw text, what was not
  understood); a question not answered keeps its previous answer; the same Message-ID twice
  changes nothing;
- ``due_confirmations``: each recorded reply gets one confirmation in the same thread showing what
  is now recorded, what was not understood, and the form again so a reply can correct it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tovholder.core.i18n import t
from tovholder.core.schema import setting
from tovholder.jobs.base import pass_on
from tovholder.jobs.base.context import Context
from tovholder.jobs.base.isolate import one
from tovholder.jobs.base.messages import make_outgoing
from tovholder.jobs.form.answers import AnswerTab, answers_of, flagged_of
from tovholder.jobs.form.read_back import read_back
from tovholder.mailer.decode import ParsedMail
from tovholder.mailer.inbound import Verdict
from tovholder.mailer.outbox import SENT, TIME_FORMAT, Outgoing, age, count_recent, latest_states
from tovholder.mailer.quotes import visible_text
from tovholder.replies.form_reply import parse_reply, reply_body
from tovholder.replies.form_text import render_text, say, view
from tovholder.sheets.model import AnswerRow, Member, Question

FORM, REMINDER, CONFIRM = "form", "form_reminder", "form_confirm"
CONFIRM_WITHIN = dt.timedelta(days=14)  # older recorded replies are not confirmed any more
CONFIRMS_PER_DAY = 5  # an address that answers every confirmation must not start a loop
MAX_RAW = 8000  # characters of the reply kept in the Svar row


@dataclass(frozen=True)
class FormSettings:
    """The ``[form]`` table of the config (tovholder.core.schema); left out: no form is sent."""

    round: str = setting(
        accept=(int,), normalize=str.strip, check=bool, example="2026",
        expected="config.expect.nonempty", help="""
        The current round of the competence form, e.g. "2026": the form goes to every active
        member who has not answered this round. Leave the whole [form] table out to send no
        form.""")
    reminder_days: int = setting(7, low=1, high=90, unit="days", help="""
        Days after the form (or the last reminder) before a member who has not answered is
        reminded.""")
    max_reminders: int = setting(2, low=0, high=10, help="""
        Reminders per member and round, at most (0 = none).""")


def form_settings(ctx: Context) -> FormSettings | None:
    found = ctx.settings.get("form")
    return found if isinstance(found, FormSettings) and ctx.wb.form else None


def latest_answers(ctx: Context, member: str, until: str | None = None) -> dict[str, str]:
    """The member's answers as the workbook shows them (optionally as they were at ``until``)."""
    rows = [r for r in ctx.wb.answers if r.member == member.casefold()
            and (until is None or r.received <= until)]
    return answers_of(rows[-1], ctx.wb.form) if rows else {}


def as_sent(ctx: Context, member: str, key: str, when: str) -> str:
    """The form as it went to ``member`` at ``when``: pre-filled with the answers of then."""
    return render_text(ctx.wb.form, latest_answers(ctx, member, until=when), ctx.lang)


def answered(ctx: Context, member: str, round_: str) -> bool:
    return any(r.member == member.casefold() and r.round.strip().casefold() == round_.casefold()
               for r in ctx.wb.answers)


# --- sending -------------------------------------------------------------------------------

def form_context(questions: Sequence[Question], answers: Mapping[str, str], lang: str,
                 round_: str, sender_name: str) -> dict[str, object]:
    """What the form templates (form, form_reminder, form_confirm) are rendered with."""
    return {
        "round": round_, "form_text": render_text(questions, answers, lang),
        "form": view(questions, answers, lang), "instruction": say("form.instruction", lang),
        "prefilled": say("form.prefilled", lang) if any(answers.values()) else "",
        "end_line": say("form.end", lang), "sender_name": sender_name}


def _message(ctx: Context, template: str, kind: str, key: str, member: Member,
             answers: Mapping[str, str], extra: Mapping[str, object], **headers: object
             ) -> list[Outgoing]:
    """The member's email, or none if it cannot be built (isolate.one notes why)."""
    def build() -> Outgoing:
        context = {**form_context(ctx.wb.form, answers, ctx.lang, key.partition("/")[0],
                                  ctx.sender.name), **extra}
        return make_outgoing(ctx.sender, template, kind=kind, key=key, to_email=member.email,
                             to_name=member.name, context=context, now=ctx.now,
                             **headers)  # type: ignore[arg-type]
    return one(ctx, kind, key, member.email, build)


def _waiting(ctx: Context, settings: FormSettings) -> list[Member]:
    return [m for m in ctx.wb.members if m.active and not m.on_leave and m.email
            and not answered(ctx, m.email, settings.round)]


def due_forms(ctx: Context) -> list[Outgoing]:
    settings = form_settings(ctx)
    if settings is None:
        return []
    return [out for m in _waiting(ctx, settings)
            for out in _message(ctx, "form", FORM, settings.round, m,
                                latest_answers(ctx, m.email), {})]


def due_reminders(ctx: Context) -> list[Outgoing]:
    settings = form_settings(ctx)
    if settings is None or settings.max_reminders == 0:
        return []
    states = latest_states(ctx.log)
    out = []
    wait = dt.timedelta(days=settings.reminder_days)
    for m in _waiting(ctx, settings):
        mine = [e for e in states.values() if e.recipient.casefold() == m.email
                and e.kind in (FORM, REMINDER) and e.key.partition("/")[0] == settings.round]
        sent = [e for e in mine if e.state == SENT]
        if not any(e.kind == FORM for e in sent) or any(e.state != SENT for e in mine):
            continue
        reminders = sum(e.kind == REMINDER for e in sent)
        if reminders < settings.max_reminders and min(age(e, ctx.now) for e in sent) >= wait:
            intro = t(ctx.lang, "form.reminder_intro", round=settings.round)
            out.extend(_message(ctx, "form_reminder", REMINDER,
                                f"{settings.round}/{reminders + 1}", m,
                                latest_answers(ctx, m.email), {"intro": intro}))
    return out


def due_confirmations(ctx: Context) -> list[Outgoing]:
    if not ctx.wb.form:
        return []
    out = []
    recorded = {e.message_id for e in ctx.log if e.kind == "mail" and e.state == "processed"}
    for row in ctx.wb.answers:
        member = ctx.wb.member(row.member)
        reply = _reply_of(row.message_id, recorded)
        if not reply or member is None or member.status == "left":
            continue  # only replies the service itself recorded are confirmed
        try:
            received = dt.datetime.strptime(row.received, TIME_FORMAT).replace(
                tzinfo=ctx.now.tzinfo)
        except ValueError:
            continue
        if not dt.timedelta(0) <= ctx.now - received <= CONFIRM_WITHIN:
            continue
        if count_recent(ctx.log, kind=CONFIRM, recipient=member.email, now=ctx.now,
                        within=dt.timedelta(days=1)) >= CONFIRMS_PER_DAY:
            continue
        key = f"{row.round}/{hashlib.sha256(row.message_id.encode()).hexdigest()[:10]}"
        earlier = [r for r in ctx.wb.answers[:ctx.wb.answers.index(row)]
                   if r.member == row.member]
        extra = {"intro": t(ctx.lang, "form.confirm_intro"),
                 "read": read_back(ctx.lang, row, earlier, ctx.wb.form, [member.name]),
                 "read_title": t(ctx.lang, "form.confirm_read_title"),
                 "not_understood": _not_understood(row, ctx.wb.form),
                 "not_understood_title": t(ctx.lang, "form.confirm_not_understood"),
                 "correct": t(ctx.lang, "form.confirm_correct")}
        out.extend(_message(ctx, "form_confirm", CONFIRM, key, member,
                            answers_of(row, ctx.wb.form), extra, in_reply_to=reply,
                            references=(reply,)))
    return out


def _not_understood(row: AnswerRow, form: Sequence[Question]) -> list[str]:
    """The flagged lines the member is told were not recorded: not a text answer that was
    recorded and also passed on to the chair ("Andet: Jeg går på pension ...")."""
    recorded = {row.answers.get(q.id, "").strip() for q in form if q.type == "text"}
    return [line for line in flagged_of(row).split("\n") if line and line.strip() not in recorded]


_SECTION = re.compile(r"\.\d{1,2}@")  # "<a.2@b>": section 2 of the reply <a@b> to a bundle


def _reply_of(message_id: str, recorded: set[str]) -> str:
    """The processed mail a Svar row came from: its own Message-ID, or, for the form's section
    of a reply to a bundle (jobs/schedule/replies.section_id), the reply's; "" if none."""
    if message_id in recorded:
        return message_id
    whole = _SECTION.sub("@", message_id, count=1)
    return whole if whole != message_id and whole in recorded else ""



# --- recording a reply -----------------------------------------------------------------------

def handle_form_reply(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str:
    """Record one verified reply (to a form, a reminder or a confirmation) as one Svar row."""
    if not ctx.wb.form:  # no form to read it by: a person reads it
        return pass_on.pass_on(ctx, mail, verdict)
    if any(r.message_id == mail.message_id for r in ctx.wb.answers):  # also this tick's rows
        return t(ctx.lang, "answer.duplicate")
    member = verdict.member.casefold()
    asked = verdict.conversation.partition(":")[2].partition("/")[0]
    settings = ctx.settings.get("form")
    round_ = settings.round if isinstance(settings, FormSettings) else asked
    body = reply_body(mail.text, mail.html)
    known = ctx.wb.member(member)
    parsed = parse_reply(body, ctx.wb.form, _as_sent(ctx, member, mail),
                         names=[known.name if known else "", mail.from_name])
    if parsed.empty:  # nothing about the form: courtesy, or something a person must read
        return pass_on.record_words(ctx, verdict, mail, visible_text(body))
    answers = {**latest_answers(ctx, member), **parsed.answers}
    flagged = "\n".join(parsed.not_understood)
    received = ctx.now.strftime(TIME_FORMAT)
    tab = AnswerTab(ctx.wb, ctx.lang)  # FormError (no Svar tab): the mail is quarantined
    tab.append(ctx, {**answers, "member": member, "round": round_, "received": received,
                     "message_id": mail.message_id, "raw": body[:MAX_RAW], "flagged": flagged})
    # later decisions of this tick (confirmations, reminders) see the row, as they see the Log
    cells = {q.id: answers.get(q.id, "") for q in ctx.wb.form}
    cells[t(ctx.lang, "answer.not_understood")] = flagged
    ctx.wb.answers.append(AnswerRow(0, member, round_, received, mail.message_id, cells,
                                    body[:MAX_RAW]))
    parts = [t(ctx.lang, "answer.unchanged") if not parsed.answers and parsed.unchanged else
             t(ctx.lang, "answer.recorded", fields=", ".join(parsed.answers) or "-")]
    if parsed.not_understood:
        parts.append(t(ctx.lang, "answer.flagged", n=len(parsed.not_understood)))
        pass_on.record_words(ctx, verdict, mail, flagged, partial=True)  # a person reads it
    if asked and asked != round_:
        parts.append(t(ctx.lang, "answer.old_round", old=asked, round=round_))
    return "; ".join(parts)


def _as_sent(ctx: Context, member: str, mail: ParsedMail) -> dict[str, str]:
    """The answers the form this mail replies to showed: those recorded when it was sent."""
    ours = {e.message_id: e for e in ctx.log if e.state == SENT
            and e.kind in (FORM, REMINDER, CONFIRM)}
    for message_id in (mail.in_reply_to, *reversed(mail.references)):
        entry = ours.get(message_id or "")
        if entry is not None:
            return latest_answers(ctx, member, until=entry.time)
    return latest_answers(ctx, member)
