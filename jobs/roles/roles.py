"""Roles and terms: the due functions of the roles feature (replies: tovholder.jobs.roles.replies; the
state they read: jobs.roles.calls; the lottery: jobs.roles.lottery). Each decides from the workbook,
the Log and ``now`` alone, and returns the same e-mails every tick until they are sent.

- ``due_terms``: 60 and 14 days (``warning_days``) before a term ends, the holder is asked to
  continue and the chair is told; the chair also hears the holder's answer.
- ``due_vacancies``: a vacant role (no holder, an ended term, a holder who left) gets a call to
  every member who can be drawn, open ``call_days``. A yes is proposed to the chair (or written
  as holder with ``assign_directly``); several yeses: the chair chooses, or the lottery runs
  among them (``several_volunteers``); none by the deadline: the weighted lottery among all.
  The draw is written to Funktioner (holder, "lodtrækning", the term), announced to the chair
  and every active member with the table and seed, and the winner gets a note; a winner's no
  within ``decline_days`` draws again without them (once per call: ``max_declines``).
- ``due_approvals``: a member "afventer" makes a request to the chair (reply "godkendt", or set
  the status); a member who became active after that, or joined in the last 14 days, gets a
  welcome. Members who left get nothing from any of these.
"""

from __future__ import annotations

import datetime as dt

from tovholder.core.i18n import t
from tovholder.jobs.base.context import Context
from tovholder.jobs.roles import calls as rc
from tovholder.jobs.roles.draws import vacancy
from tovholder.jobs.roles.mails import chair_note, day_text, mail, member_name, short_hash
from tovholder.jobs.roles.replies import (
    renew,
)
from tovholder.mailer.outbox import Outgoing
from tovholder.sheets.starter import EXAMPLES

WELCOME_JOINED_DAYS = 14
EXAMPLE_EMAILS = {r["email"] for rows in EXAMPLES["members"].values() for r in rows}


# --- terms ------------------------------------------------------------------------------------

def due_terms(ctx: Context) -> list[Outgoing]:
    s = rc.settings(ctx)
    out = _renewal_notes(ctx)
    for role in ctx.wb.roles:
        holder = ctx.wb.member(role.holder_email) if role.holder_email else None
        if holder is None or not holder.active or role.term_end is None:
            continue
        end = role.term_end
        key = f"{rc.role_id(role.role)}:{end.isoformat()}"
        said = rc.records(ctx.log, rc.RENEWAL, key)
        renewed = [e for e in said if e.state == "renewed"]
        if renewed:  # the sheet still shows the old end: the write did not land yet
            if renewed[-1].row and rc.recent(renewed[-1], ctx, rc.RETRY):  # row 0: this tick
                renew(ctx, role, end)
            continue
        days = (end - ctx.today).days
        due = [w for w in s.warning_days if 0 <= days <= w]
        if not due or any(e.state == rc.NO for e in said):
            continue
        warn = f"{key}:{min(due)}"
        context = {"role": role.role, "end": end, "days": days, "years": s.term_years,
                   "new_end": rc.add_years(end, s.term_years), "description": role.description}
        out += mail(ctx, "renewal", warn, holder.email, holder.name, context)
        if ctx.chair[0].casefold() != holder.email:
            name = holder.name or holder.email
            out += chair_note(ctx, "renewal_chair", warn,
                          t(ctx.lang, "renewal.ending", name=name, role=role.role, end=day_text(ctx, end)),
                          t(ctx.lang, "renewal.ending_body", name=name, n=s.term_years))
    return out


def _renewal_notes(ctx: Context) -> list[Outgoing]:
    """The chair hears each answer to a renewal question (from the Log, so none is missed)."""
    out: list[Outgoing] = []
    roles = {rc.role_id(r.role): r.role for r in ctx.wb.roles}
    for e in ctx.log:
        if e.kind != rc.RENEWAL or e.state not in ("renewed", rc.NO, rc.UNCLEAR) \
                or not rc.recent(e, ctx) or e.recipient.casefold() == ctx.chair[0].casefold():
            continue
        rid, _, end = e.key.partition(":")
        fields = dict(p.split("=", 1) for p in e.detail.split("; ") if p.startswith("ny slut="))
        new_end = dt.date.fromisoformat(fields["ny slut"]) if fields else None
        values = {"name": member_name(ctx, e.recipient), "role": roles.get(rid, rid),
                  "end": day_text(ctx, new_end) if new_end else end}
        code = {"renewed": "renewal.renewed", rc.NO: "renewal.not_renewing"}.get(
            e.state, "renewal.unclear")
        body = t(ctx.lang, f"{code}_body") if e.state != rc.UNCLEAR else \
            t(ctx.lang, "vacancy.unclear_body")
        out += chair_note(ctx, "renewal_chair", f"{e.key}:{e.state}:{short_hash(e.message_id or e.time)}",
                      t(ctx.lang, code, **values), body,
                      e.detail if e.state == rc.UNCLEAR else "")
    return out


# --- new members ------------------------------------------------------------------------------

def due_approvals(ctx: Context) -> list[Outgoing]:
    out: list[Outgoing] = []
    asked = {e.key for e in ctx.log if e.kind == rc.APPROVAL}
    for m in ctx.wb.members:
        if m.status == "pending" and m.email not in EXAMPLE_EMAILS and ctx.chair[0]:
            out += mail(ctx, "approval", m.email, ctx.chair[0], ctx.chair[1], {
                "name": m.name or m.email, "email": m.email, "organisation": m.organisation,
                "joined": m.joined, "notes": m.notes})
        joined_lately = m.joined is not None and \
            0 <= (ctx.today - m.joined).days <= WELCOME_JOINED_DAYS
        if m.active and (m.email in asked or joined_lately):
            out += mail(ctx, "welcome", m.email, m.email, m.name,
                        {"name": m.name or m.email, "group": ctx.sender.group})
    return out


# --- vacancies and the lottery ----------------------------------------------------------------

def due_vacancies(ctx: Context) -> list[Outgoing]:
    out: list[Outgoing] = []
    for role in ctx.wb.roles:
        out += vacancy(ctx, role)
    return out
