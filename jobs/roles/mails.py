"""The e-mails of the roles feature, built from data: the call, notes to the chair, and the
draw's announcement with its table and seed. Pure."""

from __future__ import annotations

import datetime as dt
import hashlib

from tovholder.core.dates import format_short_date
from tovholder.core.i18n import problem_line, t
from tovholder.jobs.base.context import Context
from tovholder.jobs.base.isolate import one
from tovholder.jobs.base.messages import make_outgoing
from tovholder.jobs.base.schedule import announced
from tovholder.jobs.roles import calls as rc
from tovholder.jobs.roles import lottery
from tovholder.mailer.outbox import Outgoing
from tovholder.sheets.model import Role


def mail(ctx: Context, template: str, key: str, email: str, name: str,
         context: dict[str, object]) -> list[Outgoing]:
    """The email, or none when it cannot be built (isolate.one notes why; the others go)."""
    return one(ctx, template, key, email, lambda: make_outgoing(
        ctx.sender, template, kind=template, key=key, to_email=email, to_name=name,
        context={"chair_name": ctx.chair[1], **context}, now=ctx.now))


def chair_note(ctx: Context, template: str, key: str, title: str, body: str,
           quoted: str = "") -> list[Outgoing]:
    """A note to the chair (none when the group has no chair)."""
    email, name = ctx.chair
    if not email:
        return []
    return mail(ctx, template, key, email, name, {"chair_name": name, "title": title,
                                                  "body": body, "quoted": quoted})


def member_name(ctx: Context, email: str) -> str:
    member = ctx.wb.member(email)
    return member.name if member and member.name else email


def short_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:10]


def day_text(ctx: Context, day: dt.date) -> str:
    return format_short_date(day, ctx.lang)


def call_mails(ctx: Context, role: Role, call: rc.Call) -> list[Outgoing]:
    """The call for volunteers, to every member who can be drawn right now."""
    s = rc.settings(ctx)
    pool = lottery.eligible(ctx.wb, role.role, ctx.today, s)
    if not pool.entries:
        return chair_note(ctx, "vacancy_chair", f"{call.key}:ingen:{ctx.today:%Y-%m}",
                      t(ctx.lang, "vacancy.no_eligible", role=role.role),
                      t(ctx.lang, "vacancy.no_eligible_body"),
                      "\n".join(problem_line(p, ctx.lang) for p in pool.problems))
    context = {"role": role.role, "description": role.description,
               "deadline": announced(call.deadline(s), ctx), "years": s.term_years,
               "rules": rules(ctx, s)}
    return [o for e in pool.entries for o in mail(ctx, "vacancy", call.key, e.email, e.name,
                                                   context)]


def draw_mails(ctx: Context, role: Role, call: rc.Call, rec: rc.DrawRecord) -> list[Outgoing]:
    """The announcement to the chair and every active member, and the winner's note."""
    s = rc.settings(ctx)
    context = announcement(ctx, role, call, rec)
    key = f"{call.key}:{rec.n}"
    to = {m.email: m.name for m in ctx.wb.members if m.active}
    if ctx.chair[0] and ctx.chair[0].casefold() not in to:
        to[ctx.chair[0].casefold()] = ctx.chair[1]
    out = [o for email, name in sorted(to.items())
           for o in mail(ctx, "draw", key, email, name, context)]
    winner = ctx.wb.member(rec.winner)
    if winner is not None and winner.active:
        out += mail(ctx, "draw_winner", key, winner.email, winner.name, {
            **context,
            "decline_until": announced(rec.day + dt.timedelta(days=s.decline_days), ctx)})
    return out


def announcement(ctx: Context, role: Role, call: rc.Call, rec: rc.DrawRecord) -> dict[str, object]:
    """Everything a member needs to check the draw by hand (tovholder.jobs.roles.lottery explains how)."""
    s = rc.settings(ctx)
    table = [(e.email, e.tickets) for e in rec.entries]
    result = lottery.draw(table, rec.seed)
    names = {m.email: m.name or m.email for m in ctx.wb.members}
    rows = [{"name": names.get(e.email, e.email), "email": e.email, "load": e.load,
             "tickets": e.tickets, "first": first, "last": last, "winner": e.email == rec.winner}
            for e, (_, first, last) in zip(rec.entries, result.ranges, strict=True)]
    listed = {e.email for e in rec.entries}
    pool = lottery.eligible(ctx.wb, role.role, rec.day, s)
    excluded = [{"name": x.name, "email": x.email, "reason": reason(ctx, x)}
                for x in pool.excluded if x.email not in listed and x.reason != "lottery.holder"]
    earlier = [names.get(m, m) for m in call.declined]
    notes = [t(ctx.lang, "draw.pool_volunteers" if rec.pool == "frivillige" else "draw.pool_all")]
    if earlier and rec.n > 1:
        notes.append(t(ctx.lang, "draw.redraw", names=", ".join(earlier)))
    if len(rows) == 1:
        notes.append(t(ctx.lang, "lottery.single"))
    declines_before = sum(1 for e in call.of(rc.DECLINED) if _nr(e.detail) < rec.n)
    return {
        "can_decline": declines_before < s.max_declines and s.decline_days > 0,
        "role": role.role, "day": rec.day, "n": rec.n, "rows": rows, "total": result.total,
        "ticket": result.ticket, "seed": rec.seed, "winner_name": names.get(rec.winner, rec.winner),
        "winner_email": rec.winner, "notes": notes, "excluded": excluded,
        "problems": [problem_line(p, ctx.lang) for p in pool.problems],
        "canonical": lottery.canonical_text(rec.role, rec.day, table), "years": s.term_years,
        "term_end": rc.add_years(rec.day, s.term_years), "decline_days": s.decline_days,
        "rules": rules(ctx, s, load=False) if rec.pool != "frivillige" else [],
    }


def rules(ctx: Context, s: lottery.LotterySettings, *, load: bool = True) -> list[str]:
    """Who is in a draw among all members, as the call and the announcement state it."""
    said = [t(ctx.lang, "lottery.rule_who")]
    if s.one_function_each:
        said.append(t(ctx.lang, "lottery.rule_one_function"))
    if s.new_member_months:
        said.append(t(ctx.lang, "lottery.rule_new_members", n=s.new_member_months))
    return [*said, t(ctx.lang, "lottery.rule_load")] if load else said


def reason(ctx: Context, x: lottery.Excluded) -> str:
    """Why a member is not in the draw, in the group's language."""
    params = dict(x.params)
    if "date" in params:
        params["date"] = day_text(ctx, dt.date.fromisoformat(params["date"]))
    return t(ctx.lang, x.reason, **params)


def _nr(detail: str) -> int:
    """The draw number a decline row names ("nr=2; …")."""
    head = detail.split(";")[0]
    return int(head[3:]) if head.startswith("nr=") and head[3:].isdigit() else 0
