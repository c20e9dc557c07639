"""When a consultation outlives its coordinator's term, or the coordinator changes. Pure.

- ``due_handover`` records, per open consultation, who coordinates it: a Log row of kind
  ``consultation_coordinator`` (the consultation's key, the coordinator in Modtager), state
  ``first`` the first time, ``changed`` (detail ``fra=<e-mail>``) when, once its notices went,
  the coordinator is someone else than the last row says (the Høringer row or the coordinator
  role changed hands). From a ``changed`` row, for 14 days, two e-mails follow,
  each once by its Message-ID, so a tick killed between recording and sending loses nothing:
  the new coordinator gets the consultation with every input that has come in so far (and the
  .docx draft), and every member who was told the draft goes to the previous coordinator (its
  notice, or a thank-you for their input) is told it now goes to the new one.
- a consultation whose authority's deadline falls after the end of its coordinator's term (the
  coordinator role in Funktioner) is flagged to the chair once, while the term runs: a Log row
  of kind ``consultation_term`` that the chair's digest tells (jobs/notices/chair_digest.py).
"""

from __future__ import annotations

import datetime as dt

from tovholder.jobs.base.context import Context
from tovholder.jobs.base.logbook import record
from tovholder.jobs.consultations import consultations as cs
from tovholder.jobs.consultations import people as cp
from tovholder.jobs.consultations.draft_doc import DOCX_TYPE, Draft, draft_docx, draft_text, filename
from tovholder.mailer.compose import Attachment
from tovholder.mailer.outbox import Outgoing, age
from tovholder.sheets.model import Consultation, LogEntry, Member
from tovholder.sheets.schema import fold

COORDINATOR, TERM = "consultation_coordinator", "consultation_term"
HANDOVER, MOVED = "consultation_handover", "consultation_moved"
FIRST, CHANGED, FLAG = "first", "changed", "flag"
RECENT = dt.timedelta(days=14)


def due_handover(ctx: Context) -> list[Outgoing]:
    out: list[Outgoing] = []
    for c in ctx.wb.consultations:
        if not cs.is_open(c) or c.deadline is None or c.deadline < ctx.today:
            continue
        key, boss = cs.key_of(c), cp.coordinator(ctx, c)
        if boss is not None:
            _record_coordinator(ctx, key, boss)
            _flag_term(ctx, c, key, boss)
        for row in _changes(ctx, key):
            out += _handover_mails(ctx, c, key, row)
    return out


def _running(ctx: Context, key: str) -> bool:
    return any(e.kind == cs.NOTICE and e.key == key and e.state == "sent" for e in ctx.log)


def _rows(ctx: Context, kind: str, key: str) -> list[LogEntry]:
    return [e for e in ctx.log if e.kind == kind and e.key == key]


def _record_coordinator(ctx: Context, key: str, boss: Member) -> None:
    """A change counts once the consultation runs (its notices went); before, the new
    coordinator simply gets the notice as coordinator."""
    rows = _rows(ctx, COORDINATOR, key)
    if not rows or rows[-1].recipient != boss.email and not _running(ctx, key):
        record(ctx, COORDINATOR, key, FIRST, recipient=boss.email)
    elif rows[-1].recipient != boss.email:
        # i18n: data (the Log's encoding)
        record(ctx, COORDINATOR, key, CHANGED, recipient=boss.email,
               detail=f"fra={rows[-1].recipient}")


def _changes(ctx: Context, key: str) -> list[LogEntry]:
    return [e for e in _rows(ctx, COORDINATOR, key)
            if e.state == CHANGED and (e.row == 0 or age(e, ctx.now) <= RECENT)]


def _handover_mails(ctx: Context, c: Consultation, key: str, row: LogEntry) -> list[Outgoing]:
    new = ctx.wb.member(row.recipient)
    if new is None or not new.active:
        return []
    before = ctx.wb.member(row.detail.removeprefix("fra="))
    base = {**cs.context_of(ctx, c, new), "previous_name": before.name if before else ""}
    given, nothing = cs.inputs(ctx, key)
    draft = Draft(c.title, c.authority, c.deadline, c.link, new.name or new.email,
                  tuple(given), tuple(nothing))
    doc = Attachment(filename(c.title, ctx.lang), draft_docx(draft, ctx.lang), DOCX_TYPE)
    mkey = f"{key}:{new.email}"
    out = cs.mail_to(ctx, HANDOVER, mkey, new, {
        **base, "draft": draft_text(draft, ctx.lang), "count": sum(len(g.texts) for g in given),
        "members": len(given)}, [doc])
    for member in _told_before(ctx, key, row):
        if member.email != new.email and member.active:
            out += cs.mail_to(ctx, MOVED, mkey, member, base)
    return out


def _told_before(ctx: Context, key: str, change: LogEntry) -> list[Member]:
    """Members told the draft goes to the previous coordinator: its notice went to them, or
    their input was thanked for, before the change was recorded."""
    told: dict[str, Member] = {}
    for e in ctx.log:
        if e is change:
            break
        if e.key == key and (e.kind == cs.NOTICE and e.state == "sent"
                             or e.kind == cs.INPUT and e.state == cs.RECORDED):
            member = ctx.wb.member(e.recipient)
            if member is not None:
                told.setdefault(member.email, member)
    return list(told.values())


def _flag_term(ctx: Context, c: Consultation, key: str, boss: Member) -> None:
    """The chair is told, once, of a consultation due after its coordinator's term ends."""
    wanted = cp.COORDINATOR_ROLES | {fold(cp.settings(ctx).coordinator_role)}
    role = next((r for r in ctx.wb.roles if fold(r.role) in wanted
                 and r.holder_email == boss.email and r.term_end is not None), None)
    if role is None or role.term_end is None or c.deadline is None:
        return
    end = role.term_end
    if not ctx.today <= end < c.deadline:
        return
    flag = f"{key}:{boss.email}:{end.isoformat()}"
    if not _rows(ctx, TERM, flag):
        # i18n: data (the Log's encoding, read by the chair's digest)
        record(ctx, TERM, flag, FLAG, recipient=boss.email,
               detail=f"slut={end.isoformat()}; frist={c.deadline.isoformat()}; "
                      f"navn={boss.name or boss.email}; titel={c.title}")
