"""The agenda of one meeting as the members will read it. Pure.

The standing items come from the standard agenda (configurable), with the meeting's own items
from Dagsorden placed where the standard has its marker ``*``. Items marked "ikke nået" (not
reached) or "udsat" (deferred) at an earlier meeting are carried over, marked with where they
came from and how many meetings they have waited, so the chair never copies them: an item keeps
coming back until the chair gives its original row another status. Proposed and rejected items
are never shown.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from tovholder.sheets.model import AgendaItem, Meeting, Workbook
from tovholder.sheets.schema import fold

OWN = "*"  # in the standard agenda: "the meeting's own items go here"
SHOWN = ("planned", "done", "not_reached", "deferred")  # what members see; not proposed/rejected
CARRIED = ("not_reached", "deferred")  # "ikke nået" and "udsat" both come back next time
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


@dataclass(frozen=True)
class Line:
    number: int
    title: str
    responsible: str = ""
    note: str = ""
    standing: bool = False  # from the standard agenda
    postponed_from: dt.date | None = None  # the meeting where it was first not reached
    waited: int = 0  # how many meetings it has waited


def schedule(wb: Workbook) -> list[Meeting]:
    """The meetings that take place, in date order (cancelled ones left out)."""
    return sorted((m for m in wb.meetings if m.status != "cancelled"), key=lambda m: m.date)


def meeting_on(wb: Workbook, day: dt.date) -> Meeting | None:
    return next((m for m in wb.meetings if m.date == day), None)


def next_meeting(wb: Workbook, after: dt.date) -> Meeting | None:
    return next((m for m in schedule(wb) if m.date > after), None)


def _order(item: AgendaItem) -> tuple[float, int]:
    match = _NUMBER.match(item.no)
    return (float(match.group().replace(",", ".")) if match else float("inf"), item.row)


def own_items(wb: Workbook, day: dt.date) -> list[AgendaItem]:
    """The meeting's own items members may see, in the chair's order (Nr, then row)."""
    return sorted((i for i in wb.agenda if i.meeting == day and i.status in SHOWN), key=_order)


def meetings_between(wb: Workbook, first: dt.date, last: dt.date) -> int:
    return sum(1 for m in schedule(wb) if first < m.date < last)


def carried_over(wb: Workbook, day: dt.date) -> list[tuple[AgendaItem, int]]:
    """Items not reached at earlier meetings, oldest first, each with how many meetings it has
    waited (the one where it was not reached plus those held since). One per title: an item the
    chair copied to a later meeting and that was not reached there either counts from the
    first time."""
    found: dict[str, tuple[AgendaItem, int]] = {}
    for item in sorted(wb.agenda, key=lambda i: (i.meeting, i.row)):
        if item.status in CARRIED and item.meeting < day:
            found.setdefault(fold(item.title), (item, 1 + meetings_between(wb, item.meeting, day)))
    return list(found.values())


def own_lines(wb: Workbook, day: dt.date) -> list[Line]:
    """The meeting's items, carried-over ones first (they have waited), unnumbered yet."""
    own = own_items(wb, day)
    carried = carried_over(wb, day)
    origin = {fold(item.title): (item.meeting, waited) for item, waited in carried}
    lines = [Line(0, i.title, i.responsible, i.note, postponed_from=i.meeting, waited=w)
             for i, w in carried if fold(i.title) not in {fold(o.title) for o in own}]
    for item in own:
        since, waited = origin.get(fold(item.title), (None, 0))
        lines.append(Line(0, item.title, item.responsible, item.note, postponed_from=since,
                          waited=waited))
    return lines


def build_agenda(wb: Workbook, meeting: Meeting, standard: Sequence[str]) -> list[Line]:
    """The numbered agenda: standing items around the meeting's own (carried-over first). A
    standing item the chair also put in Dagsorden appears once, where the chair put it."""
    own = own_lines(wb, meeting.date)
    titles = {fold(line.title) for line in own}
    marker = list(standard).index(OWN) if OWN in standard else len(standard)
    before = [s for s in standard[:marker] if s != OWN and fold(s) not in titles]
    after = [s for s in standard[marker:] if s != OWN and fold(s) not in titles]
    lines = [Line(0, s, standing=True) for s in before] + own + \
        [Line(0, s, standing=True) for s in after]
    return [replace(line, number=n) for n, line in enumerate(lines, start=1)]


def not_reached(wb: Workbook, day: dt.date) -> list[AgendaItem]:
    """Items of that meeting marked not reached: they go on to the next meeting."""
    return [i for i in own_items(wb, day) if i.status == "not_reached"]


def decided(wb: Workbook, day: dt.date) -> list[AgendaItem]:
    """Items of that meeting marked done (their note holds what was decided, if anything)."""
    return [i for i in own_items(wb, day) if i.status == "done"]
