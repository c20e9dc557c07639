"""One vacant role, one tick: start a call, wait for it, draw, draw again after a decline, and
the e-mails all that implies. Pure: every step is decided from the sheet and the Log's rows
(jobs.roles.calls), and a draw's only randomness is its published seed (jobs.roles.lottery)."""

from __future__ import annotations

import datetime as dt

from tovholder.core.i18n import t
from tovholder.jobs.base import answer_log as al
from tovholder.jobs.base.context import Context
from tovholder.jobs.base.schedule import announced
from tovholder.jobs.roles import calls as rc
from tovholder.jobs.roles import lottery
from tovholder.jobs.roles.mails import (
    call_mails,
    chair_note,
    day_text,
    draw_mails,
    mail,
    member_name,
    short_hash,
)
from tovholder.mailer.outbox import Outgoing
from tovholder.sheets.model import LogEntry, Role


def vacancy(ctx: Context, role: Role) -> list[Outgoing]:
    history = rc.calls(ctx.log, rc.role_id(role.role))
    call = history[-1] if history else None
    vacant = rc.is_vacant(ctx, role)
    if call is not None and call.needs_redraw and role.holder_email == call.draws[-1].winner:
        vacant = True  # the drawn member said no in time: draw again without them
    if call is not None and call.result is None and not vacant:
        # the chair filled the role in the sheet while the call was open: it is over
        rc.record(ctx, rc.CALL, call.key, rc.FILLED, recipient=role.holder_email or role.holder)
        call.records.append(ctx.log[-1])
        _complete_term(ctx, role)
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


def _complete_term(ctx: Context, role: Role) -> None:
    """The chair wrote a holder without a term: it starts today and runs term_years (her own
    dates stay; only empty cells are written, after re-checking the row's key)."""
    start = role.term_start or ctx.today
    values = {} if role.term_start else {"term_start": rc.dmy(start)}
    if role.term_end is None:
        values["term_end"] = rc.dmy(rc.add_years(start, rc.settings(ctx).term_years))
    if values:
        rc.set_role_cells(ctx, role, values)


def _written_on(row: object, ctx: Context) -> dt.date:
    try:
        return dt.date.fromisoformat(str(row.time)[:10])  # type: ignore[attr-defined]
    except ValueError:
        return ctx.today


def decide(ctx: Context, role: Role, call: rc.Call,
           s: lottery.LotterySettings) -> list[Outgoing]:
    """After the deadline (or a decline): draw, or leave it to the chair."""
    volunteers, draws = call.takers, call.draws  # the real volunteers, else the fallbacks
    if draws:
        kind = draws[-1].pool
    elif not volunteers:
        kind = "alle"
    elif len(volunteers) == 1 and call.volunteers:
        return []  # proposed to the chair when they said yes
    elif len(volunteers) == 1:
        return take_fallback(ctx, role, call, volunteers[0], s)
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
                            without=frozenset(call.declined), taken=_taken_now(ctx, call))
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


def _taken_now(ctx: Context, call: rc.Call) -> dict[str, str]:
    """Members another call gave a function this tick (row 0): the sheet read does not show
    it yet, and one function each holds within a tick too."""
    names = {rc.role_id(r.role): r.role for r in ctx.wb.roles}
    return {e.recipient: names.get(e.key.rpartition(":")[0], e.key) for e in ctx.log
            if e.kind == rc.CALL and e.row == 0 and e.state in (rc.DRAWN, rc.ASSIGNED)
            and not e.key.startswith(f"{call.role_id}:")}


def take_fallback(ctx: Context, role: Role, call: rc.Call, member: str,
                  s: lottery.LotterySettings) -> list[Outgoing]:
    """Nobody volunteered outright by the deadline: the member who offered "if nobody else"
    is proposed to the chair (or written as holder with ``assign_directly``), not drawn."""
    name = member_name(ctx, member)
    if s.assign_directly:
        end = rc.add_years(ctx.today, s.term_years)
        write_result(ctx, role, member, "volunteer", ctx.today)
        rc.record(ctx, rc.CALL, call.key, rc.ASSIGNED, recipient=member,
                  detail=f"{ctx.today.isoformat()}–{end.isoformat()}")
        call.records.append(ctx.log[-1])
        return notes(ctx, role, call)
    return proposal(ctx, role, call, member, t(ctx.lang, "vacancy.proposed_fallback", name=name,
                                                   role=role.role),
                    t(ctx.lang, "vacancy.fallback_body", name=name, email=member))


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
        out += proposal(ctx, role, call, member,
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
        elif e.state == rc.FALLBACK and e.message_id:
            out += al.confirmation(ctx, "vacancy_confirm", e, t(
                ctx.lang, "vacancy.fallback_confirm", role=role.role,
                deadline=day_text(ctx, announced(call.deadline(s), ctx))))
    return out + filled_mails(ctx, role, call)


def filled_mails(ctx: Context, role: Role, call: rc.Call) -> list[Outgoing]:
    """Once the call has its holder for good (a volunteer written, the chair's own entry, a
    draw nobody can decline any more), the group is told, once: derived from the Log's rows,
    so a tick killed before it went sends it next time and a sent one is never repeated."""
    found = call.result
    if found is None:
        return []
    holder, row = found
    final = _final_on(ctx, call, row)
    if final is None or not dt.timedelta(0) <= ctx.today - final <= rc.RECENT:
        return []
    start, end = _term_of(ctx, role, row)
    how = {rc.DRAWN: "role_filled.lottery", rc.FILLED: "role_filled.chair"}.get(
        row.state, "role_filled.volunteer")
    name = member_name(ctx, holder)
    context = {"role": role.role, "name": name, "start": start, "end": end,
               "how": t(ctx.lang, how, name=name)}
    to = {m.email: m.name for m in ctx.wb.members if m.active}
    if ctx.chair[0] and ctx.chair[0].casefold() not in to:
        to[ctx.chair[0].casefold()] = ctx.chair[1]
    # i18n: data (the e-mail's key)
    return [o for email, name_ in sorted(to.items())
            for o in mail(ctx, "role_filled", f"{call.key}:besat", email, name_, context)]


def _final_on(ctx: Context, call: rc.Call, row: LogEntry) -> dt.date | None:
    """The day the call's result became final: a volunteer or the chair's entry at once; a
    draw when its winner accepts, cannot decline, or the decline days are over."""
    if row.state != rc.DRAWN:
        return _written_on(row, ctx)
    rec = rc.DrawRecord.decode(row)
    if rec is None:
        return None
    s = rc.settings(ctx)
    accepted = [e for e in call.of(rc.ACCEPTED) if e.detail.startswith(f"nr={rec.n};")]
    if accepted:
        return _written_on(accepted[0], ctx)
    if len(call.declined) >= s.max_declines or s.decline_days == 0:
        return rec.day
    last = rec.day + dt.timedelta(days=s.decline_days + 1)
    return last if ctx.today >= last else None


def _term_of(ctx: Context, role: Role, row: LogEntry) -> tuple[dt.date, dt.date]:
    """The term the result wrote (or, for the chair's own entry, what the sheet says)."""
    s = rc.settings(ctx)
    if row.state == rc.ASSIGNED:
        try:
            first, _, last = row.detail.partition("–")
            return dt.date.fromisoformat(first), dt.date.fromisoformat(last[:10])
        except ValueError:
            pass
    start = role.term_start if row.state == rc.FILLED and role.term_start else \
        _written_on(row, ctx)
    end = role.term_end if row.state == rc.FILLED and role.term_end else \
        rc.add_years(start, s.term_years)
    return start, end


def proposal(ctx: Context, role: Role, call: rc.Call, member: str, title: str,
             said: str) -> list[Outgoing]:
    """The chair is asked to approve a volunteer, and told what a reply "ja" writes in
    Funktioner (jobs.roles.replies.handle_chair_note_reply does it)."""
    s = rc.settings(ctx)
    how = t(ctx.lang, "vacancy.approve_how", holder=rc.holder_text(ctx.wb.members, member),
            role=role.role, chosen=rc.choice(ctx, "roles", "chosen", "volunteer"),
            start=day_text(ctx, ctx.today),
            end=day_text(ctx, rc.add_years(ctx.today, s.term_years)), n=s.term_years,
            year=ctx.today.year + s.term_years - 1)
    return chair_note(ctx, "vacancy_chair", f"{call.key}:ja:{member}", title, f"{said}\n\n{how}")
