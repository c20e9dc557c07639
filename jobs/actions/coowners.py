"""The co-owners of a shared action hear what one owner did to it (issue 15). Pure.

When an owner's reply closes an action or moves its due date ("3 er færdig", "4 udsættes til
15. januar"), the other owners of that action get one note saying who did what, derived from
the reply's ``action_reply`` row in the Log (tovholder.jobs.actions.replies), as the member's
confirmation is. Its Message-ID comes from the reply and the co-owner, so a tick killed before
or after sending never sends it twice, and the next tick sends what was not sent. A reply to
the note reaches the chair (pass_on).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tovholder.jobs.actions.replies import KIND as REPLY
from tovholder.jobs.actions.replies import RECORDED, TO_CHAIR
from tovholder.jobs.base import answer_log as al
from tovholder.jobs.base.context import Context
from tovholder.jobs.base.isolate import one
from tovholder.jobs.base.messages import make_outgoing
from tovholder.mailer.outbox import Outgoing
from tovholder.replies.actions import DONE, DUE
from tovholder.sheets.model import Action, LogEntry

KIND = "action_coowner"
TOLD = (DONE, DUE)  # what changes the action for everyone who owns it; a note is the owner's own


@dataclass(frozen=True)
class Told:
    """One change, as the co-owner's note lists it."""

    id: str
    description: str
    op: str
    day: dt.date | None = None


def changes(entry: LogEntry) -> list[tuple[str, str, dt.date | None]]:
    """(action id, op, new due day) for each close or move a recorded reply wrote."""
    codes, _ = al.split_detail(entry.detail)
    found: list[tuple[str, str, dt.date | None]] = []
    for code in filter(None, codes.split(", ")):
        aid, _, what = code.partition("=")
        op, _, value = what.partition(":")
        if op in TOLD:
            found.append((aid, op, dt.date.fromisoformat(value) if op == DUE else None))
    return found


def told_per_coowner(ctx: Context, entry: LogEntry) -> dict[str, list[Told]]:
    """Per co-owner (an active member who owns the action too), what to tell them."""
    by_id: dict[str, Action] = {a.id: a for a in ctx.wb.actions if a.id}
    owner = entry.recipient.casefold()
    found: dict[str, list[Told]] = {}
    for aid, op, day in changes(entry):
        action = by_id.get(aid)
        if action is None:
            continue
        for email in action.owner_emails:
            member = ctx.wb.member(email)
            if email != owner and member is not None and member.active:
                found.setdefault(email, []).append(Told(aid, action.description, op, day))
    return found


def due_coowner_notes(ctx: Context) -> list[Outgoing]:
    out: list[Outgoing] = []
    for entry in al.recent(ctx, REPLY, (RECORDED, TO_CHAIR)):
        for email, told in sorted(told_per_coowner(ctx, entry).items()):
            out += note(ctx, entry, email, told)
    return out


def note(ctx: Context, entry: LogEntry, email: str, told: list[Told]) -> list[Outgoing]:
    """One co-owner's note about one reply; its key is the reply's, so it goes once."""
    key = al.short_hash(entry.message_id)
    member = ctx.wb.member(email)
    return one(ctx, KIND, key, email, lambda: make_outgoing(
        ctx.sender, KIND, kind=KIND, key=key, to_email=email,
        to_name=member.name if member else "", now=ctx.now,
        context={"owner": al.name_of(ctx, entry.recipient), "changes": told}))
