"""The year the ``year`` benchmark simulates, and the emails it should produce, worked out from
the schedule alone (never from the due functions under test).

The meeting (issue 13): members are asked the written round question ROUND_DAYS days before a
meeting; some answer it ("intet nyt" or a sentence, ``answer``), some send "afbud" to the agenda
digest; the attendance reminder goes REMINDER_WORKDAYS working days before the meeting to those
who sent no afbud; after the meetings in MINUTES_FOR the chair sets "referat klar" with a link in
the note, and the minutes go to every member.

How ``expected`` counts (the spec, restated here, not asked of the code):

- scheduled mail goes at the send hour HOUR of a working day (no weekend, no Danish public
  holiday: the ``holidays`` package's calendar, not 24 or 31 December); mail due on a closed
  day or before the hour goes at the next opening;
- the agenda digest carries a calendar invitation and a correction goes at once: each is its own
  email; a moved meeting gets no second agenda digest and no second round question (it was
  asked under its old date), but the attendance reminder for its new date goes to everyone
  (an afbud was for the old date);
- every other email (the round question, the attendance reminder, an owner's action reminder of
  the day, the follow-up, the minutes with a link) is plain and scheduled: one member's plain
  emails that are due at the same moment (the same opening, or "referat klar" bringing the
  follow-up and the minutes together) go as ONE email (a bundle), so ``expected`` counts one
  email per (member, moment) over all of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import holidays

from tovholder.sheets import schema
from tovholder.sheets.starter import header, row_for

TZ = ZoneInfo("Europe/Copenhagen")
MEMBERS = 30
MEETINGS = [dt.date(2025, 1, 22), dt.date(2025, 4, 23), dt.date(2025, 7, 23),
            dt.date(2025, 10, 22)]
YEAR = dt.timedelta(weeks=52)  # a later year's meetings: the same weekdays, 52 weeks on
# Over several years the chair drops what stayed open this long, so every year is alike (the
# one-year bench keeps its actions open, as it always did).
GIVE_UP = dt.timedelta(days=120)
MOVED, MOVED_TO, MOVED_AT = 2, dt.date(2025, 7, 30), dt.datetime(2025, 7, 18, 10, tzinfo=TZ)
MINUTES_FOR = {0, 1, 3}  # the chair sets "referat klar"; the third meeting waits F days
# (MINUTES_FOR counts the meetings of each year; the move happens in the first year only)
ACTIONS_PER_MEETING = 6
AGENDA_DAYS, FOLLOWUP_DAYS, BEFORE, EVERY, HOUR = 7, 3, 3, 7, 7  # the defaults, restated
CLOSED = {(12, 24), (12, 31)}  # [schedule] closed_days: 24 and 31 December
ROUND_DAYS, REMINDER_WORKDAYS = 10, 2  # [round] days_before, [digests] attendance_reminder_days
MINUTES_LINK = "Referat: https://example.org/referater/{k}"  # the chair's note at "referat klar"
NEWS = "Vi har fået en ny sag om jordforurening i Vestbyen."  # one member's round answer
FIRST = ["Ida", "Søren", "Mette", "Jonas", "Freja", "Rasmus", "Line", "Anders", "Hanne", "Karen"]
LAST = ["Engholm", "Bækgaard", "Lindholt"]


@dataclass
class PlannedAction:
    id: str
    owner: str
    created: dt.datetime
    due: dt.date
    closed: dt.datetime | None


def d(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


def meetings(years: int) -> list[dt.date]:
    return [m + y * YEAR for y in range(years) for m in MEETINGS]


class Scenario:
    """The group's chair tabs and the chair's edits through the year (or ``years`` years)."""

    def __init__(self, n: int, years: int = 1, members: int = MEMBERS) -> None:
        self.meetings = meetings(years)
        self.give_up = GIVE_UP if years > 1 else None
        self.emails = [f"m{i}.g{n}@example.org" for i in range(members)]
        self.data: dict[str, list[dict[str, str]]] = {
            "members": [{"name": f"{FIRST[i % 10]} {LAST[i // 10]}", "email": e,
                         "status": "aktiv"} for i, e in enumerate(self.emails)],
            "roles": [{"role": "Formand", "holder": self.emails[0], "term_start": "01-01-2024"}],
            "meetings": [{"date": d(m), "start": "9.30", "end": "12.00", "place": "Rådhuset",
                          "status": "planlagt"} for m in self.meetings],
            "agenda": [{"meeting": d(m), "no": str(j), "title": f"Punkt {k}.{j}"}
                       for k, m in enumerate(self.meetings) for j in (1, 2, 3)],
            "actions": []}
        self.actions: list[PlannedAction] = []
        self.events: list[tuple[dt.datetime, Callable[[], set[str]]]] = []
        start = dt.datetime(2024, 12, 1, tzinfo=TZ)
        for j, due in enumerate((dt.date(2025, 1, 10), dt.date(2025, 1, 14), dt.date(2025, 1, 20),
                                 dt.date(2025, 2, 3))):
            self._plan(f"0.{j}", self.emails[(1 + j) % members], start, due, j == 0)
        self._add_actions(self.actions)
        for k, m in enumerate(self.meetings):
            held = MOVED_TO if k == MOVED else m
            self.events.append((dt.datetime.combine(held, dt.time(14), tzinfo=TZ),
                                lambda k=k, held=held: self._held(k, held)))
        self.events.append((MOVED_AT, self._move))
        self.events.sort(key=lambda e: e[0])

    def _plan(self, id_: str, owner: str, created: dt.datetime, due: dt.date, close: bool
              ) -> PlannedAction:
        closed = dt.datetime.combine(due - dt.timedelta(days=1), dt.time(12), tzinfo=TZ) \
            if close else None
        if closed is None and self.give_up is not None:
            closed = dt.datetime.combine((created + self.give_up).date(), dt.time(12), tzinfo=TZ)
        action = PlannedAction(id_, owner, created, due, closed)
        self.actions.append(action)
        if closed:
            self.events.append((closed, lambda: self._close(id_)))
        return action

    def _add_actions(self, actions: list[PlannedAction]) -> set[str]:
        self.data["actions"] += [{"id": a.id, "description": f"Opgave {a.id}", "owners": a.owner,
                                  "due": d(a.due), "status": "åben"} for a in actions]
        return {"actions"}

    def _held(self, k: int, day: dt.date) -> set[str]:
        row = next(r for r in self.data["meetings"] if r["date"] == d(day))
        row["status"] = "referat klar" if k % len(MEETINGS) in MINUTES_FOR else "afholdt"
        if row["status"] == "referat klar":
            row["note"] = MINUTES_LINK.format(k=k)
        for item in self.data["agenda"]:
            if item["meeting"] == d(day):
                item["status"] = "ikke nået" if item["no"] == "3" else "behandlet"
        now = dt.datetime.combine(day, dt.time(14), tzinfo=TZ)
        new = [self._plan(f"{k + 1}.{j}", self.emails[(k * 3 + j // 2 + 5) % len(self.emails)], now,
                          day + dt.timedelta(days=21 + 7 * j), j % 2 == 0)
               for j in range(ACTIONS_PER_MEETING)]
        self.events.sort(key=lambda e: e[0])
        return {"meetings", "agenda"} | self._add_actions(new)

    def _move(self) -> set[str]:
        old, new = d(MEETINGS[MOVED]), d(MOVED_TO)
        for row in self.data["meetings"] + self.data["agenda"]:
            for key in ("date", "meeting"):
                if row.get(key) == old:
                    row[key] = new
        return {"meetings", "agenda"}

    def _close(self, id_: str) -> set[str]:
        next(a for a in self.data["actions"] if a["id"] == id_)["status"] = "færdig"
        return {"actions"}

    def chair_edits(self, now: dt.datetime) -> set[str]:
        """Apply the edits due by ``now``; the tabs they changed."""
        changed: set[str] = set()
        while self.events and self.events[0][0] <= now:
            changed |= self.events.pop(0)[1]()
        return changed


def tabs_of(data: dict[str, list[dict[str, str]]], only: set[str] | None = None
            ) -> dict[str, list[list[str]]]:
    """Grids of the chair's tabs (all schema tabs when creating; Log and Svar start empty)."""
    found = {}
    for tab in schema.TABS:
        if only is None or tab.key in only:
            found[tab.title("da")] = [list(header(tab, "da")),
                                      *(list(row_for(tab, r)) for r in data.get(tab.key, ()))]
    return found


def answer(kind: str, member: int) -> str | None:
    """What member number ``member`` replies to an email of ``kind`` that reaches them alone
    (nothing to a bundle): every fifth sends "afbud" to the agenda digest, two in five answer
    the written round, one with "intet nyt", one with news."""
    if kind == "agenda" and member % 5 == 2:
        return "Afbud"
    if kind == "round" and member % 5 in (3, 4):
        return "Intet nyt" if member % 5 == 3 else NEWS
    return None


def absent(member: int) -> bool:
    """The member sent "afbud" (see ``answer``)."""
    return answer("agenda", member) is not None


def working(day: dt.date) -> bool:
    """Not a weekend, a Danish public holiday or one of CLOSED (the [schedule] default)."""
    return day.weekday() < 5 and (day.month, day.day) not in CLOSED and \
        day not in holidays.country_holidays("DK", years=day.year)


def opening(at: dt.datetime) -> dt.datetime:
    """When scheduled mail due at ``at`` goes: then, if a working day at or after the send hour,
    else the next working day's send hour."""
    if working(at.date()) and at.hour >= HOUR:
        return at
    day = at.date() if at.hour < HOUR else at.date() + dt.timedelta(days=1)
    while not working(day):
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(HOUR), tzinfo=TZ)


def working_days_before(day: dt.date, n: int) -> dt.date:
    while n:
        day -= dt.timedelta(days=1)
        n -= working(day)
    return day


def at_hour(day: dt.date, hour: int = HOUR) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=TZ)


def reminder_days(action: PlannedAction, last: dt.date) -> set[dt.date]:
    """The spec: BEFORE days before the due date, then the day after and every EVERY days while
    open; only days when the action exists and is open at the send hour."""
    first = action.created.date()  # created after the send hour: the tick that sees it sends
    until = min(action.closed.date() if action.closed else last, last)
    days = {action.due - dt.timedelta(days=BEFORE)}
    day = action.due + dt.timedelta(days=1)
    while day <= until:
        days.add(day)
        day += dt.timedelta(days=EVERY)
    return {x for x in days if first <= x <= until}


def plain(scenario: Scenario, end: dt.datetime) -> set[tuple[str, dt.datetime]]:
    """(member, moment) of the plain scheduled emails: one email each (see the docstring)."""
    found: set[tuple[str, dt.datetime]] = set()
    for k, m in enumerate(scenario.meetings):
        held = MOVED_TO if k == MOVED else m
        asked = opening(at_hour(m - dt.timedelta(days=ROUND_DAYS)))
        found |= {(e, asked) for e in scenario.emails}
        reminded = opening(at_hour(working_days_before(held, REMINDER_WORKDAYS)))
        # an afbud answers the agenda digest, after it went: a reminder as early (Easter) or
        # for a moved meeting (the afbud was for the old date) goes to everyone
        everyone = k == MOVED or reminded <= opening(at_hour(m - dt.timedelta(days=AGENDA_DAYS)))
        found |= {(e, reminded) for i, e in enumerate(scenario.emails)
                  if everyone or not absent(i)}
        if k % len(MEETINGS) in MINUTES_FOR:  # the follow-up and the minutes, together
            follow = at_hour(held, 14)
        else:
            follow = opening(at_hour(held + dt.timedelta(days=FOLLOWUP_DAYS)))
        found |= {(e, follow) for e in scenario.emails if follow < end - dt.timedelta(minutes=30)}
    last = (end - dt.timedelta(days=1)).date()
    for a in scenario.actions:
        for day in reminder_days(a, last):
            sent = opening(at_hour(day))
            if a.created < end and (a.closed is None or sent < a.closed):
                found.add((a.owner, sent))
    return found


def expected(scenario: Scenario, start: dt.datetime, end: dt.datetime) -> int:
    """Emails the year should produce between ``start`` and ``end``: the agenda digests and
    corrections alone, the plain scheduled emails one per member and moment."""
    members = len(scenario.emails)
    total = 0
    for k, m in enumerate(scenario.meetings):
        agenda_at = opening(at_hour(m - dt.timedelta(days=AGENDA_DAYS)))
        total += members * (start <= agenda_at < end)
        if k == MOVED:
            total += members * (agenda_at < MOVED_AT < end - dt.timedelta(minutes=30))
    return total + len({(e, at) for e, at in plain(scenario, end) if start <= at < end})
