"""What a meeting came to, as the follow-up and the minutes tell it (issue 13). Pure.

An outcome is an item's status as the chair set it after the meeting (behandlet / ikke nået /
udsat) and the decision she wrote in Dagsorden's decision column. The note is what the item was
about before the meeting, so it is never shown as an outcome. A carried item (not reached at an
earlier meeting) that this meeting discussed is told apart, and so are proposals for this
meeting that were never taken up, so they do not silently die.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tovholder.jobs.digests.agenda import carried_over
from tovholder.sheets.model import AgendaItem, Member, Workbook
from tovholder.sheets.schema import fold

OUTCOME = ("done", "not_reached", "deferred", "planned")  # planned: the chair set no status yet
NOT_TAKEN_UP = ("proposed", "rejected")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


@dataclass(frozen=True)
class Outcome:
    title: str
    status: str  # done | not_reached | deferred | planned
    decision: str
    carried_from: dt.date | None = None  # first not reached at that meeting


def _order(item: AgendaItem) -> tuple[float, int]:
    """The chair's order: Nr as a number (2 before 10), then the row."""
    found = _NUMBER.match(item.no)
    return (float(found.group().replace(",", ".")) if found else float("inf"), item.row)


def outcomes(wb: Workbook, day: dt.date) -> list[Outcome]:
    """Every item of the meeting with its status and decision, in the chair's order; a carried
    item the meeting discussed at last names the meeting it first waited from."""
    since = {fold(i.title): i.meeting for i, _ in carried_over(wb, day)}
    items = sorted((i for i in wb.agenda if i.meeting == day and i.status in OUTCOME), key=_order)
    return [Outcome(i.title, i.status, i.decision,
                    since.get(fold(i.title)) if i.status == "done" else None) for i in items]


def finally_discussed(found: list[Outcome]) -> list[Outcome]:
    return [o for o in found if o.carried_from is not None]


def decisions(found: list[Outcome]) -> list[Outcome]:
    return [o for o in found if o.decision]


def not_taken_up(wb: Workbook, day: dt.date) -> list[AgendaItem]:
    """Proposals for the meeting that never came on its agenda (still proposed, or rejected)."""
    return sorted((i for i in wb.agenda if i.meeting == day and i.status in NOT_TAKEN_UP),
                  key=_order)


def seen_by(items: list[AgendaItem], member: Member, chair: str) -> list[AgendaItem]:
    """Proposals are for the chair's eyes (as in the agenda digest), and each proposer's own."""
    if member.email == chair.strip().casefold():
        return items
    return [i for i in items if fold(i.responsible) in (fold(member.name), fold(member.email))]
