"""The written round of one meeting, compiled from the Log: each member's answers by
municipality and member, who had nothing new, who has not answered. Pure.

The Log is the only record of the answers (kind ``round_answer``, key the meeting's date when
the question went, the member in Modtager, the text in the detail): a member who writes twice
has both answers kept, in the order written; "intet nyt" after a real answer does not hide the
answer. A meeting the chair moves keeps its answers: ``now_on`` follows the key to where the
meeting is now (its invitation's corrections, or, before any invitation went, the planned
meeting nearest the vanished date, as jobs/digests/invites.py takes a move).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tovholder.jobs.digests.agenda import meeting_on
from tovholder.jobs.digests.invites import MOVE_WINDOW, chains
from tovholder.sheets.model import LogEntry, Workbook
from tovholder.sheets.schema import fold

ANSWER = "round_answer"  # the Log rows of the answers
RECORDED, NOTHING, EMPTY = "recorded", "nothing_new", "empty"
LONG = 2500  # characters of answers above which the digest carries them as an attachment


@dataclass(frozen=True)
class Answer:
    name: str
    municipality: str
    email: str
    texts: tuple[str, ...]


@dataclass(frozen=True)
class Municipality:
    name: str  # "" when the members' tab names none
    answers: tuple[Answer, ...]


@dataclass(frozen=True)
class Round:
    by_municipality: tuple[Municipality, ...]
    nothing_new: tuple[str, ...]  # names
    unanswered: tuple[str, ...]  # names of active members who have not answered

    @property
    def answered(self) -> bool:
        return bool(self.by_municipality or self.nothing_new)

    @property
    def long(self) -> bool:
        return sum(len(t) for m in self.by_municipality for a in m.answers
                   for t in a.texts) > LONG


def now_on(wb: Workbook, log: list[LogEntry], key: str) -> str:
    """Where the meeting a round was asked for under ``key`` (its date then) is now."""
    try:
        day = dt.date.fromisoformat(key)
    except ValueError:
        return key
    chain = chains(log).get(day)
    if chain is not None and chain.moves:
        return chain.current.isoformat()
    if meeting_on(wb, day) is not None:
        return key
    near = [m for m in wb.meetings if m.status == "planned" and abs(m.date - day) <= MOVE_WINDOW]
    return min(near, key=lambda m: (abs(m.date - day), m.date)).date.isoformat() if near else key


def keys_of(wb: Workbook, log: list[LogEntry], kinds: set[str], day: dt.date) -> set[str]:
    """The keys of the rows of ``kinds`` that belong to the meeting now on ``day``."""
    found = {e.key for e in log if e.kind in kinds}
    return {day.isoformat()} | {k for k in found if now_on(wb, log, k) == day.isoformat()}


def compile_round(wb: Workbook, log: list[LogEntry], day: dt.date) -> Round:
    texts: dict[str, list[str]] = {}
    nothing: list[str] = []
    keys = keys_of(wb, log, {ANSWER}, day)
    for e in log:
        if e.kind != ANSWER or e.key not in keys:
            continue
        if e.state == RECORDED and e.detail and e.detail not in texts.get(e.recipient, []):
            texts.setdefault(e.recipient, []).append(e.detail)
        elif e.state == NOTHING:
            nothing.append(e.recipient)
    answers = [_answer(wb, email, found) for email, found in texts.items()]
    places: dict[str, list[Answer]] = {}
    for a in sorted(answers, key=lambda a: (fold(a.municipality), fold(a.name))):
        places.setdefault(a.municipality, []).append(a)
    said = set(texts) | set(nothing)
    return Round(
        tuple(Municipality(k, tuple(v)) for k, v in places.items()),
        tuple(_name(wb, e) for e in dict.fromkeys(nothing) if e not in texts),
        tuple(sorted((m.name or m.email for m in wb.members if m.active and m.email not in said),
                     key=fold)))


def _answer(wb: Workbook, email: str, texts: list[str]) -> Answer:
    member = wb.member(email)
    return Answer(_name(wb, email), member.organisation if member else "", email, tuple(texts))


def _name(wb: Workbook, email: str) -> str:
    member = wb.member(email)
    return member.name if member and member.name else email
