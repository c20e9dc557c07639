"""A reply with a member's valid token from an address that is not theirs (mailer/inbound.py:
FOREIGN) is held: nothing is written until the member, asked at their registered address,
confirms the address. Pure (see jobs/base/context.py for the contract).

The Log is the only state (kind ``held_reply``, the held mail's Message-ID, the member in
Modtager):

- ``held``: the reply was held (detail: the address, the subject, the words);
- ``applied``: the member said "ja": the reply was run through its conversation's handler as
  the member's, in the same write as the address stored in Andre adresser;
- ``refused``: the member said "nej"; ``lost``: confirmed, but the mail was not in the mailbox
  any more. Both, and a held reply not confirmed within ``confirm_days``, reach the chair
  (``due_chair_notes``), with the original's files.

One question per member and address at a time (for the earliest held reply); the answer settles
every reply held from that address. The question's key is a hash of the held reply's
Message-ID, so it is sent once; the answer, the address and the applied reply are one write.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from tovholder.core.dates import format_long_date
from tovholder.core.i18n import t
from tovholder.core.schema import read, setting
from tovholder.jobs.base import answer_log as al
from tovholder.jobs.base import cells, pass_on
from tovholder.jobs.base.context import Context
from tovholder.jobs.base.messages import make_outgoing
from tovholder.mailer.decode import ParsedMail, decode_message
from tovholder.mailer.forward import files_of
from tovholder.mailer.inbound import PROCESSED, Verdict
from tovholder.mailer.outbox import Outgoing, age, logged_at
from tovholder.mailer.quotes import visible_text
from tovholder.replies.courtesy import sort_lines
from tovholder.replies.form_reply import reply_body
from tovholder.replies.yesno import NO, YES, classify_reply
from tovholder.sheets.checks import HELD_REPLY
from tovholder.sheets.model import LogEntry, Member

QUESTION, CHAIR_NOTE = "identity", "identity_chair"  # the emails' kinds
HOLD = HELD_REPLY  # the Log rows (tovholder check knows them)
HELD, APPLIED, REFUSED, LOST, COURTESY = "held", "applied", "refused", "lost", "courtesy"
SETTLED = (APPLIED, REFUSED, LOST)
EXPIRED = "expired"  # derived: held longer than confirm_days
NOTES = {REFUSED: "identity.chair_refused", LOST: "identity.chair_lost",
         EXPIRED: "identity.chair_expired"}  # what the chair is told, by why


@dataclass(frozen=True)
class IdentitySettings:
    """The ``[identity]`` table of the config (tovholder.core.schema)."""

    confirm_days: int = setting(7, low=1, unit="days", help="""
        A reply with a member's reply link from an address that is not theirs waits this many
        days for the member to confirm the address; then it goes to the chair.""")


def settings(ctx: Context) -> IdentitySettings:
    found = ctx.settings.get("identity")
    if isinstance(found, IdentitySettings):
        return found
    return read(IdentitySettings, found) if isinstance(found, dict) else IdentitySettings()


def address_of(entry: LogEntry) -> str:
    return entry.detail.split(al.SEP, 1)[0]


def _held(ctx: Context) -> list[LogEntry]:
    """Held replies not yet settled, oldest first."""
    settled = {e.message_id for e in ctx.log if e.kind == HOLD and e.state in SETTLED}
    return [e for e in ctx.log if e.kind == HOLD and e.state == HELD and e.message_id
            and e.message_id not in settled]


def _waiting(ctx: Context, entry: LogEntry) -> bool:
    return age(entry, ctx.now) <= dt.timedelta(days=settings(ctx).confirm_days)


def handle_foreign(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str:
    """Hold a reply from an address the token's member has not confirmed, for them to confirm.
    A reply to the question itself, to an email no words change, or for a member who left goes
    to the chair at once (named by who wrote it)."""
    kind = verdict.conversation.partition(":")[0]
    member = ctx.wb.member(verdict.owner) if verdict.owner else None
    if member is None or member.status == "left" or kind in (QUESTION, CHAIR_NOTE) or \
            ctx.handlers.get(kind, pass_on.pass_on) is pass_on.pass_on:
        return pass_on.pass_on(ctx, mail, verdict)
    if al.handled(ctx, HOLD, mail.message_id):
        return t(ctx.lang, "reply.held_before")
    words = visible_text(mail.best_text, lang_hint=ctx.lang)
    content = "\n".join(sort_lines(words, [m.name for m in ctx.wb.members if m.name]).content)
    files = mail.message is not None and bool(files_of(mail.message))
    state = HELD if content or files else COURTESY
    al.record(ctx, HOLD, verdict.conversation, state, recipient=member.email,
              message_id=mail.message_id,
              detail=al.SEP.join((mail.from_addr.casefold(), mail.subject[:200], content)))
    return t(ctx.lang, "reply.held", member=member.name or member.email) \
        if state == HELD else state


def handle_answer(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str:
    """The member's answer to the question: "ja" stores the address and applies what was held
    from it; "nej" sends it to the chair; anything else reaches the chair as words. Only an
    answer from the registered address counts."""
    key = verdict.conversation.partition(":")[2]
    entry = next((e for e in ctx.log if e.kind == HOLD and e.state == HELD
                  and al.short_hash(e.message_id) == key), None)
    member = ctx.wb.member(entry.recipient) if entry else None
    if entry is None or member is None or mail.from_addr.strip().casefold() != member.email:
        return pass_on.pass_on(ctx, mail, verdict)
    answer = classify_reply(reply_body(mail.text, mail.html))
    if answer not in (YES, NO):
        return pass_on.pass_on(ctx, mail, verdict)
    address = address_of(entry)
    if answer == YES:
        _store(ctx, member, address)
    waiting = [e for e in _held(ctx) if e.recipient == member.email and
               address_of(e) == address and _waiting(ctx, e)]
    for held in waiting:
        if answer == YES:
            _apply(ctx, held, member)
        else:
            al.record(ctx, HOLD, held.key, REFUSED, recipient=member.email,
                      message_id=held.message_id, detail=held.detail)
    return t(ctx.lang, "reply.identity_yes" if answer == YES else "reply.identity_no",
             address=address, n=len(waiting))


def _store(ctx: Context, member: Member, address: str) -> None:
    """The address into the member's Andre adresser cell (after what is there), once."""
    current = cells.pending(ctx, "members", member.row, "other_addresses",
                            "\n".join(member.other_addresses))
    if address not in current.casefold().split():
        cells.set_cells(ctx, "members", member.row, ("email", member.email),
                        {"other_addresses": "\n".join(filter(None, (current, address)))})


def _apply(ctx: Context, entry: LogEntry, member: Member) -> None:
    """Run a held reply through its conversation's handler as the member's own."""
    raw = ctx.original(entry.message_id) if ctx.original else None
    handler = ctx.handlers.get(entry.key.partition(":")[0])
    if raw is None or handler is None:
        al.record(ctx, HOLD, entry.key, LOST, recipient=member.email,
                  message_id=entry.message_id, detail=entry.detail)
        return
    held = decode_message(raw)
    verdict = Verdict(PROCESSED, "reply", member.email, entry.key)
    summary = handler(ctx, held, verdict)
    pass_on.record_files(ctx, verdict, held)
    al.record(ctx, HOLD, entry.key, APPLIED, recipient=member.email,
              message_id=entry.message_id, detail=summary)


def due_questions(ctx: Context) -> list[Outgoing]:
    """One question per member and address: about the earliest reply still waiting."""
    first: dict[tuple[str, str], LogEntry] = {}
    for entry in _held(ctx):
        if _waiting(ctx, entry):
            first.setdefault((entry.recipient, address_of(entry)), entry)
    out: list[Outgoing] = []
    for (email, address), entry in first.items():
        member = ctx.wb.member(email)
        if member is None or member.status == "left":
            continue
        _, subject, words = (entry.detail.split(al.SEP, 2) + ["", ""])[:3]
        held_at = logged_at(entry, ctx.now.tzinfo) or ctx.now
        deadline = held_at + dt.timedelta(days=settings(ctx).confirm_days)
        out.append(make_outgoing(
            ctx.sender, QUESTION, kind=QUESTION, key=al.short_hash(entry.message_id),
            to_email=member.email, to_name=member.name, now=ctx.now,
            context={"address": address, "subject": subject, "quoted": words,
                     "deadline": format_long_date(deadline.date(), ctx.lang),
                     "group_name": ctx.sender.group}))
    return out


def due_chair_notes(ctx: Context) -> list[Outgoing]:
    """A held reply the member refused, did not confirm in time, or that could not be found
    again: to the chair, with the original's files. Nothing of it was written."""
    days = settings(ctx).confirm_days
    ended = {e.message_id: e.state for e in ctx.log if e.kind == HOLD
             and e.state in (REFUSED, LOST) and age(e, ctx.now) <= al.RECENT}
    unsettled = {e.message_id for e in _held(ctx)}
    out: list[Outgoing] = []
    for entry in ctx.log:
        if entry.kind != HOLD or entry.state != HELD:
            continue
        why = ended.get(entry.message_id)
        if why is None and entry.message_id in unsettled and not _waiting(ctx, entry) and \
                age(entry, ctx.now) <= al.RECENT + dt.timedelta(days=days):
            why = EXPIRED
        if why is None:
            continue
        address, subject, words = (entry.detail.split(al.SEP, 2) + ["", ""])[:3]
        member = al.name_of(ctx, entry.recipient)
        title = t(ctx.lang, "identity.chair_title", address=address, member=member)
        body = t(ctx.lang, NOTES[why], address=address, member=member, subject=subject,
                 n=days)
        out += [replace(n, forward_from=entry.message_id)
                for n in al.chair_note(ctx, CHAIR_NOTE, entry, title, body, words)]
    return out
