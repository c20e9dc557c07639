"""Around the digests: what catch-up skipped and why, what the chair should fix, previews, and
when the next tick could decide anything new. Pure.
"""

from __future__ import annotations

import datetime as dt

import jinja2

from tovholder.core.dates import format_short_date
from tovholder.core.errors import TovholderError
from tovholder.core.i18n import problem_line, t
from tovholder.jobs.actions.reminders import needing_reminder, reminder_emails
from tovholder.jobs.base.context import Context
from tovholder.jobs.digests import agenda as ag
from tovholder.jobs.digests import digests as dg
from tovholder.jobs.digests import invites, when
from tovholder.jobs.digests.corrections import correction_emails
from tovholder.mailer.outbox import Outgoing
from tovholder.mailer.render import environment
from tovholder.sheets.checks import check
from tovholder.sheets.model import Meeting

LOOKBACK = dt.timedelta(days=30)  # stale digests older than this are not reported any more
TEMPLATES = ("agenda", "followup", "actions", "correction")
PARTS = ("subject.txt", "body.txt", "body.html")
PROBLEM_CODES = {"meeting.no_date", "meeting.end_before_start", "agenda.no_meeting",
                 "agenda.unknown_meeting", "action.no_owner", "action.owner_left",
                 "action.owner_unknown"}


def _logged(ctx: Context, kind: str, key: str) -> set[str]:
    return {e.state for e in ctx.log if e.kind == kind and e.key == key}


def stale_digests(ctx: Context) -> list[tuple[str, str, str]]:
    """(kind, key, reason) for each digest that was never sent and is now too late to be of
    use; the tick writes one Log row (state "skipped", no recipient) for each, once: those
    already in the Log as skipped are not returned again."""
    s, tz, found = dg.settings(ctx), ctx.now.tzinfo, []
    moved = invites.announced(ctx.wb, ctx.log, ctx.today)
    for m in ag.schedule(ctx.wb):
        if m.date < ctx.today - LOOKBACK or m.date in moved:
            continue
        key, day = m.date.isoformat(), format_short_date(m.date, ctx.lang)
        if m.status != "cancelled" and when.start_of(m, tz) <= ctx.now and \
                not _logged(ctx, "agenda", key):
            found.append(("agenda", key, t(ctx.lang, "digest.stale_agenda", date=day)))
        if m.status != "cancelled" and when.followup_at(m, s, tz) <= ctx.now and \
                when.followup_stale(ctx.wb, m, s, ctx.now) and not _logged(ctx, "followup", key):
            found.append(("followup", key, t(ctx.lang, "digest.stale_followup", date=day)))
    return found


def digest_problems(ctx: Context) -> list[str]:
    """Sentences for the chair: bad rows the digests had to leave out or guess about, meetings
    that vanished after their invitation went out, broken override templates. The tick sends
    them at most once a day (e.g. as a notice keyed by the date)."""
    lines = [problem_line(p, ctx.lang) for p in check(ctx.wb, ctx.today)
             if p.code in PROBLEM_CODES]
    _, lost = invites.changes(ctx.wb, ctx.log, ctx.today)
    lines += [t(ctx.lang, "digest.meeting_vanished",
                date=format_short_date(c.current, ctx.lang)) for c in lost]
    return lines + template_problems(ctx)


def template_problems(ctx: Context) -> list[str]:
    """Syntax errors in the chair's override templates (the built-in ones are used instead)."""
    folder = ctx.sender.templates
    if folder is None:
        return []
    env = environment(ctx.lang, folder)
    found = []
    for name in (f"{n}-{p}" for n in TEMPLATES for p in PARTS):
        if not (folder / name).exists():
            continue
        try:
            env.get_template(name)
        except jinja2.TemplateSyntaxError as exc:
            found.append(t(ctx.lang, "digest.template_broken", name=name,
                           line=str(exc.lineno), detail=exc.message or ""))
    return found


def preview(ctx: Context, kind: str, meeting_date: dt.date | None = None,
            to: str | None = None) -> list[Outgoing]:
    """The emails of ``kind`` as they would be now, whether or not they are due or were sent:
    for ``tovholder preview KIND [--meeting DATE] [--to EMAIL]``."""
    s, done = dg.settings(ctx), dg.Done(ctx, ignore=True)
    if kind == "actions":
        found = needing_reminder(ctx, s)
        return [o for owner, acts in sorted(found.items()) if to is None or owner == to.casefold()
                for o in reminder_emails(ctx, owner, acts, done)]
    if kind == "correction":
        changes, _ = invites.changes(ctx.wb, ctx.log, ctx.today)
        return [o for c in changes if meeting_date in (None, c.meeting.date)
                for o in correction_emails(ctx, c, done, to)]
    if kind not in ("agenda", "followup"):
        raise TovholderError("digest.preview_kind", kind=kind, kinds=", ".join(TEMPLATES))
    meeting = _meeting(ctx, kind, meeting_date)
    if kind == "agenda":
        return dg.agenda_emails(ctx, s, meeting, done, to)
    return dg.followup_emails(ctx, meeting, done, to)


def _meeting(ctx: Context, kind: str, day: dt.date | None) -> Meeting:
    if day is not None:
        found = ag.meeting_on(ctx.wb, day)
    elif kind == "agenda":
        found = next((m for m in ag.schedule(ctx.wb) if m.date >= ctx.today), None)
    else:
        found = next((m for m in reversed(ag.schedule(ctx.wb)) if m.date <= ctx.today), None)
    if found is None:
        raise TovholderError("digest.preview_no_meeting",
                             date=day.isoformat() if day else "")
    return found
