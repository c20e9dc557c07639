"""The sections of the digests, as plain values for the templates. Pure.

Dates stay dates: the templates format them (``short_date``, ``long_date``, ``when``) in the
group's language.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from tovholder.sheets.model import Action, Meeting, Workbook
from tovholder.sheets.schema import fold

URL = re.compile(r"https?://[^\s<>\"']+")
# i18n: data (status words meaning closed, as the chair types them)
CLOSED = {fold(w) for w in ("afsluttet", "lukket", "besvaret", "indsendt", "sendt", "færdig",
                            "droppet", "closed", "done", "answered", "submitted", "dropped")}


@dataclass(frozen=True)
class Where:
    place: str  # the place as written, without the link
    link: str  # the online link, if any
    kind: str  # physical | online | hybrid | ""


@dataclass(frozen=True)
class ActionView:
    id: str
    description: str
    due: dt.date | None
    overdue: bool
    days_late: int
    days_left: int  # days until due (0 on the day, negative when late)
    meeting: dt.date | None
    owners: str  # everyone responsible, as the chair typed them
    done: bool = False


@dataclass
class OwnerActions:
    name: str
    email: str  # "" when the owner is not a member (or no owner is named)
    left: bool = False
    actions: list[ActionView] = field(default_factory=list)


def where(meeting: Meeting) -> Where:
    found = URL.search(meeting.place) or URL.search(meeting.note)
    link = found.group().rstrip(".,;)") if found else ""
    place = " ".join(URL.sub("", meeting.place).split()).strip(" ,;/-–")
    return Where(place, link, meeting.kind)


def action_view(action: Action, today: dt.date) -> ActionView:
    done = action.status == "done"
    late = (today - action.due).days if action.due and not done else 0
    return ActionView(action.id, action.description, action.due, late > 0, max(late, 0), -late,
                      action.meeting, ", ".join(action.owners), done)


def _sort_key(view: ActionView) -> tuple[dt.date, str]:
    return (view.due or dt.date.max, view.id)


def actions_by_owner(wb: Workbook, actions: list[Action], today: dt.date) -> list[OwnerActions]:
    """Actions grouped by owner (an action with two owners is under both), owners by name; the
    ones with no owner the workbook can resolve come last under the name as typed (or "")."""
    groups: dict[str, OwnerActions] = {}
    for action in actions:
        view = action_view(action, today)
        emails = list(action.owner_emails)
        unresolved = [o for o in action.owners if not _resolves(wb, o, emails)]
        for email in emails:
            member = wb.member(email)
            entry = groups.setdefault(email, OwnerActions(
                member.name if member and member.name else email, email,
                bool(member and member.status == "left")))
            entry.actions.append(view)
        for typed in unresolved or ([] if emails else [""]):
            groups.setdefault("?" + fold(typed), OwnerActions(typed, "")).actions.append(view)
    for entry in groups.values():
        entry.actions.sort(key=_sort_key)
    return sorted(groups.values(), key=lambda g: (not g.email, fold(g.name)))


def _resolves(wb: Workbook, typed: str, emails: list[str]) -> bool:
    typed_fold = typed.strip().casefold()
    return any(typed_fold == e or (m := wb.member(e)) is not None and fold(m.name) == fold(typed)
               for e in emails)


def open_actions(wb: Workbook) -> list[Action]:
    return [a for a in wb.actions if a.status == "open"]


def roles_view(wb: Workbook, today: dt.date, warning_days: int) -> dict[str, list[dict[str, object]]]:
    """Vacant roles, and terms that end within ``warning_days`` (or have ended)."""
    vacant: list[dict[str, object]] = [{"role": r.role, "description": r.description}
                                        for r in wb.roles if r.vacant]
    ending: list[dict[str, object]] = []
    for role in wb.roles:
        if role.vacant or role.term_end is None or (role.term_end - today).days > warning_days:
            continue
        member = wb.member(role.holder_email) if role.holder_email else None
        ending.append({"role": role.role, "holder": member.name if member else role.holder,
                       "end": role.term_end, "ended": role.term_end < today})
    return {"vacant": vacant, "ending": ending}


def consultations_view(wb: Workbook, today: dt.date, before: dt.date | None
                       ) -> list[dict[str, object]]:
    """Open consultations with a deadline from today until ``before`` (no limit if None)."""
    found = [c for c in wb.consultations if c.deadline and c.deadline >= today and
             (before is None or c.deadline < before) and fold(c.status) not in CLOSED]
    return [{"title": c.title, "authority": c.authority, "deadline": c.deadline, "link": c.link,
             "coordinator": c.coordinator} for c in sorted(found, key=lambda c: c.deadline or today)]


def form_round(settings: object) -> str:
    """The competence form's current round from ctx.settings["form"] (a dict or an object)."""
    value = settings.get("round") if isinstance(settings, dict) else getattr(settings, "round", "")
    return str(value or "")


def unanswered(wb: Workbook, round_: str) -> list[str]:
    """Names of active members with no answer in Svar for the round."""
    answered = {a.member for a in wb.answers if a.round == round_}
    return sorted((m.name or m.email for m in wb.members if m.active and m.email not in answered),
                  key=fold)
