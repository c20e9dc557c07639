"""Consultation input by reply. Pure (see jobs/base/context.py).

- ``due_notices``: an open consultation in Høringer (a deadline, a status that is not closed)
  goes to its coordinator and to the members whose interest areas it mentions
  (tovholder.jobs.consultations.people), once each, until the internal deadline: the deadline, the link and
  "svar med dine input";
- ``handle_input``: a reply is the member's input: cleaned of quotes, greeting, sign-off,
  signature and disclaimers (tovholder.jobs.consultations.cleaning) and kept
  whole in ONE Log row (kind ``consultation_input``, the consultation's key, the member, the
  reply's Message-ID, the text in Detaljer), so the Log remains the only state; "intet fra mig",
  "Ingen bemærkninger herfra", "No comments" are recorded as ``none`` (answered, no input);
- ``due_drafts``: from the internal deadline (``internal_working_days`` working days before the
  authority's deadline) until the deadline, the coordinator gets the compiled draft — each
  member's input, attributed, grouped by member — as the e-mail and as a .docx; input that comes
  later makes an updated draft (the key counts the inputs);
- ``due_reminders``: the coordinator is reminded ``reminder_days`` (14 and 3) days before;
- ``due_input_answers``: a one-line thank-you to each member whose input was recorded.
"""

from __future__ import annotations

import datetime as dt

from tovholder.core.dates import format_long_date
from tovholder.jobs.base import answer_log as al
from tovholder.jobs.base.context import Context
from tovholder.jobs.base.isolate import one
from tovholder.jobs.base.messages import make_outgoing
from tovholder.jobs.base.schedule import announced
from tovholder.jobs.consultations import people as cp
from tovholder.jobs.consultations.cleaning import clean_input, says_nothing
from tovholder.jobs.consultations.draft_doc import (
    DOCX_TYPE,
    Draft,
    MemberInput,
    draft_docx,
    draft_text,
    filename,
)
from tovholder.jobs.digests import digests, when
from tovholder.jobs.digests.parts import CLOSED
from tovholder.mailer.compose import Attachment
from tovholder.mailer.decode import ParsedMail
from tovholder.mailer.inbound import Verdict
from tovholder.mailer.outbox import Outgoing, age
from tovholder.replies.form_reply import reply_body
from tovholder.sheets.model import Consultation, LogEntry, Member
from tovholder.sheets.schema import fold

NOTICE, INPUT, DRAFT, REMINDER, CONFIRM = (
    "consultation", "consultation_input", "consultation_draft", "consultation_reminder",
    "consultation_confirm")
RECORDED, NONE = "input", "none"
MAX_INPUT = 20000  # characters of one input kept in the Log (a cell holds 32,767 in .xlsx)


def key_of(c: Consultation) -> str:
    folded = fold(c.title)
    return f"{folded[:24] or 'hoering'}-{al.short_hash(folded)[:4]}"


def is_open(c: Consultation) -> bool:
    return c.deadline is not None and fold(c.status) not in CLOSED


def internal_deadline(ctx: Context, c: Consultation) -> dt.date:
    assert c.deadline is not None
    return cp.minus_working_days(ctx, c.deadline, cp.settings(ctx).internal_working_days)


def _at(ctx: Context, day: dt.date) -> dt.datetime:
    return when.at_hour(day, digests.settings(ctx).send_from_hour, ctx.now.tzinfo)


def _context(ctx: Context, c: Consultation, coordinator: Member | None) -> dict[str, object]:
    # the deadlines as announced: a weekend or holiday becomes the working day before
    return {"title": c.title, "authority": c.authority, "deadline": announced(c.deadline, ctx)
            if c.deadline else None, "link": c.link,
            "note": c.note, "internal": internal_deadline(ctx, c), "group_name": ctx.sender.group,
            "coordinator_name": coordinator.name if coordinator else "",
            "chair_name": ctx.chair[1]}


def _mail(ctx: Context, kind: str, key: str, to: Member, context: dict[str, object],
          attachments: list[Attachment] | None = None) -> list[Outgoing]:
    """The email, or none when it cannot be built (isolate.one notes why; the others go)."""
    return one(ctx, kind, key, to.email, lambda: make_outgoing(
        ctx.sender, kind, kind=kind, key=key, to_email=to.email, to_name=to.name,
        context=context, now=ctx.now, attachments=attachments or ()))


def due_notices(ctx: Context) -> list[Outgoing]:
    out: list[Outgoing] = []
    done = digests.Done(ctx)
    for c in ctx.wb.consultations:
        if not is_open(c) or ctx.now >= _at(ctx, internal_deadline(ctx, c)):
            continue
        boss, key = cp.coordinator(ctx, c), key_of(c)
        people: dict[str, tuple[Member, list[str]]] = {}
        if boss is not None:
            people[boss.email] = (boss, [])
        for member, areas in cp.interested(ctx, c):
            people.setdefault(member.email, (member, areas))
        base = _context(ctx, c, boss)
        out += [o for m, areas in people.values() if not done(NOTICE, key, m.email)
                for o in _mail(ctx, NOTICE, key, m, {
                    **base, "areas": areas, "is_coordinator": boss is not None and m == boss})]
    return out


def _find(ctx: Context, key: str) -> Consultation | None:
    return next((c for c in ctx.wb.consultations if key_of(c) == key.partition(":")[0]), None)


def handle_input(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str:
    if al.handled(ctx, INPUT, mail.message_id):
        return al.said(ctx, "reply.input_handled")
    kind, _, key = verdict.conversation.partition(":")
    key = key.partition(":")[0]
    if kind == CONFIRM:  # a reply to our thank-you: the same consultation as the input it thanked
        key = next((e.key for e in ctx.log if e.kind == INPUT and e.message_id
                    and al.short_hash(e.message_id) == key), key)
    member = ctx.wb.member(verdict.member)
    text = clean_input(reply_body(mail.text, mail.html), signer=member.name if member else "")
    if not text:
        return al.said(ctx, "reply.input_empty")
    state = NONE if says_nothing(text) else RECORDED
    al.record(ctx, INPUT, key, state, recipient=verdict.member.casefold(),
              message_id=mail.message_id, detail=text, limit=MAX_INPUT)
    return al.said(ctx, "reply.input_received" if state == RECORDED else "reply.input_none")


def inputs(ctx: Context, key: str) -> tuple[list[MemberInput], list[str]]:
    """Each member's inputs (grouped, in the order they first wrote) and who had none."""
    texts: dict[str, list[str]] = {}
    nothing: list[str] = []
    for e in ctx.log:
        if e.kind != INPUT or e.key != key:
            continue
        if e.state == RECORDED and e.detail not in texts.get(e.recipient, []):
            texts.setdefault(e.recipient, []).append(e.detail)
        elif e.state == NONE:
            nothing.append(e.recipient)
    grouped = []
    for email, parts in texts.items():
        m = ctx.wb.member(email)
        grouped.append(MemberInput(m.name if m and m.name else email,
                                   m.organisation if m else "", email, tuple(parts)))
    return grouped, [al.name_of(ctx, e) for e in dict.fromkeys(nothing) if e not in texts]


def due_drafts(ctx: Context) -> list[Outgoing]:
    out: list[Outgoing] = []
    done = digests.Done(ctx)
    for c in ctx.wb.consultations:
        if not is_open(c) or c.deadline is None:
            continue
        boss, key = cp.coordinator(ctx, c), key_of(c)
        start, end = _at(ctx, internal_deadline(ctx, c)), _at(ctx, c.deadline + dt.timedelta(1))
        if boss is None or not start <= ctx.now < end:
            continue
        given, nothing = inputs(ctx, key)
        n = sum(len(g.texts) for g in given)
        if done(DRAFT, f"{key}:{n}", boss.email):
            continue
        draft = Draft(c.title, c.authority, c.deadline, c.link, boss.name or boss.email,
                      tuple(given), tuple(nothing))
        updated = any(e.kind == DRAFT and e.key.startswith(key + ":") and e.state == "sent"
                      for e in ctx.log)
        doc = Attachment(filename(c.title, ctx.lang), draft_docx(draft, ctx.lang), DOCX_TYPE)
        out += _mail(ctx, DRAFT, f"{key}:{n}", boss, {
            **_context(ctx, c, boss), "draft": draft_text(draft, ctx.lang), "count": n,
            "members": len(given), "updated": updated}, [doc])
    return out


def due_reminders(ctx: Context) -> list[Outgoing]:
    out: list[Outgoing] = []
    days_before = cp.settings(ctx).reminder_days
    for c in ctx.wb.consultations:
        boss = cp.coordinator(ctx, c)
        if not is_open(c) or c.deadline is None or boss is None:
            continue
        left, key = (c.deadline - ctx.today).days, key_of(c)
        due = [d for d in days_before if 0 <= left <= d]
        if not due or ctx.now < _at(ctx, c.deadline - dt.timedelta(days=min(due))) or \
                _just_told(ctx, key, boss):
            continue
        given, _ = inputs(ctx, key)
        out += _mail(ctx, REMINDER, f"{key}:{min(due)}", boss, {
            **_context(ctx, c, boss), "days": left, "names": [g.name for g in given],
            "draft_sent": ctx.now >= _at(ctx, internal_deadline(ctx, c))})
    return out


def _just_told(ctx: Context, key: str, boss: Member) -> bool:
    """The coordinator's notice is going out now or went out in the last two days: a reminder
    on top of it would say the same thing twice."""
    c = _find(ctx, key)
    if c is not None and ctx.now < _at(ctx, internal_deadline(ctx, c)) and \
            not digests.Done(ctx)(NOTICE, key, boss.email):
        return True
    return any(e.kind == NOTICE and e.key == key and e.state == "sent" and
               e.recipient.casefold() == boss.email and age(e, ctx.now) < dt.timedelta(days=2)
               for e in ctx.log)


def due_input_answers(ctx: Context) -> list[Outgoing]:
    out: list[Outgoing] = []
    titles = {key_of(c): c for c in ctx.wb.consultations}
    for entry in al.recent(ctx, INPUT, (RECORDED,)):
        c = titles.get(entry.key)
        if c is None or c.deadline is None:
            continue
        out += al.confirmation(ctx, CONFIRM, entry, _thanks(ctx, c, entry))
    return out


def _thanks(ctx: Context, c: Consultation, entry: LogEntry) -> str:
    boss = cp.coordinator(ctx, c)
    return al.said(ctx, "answer.input_thanks", title=c.title,
                   coordinator=boss.name if boss else "",
                   day=format_long_date(internal_deadline(ctx, c), ctx.lang))


def coordinator_reads(ctx: Context, verdict: Verdict) -> tuple[str, str]:
    """Who reads a reply to a consultation's mail: its coordinator (else the chair)."""
    key = verdict.conversation.partition(":")[2].rpartition(":")[0]
    found = next((c for c in ctx.wb.consultations if key_of(c) == key), None)
    boss = cp.coordinator(ctx, found) if found is not None else cp.role_holder(ctx)
    return (boss.email, boss.name) if boss is not None else ctx.chair


# what jobs.consultations.handover builds its e-mails with
context_of, mail_to = _context, _mail
