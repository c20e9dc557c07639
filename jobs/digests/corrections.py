"""Corrections: a meeting moved or cancelled after its agenda digest went out gets a short
email with the updated invitation (same UID, SEQUENCE + 1), never a second digest. A due
function (see jobs/base/context.py), pure and idempotent; which meeting moved where is read from the
Log by tovholder.jobs.digests.invites.
"""

from __future__ import annotations

from tovholder.core.dates import format_short_date
from tovholder.jobs.base.context import Context
from tovholder.jobs.digests import invites
from tovholder.jobs.digests.digests import (
    Done,
    active_members,
    invitation,
    make,
    meeting_context,
)
from tovholder.jobs.digests.when import start_of
from tovholder.mailer.outbox import Outgoing


def correction_emails(ctx: Context, change: invites.Change, done: Done, to: str | None = None
                      ) -> list[Outgoing]:
    members = [m for m in active_members(ctx, to) if not done("correction", change.key, m.email)]
    moves = [k for k in change.chain.moves if k != change.key]
    before = invites.Chain(change.chain.origin, tuple(moves[:change.sequence - 1])).current
    context = {**meeting_context(ctx, change.meeting), "cancelled": change.cancelled,
               "old_date": before, "old_date_text": format_short_date(before, ctx.lang)}
    return [out for m in members for out in make(
        ctx, "correction", key=change.key, member=m, context=context, bulk=True,
        attachments=[invitation(ctx, change.meeting, m, origin=change.chain.origin,
                                sequence=change.sequence, cancelled=change.cancelled)])]


def due_corrections(ctx: Context) -> list[Outgoing]:
    done, tz = Done(ctx), ctx.now.tzinfo
    found, _ = invites.changes(ctx.wb, ctx.log, ctx.today)
    return [out for c in found if ctx.now < start_of(c.meeting, tz)
            for out in correction_emails(ctx, c, done)]
