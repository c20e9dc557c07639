"""Reply handlers of the roles feature: they record what a reply says (a Log row, and the sheet
cell it changes) into ctx.batch and return a one-line summary. E-mails that follow (a note to
the chair, a redraw) are derived from those rows by the due functions in tovholder.jobs.roles.roles.

Conversations: ``vacancy:<role>:<call start>`` (a call for volunteers), ``renewal:<role>:<term
end>:<days>`` (the holder asked to continue), ``approval:<member e-mail>`` (the chair asked to
approve), ``draw_winner:<role>:<call start>:<n>`` (the drawn member, who may decline),
``vacancy_chair:<role>:<call start>:ja:<member>`` (the chair asked to approve a volunteer: "ja",
or "ja, til 2027", writes the holder and the term).
"""

from __future__ import annotations

import datetime as dt

from tovholder.core.i18n import t
from tovholder.jobs.base import cells, pass_on
from tovholder.jobs.base.context import Context
from tovholder.jobs.roles import calls as rc
from tovholder.jobs.roles.lottery import eligible
from tovholder.mailer.decode import ParsedMail
from tovholder.mailer.inbound import Verdict
from tovholder.mailer.quotes import visible_text
from tovholder.replies.courtesy import sort_lines
from tovholder.replies.offers import conditional_offer, term_end_from
from tovholder.replies.yesno import NO, UNCLEAR, YES, classify
from tovholder.sheets.model import Role


def _said(mail: ParsedMail) -> tuple[str, str]:
    """(yes/no/unclear, the start of what the person wrote) for the Log and the chair."""
    text = visible_text(mail.best_text)
    return classify(text), " ".join(text.split())[:500]


def _pass_on_rest(ctx: Context, verdict: Verdict, mail: ParsedMail, answer: str) -> None:
    """A yes or no is recorded; a question or condition beside it still reaches a person
    ("OK, jeg tager den – men kan nogen sende mig en skabelon?"). An unclear answer goes to
    the chair whole already."""
    if answer not in (YES, NO, rc.FALLBACK):
        return
    lines = sort_lines(visible_text(mail.best_text), [m.name for m in ctx.wb.members]).content
    rest = [line for i, line in enumerate(lines) if i > 0 or "?" in line]
    if rest:
        pass_on.record_words(ctx, verdict, mail, "\n".join(rest), partial=True)


def _role(ctx: Context, rid: str) -> Role | None:
    return next((r for r in ctx.wb.roles if rc.role_id(r.role) == rid), None)


def handle_vacancy_reply(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str:
    key = verdict.conversation.partition(":")[2]
    member, (answer, text) = verdict.member, _said(mail)
    if conditional_offer(visible_text(mail.best_text)):
        answer = rc.FALLBACK  # "hvis ingen andre melder sig, kan jeg godt"
    _pass_on_rest(ctx, verdict, mail, answer)
    call, role = rc.find_call(ctx.log, key), _role(ctx, key.rpartition(":")[0])
    if call is None or role is None or call.result or call.draws:
        state = rc.LATE if answer == YES else answer
        rc.record(ctx, rc.CALL, key, state, recipient=member, message_id=mail.message_id,
                  detail=text)
        return t(ctx.lang, "reply.vacancy", answer=state)
    rc.record(ctx, rc.CALL, key, answer, recipient=member, message_id=mail.message_id,
              detail=text)
    if answer == rc.FALLBACK:
        return t(ctx.lang, "reply.vacancy_fallback")
    if answer != YES:
        return t(ctx.lang, "reply.vacancy", answer=answer)
    s = rc.settings(ctx)
    can = any(e.email == member for e in eligible(ctx.wb, role.role, ctx.today, s).entries)
    # with assign_directly the first volunteer takes it; a later yes finds the call closed
    if s.assign_directly and can and rc.is_vacant(ctx, role):
        end = rc.add_years(ctx.today, s.term_years)
        rc.set_role_cells(ctx, role, {
            "holder": rc.holder_text(ctx.wb.members, member),
            "chosen": rc.choice(ctx, "roles", "chosen", "volunteer"),
            "term_start": rc.dmy(ctx.today), "term_end": rc.dmy(end)})
        rc.record(ctx, rc.CALL, key, rc.ASSIGNED, recipient=member,
                  detail=f"{ctx.today.isoformat()}–{end.isoformat()}")
        return t(ctx.lang, "reply.vacancy_assigned")
    _note_proposal(ctx, role, member)
    return t(ctx.lang, "reply.vacancy_proposed")


def _note_proposal(ctx: Context, role: Role, member: str) -> None:
    """Add "foreslået: NAME" to the role's note cell, keeping what the chair wrote there."""
    now = rc.pending_cell(ctx, "roles", role.row, "note", role.note)
    m = ctx.wb.member(member)
    words = t(ctx.lang, "vacancy.note_proposed", name=m.name if m and m.name else member)
    if words not in now:
        rc.set_role_cells(ctx, role, {"note": f"{now}; {words}" if now else words})


def handle_renewal_reply(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str:
    rid, end_text = verdict.conversation.split(":")[1:3]
    key = f"{rid}:{end_text}"
    answer, text = _said(mail)
    _pass_on_rest(ctx, verdict, mail, answer)
    role = _role(ctx, rid)
    current = role is not None and role.term_end is not None and \
        role.term_end.isoformat() == end_text and role.holder_email == verdict.member
    if not current:
        if any(e.state == "renewed" for e in rc.records(ctx.log, rc.RENEWAL, key)):
            return t(ctx.lang, "reply.renewal_done")
        answer = UNCLEAR  # the sheet changed since the question: the chair reads it
    if answer == YES and role is not None and role.term_end is not None:
        new_end = renew(ctx, role, role.term_end)
        rc.record(ctx, rc.RENEWAL, key, "renewed", recipient=verdict.member,
                  message_id=mail.message_id, detail=f"ny slut={new_end.isoformat()}; {text}")
        return t(ctx.lang, "reply.renewal_yes")
    rc.record(ctx, rc.RENEWAL, key, answer, recipient=verdict.member,
              message_id=mail.message_id, detail=text)
    return t(ctx.lang, "reply.renewal", answer=answer)


def renew(ctx: Context, role: Role, end: dt.date) -> dt.date:
    """Write the next term: it starts when this one ends and runs term_years."""
    new_end = rc.add_years(end, rc.settings(ctx).term_years)
    rc.set_role_cells(ctx, role, {"term_start": rc.dmy(end), "term_end": rc.dmy(new_end)})
    return new_end


def handle_approval_reply(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str:
    email = verdict.conversation.partition(":")[2]
    member = ctx.wb.member(email)
    if verdict.member.casefold() != ctx.chair[0].casefold():
        return t(ctx.lang, "reply.approval_not_chair")
    if member is None or member.status != "pending":
        return t(ctx.lang, "reply.approval_decided")
    answer, text = _said(mail)
    layout = ctx.wb.layouts.get("members")
    if answer == YES and layout and layout.col("status") and cells.set_cells(
            ctx, "members", member.row, ("email", member.email),
            {"status": rc.choice(ctx, "members", "status", "active")}):
        rc.record(ctx, rc.APPROVAL, email, "approved", recipient=verdict.member,
                  message_id=mail.message_id, detail=text)
        return t(ctx.lang, "reply.approval_yes")
    rc.record(ctx, rc.APPROVAL, email, answer, recipient=verdict.member,
              message_id=mail.message_id, detail=text)
    return t(ctx.lang, "reply.approval", answer=answer)


def handle_decline_reply(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str:
    key, _, n_text = verdict.conversation.partition(":")[2].rpartition(":")
    answer, text = _said(mail)
    _pass_on_rest(ctx, verdict, mail, answer)
    call = rc.find_call(ctx.log, key)
    draws = call.draws if call else []
    drawn = next((d for d in draws if str(d.n) == n_text), None)
    member = verdict.member
    if call is None or drawn is None or drawn.winner != member:
        answer = UNCLEAR
    elif answer == YES:
        rc.record(ctx, rc.CALL, key, rc.ACCEPTED, recipient=member, message_id=mail.message_id,
                  detail=f"nr={drawn.n}; {text}")
        return t(ctx.lang, "reply.draw_accepted")
    elif answer == NO:
        s = rc.settings(ctx)
        in_time = ctx.today <= drawn.day + dt.timedelta(days=s.decline_days)
        allowed = in_time and drawn.n == draws[-1].n  # the standing draw, within the days
        state = rc.DECLINED if allowed and len(call.declined) < s.max_declines else rc.REFUSED
        rc.record(ctx, rc.CALL, key, state, recipient=member, message_id=mail.message_id,
                  detail=f"nr={drawn.n}; {text}")
        return t(ctx.lang, "reply.draw_declined" if state == rc.DECLINED else "reply.draw_refused")
    rc.record(ctx, rc.CALL, key, UNCLEAR, recipient=member, message_id=mail.message_id,
              detail=text)
    return t(ctx.lang, "reply.draw_unclear")


def handle_chair_note_reply(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str:
    """The chair's answer to a note about a vacancy: "ja" to a proposed volunteer writes them
    as holder with their term (to the year or day she names: "ja, til 2027"); anything else,
    and every other note, reaches her as words, as before."""
    key = verdict.conversation.partition(":")[2]
    call_key, _, member = key.partition(":ja:")
    if not member or verdict.member.casefold() != ctx.chair[0].casefold():
        return pass_on.pass_on(ctx, mail, verdict)
    answer, text = _said(mail)
    call, role = rc.find_call(ctx.log, call_key), _role(ctx, call_key.rpartition(":")[0])
    if answer != YES:
        return pass_on.pass_on(ctx, mail, verdict)
    if call is None or role is None or call.result is not None or not rc.is_vacant(ctx, role):
        return t(ctx.lang, "reply.vacancy_decided")
    start = ctx.today
    end = term_end_from(text, start) or rc.add_years(start, rc.settings(ctx).term_years)
    rc.set_role_cells(ctx, role, {
        "holder": rc.holder_text(ctx.wb.members, member),
        "chosen": rc.choice(ctx, "roles", "chosen", "volunteer"),
        "term_start": rc.dmy(start), "term_end": rc.dmy(end)})
    rc.record(ctx, rc.CALL, call_key, rc.ASSIGNED, recipient=member, message_id=mail.message_id,
              detail=f"{start.isoformat()}–{end.isoformat()}")
    return t(ctx.lang, "reply.vacancy_approved")
