"""The agenda digest before a meeting, the follow-up after it, and corrections when a meeting
moves: due functions (see jobs/base/context.py), pure and idempotent.

Each returns every email that should exist at ``ctx.now``; the Log and the deterministic
Message-IDs make sure each goes once. Emails whose Message-ID the Log already shows as sent (or
failed, or skipped) are left out before rendering, so a tick in a long due window stays cheap.
When each digest is due (and so when the service wakes for it): jobs/digests/when.py.
Corrections: corrections.py; catch-up, problems and previews: tools.py; action reminders:
jobs/actions/reminders.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from tovholder.core.dates import format_short_date, format_when
from tovholder.core.i18n import t
from tovholder.jobs.base.context import Context
from tovholder.jobs.base.isolate import one
from tovholder.jobs.base.messages import make_outgoing
from tovholder.jobs.digests import agenda as ag
from tovholder.jobs.digests import attendance, invites, outcomes, parts
from tovholder.jobs.digests.settings import DigestSettings as DigestSettings
from tovholder.jobs.digests.settings import settings as settings
from tovholder.jobs.digests.settings import standard_agenda as standard_agenda
from tovholder.jobs.digests.when import agenda_window, followup_at, followup_stale
from tovholder.jobs.written_round import in_digest
from tovholder.mailer import ics
from tovholder.mailer.compose import Attachment, make_message_id
from tovholder.mailer.outbox import FAILED, SENT, SKIPPED, Outgoing, latest_states
from tovholder.mailer.render import TemplateBroken
from tovholder.sheets.model import Meeting, Member

# --- shared by the digests ------------------------------------------------------------------

def active_members(ctx: Context, to: str | None = None) -> list[Member]:
    wanted = to.strip().casefold() if to else None
    return [m for m in ctx.wb.members if m.active and (wanted is None or m.email == wanted)]


class Done:
    """Which (kind, key, recipient) the Log shows as finished: no need to render them again."""

    def __init__(self, ctx: Context, *, ignore: bool = False) -> None:
        self.ctx, self.ignore = ctx, ignore
        self.states = {} if ignore else latest_states(ctx.log)

    def __call__(self, kind: str, key: str, email: str) -> bool:
        if self.ignore:
            return False
        entry = self.states.get(make_message_id(kind, key, email, self.ctx.sender.domain))
        return entry is not None and entry.state in (SENT, FAILED, SKIPPED)


def make(ctx: Context, name: str, *, key: str, member: Member, context: dict[str, object],
         bulk: bool, attachments: Sequence[Attachment] = ()) -> list[Outgoing]:
    """One email (none if it cannot be built: isolate.one notes why, the others still go); a
    chair's broken override falls back to the built-in template (the problem is reported by
    digest_tools.digest_problems), so the digest still goes out."""
    args = dict(kind=name, key=key, to_email=member.email, to_name=member.name,
                context=context, now=ctx.now, bulk=bulk, attachments=attachments)

    def build() -> Outgoing:
        try:
            return make_outgoing(ctx.sender, name, **args)  # type: ignore[arg-type]
        except TemplateBroken:
            if ctx.sender.templates is None:
                raise
            return make_outgoing(replace(ctx.sender, templates=None), name, **args)  # type: ignore[arg-type]

    return one(ctx, name, key, member.email, build)


def invitation(ctx: Context, meeting: Meeting, member: Member, *, origin: dt.date,
               sequence: int, cancelled: bool = False) -> Attachment:
    where = parts.where(meeting)
    # the title is the meeting (what the calendar shows), not who sends the invitation
    day = format_short_date(meeting.date, ctx.lang)
    summary = t(ctx.lang, "calendar.title_group", group=ctx.sender.group, date=day) \
        if ctx.sender.group else t(ctx.lang, "calendar.title", date=day)
    return ics.attachment(ics.Invite(
        uid=ics.meeting_uid(ctx.sender.address, origin), sequence=sequence, day=meeting.date,
        start=meeting.start, end=meeting.end, tz=ctx.now.tzinfo or dt.UTC, summary=summary,
        location=where.place or where.link, description=where.link, url=where.link,
        organizer=(ctx.sender.address, ctx.sender.name), attendee=(member.email, member.name),
        stamp=ctx.now, cancelled=cancelled))


def meeting_context(ctx: Context, meeting: Meeting) -> dict[str, object]:
    return {"meeting": meeting, "where": parts.where(meeting), "group_name": ctx.sender.group,
            "chair_name": ctx.chair[1],
            "when_text": format_when(meeting.date, meeting.start, meeting.end, ctx.lang)}


# --- the agenda digest ----------------------------------------------------------------------

def agenda_context(ctx: Context, s: DigestSettings, meeting: Meeting) -> dict[str, object]:
    wb, today = ctx.wb, ctx.today
    after = ag.next_meeting(wb, meeting.date)
    form = ctx.settings.get("form")
    round_ = parts.form_round(form) if form is not None else ""
    return {**meeting_context(ctx, meeting),
            "agenda": ag.build_agenda(wb, meeting, s.standard(ctx.lang)),
            "owners": parts.actions_by_owner(wb, parts.open_actions(wb), today),
            "roles": parts.roles_view(wb, today, s.term_warning_days),
            "consultations": parts.consultations_view(wb, today, after.date if after else None),
            "form_round": round_, "unanswered": parts.unanswered(wb, round_) if round_ else [],
            "next_meeting": after, "today": today, "proposals": [], "attendance": None}


def agenda_emails(ctx: Context, s: DigestSettings, meeting: Meeting, done: Done,
                  to: str | None = None) -> list[Outgoing]:
    key = meeting.date.isoformat()
    members = [m for m in active_members(ctx, to) if not done("agenda", key, m.email)]
    if not members:
        return []
    context = {**agenda_context(ctx, s, meeting), **in_digest.context(ctx, meeting)}
    files = in_digest.Files(ctx, meeting)
    # Items members proposed by reply wait for the chair's approval, and who comes is for
    # her to plan with: only the chair sees them.
    for_chair = {**context, "proposals": [i for i in ctx.wb.agenda if i.meeting == meeting.date
                                          and i.status == "proposed"],
                 "attendance": attendance.overview(ctx.wb, ctx.log, meeting.date)}
    return [out for m in members for out in make(
        ctx, "agenda", key=key, member=m,
        context=for_chair if m.email == ctx.chair[0].casefold() else context, bulk=True,
        attachments=[invitation(ctx, meeting, m, origin=meeting.date, sequence=0),
                     *files(m.email)])]


def agenda_due(ctx: Context, s: DigestSettings) -> list[Meeting]:
    """Planned meetings inside their digest window that have not started and were not already
    announced under another date."""
    tz, moved = ctx.now.tzinfo, invites.announced(ctx.wb, ctx.log, ctx.today)
    return [m for m in ag.schedule(ctx.wb) if m.status == "planned" and m.date not in moved and
            _inside(agenda_window(m, s, tz), ctx.now)]


def _inside(window: tuple[dt.datetime, dt.datetime], now: dt.datetime) -> bool:
    return window[0] <= now < window[1]


def due_agenda(ctx: Context) -> list[Outgoing]:
    s, done = settings(ctx), Done(ctx)
    return [out for m in agenda_due(ctx, s) for out in agenda_emails(ctx, s, m, done)]


# --- the follow-up --------------------------------------------------------------------------

def followup_due(ctx: Context, s: DigestSettings) -> list[Meeting]:
    return [m for m in ag.schedule(ctx.wb) if m.status in ("planned", "held", "minutes") and
            followup_at(m, s, ctx.now.tzinfo) <= ctx.now and
            not followup_stale(ctx.wb, m, s, ctx.now)]


def followup_context(ctx: Context, meeting: Meeting) -> dict[str, object]:
    wb, today = ctx.wb, ctx.today
    after = ag.next_meeting(wb, meeting.date)
    new = [a for a in wb.actions if a.meeting == meeting.date and a.status != "dropped"]
    found = outcomes.outcomes(wb, meeting.date)
    # outcomes, never the agenda's notes (issue 13)
    return {**meeting_context(ctx, meeting), "outcomes": [o for o in found if not o.carried_from],
            "finally_discussed": outcomes.finally_discussed(found),
            "not_taken_up": [],  # per member: see followup_emails
            "new_actions": parts.actions_by_owner(wb, new, today), "next_meeting": after,
            "next_when": format_when(after.date, after.start, after.end, ctx.lang) if after
            else "", "next_where": parts.where(after) if after else None,
            "next_items": ag.own_lines(wb, after.date) if after else [], "today": today}


def followup_emails(ctx: Context, meeting: Meeting, done: Done, to: str | None = None
                    ) -> list[Outgoing]:
    key = meeting.date.isoformat()
    members = [m for m in active_members(ctx, to) if not done("followup", key, m.email)]
    if not members:
        return []
    context = followup_context(ctx, meeting)
    mine = parts.open_actions(ctx.wb)
    proposals = outcomes.not_taken_up(ctx.wb, meeting.date)
    return [out for m in members for out in make(ctx, "followup", key=key, member=m, bulk=True,
                                                 context={**context, "my_actions": [
                                                     parts.action_view(a, ctx.today) for a in mine
                                                     if m.email in a.owner_emails],
                                                     "not_taken_up": outcomes.seen_by(
                                                         proposals, m, ctx.chair[0])})]


def due_followup(ctx: Context) -> list[Outgoing]:
    s, done = settings(ctx), Done(ctx)
    return [out for m in followup_due(ctx, s) for out in followup_emails(ctx, m, done)]
