"""Who hears about a consultation, and the settings of the feature. Pure.

- the coordinator: the Høringer row's own Tovholder/Coordinator (an e-mail or a member's name),
  else the holder of the coordinator role in Funktioner (``coordinator_role``, default
  "Høringstovholder"), else the chair;
- the interested: active members whose latest competence-form answer to the interests question
  names an area the consultation's title or note mentions (tovholder.replies.fuzzy: "PFAS-vejledning" is
  PFAS, "spildevandsbekendtgørelsen" is Spildevand, "støjen" is Støj).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tovholder.core.schema import setting
from tovholder.jobs.base import schedule
from tovholder.jobs.base.context import Context
from tovholder.jobs.form.form import latest_answers
from tovholder.replies import fuzzy
from tovholder.sheets.model import Consultation, Member, Question
from tovholder.sheets.schema import fold

# i18n: data (the ids the interest question may have)
INTEREST_IDS = {fold(x) for x in ("interesser", "interests", "interesseområder", "fagområder",
                                  "interest areas", "areas", "områder")}
# i18n: data (the names the coordinator's role may have)
COORDINATOR_ROLES = {fold(x) for x in ("Høringstovholder", "Høringsansvarlig",
                                       "Consultation coordinator", "Consultations")}


@dataclass(frozen=True)
class ConsultationSettings:
    """The ``[consultations]`` table of the config (tovholder.core.schema)."""

    internal_working_days: int = setting(5, low=0, high=30, unit="working_days", help="""
        Working days (no weekends, Danish public holidays or [schedule] closed_days) before the
        authority's deadline when the coordinator gets the compiled draft of the members'
        input.""")
    reminder_days: tuple[int, ...] = setting(
        (14, 3), low=0, high=90, normalize=lambda days: tuple(sorted(set(days), reverse=True)),
        help="Days before the deadline when the coordinator is reminded.")
    interest_question: str = setting("", help="""
        The competence-form question with the interest areas used to pick who is asked ("" =
        the question called interesser/interests, else the first multiple-choice one).""")
    # i18n: data (a role's name, as the chair types it in Funktioner)
    coordinator_role: str = setting("Høringstovholder", help="""
        The Funktioner role that coordinates consultations when a Høringer row names no
        coordinator.""")


def settings(ctx: Context) -> ConsultationSettings:
    found = ctx.settings.get("consultations")
    return found if isinstance(found, ConsultationSettings) else ConsultationSettings()


def minus_working_days(ctx: Context, day: dt.date, n: int) -> dt.date:
    """``n`` working days (no weekends, holidays or closed days) before ``day``; a working day
    itself (0 days before a deadline on a Sunday is the Friday)."""
    return schedule.announced(schedule.working_days_before(ctx, day, n), ctx)


def find_member(ctx: Context, typed: str) -> Member | None:
    typed = typed.strip()
    if not typed:
        return None
    return ctx.wb.member(typed) or next(
        (m for m in ctx.wb.members if m.name and fold(m.name) == fold(typed)), None)


def role_holder(ctx: Context) -> Member | None:
    """The member holding the coordinator role, if any."""
    wanted = COORDINATOR_ROLES | {fold(settings(ctx).coordinator_role)}
    role = next((r for r in ctx.wb.roles if fold(r.role) in wanted and r.holder_email), None)
    return ctx.wb.member(role.holder_email) if role else None


def coordinator(ctx: Context, c: Consultation) -> Member | None:
    found = find_member(ctx, c.coordinator) or role_holder(ctx)
    if found is None or not found.active:
        found = ctx.wb.member(ctx.chair[0]) if ctx.chair[0] else None
    return found if found is not None and found.active else None


def interest_question(ctx: Context) -> Question | None:
    wanted = settings(ctx).interest_question
    form = ctx.wb.form
    if wanted:
        return next((q for q in form if fold(q.id) == fold(wanted)), None)
    return next((q for q in form if fold(q.id) in INTEREST_IDS), None) or \
        next((q for q in form if q.type == "multi"), None)


def matching_areas(text: str, areas: list[str]) -> list[str]:
    """The areas ``text`` mentions (whole words, typos, Danish forms, compounds)."""
    typed = fuzzy.words(text)
    found = {f.option.name for f in fuzzy.find_options(typed, fuzzy.prepare(
        [("", a) for a in areas]))}
    for area in areas:
        words = [w for w in fuzzy.words(area) if w not in fuzzy.LINKS]
        if len(words) == 1 and len(words[0]) >= 4 and any(
                t.startswith(words[0]) and len(t) > len(words[0]) + 2 for t in typed):
            found.add(area)  # a compound: "spildevandsbekendtgørelsen" is about Spildevand
    return [a for a in areas if a in found]


def interested(ctx: Context, c: Consultation) -> list[tuple[Member, list[str]]]:
    """Active members whose interest areas the consultation mentions, with those areas."""
    q = interest_question(ctx)
    if q is None:
        return []
    text = f"{c.title} {c.note}"
    answered = {row.member for row in ctx.wb.answers}
    out = []
    for m in ctx.wb.members:
        if not m.active or m.on_leave or m.email not in answered:
            continue
        chosen = [a.strip() for a in latest_answers(ctx, m.email).get(q.id, "").split(";")
                  if a.strip()]
        areas = matching_areas(text, chosen)
        if areas:
            out.append((m, areas))
    return out
