"""What the answerable emails (actions, agenda proposals, consultation input) share: the Log rows
a reply handler records, and the two e-mails derived from them — a one-line confirmation to the
member in their own thread, and a note to the chair quoting what could not be understood. Pure.

A handler records one row per reply (kind e.g. ``action_reply``, the reply's Message-ID, the
member in Modtager, a state and a detail); the due functions below turn recent rows into
e-mails. Deterministic keys (a hash of the reply's Message-ID) make each e-mail go once.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from tovholder.core.i18n import t
from tovholder.jobs.base.context import Context
from tovholder.jobs.base.isolate import one
from tovholder.jobs.base.logbook import record as record  # the one Log-row builder
from tovholder.jobs.base.messages import make_outgoing
from tovholder.mailer.outbox import Outgoing, age, count_recent
from tovholder.sheets.model import LogEntry

RECENT = dt.timedelta(days=14)  # a recorded reply older than this is not confirmed any more
CONFIRMS_PER_DAY = 10  # an address that answers every confirmation must not start a loop
SEP = " | "  # between what was recorded and the member's words in a Log detail


def short_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:10]


def handled(ctx: Context, kind: str, message_id: str) -> bool:
    return bool(message_id) and any(e.kind == kind and e.message_id == message_id
                                    for e in ctx.log)


def recent(ctx: Context, kind: str, states: tuple[str, ...]) -> list[LogEntry]:
    return [e for e in ctx.log if e.kind == kind and e.state in states and e.message_id
            and age(e, ctx.now) <= RECENT]


def name_of(ctx: Context, email: str) -> str:
    member = ctx.wb.member(email)
    return member.name if member and member.name else email


def first_name(ctx: Context, email: str) -> str:
    return name_of(ctx, email).split()[0] if name_of(ctx, email) else email


def confirmation(ctx: Context, kind: str, entry: LogEntry, line: str) -> list[Outgoing]:
    """One line to the member, in the thread of their reply (``action_confirm`` template)."""
    member = ctx.wb.member(entry.recipient)
    if member is None or member.status == "left" or not line:
        return []
    if count_recent(ctx.log, kind=kind, recipient=member.email, now=ctx.now,
                    within=dt.timedelta(days=1)) >= CONFIRMS_PER_DAY:
        return []
    key = short_hash(entry.message_id)
    return one(ctx, kind, key, member.email, lambda: make_outgoing(
        ctx.sender, "action_confirm", kind=kind, key=key,
        to_email=member.email, to_name=member.name,
        context={"line": line, "group_name": ctx.sender.group}, now=ctx.now,
        in_reply_to=entry.message_id, references=(entry.message_id,)))


def chair_note(ctx: Context, kind: str, entry: LogEntry, title: str, body: str,
               quoted: str) -> list[Outgoing]:
    """A note to the chair about one reply (none when the group has no chair)."""
    return note_to(ctx, ctx.chair, kind, entry, title, body, quoted)


def note_to(ctx: Context, reader: tuple[str, str], kind: str, entry: LogEntry, title: str,
            body: str, quoted: str) -> list[Outgoing]:
    """A note to ``reader`` (email, name) about one reply, quoting the member's words."""
    email, name = reader
    if not email:
        return []
    key = short_hash(entry.message_id)
    return one(ctx, kind, key, email, lambda: make_outgoing(
        ctx.sender, "reply_chair", kind=kind, key=key, to_email=email,
        to_name=name, now=ctx.now,
        context={"chair_name": name, "title": title, "body": body, "quoted": quoted,
                 "group_name": ctx.sender.group}))


def split_detail(detail: str) -> tuple[str, str]:
    """(what was recorded, the member's words) from a Log detail written with SEP."""
    head, _, words = detail.partition(SEP)
    return head, words


def said(ctx: Context, code: str, **params: object) -> str:
    return t(ctx.lang, code, **params)
