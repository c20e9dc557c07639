"""One cycle of the service: read the workbook once, handle new mail, send what is due, write.

Every decision comes from the workbook, the Log and ``now``, so a tick after a week of downtime
catches up, and a tick killed at any point is finished by the next one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from tovholder.core.errors import TovholderError
from tovholder.core.i18n import t
from tovholder.jobs.base.bundle import KIND, bundle, part_rows
from tovholder.jobs.base.context import Context, Due
from tovholder.jobs.base.feature import (
    Feature,
    declared_kinds,
    due_functions,
    handlers,
    scheduled_kinds,
    sent_texts,
)
from tovholder.jobs.base.isolate import run_due
from tovholder.jobs.base.logbook import Logbook
from tovholder.jobs.base.messages import Sender
from tovholder.jobs.base.schedule import on_schedule
from tovholder.jobs.digests.tools import stale_digests
from tovholder.jobs.runner.archive import archive_log
from tovholder.jobs.runner.failures import failure_rows
from tovholder.jobs.runner.inbox import InboxReport, process_inbox
from tovholder.jobs.runner.lease import Lease, LeaseLost
from tovholder.jobs.runner.send import SendReport, send_due
from tovholder.mailer.inbound import Known, conversations_from_log, started
from tovholder.mailer.mailbox import Mailbox
from tovholder.mailer.outbox import SENT, SKIPPED, Outgoing, loop_guard
from tovholder.sheets.backend import Backend
from tovholder.sheets.model import Workbook
from tovholder.sheets.parse import parse_snapshot
from tovholder.sheets.schema import fold

CHAIR_ROLES = {fold(n) for n in ("Formand", "Forperson", "Chair", "Chairman", "Chairperson")}


@dataclass
class Group:
    """One group: its workbook, its mailbox, and who the service is when it writes."""

    backend: Backend
    mailbox: Mailbox
    sender: Sender
    term_years: int = 2
    fallback_chair: str = ""
    quarantine_folder: str = "karantæne"  # i18n: data (a mail folder's name)
    ignore_before: dt.date | None = None  # [mail] ignore_before; None: the first Log row's time
    log_keep_days: int = 0  # [workbook] log_keep_days; 0: the Log is never archived
    settings: dict[str, object] = field(default_factory=dict)  # feature name -> its settings
    features: tuple[Feature, ...] = ()  # what the tick runs (jobs/registry.py for the service)
    sandbox: str = ""  # [mail] sandbox: "chair" or an address that gets every email; "" off


@dataclass
class TickReport:
    members: int = 0
    inbox: InboxReport = field(default_factory=InboxReport)
    sent: SendReport = field(default_factory=SendReport)

    def summary(self, lang: str) -> str:
        return t(lang, "tick.summary", members=t(lang, "tick.members", n=self.members),
                 mails=t(lang, "tick.mails", n=self.inbox.seen), sent=len(self.sent.sent),
                 failed=len(self.sent.failed))


def chair(wb: Workbook, fallback: str) -> tuple[str, str]:
    """(email, name) of the chair: the holder of Formand/Chair in Funktioner, else config; her
    name from Medlemmer (also by an other address), else none: a greeting never names an
    address ("Kære karin.jessen@example.org")."""
    for role in wb.roles:
        if fold(role.role) in CHAIR_ROLES and role.holder_email:
            member = wb.member(role.holder_email)
            return role.holder_email, member.name if member else ""
    member = wb.member_at(fallback) if fallback else None
    return fallback, member.name if member else ""


def sandbox_address(group: Group, ctx: Context) -> str:
    """Where every email goes in the safe first run ([mail] sandbox), or "" when it is off."""
    if group.sandbox != "chair":
        return group.sandbox
    if not ctx.chair[0]:  # better to send nothing than to send to the members
        raise TovholderError("sandbox.no_chair")
    return ctx.chair[0]


def context(group: Group, now: dt.datetime) -> tuple[Context, Logbook]:
    """The workbook read once, and what every job of a tick sees."""
    wb = parse_snapshot(group.backend.read(), term_years=group.term_years)
    logbook = Logbook(wb, group.backend, group.sender.lang)
    return Context(wb, logbook.entries, group.sender, now, chair(wb, group.fallback_chair),
                   group.settings, quarantine_folder=group.quarantine_folder,
                   original=group.mailbox.original, handlers=handlers(group.features),
                   as_sent=sent_texts(group.features)), logbook


def tick(group: Group, now: dt.datetime, *, dry_run: bool = False,
         say: Callable[[str], None] = print, only: list[Due] | None = None) -> TickReport:
    """One cycle. ``only`` runs just those due functions (e.g. `tovholder form send`)."""
    ctx, logbook = context(group, now)
    wb = ctx.wb
    report = TickReport(members=sum(m.active for m in wb.members))
    lease = Lease(logbook, now)
    try:
        _run(group, ctx, logbook, report, lease, now, dry_run, say, only)
    except LeaseLost:
        say(t(group.sender.lang, "tick.lease_lost"))
    finally:
        if lease.held:
            logbook.write(lease.release_row())
    return report


def wanted_now(group: Group, ctx: Context, only: list[Due] | None = None) -> list[Outgoing]:
    """The emails that should go at ``ctx.now``: what the due functions want, scheduled mail
    held back while the schedule is closed, one member's scheduled emails bundled. The tick
    sends it; `tovholder status` lists it moment by moment (jobs/runner/upcoming.py), so the
    two never disagree. What the chair must hear of comes from the Log (chair_digest)."""
    wanted: list[Outgoing] = []
    for due in due_functions(group.features) if only is None else only:
        wanted += run_due(ctx, due)  # one due function's fault never stops the others
    if only is None:  # a command's explicit send (`form send`) is not scheduled mail
        wanted = on_schedule(wanted, ctx, scheduled_kinds(group.features))
        if KIND in declared_kinds(group.features):  # one email, not three (jobs/base/bundle.py)
            wanted = bundle(wanted, ctx, scheduled_kinds(group.features))
    return wanted


def _run(group: Group, ctx: Context, logbook: Logbook, report: TickReport, lease: Lease,
         now: dt.datetime, dry_run: bool, say: Callable[[str], None],
         only: list[Due] | None) -> None:
    wb = ctx.wb
    sandbox = sandbox_address(group, ctx)
    if dry_run:
        say(t(group.sender.lang, "tick.dry_run_inbox"))
    else:
        known = Known(group.sender.address, group.sender.secret,
                      frozenset(m.email for m in wb.members if m.status in ("active", "pending")),
                      frozenset(), conversations_from_log(logbook.entries),
                      group.sender.reply_base,
                      started(logbook.entries, now, group.ignore_before),
                      frozenset((m.email, a) for m in wb.members for a in m.other_addresses),
                      sandbox=sandbox)
        report.inbox = process_inbox(group.mailbox, logbook, known, ctx,
                                     handlers=handlers(group.features),
                                     say=say, lease=lease)
    wanted = wanted_now(group, ctx, only)
    failed = failure_rows(logbook, ctx.failures, now, say)
    if failed and not dry_run:
        lease.ensure()
        logbook.write(failed)
    stale = stale_digests(ctx)
    if stale and not dry_run:  # digests that came too late to be useful get a row saying why
        lease.ensure()
        logbook.write([logbook.row(now, kind, key, SKIPPED, detail=reason)
                       for kind, key, reason in stale])
    wanted, cut = loop_guard(wanted, ctx.log, now)
    if cut and not dry_run:
        lease.ensure()
        logbook.write([logbook.row(now, o.kind, o.key, SKIPPED, recipient=o.recipient,
                                   message_id=o.message_id, detail=t(ctx.lang, "log.loop"))
                       for o in cut])
    if ctx.batch and not dry_run:  # writes decided by due functions (e.g. a drawn role)
        lease.ensure()
        group.backend.apply(ctx.batch)
    report.sent = send_due(wanted, logbook, group.mailbox, now, dry_run=dry_run, say=say,
                           lease=lease, sandbox=sandbox)
    parts = part_rows(logbook.entries, group.sender.domain)
    if parts and not dry_run:  # each part of a sent bundle gets its own `sent` row
        lease.ensure()
        logbook.write([logbook.row(now, r["kind"], r["key"], SENT, recipient=r["recipient"],
                                   message_id=r["message_id"], detail=r["detail"]) for r in parts])
    if group.log_keep_days and not dry_run and only is None:  # last: the tick's work comes first
        moved = archive_log(group.backend, logbook, lease, now,
                            dt.timedelta(days=group.log_keep_days))
        for tab, n in moved.items():
            say(t(group.sender.lang, "tick.archived", n=n, tab=tab, log=logbook.title))


def send_now(group: Group, now: dt.datetime, make: Due,
             say: Callable[[str], None] = print) -> SendReport:
    """Send what ``make`` builds, now, through the Log like every email, handling no mail (e.g.
    the test email of `tovholder doctor --send-test`)."""
    ctx, logbook = context(group, now)
    lease = Lease(logbook, now)
    try:
        return send_due(make(ctx), logbook, group.mailbox, now, say=say, lease=lease,
                        sandbox=sandbox_address(group, ctx))
    except LeaseLost:
        say(t(group.sender.lang, "tick.lease_lost"))
        return SendReport()
    finally:
        if lease.held:
            logbook.write(lease.release_row())
