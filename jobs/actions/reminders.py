"""Action reminders: a due function (see jobs/base/context.py), pure and idempotent.

An open action with a due date is reminded ``action_reminder_days_before`` days before it is
due, then the day after the due date and every ``overdue_reminder_every_days`` days while it
stays open. An owner gets at most one reminder email a day (kind "actions", key = the day), with
all their actions that need a reminder bundled; nobody gets a reminder about nothing.

Catch-up without extra state: an action needs a reminder today if its latest reminder day has
come and its owner has had no reminder email since that day. A reminder day missed while the
service was down is therefore made up once, and two reminder days never make two emails.
"""

from __future__ import annotations

import datetime as dt

from tovholder.jobs.base.context import Context
from tovholder.jobs.digests import parts
from tovholder.jobs.digests.digests import DigestSettings, Done, active_members, make, settings
from tovholder.mailer.outbox import SENT, Outgoing
from tovholder.sheets.model import Action

KIND = "actions"


def last_reminder_day(action: Action, s: DigestSettings, today: dt.date) -> dt.date | None:
    """The latest day on or before ``today`` when the action was due for a reminder."""
    if action.due is None or action.status != "open":
        return None
    first = action.due - dt.timedelta(days=s.action_reminder_days_before)
    if today < first:
        return None
    if today <= action.due:
        return first
    every = max(s.overdue_reminder_every_days, 1)
    days_late = (today - action.due).days
    return action.due + dt.timedelta(days=1 + (days_late - 1) // every * every)


def reminded_days(ctx: Context) -> dict[str, set[dt.date]]:
    """Per owner, the days a reminder email went out (from the Log)."""
    days: dict[str, set[dt.date]] = {}
    for entry in ctx.log:
        if entry.kind == KIND and entry.state == SENT:
            try:
                days.setdefault(entry.recipient.casefold(), set()).add(
                    dt.date.fromisoformat(entry.key))
            except ValueError:
                continue
    return days


def needing_reminder(ctx: Context, s: DigestSettings) -> dict[str, list[Action]]:
    """Per active owner, the actions that need a reminder today."""
    today, sent = ctx.today, reminded_days(ctx)
    active = {m.email for m in active_members(ctx)}
    found: dict[str, list[Action]] = {}
    for action in parts.open_actions(ctx.wb):
        since = last_reminder_day(action, s, today)
        if since is None:
            continue
        for email in action.owner_emails:
            if email in active and not any(since <= d < today for d in sent.get(email, ())):
                found.setdefault(email, []).append(action)
    return found


def reminder_emails(ctx: Context, owner: str, actions: list[Action], done: Done
                    ) -> list[Outgoing]:
    key = ctx.today.isoformat()
    member = ctx.wb.member(owner)
    if member is None or not actions or done(KIND, key, owner):
        return []
    views = sorted((parts.action_view(a, ctx.today) for a in actions),
                   key=lambda v: (v.due or dt.date.max, v.id))
    others = [parts.action_view(a, ctx.today) for a in parts.open_actions(ctx.wb)
              if owner in a.owner_emails and a not in actions]
    # the example of a new due date in the reminder: two weeks after the first one shown
    later = max(views[0].due or ctx.today, ctx.today) + dt.timedelta(days=14)
    context = {"actions": views, "overdue": sum(v.overdue for v in views), "later": later,
               "other_actions": others, "today": ctx.today, "group_name": ctx.sender.group}
    return make(ctx, KIND, key=key, member=member, context=context, bulk=False)


def due_action_reminders(ctx: Context) -> list[Outgoing]:
    s = settings(ctx)
    if ctx.now.hour < s.send_from_hour:
        return []
    done = Done(ctx)
    return [out for owner, actions in sorted(needing_reminder(ctx, s).items())
            for out in reminder_emails(ctx, owner, actions, done)]
