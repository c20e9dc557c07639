"""`tovholder show`: a readable terminal summary of the workbook. Pure: text from records."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from tovholder.core.dates import format_short_date, format_when
from tovholder.core.i18n import t
from tovholder.jobs.digests.agenda import carried_over
from tovholder.jobs.digests.attendance import overview
from tovholder.sheets.model import Workbook


def name_of(wb: Workbook, who: str) -> str:
    member = wb.member(who) if "@" in who else None
    return member.name if member and member.name else who


def summary(wb: Workbook, today: dt.date, lang: str) -> str:
    lines: list[str] = []
    add = lines.append
    counts = {s: [m for m in wb.members if m.status == s] for s in ("active", "pending", "left")}
    add(t(lang, "show.members", active=t(lang, "show.active", n=len(counts["active"])),
          pending=len(counts["pending"]), left=len(counts["left"])))
    for m in counts["pending"]:
        add("  " + t(lang, "show.pending", name=m.name or m.email, email=m.email))
    add("")
    add(t(lang, "show.roles"))
    for role in wb.roles:
        if role.vacant or (role.term_end and role.term_end < today):
            add(f"  {role.role}: " + t(lang, "show.vacant"))
            continue
        end = format_short_date(role.term_end, lang) if role.term_end else "?"
        add(f"  {role.role}: {name_of(wb, role.holder_email or role.holder)} "
            + t(lang, "show.until", end=end))
    add("")
    add(t(lang, "show.actions"))
    by_owner: dict[str, list[str]] = defaultdict(list)
    for action in sorted(wb.actions, key=lambda a: (a.due or dt.date.max, a.id)):
        if action.status != "open":
            continue
        due = ""
        if action.due:
            due = " (" + t(lang, "show.due", date=format_short_date(action.due, lang)) + ")"
            if action.due < today:
                due += " " + t(lang, "show.overdue")
        for owner in action.owner_emails or action.owners or ("?",):
            by_owner[name_of(wb, owner)].append(f"#{action.id} {action.description}{due}")
    for owner in sorted(by_owner):
        add(f"  {owner}:")
        lines.extend(f"    {entry}" for entry in by_owner[owner])
    if not by_owner:
        add("  " + t(lang, "show.none"))
    add("")
    add(_next_meeting(wb, today, lang))
    return "\n".join(lines).rstrip() + "\n"


def _next_meeting(wb: Workbook, today: dt.date, lang: str) -> str:
    upcoming = sorted((m for m in wb.meetings if m.date >= today and m.status == "planned"),
                      key=lambda m: m.date)
    if not upcoming:
        return t(lang, "show.no_meeting")
    meeting = upcoming[0]
    lines = [t(lang, "show.next_meeting", when=format_when(meeting.date, meeting.start,
                                                            meeting.end, lang),
               place=meeting.place)]
    items = sorted((i for i in wb.agenda if i.meeting == meeting.date and
                    i.status in ("planned", "not_reached")), key=lambda i: _number(i.no))
    carried = [item for item, _ in carried_over(wb, meeting.date)]  # as the agenda shows them
    for item in items:
        who = f" ({item.responsible})" if item.responsible else ""
        lines.append(f"  {item.no or '-'}. {item.title}{who}")
    for item in carried:
        lines.append("  * " + item.title + " " + t(
            lang, "show.carried", date=format_short_date(item.meeting, lang)))
    if not items and not carried:
        lines.append("  " + t(lang, "show.none"))
    return "\n".join([*lines, "", *_attendance(wb, meeting.date, lang)])


def _attendance(wb: Workbook, day: dt.date, lang: str) -> list[str]:
    """Who comes to the next meeting: the Deltagelse tab, and what the Log learned."""
    found = overview(wb, wb.log, day)
    codes = {"coming": "show.attendance_coming", "absent": "show.attendance_absent",
             "maybe": "show.attendance_maybe", "unanswered": "show.attendance_unanswered"}
    return [t(lang, "show.attendance"), *("  " + t(lang, code, n=len(found[status]),
                                                   names=", ".join(found[status]) or "–")
                                          for status, code in codes.items())]


def _number(no: str) -> tuple[int, str]:
    digits = "".join(ch for ch in no if ch.isdigit())
    return (int(digits) if digits else 10**6, no)
