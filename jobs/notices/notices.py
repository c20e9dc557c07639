"""Notices to the chair: mail that needs a human, emails a server refused, conversations that
loop. Each is an ordinary Outgoing with a deterministic key, so the chair hears of a thing once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from tovholder.core.i18n import t
from tovholder.jobs.base.context import Context
from tovholder.jobs.base.messages import make_outgoing
from tovholder.jobs.digests.tools import digest_problems
from tovholder.mailer.inbound import Notice
from tovholder.mailer.outbox import FAILED, Outgoing, count_recent

NOTICES_PER_DAY = 20  # a flood of spam must not become a flood of notices to the chair


def _notice(ctx: Context, key: str, title: str, body: str, quoted: str = "") -> Outgoing:
    email, name = ctx.chair
    context: dict[str, object] = {"chair_name": name or email, "title": title, "body": body,
                                  "quoted": quoted}
    return make_outgoing(ctx.sender, "notice", kind="notice", key=key, to_email=email,
                         to_name=name, context=context, now=ctx.now)


def mail_notices(ctx: Context, found: list[Notice], quarantine_folder: str,
                 say: Callable[[str], None]) -> list[Outgoing]:
    """One notice per incoming mail the chair must look at (quarantined, bounced)."""
    if not found:
        return []
    if not ctx.chair[0]:
        say(t(ctx.lang, "notice.no_chair"))
        return []
    budget = NOTICES_PER_DAY - count_recent(ctx.log, kind="notice", recipient=ctx.chair[0],
                                            now=ctx.now, within=dt.timedelta(days=1))
    out = []
    for notice in found[:max(budget, 0)]:
        mail = notice.mail
        title = t(ctx.lang, f"notice.{notice.reason}", sender=mail.from_addr if mail else "?",
                  detail=notice.detail)
        body = t(ctx.lang, "notice.bounce_body" if notice.reason == "bounce" else
                 "notice.quarantined", folder=quarantine_folder,
                 subject=mail.subject if mail else "?")
        quoted = "\n".join((mail.text if mail else "").splitlines()[:40])
        out.append(_notice(ctx, notice.key, title, body, quoted))
    return out


def due_failure_notices(ctx: Context) -> list[Outgoing]:
    """Every email a server refused (Log state `failed`) is told to the chair once, with the
    server's answer: derived from the Log, so a crash in between loses nothing."""
    if not ctx.chair[0]:
        return []
    return [_notice(ctx, f"failed:{e.message_id}",
                    t(ctx.lang, "notice.failed", recipient=e.recipient, kind=e.kind, key=e.key),
                    t(ctx.lang, "notice.failed_body", detail=e.detail))
            for e in ctx.log if e.state == FAILED and e.kind != "notice"]


def due_digest_problems(ctx: Context) -> list[Outgoing]:
    """What stopped part of a digest (a meeting without a date, a broken template, …): one
    notice a day at most, and only while there is something to say."""
    problems = digest_problems(ctx)
    if not problems or not ctx.chair[0]:
        return []
    return [_notice(ctx, f"problems:{ctx.today.isoformat()}", t(ctx.lang, "digest.problems_title"),
                    "\n".join(f"- {p}" for p in problems))]


def loop_notices(ctx: Context, cut: list[Outgoing]) -> list[Outgoing]:
    """One notice per address and day whose automatic answers were cut off."""
    if not ctx.chair[0]:
        return []
    day = ctx.today.isoformat()
    return [_notice(ctx, f"loop:{address}:{day}", t(ctx.lang, "notice.loop", recipient=address),
                    t(ctx.lang, "notice.loop_body"))
            for address in sorted({o.recipient for o in cut})]
