"""A meeting's identity after its invitation went out, read from the Log alone. Pure.

The agenda digest for the meeting on date X leaves Log rows (kind "agenda", key X, "sent"): X is
the meeting's *origin*, and its calendar UID is made from it. When the chair later changes the
date in Møder, the meeting at X disappears and a planned meeting nobody was invited to appears;
that is a move, and a correction (kind "correction", key "X>Y") goes out with the same UID and
SEQUENCE + 1. Each sent correction is itself a Log row, so the chain X > Y > Z is read back from
the Log and survives restarts. A meeting set to "aflyst" after its invitation went out gets a
cancellation (key "X>cancelled").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tovholder.jobs.digests.agenda import meeting_on
from tovholder.mailer.outbox import SENT
from tovholder.sheets.model import LogEntry, Meeting, Workbook

AGENDA, CORRECTION = "agenda", "correction"
CANCELLED = "cancelled"
MOVE_WINDOW = dt.timedelta(days=62)  # farther than this, a new meeting is not "the same one moved"


@dataclass(frozen=True)
class Chain:
    origin: dt.date
    moves: tuple[str, ...] = ()  # correction keys sent, in order

    @property
    def current(self) -> dt.date:
        dates = [d for d in (_date(k.partition(">")[2]) for k in self.moves) if d]
        return dates[-1] if dates else self.origin

    @property
    def cancelled(self) -> bool:
        return bool(self.moves) and self.moves[-1].endswith(">" + CANCELLED)


@dataclass(frozen=True)
class Change:
    """A correction that should exist now, for the meeting where it is now (or cancelled)."""

    chain: Chain
    key: str
    meeting: Meeting
    sequence: int
    cancelled: bool = False


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def chains(log: list[LogEntry]) -> dict[dt.date, Chain]:
    """Every meeting whose agenda digest went out to someone, with the corrections since."""
    origins: dict[dt.date, list[str]] = {}
    for entry in log:
        if entry.state != SENT:
            continue
        if entry.kind == AGENDA and (day := _date(entry.key)):
            origins.setdefault(day, [])
        elif entry.kind == CORRECTION and (day := _date(entry.key.partition(">")[0])):
            moves = origins.setdefault(day, [])
            if entry.key not in moves:
                moves.append(entry.key)
    return {day: Chain(day, tuple(moves)) for day, moves in sorted(origins.items())}


def _sequence(chain: Chain, key: str) -> int:
    return chain.moves.index(key) + 1 if key in chain.moves else len(chain.moves) + 1


def changes(wb: Workbook, log: list[LogEntry], today: dt.date) -> tuple[list[Change], list[Chain]]:
    """The corrections that should exist, and the chains whose meeting vanished from Møder
    without a replacement (a problem for the chair: mark it "aflyst" instead of deleting)."""
    known = chains(log)
    taken = {d for c in known.values() for d in (c.origin, c.current)}
    found: list[Change] = []
    lost: list[Chain] = []
    for chain in known.values():
        if chain.current < today or chain.cancelled:
            if chain.cancelled and (m := meeting_on(wb, chain.current)) and m.date >= today:
                found.append(Change(chain, chain.moves[-1], m, len(chain.moves), cancelled=True))
            continue
        here = meeting_on(wb, chain.current)
        if here is not None and here.status == CANCELLED:
            key = f"{chain.origin.isoformat()}>{CANCELLED}"
            found.append(Change(chain, key, here, _sequence(chain, key), cancelled=True))
        elif here is not None and chain.moves:
            found.append(Change(chain, chain.moves[-1], here, len(chain.moves)))
        elif here is None:
            target = _replacement(wb, chain.current, today, taken)
            if target is None:
                lost.append(chain)
                continue
            taken.add(target.date)
            key = f"{chain.origin.isoformat()}>{target.date.isoformat()}"
            found.append(Change(chain, key, target, _sequence(chain, key)))
    return found, lost


def _replacement(wb: Workbook, was: dt.date, today: dt.date, taken: set[dt.date]
                 ) -> Meeting | None:
    """The planned meeting nobody was invited to that is nearest the vanished date."""
    candidates = [m for m in wb.meetings if m.status == "planned" and m.date >= today and
                  m.date not in taken and abs(m.date - was) <= MOVE_WINDOW]
    return min(candidates, key=lambda m: (abs(m.date - was), m.date), default=None)


def announced(wb: Workbook, log: list[LogEntry], today: dt.date) -> dict[dt.date, Chain]:
    """Meeting dates that must not get a fresh agenda digest because the meeting there was
    already announced under another date (a move, sent or about to be)."""
    found, _ = changes(wb, log, today)
    moved = {c.meeting.date: c.chain for c in found if not c.cancelled}
    for chain in chains(log).values():
        if chain.moves:
            moved.setdefault(chain.origin, chain)
    return moved
