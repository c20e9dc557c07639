"""The chair's digest: at most one mail a day telling the chair everything she must act on, derived
from the Log. Pure.

What goes in: every Log row since the previous digest that was sent, of these kinds, grouped:

- mail put aside (``mail`` rows ``quarantined``: unknown sender, no or forged token, another
  member answering, unreadable, a handler that crashed), with sender, subject and reason;
- addresses that bounced (``bounce`` rows ``failing``);
- emails a server refused (``failed``; the digest's own and old notices' left out);
- emails that could not be built (``failed`` rows without a Message-ID, jobs/base/isolate.py):
  the data behind them needs the chair, every other email went;
- automatic answers cut by the loop guard (``skipped`` rows with the catalog's ``log.loop``
  detail, in any language);
- mail older than Tovholder's start left alone (``mail`` rows ``old``): one line counting them;
- consultations due after their coordinator's term ends (``consultation_term`` rows ``flag``,
  jobs/consultations/handover.py), so the chair can arrange the handover in time;

and the workbook's problems the digests had to work around (the workbook as it is now).

**Which rows are new.** A digest tells the rows logged before the moment it was composed, which
is the time of its own ``sending`` row (the tick composes and sends with the same ``now``; a
digest sent again after a crash is composed anew, and gets a new ``sending`` row). The next
digest starts at the composition of the newest digest whose state became ``sent``. So a row is
told by exactly one sent digest: a crash before the digest went leaves the start where it was
(nothing lost), a crash after it went is resolved to ``sent`` from the service's own copy
(nothing repeated), and a row written in the same tick after the digest was composed (a loop
cut, a refused email) has the same time as its ``sending`` row and so waits for the next one.

**When.** On day D from the send hour ([schedule] send_hour; working days only: the tick holds
it back on other days), when something logged before that hour is waiting or the workbook has
problems; keyed by the date, so it goes once a day. What comes in after the day's digest (or
after the send hour) waits for the next morning.

Over ``CAP`` lines the digest lists the first ones and says how many more wait, and where.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from tovholder.core.dates import format_short_date
from tovholder.core.i18n import t, variants
from tovholder.jobs.base.context import Context
from tovholder.jobs.base.messages import make_outgoing
from tovholder.jobs.digests.settings import settings
from tovholder.jobs.digests.tools import digest_problems
from tovholder.jobs.digests.when import at_hour, next_send_hour
from tovholder.mailer.inbound import OLD, QUARANTINED
from tovholder.mailer.outbox import (
    FAILED,
    SENDING,
    SENT,
    SKIPPED,
    TIME_FORMAT,
    Outgoing,
    logged_at,
)
from tovholder.sheets.model import LogEntry

KIND = "chair_digest"
CAP = 30  # lines listed; the rest are counted, with where to find them
NOT_TOLD = {KIND, "notice"}  # a refused email to the chair about refusals is not an item
MAIL, BOUNCE = "mail", "bounce"  # the inbox's Log kinds (jobs/runner/inbox.py)
TERM = "consultation_term"  # jobs/consultations/handover.py


@dataclass
class Section:
    """One kind of item: a title, the lines (one per item), and what to do."""

    name: str
    lines: list[str] = field(default_factory=list)


TITLES = {"quarantined": "chair_digest.quarantined_title", "bounce": "chair_digest.bounce_title",
          "failed": "chair_digest.failed_title", "loop": "chair_digest.loop_title",
          "unbuilt": "chair_digest.unbuilt_title", "handover": "chair_digest.handover_title",
          "problems": "digest.problems_title"}


def told_until(log: list[LogEntry], tz: dt.tzinfo | None) -> dt.datetime | None:
    """The moment up to which the chair has been told: when the newest digest that was sent was
    composed (its last ``sending`` row before ``sent``). None before the first one."""
    composed: dict[str, LogEntry] = {}
    until: dt.datetime | None = None
    for entry in log:
        if entry.kind != KIND:
            continue
        if entry.state == SENDING:
            composed[entry.message_id] = entry
        elif entry.state == SENT and entry.message_id in composed:
            moment = logged_at(composed[entry.message_id], tz)
            if moment is not None and (until is None or moment > until):
                until = moment
    return until


def waiting(log: list[LogEntry], since: dt.datetime | None, before: dt.datetime
            ) -> list[tuple[dt.datetime, LogEntry]]:
    """(when, row) of the Log rows the chair must hear of, logged in [since, before)."""
    found = []
    for entry in log:
        moment = logged_at(entry, before.tzinfo)
        if moment is None or moment >= before or (since is not None and moment < since):
            continue
        if _section(entry):
            found.append((moment, entry))
    return found


def _section(entry: LogEntry) -> str:
    if entry.kind == MAIL and entry.state == QUARANTINED:
        return "quarantined"
    if entry.kind == MAIL and entry.state == OLD:
        return "old"
    if entry.kind == BOUNCE and entry.state == "failing":
        return "bounce"
    if entry.state == FAILED and not entry.message_id:
        return "unbuilt"  # the chair's digest itself included: she is the one who can fix it
    if entry.state == FAILED and entry.kind not in NOT_TOLD:
        return "failed"
    if entry.state == SKIPPED and entry.detail in variants("log.loop").values():
        return "loop"
    if entry.kind == TERM and entry.state == "flag":
        return "handover"
    return ""


def due_chair_digest(ctx: Context) -> list[Outgoing]:
    email, name = ctx.chair
    if not email:
        return []
    hour = at_hour(ctx.today, settings(ctx).send_from_hour, ctx.now.tzinfo)
    if ctx.now < hour:
        return []
    # compose up to the second the sending row will carry (rows are written to the second)
    now = dt.datetime.strptime(ctx.now.strftime(TIME_FORMAT), TIME_FORMAT).replace(
        tzinfo=ctx.now.tzinfo)
    since = told_until(ctx.log, ctx.now.tzinfo)
    items = waiting(ctx.log, since, now)
    problems = digest_problems(ctx)
    if not problems and not any(moment < hour for moment, _ in items):
        return []  # nothing was waiting at the send hour: what came later waits for tomorrow
    context = compose(ctx, [entry for _, entry in items], problems)
    return [make_outgoing(ctx.sender, KIND, kind=KIND, key=ctx.today.isoformat(), to_email=email,
                          to_name=name, context={"chair_name": name, **context},
                          now=ctx.now)]


def next_wake(ctx: Context) -> dt.datetime | None:
    """The digest can only become due at the next send hour (what it tells comes from the Log,
    whose changes wake the service anyway)."""
    return next_send_hour(ctx.now, settings(ctx))


def compose(ctx: Context, items: list[LogEntry], problems: list[str]) -> dict[str, object]:
    """The digest's template context: sections with lines and what to do, capped at CAP."""
    lang = ctx.lang
    sections: dict[str, Section] = {n: Section(n) for n in
                                    ("quarantined", "bounce", "failed", "unbuilt", "loop",
                                     "handover")}
    seen: set[tuple[str, str]] = set()
    old = 0
    for entry in items:
        name = _section(entry)
        if name == "old":
            old += 1
            continue
        line, once = _line(lang, name, entry)
        if once in seen:  # one bounce or loop per address
            continue
        seen.add(once)
        sections[name].lines.append(line)
    folder = ctx.quarantine_folder or t(lang, "chair_digest.the_folder")
    todo = {"quarantined": t(lang, "chair_digest.quarantined_todo", folder=folder),
            "bounce": t(lang, "notice.bounce_body"),
            "failed": t(lang, "chair_digest.failed_todo"),
            "unbuilt": t(lang, "chair_digest.unbuilt_todo"),
            "loop": t(lang, "notice.loop_body"),
            "handover": t(lang, "chair_digest.handover_todo"),
            "problems": t(lang, "chair_digest.problems_todo")}
    where = {"quarantined": t(lang, "chair_digest.where_quarantine", folder=folder),
             "problems": t(lang, "chair_digest.where_check")}
    listed = [*sections.values(), Section("problems", list(problems))]
    budget, out, count = CAP, [], 0
    for section in listed:
        if not section.lines:
            continue
        count += len(section.lines)
        shown, budget = section.lines[:max(budget, 0)], budget - len(section.lines)
        more = len(section.lines) - len(shown)
        out.append({
            "title": t(lang, TITLES[section.name], count=len(section.lines)),
            "lines": shown,
            "more": t(lang, "chair_digest.more", n=more,
                      where=where.get(section.name, t(lang, "chair_digest.where_log")))
            if more else "",
            "todo": todo[section.name]})
    return {"title": t(lang, "chair_digest.title", n=count + (1 if old else 0)),
            "intro": t(lang, "chair_digest.intro"),
            "old": t(lang, "chair_digest.old", n=old) if old else "",
            "sections": out}


def _subject(detail: str) -> str:
    """The subject an incoming mail's Log detail ends with, in whichever language the group
    wrote it (the Log keeps the language it was written in, and a group may change it)."""
    found = [(detail.find(prefix), prefix) for prefix in
             (s.partition("{subject}")[0] for s in variants("log.subject").values()) if prefix]
    where, prefix = min(((w, p) for w, p in found if w >= 0), default=(-1, ""))
    return detail[where + len(prefix):].strip() if prefix else ""


def _line(lang: str, name: str, entry: LogEntry) -> tuple[str, tuple[str, str]]:
    """The item's line, and what makes two items the same thing to the chair."""
    if name == "quarantined":
        reason, _, rest = entry.detail.partition(";")
        subject = _subject(rest)
        code = f"notice.{reason.strip()}" if reason.strip() in REASONS else \
            "chair_digest.quarantined_other"
        line = t(lang, code, sender=entry.recipient or "?")
        return f'{line} ("{subject}")' if subject else line, ("mail", entry.message_id)
    if name == "bounce":
        return t(lang, "notice.bounce", detail=entry.key), ("bounce", entry.key.casefold())
    if name == "failed":
        return (f"{t(lang, 'notice.failed', recipient=entry.recipient, kind=entry.kind, key=entry.key)}"
                f": {entry.detail}", ("failed", entry.message_id))
    if name == "unbuilt":  # one line per email (or due function) however many days it failed
        reason = entry.detail.partition(": ")[2] or entry.detail
        code = "notice.unbuilt" if entry.recipient else "notice.unbuilt_job"
        return (t(lang, code, recipient=entry.recipient, kind=entry.kind, key=entry.key,
                  reason=reason), ("unbuilt", f"{entry.kind} {entry.key} {entry.recipient}"))
    if name == "handover":
        return _handover_line(lang, entry), ("handover", entry.key)
    return t(lang, "notice.loop", recipient=entry.recipient), ("loop", entry.recipient.casefold())


def _handover_line(lang: str, entry: LogEntry) -> str:
    """A consultation due after its coordinator's term ends (the row's detail: ``slut=…;
    frist=…; navn=…; titel=…``)."""
    head, _, title = entry.detail.partition("; titel=")
    fields = dict(part.split("=", 1) for part in head.split("; ") if "=" in part)
    try:
        end, deadline = (dt.date.fromisoformat(fields[k]) for k in ("slut", "frist"))
    except (KeyError, ValueError):
        return entry.detail
    return t(lang, "chair_digest.handover", title=title, who=fields.get("navn", entry.recipient),
             end=format_short_date(end, lang), deadline=format_short_date(deadline, lang))


REASONS = {"unknown_sender", "no_token", "bad_token", "other_member", "unreadable",
           "handler_crash", "crash"}
