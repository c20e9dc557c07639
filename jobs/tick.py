"""One cycle of the service: read the workbook once, handle new mail, send what is due, write.

Every decision comes from the workbook, the Log and ``now``, so a tick after a week of downtime
catches up, and a tick killed at any point is finished by the next one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from jobs import features
from jobs.context import Context, Due, Handler
from jobs.inbox import InboxReport, Notice, process_inbox
from jobs.logbook import Logbook
from jobs.messages import Sender, make_outgoing
from jobs.send import SendReport, send_due
from mailer.inbound import Known, conversations_from_log
from mailer.mailbox import Mailbox
from mailer.outbox import Outgoing, count_recent
from sheets.backend import Backend
from sheets.model import Workbook
from sheets.parse import parse_snapshot
from sheets.schema import fold
from tovholder.i18n import t

CHAIR_ROLES = {fold(n) for n in ("Formand", "Forperson", "Chair", "Chairman", "Chairperson")}
NOTICES_PER_DAY = 20  # a flood of spam must not become a flood of notices to the chair


@dataclass
class Group:
    """One group: its workbook, its mailbox, and who the service is when it writes."""

    backend: Backend
    mailbox: Mailbox
    sender: Sender
    term_years: int = 2
    fallback_chair: str = ""
    quarantine_folder: str = "karantæne"
    settings: dict[str, object] = field(default_factory=dict)  # feature name -> its settings


@dataclass
class TickReport:
    members: int = 0
    inbox: InboxReport = field(default_factory=InboxReport)
    sent: SendReport = field(default_factory=SendReport)

    def summary(self, lang: str) -> str:
        return t(lang, "tick.summary", members=self.members, mails=self.inbox.seen,
                 sent=len(self.sent.sent), failed=len(self.sent.failed))


def chair(wb: Workbook, fallback: str) -> tuple[str, str]:
    """(email, name) of the chair: the holder of Formand/Chair in Funktioner, else config."""
    for role in wb.roles:
        if fold(role.role) in CHAIR_ROLES and role.holder_email:
            member = wb.member(role.holder_email)
            return role.holder_email, member.name if member else ""
    return fallback, ""


#: reply handlers by conversation kind, and the due functions, in the order they run
HANDLERS: dict[str, Handler] = dict(features.HANDLERS)
DUE: list[Due] = list(features.DUE)


def tick(group: Group, now: dt.datetime, *, dry_run: bool = False,
         say: Callable[[str], None] = print, only: list[Due] | None = None) -> TickReport:
    """One cycle. ``only`` runs just those due functions (e.g. `tovholder form send`)."""
    wb = parse_snapshot(group.backend.read(), term_years=group.term_years)
    report = TickReport(members=sum(m.active for m in wb.members))
    logbook = Logbook(wb, group.backend, group.sender.lang)
    ctx = Context(wb, logbook.entries, group.sender, now, chair(wb, group.fallback_chair),
                  group.settings)
    if dry_run:
        say(t(group.sender.lang, "tick.dry_run_inbox"))
    else:
        known = Known(group.sender.address, group.sender.secret,
                      frozenset(m.email for m in wb.members if m.status in ("active", "pending")),
                      frozenset(), conversations_from_log(logbook.entries))
        report.inbox = process_inbox(group.mailbox, logbook, known, ctx, handlers=HANDLERS,
                                     say=say)
    wanted = notices(group, ctx, report.inbox.notices, say)
    for due in DUE if only is None else only:
        wanted += due(ctx)
    if ctx.batch and not dry_run:  # writes decided by due functions (e.g. a drawn role)
        group.backend.apply(ctx.batch)
    report.sent = send_due(wanted, logbook, group.mailbox, now, dry_run=dry_run, say=say)
    return report


def notices(group: Group, ctx: Context, found: list[Notice],
            say: Callable[[str], None]) -> list[Outgoing]:
    email, name = ctx.chair
    if not found:
        return []
    if not email:
        say(t(ctx.lang, "notice.no_chair"))
        return []
    budget = NOTICES_PER_DAY - count_recent(ctx.log, kind="notice", recipient=email,
                                            now=ctx.now, within=dt.timedelta(days=1))
    out = []
    for notice in found[:max(budget, 0)]:
        mail = notice.mail
        context = {
            "chair_name": name or email,
            "title": t(ctx.lang, f"notice.{notice.reason}",
                       sender=mail.from_addr if mail else "?", detail=notice.detail),
            "body": t(ctx.lang, "notice.bounce_body" if notice.reason == "bounce" else
                      "notice.quarantined", folder=group.quarantine_folder,
                      subject=mail.subject if mail else "?"),
            "quoted": "\n".join((mail.text if mail else "").splitlines()[:40]),
        }
        out.append(make_outgoing(group.sender, "notice", kind="notice", key=notice.key,
                                 to_email=email, to_name=name, context=context, now=ctx.now))
    return out
