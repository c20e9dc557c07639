"""The lottery for a function nobody takes: who may be drawn, how many lots each has, and a draw
anyone can check by hand. Pure: data, the draw date and the seed in; a result out.

**Who can be drawn.** Active members (status aktiv) who do not hold the function. Not drawn:
members awaiting approval (afventer), members who left (udtrådt), members marked on leave
(Orlov), members the chair excludes (Ikke i lodtrækning), members who already declined this
draw, and rows the service cannot read (an unknown status; an unreadable e-mail keeps the row out
of the member list altogether). By the group's rule of one function each (``one_function_each``,
on by default), a member who holds another function (current term) is not drawn either, unless
every member left holds one; and a member who joined less than ``new_member_months`` (3) months
before the draw is not drawn. "Joined" is the Medlemmer tab's Indmeldt/Joined date, else the
day the chair approved the member (the ``approval`` row in the Log); a member with neither is
not new. Everyone left out is listed with the reason. These two rules apply to a draw among all
members; volunteers drawn among themselves chose to be in it.

**Load and lots.** A member's load is (each weighted, default 1): the functions they hold
(current term), the working groups and networks they are in, and their open actions. With
K = 1 + the highest load among those who can be drawn, each gets ``max(1, K - load)`` lots: the
busiest member has one lot, a member with nothing has the most. (``base`` and ``min_tickets``
in :class:`LotterySettings` replace the two 1s.)

**The seed.** The SHA-256 (hex) of this text, UTF-8, lines ending in a line feed::

    tovholder-lodtrækning-1
    funktion: sekretær
    dato: 2026-03-01
    anna@example.org 3
    bo@example.org 1

(the function's name in lower case with single spaces; the draw date as YYYY-MM-DD; one line
per member: e-mail in lower case, a space, the number of lots; sorted by e-mail). Every part is
public and printed in the announcement, so nobody, the service included, can pick the seed.

**The draw.** The lots are numbered from 0 down the sorted table: the first member holds
0..t1-1, the next t1..t1+t2-1, and so on up to the total T. The winning number is the seed read
as a hexadecimal number, modulo T; its holder is drawn. Check it in Python::

    import hashlib; s = hashlib.sha256(text.encode()).hexdigest(); print(s, int(s, 16) % T)

or with ``tovholder draw --verify`` on the announcement's numbers. Equal lots are fine (the
table order is by e-mail). With one member left, that member is drawn without a lottery.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tovholder.core.schema import derived, setting
from tovholder.sheets.model import Member, Problem, Workbook

HEADER = "tovholder-lodtrækning-1"  # i18n: data (hashed, never translated)
Table = Sequence[tuple[str, int]]  # (e-mail, lots)


@dataclass(frozen=True)
class LotterySettings:
    """The ``[roles]`` table of the config (tovholder.core.schema), and [terms] as it applies."""

    call_days: int = setting(21, low=1, unit="days", help="""
        Days a call for volunteers for a vacant role stays open; lots are drawn after that.""")
    decline_days: int = setting(7, low=0, unit="days", help="""
        Days a drawn member has to decline by replying; lots are then drawn again without
        them.""")
    max_declines: int = setting(1, low=0, help="""
        Declines honoured per call; the draw after that is final.""")
    assign_directly: bool = setting(False, help="""
        true: a volunteer's "ja" makes them holder at once; false: the chair is asked to
        confirm.""")
    several_volunteers: str = setting("chair", choices=("chair", "lottery"), help="""
        Several volunteers: "chair" (the chair chooses) or "lottery" (drawn among them).""")
    base: int = setting(1, low=0, help="""
        Lots = max(min_tickets, K - load), where K = base + the highest load among those who can
        be drawn: the member carrying the most has the fewest lots.""")
    min_tickets: int = setting(1, low=1, help="The fewest lots anyone has.")
    weight_roles: int = setting(1, low=0, help="""
        The load counts each role held (current term) this many times...""")
    weight_groups: int = setting(1, low=0, help="""
        ...each working group or network this many times...""")
    weight_actions: int = setting(1, low=0, help="...and each open action this many times.")
    one_function_each: bool = setting(True, help="""
        true: a member who already holds another function is not drawn (one function each,
        as the group's rule says), unless every member who could be drawn holds one; false:
        they are drawn, with fewer lots.""")
    new_member_months: int = setting(3, low=0, high=36, unit="months", help="""
        Members who joined (Medlemmer's Indmeldt/Joined date, else the day the chair approved
        them) less than this many months before a draw are not drawn; 0 = everyone is.""")
    term_years: int = derived("terms.years", 2)
    warning_days: tuple[int, ...] = derived("terms.warning_days", (60, 14))


@dataclass(frozen=True)
class Entry:
    email: str
    name: str
    load: int
    tickets: int


@dataclass(frozen=True)
class Excluded:
    email: str
    name: str
    reason: str  # an i18n code: lottery.pending, lottery.left, lottery.on_leave, ...
    params: tuple[tuple[str, str], ...] = ()  # the code's parameters (the function held, ...)


@dataclass(frozen=True)
class Pool:
    role: str
    entries: tuple[Entry, ...]  # sorted by e-mail
    excluded: tuple[Excluded, ...] = ()
    problems: tuple[Problem, ...] = ()  # member rows the lottery could not read

    @property
    def table(self) -> list[tuple[str, int]]:
        return [(e.email, e.tickets) for e in self.entries]


def load_of(wb: Workbook, email: str, today: dt.date, settings: LotterySettings) -> int:
    roles = sum(1 for r in wb.roles if r.holder_email == email
                and (r.term_end is None or r.term_end >= today))
    groups = sum(1 for g in wb.groups if email in g.member_emails)
    actions = sum(1 for a in wb.actions if a.status == "open" and email in a.owner_emails)
    return (settings.weight_roles * roles + settings.weight_groups * groups
            + settings.weight_actions * actions)


def tickets_for(loads: dict[str, int], settings: LotterySettings) -> dict[str, int]:
    """max(min_tickets, K - load), K = base + the highest load."""
    k = settings.base + max(loads.values(), default=0)
    return {email: max(settings.min_tickets, k - load) for email, load in loads.items()}


_STATUS_REASON = {"pending": "lottery.pending", "left": "lottery.left"}


def eligible(wb: Workbook, role: str, today: dt.date, settings: LotterySettings, *,
             among: frozenset[str] | None = None, without: frozenset[str] = frozenset(),
             taken: Mapping[str, str] | None = None) -> Pool:
    """Who can be drawn for ``role`` (only those in ``among``, if given), with their lots;
    ``taken``: e-mail -> a function they got this tick, which the sheet does not show yet."""
    holders = {r.holder_email for r in wb.roles if _norm_role(r.role) == _norm_role(role)}
    candidates: list[Member] = []
    excluded: list[Excluded] = []
    for m in wb.members:
        if among is not None and m.email not in among:
            continue
        reason = (_STATUS_REASON.get(m.status) or ("" if m.active else "lottery.malformed")
                  or ("lottery.holder" if m.email in holders else "")
                  or ("lottery.on_leave" if m.on_leave else "")
                  or ("lottery.exclude_draw" if m.exclude_draw else "")
                  or ("lottery.declined" if m.email in without else ""))
        if reason:
            excluded.append(Excluded(m.email, m.name or m.email, reason))
        else:
            candidates.append(m)
    if among is None:  # the group's own rules; volunteers chose to be in it
        candidates = _by_the_rules(wb, role, today, settings, candidates, excluded, taken or {})
    loads = {m.email: load_of(wb, m.email, today, settings) for m in candidates}
    names = {m.email: m.name or m.email for m in candidates}
    tickets = tickets_for(loads, settings)
    entries = tuple(Entry(e, names[e], loads[e], tickets[e]) for e in sorted(loads))
    title = wb.layouts["members"].title if "members" in wb.layouts else "Medlemmer"
    problems = tuple(p for p in wb.problems if p.tab == title and p.severity == "error")
    return Pool(role, entries, tuple(excluded), problems)


def _by_the_rules(wb: Workbook, role: str, today: dt.date, settings: LotterySettings,
                  candidates: list[Member], excluded: list[Excluded],
                  taken: Mapping[str, str]) -> list[Member]:
    """New members out; then, one function each: holders of another function out, unless that
    would leave nobody (everyone holds one)."""
    kept = []
    for m in candidates:
        since = joined(wb, m)
        if since is not None and settings.new_member_months and \
                today < add_months(since, settings.new_member_months):
            excluded.append(Excluded(m.email, m.name or m.email, "lottery.new_member",
                                     (("date", since.isoformat()),)))
        else:
            kept.append(m)
    held = {m.email: functions_held(wb, m.email, role, today)
            + ([taken[m.email]] if m.email in taken else []) for m in kept}
    if not settings.one_function_each or all(held.values()):
        return kept
    excluded += [Excluded(m.email, m.name or m.email, "lottery.has_function",
                          (("roles", ", ".join(held[m.email])),)) for m in kept if held[m.email]]
    return [m for m in kept if not held[m.email]]


def functions_held(wb: Workbook, email: str, role: str, today: dt.date) -> list[str]:
    """The other functions ``email`` holds now (current term), as the sheet names them."""
    return [r.role for r in wb.roles if r.holder_email == email
            and _norm_role(r.role) != _norm_role(role)
            and (r.term_end is None or r.term_end >= today)]


def joined(wb: Workbook, member: Member) -> dt.date | None:
    """The Indmeldt/Joined date, else the day the chair approved the member (the Log)."""
    if member.joined is not None:
        return member.joined
    approved = [e.time[:10] for e in wb.log
                if e.kind == "approval" and e.state == "approved" and e.key == member.email]
    try:
        return dt.date.fromisoformat(approved[0]) if approved else None
    except ValueError:
        return None


def add_months(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.month - 1 + months, 12)
    for last in (day.day, 30, 29, 28):  # 31 January + 1 month: the last day of February
        try:
            return day.replace(year=day.year + year, month=month + 1, day=min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def _norm_role(role: str) -> str:
    return " ".join(role.split()).casefold()


def _sorted(table: Table) -> list[tuple[str, int]]:
    rows = sorted((email.strip().casefold(), int(n)) for email, n in table)
    if len({e for e, _ in rows}) != len(rows):
        raise ValueError("the same e-mail twice in the table")
    if any(n < 1 for _, n in rows):
        raise ValueError("every member in the table needs at least one lot")
    return rows


def canonical_text(role: str, day: dt.date, table: Table) -> str:
    lines = [HEADER, f"funktion: {_norm_role(role)}", f"dato: {day.isoformat()}",
             *(f"{email} {n}" for email, n in _sorted(table))]
    return "\n".join(lines) + "\n"


def make_seed(role: str, day: dt.date, table: Table) -> str:
    return hashlib.sha256(canonical_text(role, day, table).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Result:
    winner: str
    ticket: int  # the winning lot number, 0..total-1
    total: int
    ranges: tuple[tuple[str, int, int], ...]  # (e-mail, first lot, last lot) in table order


def draw(table: Table, seed: str | int) -> Result:
    """The member holding lot ``seed mod total`` (a hex string or an int: the randomness)."""
    rows = _sorted(table)
    if not rows:
        raise ValueError("nobody to draw")
    total = sum(n for _, n in rows)
    ticket = (int(seed, 16) if isinstance(seed, str) else seed) % total
    ranges, first, winner = [], 0, ""
    for email, n in rows:
        ranges.append((email, first, first + n - 1))
        if first <= ticket < first + n:
            winner = email
        first += n
    return Result(winner, ticket, total, tuple(ranges))


def verify(role: str, day: dt.date, table: Table) -> str:
    """The winner the announcement's numbers give: recomputes the seed and the draw."""
    return draw(table, make_seed(role, day, table)).winner


@dataclass(frozen=True)
class Drawn:
    role: str
    day: dt.date
    pool: Pool
    seed: str
    result: Result | None  # None when nobody can be drawn
    note: str = ""  # "" | "lottery.single" | "lottery.no_eligible"

    @property
    def winner(self) -> str:
        return self.result.winner if self.result else ""


def run(pool: Pool, day: dt.date) -> Drawn:
    """The audited draw for ``pool`` on ``day``: its seed is the only randomness."""
    if not pool.entries:
        return Drawn(pool.role, day, pool, "", None, "lottery.no_eligible")
    seed = make_seed(pool.role, day, pool.table)
    note = "lottery.single" if len(pool.entries) == 1 else ""
    return Drawn(pool.role, day, pool, seed, draw(pool.table, seed), note)
