"""One vacant role, one tick: start a call, wait for it, draw, draw again after a decline, and
the e-mails all that implies. Pure: every step is decided from the sheet and the Log's rows
(jobs.roles.calls), and a draw's only randomness is its published seed (jobs.roles.lottery)."""

from __future__ import annotations

import datetime as dt

from tovholder.core.i18n import t
from tovholder.jobs.base.context import Context
from tovholder.jobs.roles import calls as rc
from tovholder.jobs.roles import lottery
from tovholder.jobs.roles.mails import call_mails, chair_note, draw_mails, member_name, short_hash
from tovholder.mailer.outbox import Outgoing
from tovholder.sheets.model import Role


def vacancy(ctx: Context, role: Role) -> list[Outgoing]:
    history = rc.calls(ctx.log, rc.role_id(role.role))
    call = history[-1] if history else None
    vacant = rc.is_vacant(ctx, role)
    if call is not None and call.needs_redraw and role.holder_email == call.draws[-1].winner:
        vacant = True  # the drawn member said no in time: draw again without them
    if call is not None and call.result is None and not vacant:
        # the chair filled the role in the sheet while the call was open: it is over
        rc.record(ctx, rc.CALL, call.key, rc.FILLED, recipient=role.holder_email or role.holder)
        return notes(ctx, role, call)
    if call is not None and call.result is not None:
        holder, row = call.result
        if not vacant or row.row == 0:  # row 0: decided this tick, the sheet read is older
            return notes(ctx, role, call)
        if row.state != rc.FILLED and rc.recent(row, ctx, rc.RETRY):
            # the result's sheet write did not land (the chair moved rows meanwhile): again
            how = "lottery" if row.state == rc.DRAWN else "volunteer"
            write_result(ctx, role, holder, how, _written_on(row, ctx))
            return notes(ctx, role, call)
        call = None  # vacant again after a closed call: a new vacancy
    if call is None:
        if not vacant:
            return []
        call = rc.Call(rc.role_id(role.role), ctx.today)  # logged by its own e-mails
    s = rc.settings(ctx)
    out: list[Outgoing] = []
    if call.needs_redraw or ctx.today > call.deadline(s):
        out += decide(ctx, role, call, s)
    elif not call.draws:
        out += call_mails(ctx, role, call)
    return out + notes(ctx, role, call)


def _written_on(row: object, ctx: Context) -> dt.date:
    try:
        return dt.date.fromisoformat(str(row.time)[:10])  # type: ignore[attr-defined]
    except ValueError:
        return ctx.today


def decide(ctx: Context, role: Role, call: rc.Call,
           s: lottery.LotterySettings) -> list[Outgoing]:
    """After the deadline (or a decline): draw, or leave it to the chair."""
    volunteers, draws = call.volunteers, call.draws
    if draws:
        kind = draws[-1].pool
    elif not volunteers:
        kind = "alle"
    elif len(volunteers) == 1:
        return []  # proposed to the chair when they said yes
    elif s.several_volunteers == "lottery":
        kind = "frivillige"
    else:
        names = ", ".join(member_name(ctx, m) for m in volunteers)
        # i18n: data (the note's key)
        return chair_note(ctx, "vacancy_chair", f"{call.key}:vælg",
                      t(ctx.lang, "vacancy.choose", role=role.role),
                      t(ctx.lang, "vacancy.choose_body", names=names))
    among = frozenset(volunteers) if kind == "frivillige" else None
    pool = lottery.eligible(ctx.wb, role.role, ctx.today, s, among=among,
                            without=frozenset(call.declined))
    drawn = lottery.run(pool, ctx.today)
    if drawn.result is None:
        if draws and role.holder_email == draws[-1].winner:
            rc.set_role_cells(ctx, role, dict.fromkeys(
                ("holder", "chosen", "term_start", "term_end"), ""))
        return chair_note(ctx, "vacancy_chair", f"{call.key}:ingen:{len(draws)}",
                      t(ctx.lang, "vacancy.no_eligible", role=role.role),
                      t(ctx.lang, "vacancy.no_eligible_body"))
    rec = rc.DrawRecord(pool.role, len(draws) + 1, ctx.today, kind, drawn.seed, drawn.winner,
                        pool.entries)
    rc.record(ctx, rc.CALL, call.key, rc.DRAWN, recipient=drawn.winner, detail=rec.encode())
    call.records.append(ctx.log[-1])
    write_result(ctx, role, drawn.winner, "lottery", ctx.today)
    return []


def write_result(ctx: Context, role: Role, email: str, how: str, start: dt.date) -> None:
    end = rc.add_years(start, rc.settings(ctx).term_years)
    rc.set_role_cells(ctx, role, {
        "holder": rc.holder_text(ctx.wb.members, email),
        "chosen": rc.choice(ctx, "roles", "chosen", how),
        "term_start": rc.dmy(start), "term_end": rc.dmy(end)})


FORWARD = {rc.UNCLEAR: "vacancy.unclear_body", rc.LATE: "vacancy.late",
           rc.REFUSED: "vacancy.refused"}


def notes(ctx: Context, role: Role, call: rc.Call) -> list[Outgoing]:
    """What the call's recent rows call for: proposals and replies to the chair, announcements."""
    s = rc.settings(ctx)
    out: list[Outgoing] = []
    assigned = {e.recipient for e in call.of(rc.ASSIGNED)}
    said_yes = {e.recipient for e in call.of(rc.YES) if rc.recent(e, ctx)}
    for member in call.volunteers:
        if member in assigned or member not in said_yes:
            continue
        name = member_name(ctx, member)
        out += chair_note(ctx, "vacancy_chair", f"{call.key}:ja:{member}",
                      t(ctx.lang, "vacancy.proposed", name=name, role=role.role),
                      t(ctx.lang, "vacancy.proposed_body", name=name, email=member,
                        role=role.role))
    for e in call.records:
        if not rc.recent(e, ctx):
            continue
        if e.state == rc.ASSIGNED:
            start, _, end = e.detail.partition("–")
            name = member_name(ctx, e.recipient)
            out += chair_note(ctx, "vacancy_chair", f"{call.key}:tildelt",
                          t(ctx.lang, "vacancy.assigned", name=name, role=role.role),
                          t(ctx.lang, "vacancy.assigned_body", name=name, email=e.recipient,
                            start=start, end=end))
        elif e.state in FORWARD:
            out += chair_note(ctx, "vacancy_chair", f"{call.key}:svar:{short_hash(e.message_id or e.time)}",
                          t(ctx.lang, "vacancy.unclear", name=member_name(ctx, e.recipient),
                            role=role.role),
                          t(ctx.lang, FORWARD[e.state], n=s.decline_days), e.detail)
        elif e.state == rc.DRAWN:
            rec = rc.DrawRecord.decode(e)
            if rec is not None:
                out += draw_mails(ctx, role, call, rec)
    return out
