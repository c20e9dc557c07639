"""Checks across tabs: what a careful secretary would point out to the chair. Pure.

tovholder.sheets.parse already reports what is wrong inside a cell (errors); these are the warnings that
need the whole workbook and today's date: people who are not (or no longer) members, terms that
end soon, meetings without an agenda.
"""

from __future__ import annotations

import datetime as dt

from tovholder.core.text import close_name
from tovholder.sheets import schema
from tovholder.sheets.a1 import cell
from tovholder.sheets.model import Problem, Workbook

TERM_WARNING_DAYS = 60
HELD_REPLY = "held_reply"  # the Log rows of a reply held for its member to confirm (jobs/identity)


def _at(wb: Workbook, tab_key: str, row: int, column: str) -> tuple[str, str]:
    layout = wb.layouts[tab_key]
    col = layout.col(column) or min(layout.columns.values(), default=0)
    return layout.title, cell(row, col) if col else f"A{row}"


def _warn(wb: Workbook, tab_key: str, row: int, column: str, code: str, **params: str) -> Problem:
    title, address = _at(wb, tab_key, row, column)
    return Problem("warning", title, address, code, tuple(params.items()))


def check(wb: Workbook, today: dt.date, *, term_warning_days: int = TERM_WARNING_DAYS
          ) -> list[Problem]:
    """Every problem: those found while parsing, then the cross-tab warnings, in tab order."""
    return [*wb.problems, *_other_addresses(wb), *_members_in_use(wb),
            *_terms(wb, today, term_warning_days), *_meetings(wb, today)]


def _other_addresses(wb: Workbook) -> list[Problem]:
    """An other address that is also another member's (own or other) address: a reply from it
    cannot be told apart, so it counts for nobody but its own member."""
    owners: dict[str, list[str]] = {}
    for member in wb.members:
        for address in (member.email, *member.other_addresses):
            owners.setdefault(address, []).append(member.email)
    problems: list[Problem] = []
    layout, column = wb.layouts.get("members"), schema.MEMBERS.column("other_addresses")
    if layout and layout.col("other_addresses") is None and \
            any(e.kind == HELD_REPLY for e in wb.log):
        # a member confirmed an address that had nowhere to go: they will be asked again
        problems.append(Problem("warning", layout.title, f"{layout.header_row}:{layout.header_row}",
                                "member.no_other_addresses", (("column", column.da), ("en", column.en))))
    for member in wb.members:
        for address in member.other_addresses:
            others = [o for o in owners[address] if o != member.email]
            if others:
                problems.append(_warn(wb, "members", member.row, "other_addresses",
                                      "member.other_address_taken", address=address,
                                      who=member.name or member.email,
                                      other=_name(wb, others[0])))
    return problems


def _name(wb: Workbook, email: str) -> str:
    member = wb.member(email)
    return member.name if member and member.name else email


def _members_in_use(wb: Workbook) -> list[Problem]:
    problems: list[Problem] = []
    for action in wb.actions:
        if action.status != "open":
            continue
        if not action.owners:
            problems.append(_warn(wb, "actions", action.row, "owners", "action.no_owner",
                                  id=action.id))
        for email in action.owner_emails:
            member = wb.member(email)
            if member and member.status == "left":
                problems.append(_warn(wb, "actions", action.row, "owners", "action.owner_left",
                                      id=action.id, who=member.name or email))
        if len(action.owner_emails) < len(action.owners):
            unknown = [o for o in action.owners if not _resolves(wb, o)]
            for who in unknown:
                close = close_name(who, [m.name for m in wb.members if m.name])
                problems.append(_warn(wb, "actions", action.row, "owners",
                                      "action.owner_unknown_close" if close else
                                      "action.owner_unknown", id=action.id, who=who,
                                      **({"close": close} if close else {})))
    for role in wb.roles:
        member = wb.member(role.holder_email) if role.holder_email else None
        if member and member.status == "left":
            problems.append(_warn(wb, "roles", role.row, "holder", "role.holder_left",
                                  role=role.role, who=member.name or member.email))
    return problems


def _resolves(wb: Workbook, who: str) -> bool:
    folded = who.strip().casefold()
    return any(m.email == folded or m.name.casefold() == folded for m in wb.members)


def _terms(wb: Workbook, today: dt.date, days: int) -> list[Problem]:
    problems: list[Problem] = []
    for role in wb.roles:
        if role.vacant:
            problems.append(_warn(wb, "roles", role.row, "holder", "role.vacant", role=role.role))
        elif role.term_end and role.term_end < today:
            problems.append(_warn(wb, "roles", role.row, "term_end", "role.term_ended",
                                  role=role.role, end=role.term_end.isoformat()))
        elif role.term_end and (role.term_end - today).days <= days:
            problems.append(_warn(wb, "roles", role.row, "term_end", "role.term_ending",
                                  role=role.role, end=role.term_end.isoformat(),
                                  n=str((role.term_end - today).days)))
        elif role.term_start is None or role.term_end is None:
            # the group's rule is a term of two years: without dates nobody is asked to renew
            column = "term_start" if role.term_start is None else "term_end"
            problems.append(_warn(wb, "roles", role.row, column, "role.no_term", role=role.role,
                                  who=role.holder))
    return problems


def _meetings(wb: Workbook, today: dt.date) -> list[Problem]:
    problems: list[Problem] = []
    with_agenda = {item.meeting for item in wb.agenda}
    meeting_days = {m.date for m in wb.meetings}
    for meeting in wb.meetings:
        if meeting.date >= today and meeting.status == "planned" and \
                meeting.date not in with_agenda:
            problems.append(_warn(wb, "meetings", meeting.row, "date", "meeting.no_agenda",
                                  date=meeting.date.isoformat()))
    if "meetings" in wb.layouts:
        for item in wb.agenda:
            if item.meeting not in meeting_days:
                problems.append(_warn(wb, "agenda", item.row, "meeting", "agenda.unknown_meeting",
                                      title=item.title, date=item.meeting.isoformat()))
    return problems
