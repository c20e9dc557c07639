"""Which Log rows may leave the Log for its yearly archive tab ("Log 2026"). Pure.

Every tick reads the Log whole, so it must not grow forever; but the Log is also the service's
only memory (what was sent, which mail was handled). A row may go only when no decision can
need it any more. The rule (the table of readers is in docs/architecture.md):

- only rows of the kinds in ARCHIVABLE go: every reader of those kinds looks back at most
  WINDOW (the chair's digest a day, confirmations 14 days, stale digests 30 days, the loop guard
  an hour, the lease 10 minutes), or derives an email from an older row of the same kind family,
  so the older trigger leaves no later than the email it caused. Every other kind (the form's
  rounds, role calls, draws and renewals, approvals, consultations, and any kind not named here)
  stays in the Log for ever: they are few, and some are read without a window (a drawn role's
  announcement for ``draw --verify``, the form sent in a round);
- only rows older than ``keep`` (``[workbook] log_keep_days``, at least MIN_KEEP_DAYS, so longer
  than WINDOW);
- the earliest row stays: its time is when Tovholder started on the group, which
  ``[mail] ignore_before`` falls back to (tovholder.mailer.inbound.started);
- the latest row of each kind in KEEP_LATEST stays (where the last poll ended, when the chair
  last heard), even when the service was stopped longer than ``keep``.

It runs in batches: only when the oldest archivable row is SLACK past ``keep``, so the Log is
trimmed about once a week, not a few rows every tick.
"""

from __future__ import annotations

import datetime as dt

from tovholder.jobs.actions import reminders
from tovholder.jobs.actions import replies as action_replies
from tovholder.jobs.agenda_call import proposals
from tovholder.jobs.base import pass_on
from tovholder.jobs.digests import attendance, invites
from tovholder.jobs.notices import chair_digest
from tovholder.jobs.runner import inbox, lease
from tovholder.jobs.written_round import asking, compiled
from tovholder.mailer.outbox import TIME_FORMAT, logged_at
from tovholder.sheets.model import LogEntry

WINDOW = dt.timedelta(days=31)  # the longest look-back of any reader of an archivable kind
MIN_KEEP_DAYS = 60
SLACK = dt.timedelta(days=7)

# The kinds whose rows no decision needs once they are older than WINDOW, each with why.
ARCHIVABLE = frozenset({
    lease.KIND,  # a lease expires after 10 minutes
    inbox.INBOX,  # only the latest poll state is read, and only for a day (its latest stays)
    inbox.MAIL,  # handled mail is marked in the mailbox within a day (the daily rescan); the
    # chair's digest and the form's confirmations look back at most 14 days
    inbox.BOUNCE,  # told in the chair's digest of the day
    invites.AGENDA, "followup",  # i18n: data (due from the meeting date; stale: 30 days back)
    invites.CORRECTION,  # a moved meeting is corrected before it is held
    reminders.KIND,  # a reminder day looks back one reminder interval
    attendance.KIND,  # read for the coming meeting's digest
    chair_digest.KIND,  # since when the chair was told (its latest row stays)
    pass_on.KIND, pass_on.NOTE,  # the note is logged after its passed_on row, so leaves later
    action_replies.KIND, action_replies.CONFIRM, action_replies.CHAIR,  # confirmed within 14
    # days; a confirmation or note is logged after the reply it answers
    proposals.CALL,  # 14 days before its meeting
    proposals.KIND, proposals.CONFIRM, proposals.CHAIR,  # as the action replies
    # the written round: asked at most 60 days before its meeting (under MIN_KEEP_DAYS), its
    # answers read until the meeting's agenda digest goes
    asking.QUESTION, compiled.ANSWER,
})
KEEP_LATEST = (inbox.INBOX, chair_digest.KIND)


def archivable(log: list[LogEntry], now: dt.datetime, keep: dt.timedelta) -> list[LogEntry]:
    """The rows that may leave the Log now, in the Log's order."""
    cutoff = now - max(keep, dt.timedelta(days=MIN_KEEP_DAYS))
    timed = [(e, logged_at(e, now.tzinfo)) for e in log]
    earliest = min(((t, i) for i, (_, t) in enumerate(timed) if t is not None), default=None)
    latest = {e.kind: i for i, e in enumerate(log) if e.kind in KEEP_LATEST}
    stays = set(latest.values()) | ({earliest[1]} if earliest else set())
    return [e for i, (e, t) in enumerate(timed)
            if e.kind in ARCHIVABLE and t is not None and t < cutoff and i not in stays]


def due(log: list[LogEntry], now: dt.datetime, keep: dt.timedelta) -> list[LogEntry]:
    """The rows to archive now: all archivable ones once the oldest is SLACK past ``keep``,
    else none."""
    # Most ticks: nothing is that old. Log times sort as text (TIME_FORMAT), so this is cheap.
    limit = (now - max(keep, dt.timedelta(days=MIN_KEEP_DAYS)) - SLACK).strftime(TIME_FORMAT)
    if not any(e.kind in ARCHIVABLE and e.time < limit for e in log):
        return []
    rows = archivable(log, now, keep)
    oldest = min((t for t in (logged_at(e, now.tzinfo) for e in rows) if t), default=None)
    if oldest is None or oldest >= now - max(keep, dt.timedelta(days=MIN_KEEP_DAYS)) - SLACK:
        return []
    return rows
