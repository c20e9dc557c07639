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
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import NoReturn

from tovholder.jobs.base.context import Context
from tovholder.jobs.form.form import latest_answers
from tovholder.replies import fuzzy
from tovholder.sheets.model import Consultation, Member, Question
from tovholder.sheets.schema import fold

INTEREST_IDS = {fold(x) for x in ("interesser", "interests", "interesseområder", "fagområder",
                                  "interest areas", "areas", "områder")}
COORDINATOR_ROLES = {fold(x) for x in ("Høringstovholder", "Høringsansvarlig",
                                       "Consultation coordinator", "Consultations")}


@dataclass(frozen=True)
class ConsultationSettings:
    internal_working_days: int = 5  # the draft goes this many working days before the deadline
    reminder_days: tuple[int, ...] = (14, 3)  # the coordinator is reminded this many days before
    interest_question: str = ""  # the form question with interest areas; "" = found by its id
    coordinator_role: str = "Høringstovholder"


def settings_from_table(table: Mapping[str, object],
                        fail: Callable[[str, str, str], NoReturn]) -> ConsultationSettings:
    """The ``[consultations]`` table of the config."""
    known = {"internal_working_days", "reminder_days", "interest_question", "coordinator_role"}
    for key in table:
        if key not in known:
            fail(key, "en kendt nøgle / a known key", "Gyldige nøgler: " + ", ".join(sorted(known)))
    days = table.get("internal_working_days", 5)
    if not isinstance(days, int) or isinstance(days, bool) or not 0 <= days <= 30:
        fail("internal_working_days", "et helt antal arbejdsdage mellem 0 og 30",
             "Skriv fx internal_working_days = 5")
    reminders = table.get("reminder_days", [14, 3])
    if not isinstance(reminders, list) or not all(
            isinstance(d, int) and not isinstance(d, bool) and 0 <= d <= 90 for d in reminders):
        fail("reminder_days", "en liste af dage mellem 0 og 90", "Skriv fx reminder_days = [14, 3]")
    texts = {k: table.get(k, d) for k, d in (("interest_question", ""),
                                             ("coordinator_role", "Høringstovholder"))}
    for key, value in texts.items():
        if not isinstance(value, str):
            fail(key, "en tekst", f'Skriv fx {key} = "{value}"')
    return ConsultationSettings(days, tuple(sorted(set(reminders), reverse=True)),  # type: ignore[arg-type]
                                str(texts["interest_question"]), str(texts["coordinator_role"]))


def settings(ctx: Context) -> ConsultationSettings:
    found = ctx.settings.get("consultations")
    return found if isinstance(found, ConsultationSettings) else ConsultationSettings()


def minus_working_days(day: dt.date, n: int) -> dt.date:
    """``n`` working days (Monday–Friday) before ``day``."""
    while n > 0:
        day -= dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def find_member(ctx: Context, typed: str) -> Member | None:
    typed = typed.strip()
    if not typed:
        return None
    return ctx.wb.member(typed) or next(
        (m for m in ctx.wb.members if m.name and fold(m.name) == fold(typed)), None)


def coordinator(ctx: Context, c: Consultation) -> Member | None:
    s = settings(ctx)
    found = find_member(ctx, c.coordinator)
    if found is None:
        wanted = COORDINATOR_ROLES | {fold(s.coordinator_role)}
        role = next((r for r in ctx.wb.roles if fold(r.role) in wanted and r.holder_email), None)
        found = ctx.wb.member(role.holder_email) if role else None
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
