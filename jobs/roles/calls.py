"""The state of the roles feature, derived from the Log alone, and the writes it makes. Pure.

Nothing about a call for volunteers is stored outside the Log. Its rows (kind ``vacancy``, key
``<role id>:<start date>``, the role id being the folded role name, e.g. ``sekretaer``) are:

- the call e-mails (state ``sent``, one per member): the call exists and started on that date;
- one row per reply: state ``yes`` / ``no`` / ``unclear`` / ``late``, the member in Modtager and
  the start of what they wrote in Detaljer; ``fallback`` for a conditional offer ("hvis ingen
  andre melder sig, kan jeg godt"): taken after the real volunteers, before any lottery;
- ``assigned``: a volunteer written as holder directly (``assign_directly``);
- ``drawn``: a draw; Detaljer holds everything the announcement needs
  (``nr=1; dato=…; pulje=alle; frø=…; vinder=…; lodder=e-mail/belastning/lodder …;
  funktion=…``);
- ``declined`` (the winner said no in time: draw again), ``accepted``, ``refused`` (a no that
  came too late or once too often: the chair decides);
- ``filled``: the chair filled the role in the sheet while the call was open.

A call is closed by a standing draw, ``assigned`` or ``filled``. A vacant role whose last call is
closed gets a new call (a new vacancy); renewals (kind ``renewal``, key ``<role id>:<term end>``)
and approvals (kind ``approval``, key the member's e-mail) are recorded the same way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from tovholder.jobs.base import cells
from tovholder.jobs.base.context import Context
from tovholder.jobs.base.logbook import record as record  # the one Log-row builder
from tovholder.jobs.roles.lottery import Entry, LotterySettings
from tovholder.mailer.outbox import age
from tovholder.sheets import schema
from tovholder.sheets.batch import DateText
from tovholder.sheets.model import LogEntry, Member, Role
from tovholder.sheets.schema import fold

CALL, RENEWAL, APPROVAL = "vacancy", "renewal", "approval"
YES, NO, UNCLEAR, LATE, FALLBACK = "yes", "no", "unclear", "late", "fallback"
DRAWN, DECLINED, ACCEPTED, REFUSED, ASSIGNED, FILLED = (
    "drawn", "declined", "accepted", "refused", "assigned", "filled")
RECENT = dt.timedelta(days=14)  # e-mails derived from a record are wanted this long
RETRY = dt.timedelta(days=1)  # a result whose sheet write did not land is re-written this long


def role_id(name: str) -> str:
    return fold(name) or "funktion"


def settings(ctx: Context) -> LotterySettings:
    found = ctx.settings.get("roles")
    return found if isinstance(found, LotterySettings) else LotterySettings()


def recent(entry: LogEntry, ctx: Context, within: dt.timedelta = RECENT) -> bool:
    return age(entry, ctx.now) <= within


@dataclass(frozen=True)
class DrawRecord:
    role: str  # as it went into the seed
    n: int
    day: dt.date
    pool: str  # "alle" | "frivillige"
    seed: str
    winner: str
    entries: tuple[Entry, ...]  # names are not recorded: e-mail, load and lots are the facts
    entry: LogEntry | None = None

    def encode(self) -> str:
        lots = " ".join(f"{e.email}/{e.load}/{e.tickets}" for e in self.entries)
        # i18n: data (the Log's encoding of a draw, read back by decode)
        return (f"nr={self.n}; dato={self.day.isoformat()}; pulje={self.pool}; frø={self.seed}; "
                f"vinder={self.winner}; lodder={lots}; funktion={self.role}")

    @classmethod
    def decode(cls, entry: LogEntry) -> DrawRecord | None:
        try:
            head, _, role = entry.detail.partition("; funktion=")
            fields = dict(part.split("=", 1) for part in head.split("; "))
            entries = []
            for item in fields["lodder"].split():
                email, load, tickets = item.rsplit("/", 2)
                entries.append(Entry(email, email, int(load), int(tickets)))
            # i18n: data (the Log's encoding)
            return cls(role, int(fields["nr"]), dt.date.fromisoformat(fields["dato"]), fields["pulje"],
                       fields["frø"], fields["vinder"], tuple(entries), entry)
        except (ValueError, KeyError):
            return None


@dataclass
class Call:
    role_id: str
    start: dt.date
    records: list[LogEntry] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.role_id}:{self.start.isoformat()}"

    def deadline(self, s: LotterySettings) -> dt.date:
        return self.start + dt.timedelta(days=s.call_days)

    def of(self, *states: str) -> list[LogEntry]:
        return [e for e in self.records if e.state in states]

    @property
    def draws(self) -> list[DrawRecord]:
        return [d for d in map(DrawRecord.decode, self.of(DRAWN)) if d is not None]

    @property
    def declined(self) -> list[str]:
        return [e.recipient for e in self.of(DECLINED)]

    @property
    def volunteers(self) -> list[str]:
        """Members whose latest answer before any draw or assignment is yes, first yes first."""
        return self._answered(YES)

    @property
    def fallbacks(self) -> list[str]:
        """Members whose latest answer is a conditional offer ("if nobody else, I can")."""
        return self._answered(FALLBACK)

    @property
    def takers(self) -> list[str]:
        """Who takes the role before any lottery: the volunteers, else the fallbacks."""
        return self.volunteers or self.fallbacks

    def _answered(self, wanted: str) -> list[str]:
        latest: dict[str, str] = {}
        for e in self.records:
            if e.state in (DRAWN, ASSIGNED, FILLED):
                break
            if e.state in (YES, NO, FALLBACK):
                latest[e.recipient] = e.state  # a dict keeps the first answer's position
        return [m for m, state in latest.items() if state == wanted]

    @property
    def result(self) -> tuple[str, LogEntry] | None:
        """(holder, the row) when the call is closed: a standing draw, assigned or filled."""
        for e in reversed(self.records):
            if e.state in (ASSIGNED, FILLED):
                return e.recipient, e
            if e.state == DRAWN:
                draw = DrawRecord.decode(e)
                if draw and draw.winner not in self.declined:
                    return draw.winner, e
                return None
        return None

    @property
    def needs_redraw(self) -> bool:
        draws = self.draws
        return bool(draws) and draws[-1].winner in self.declined and self.result is None


def calls(log: list[LogEntry], rid: str) -> list[Call]:
    """Every call for the role, oldest first, each with its Log rows in order."""
    found: dict[dt.date, Call] = {}
    for e in log:
        if e.kind != CALL:
            continue
        prefix, _, day = e.key.rpartition(":")
        if prefix != rid:
            continue
        try:
            start = dt.date.fromisoformat(day)
        except ValueError:
            continue
        found.setdefault(start, Call(rid, start)).records.append(e)
    return [found[d] for d in sorted(found)]


def find_call(log: list[LogEntry], key: str) -> Call | None:
    rid = key.rpartition(":")[0]
    return next((c for c in calls(log, rid) if c.key == key), None)


def records(log: list[LogEntry], kind: str, key: str) -> list[LogEntry]:
    """The feature's own rows (not the e-mails: those have a Message-ID and a send state)."""
    return [e for e in log if e.kind == kind and e.key == key
            and e.state not in ("sending", "sent", "failed", "skipped", "retry")]


def is_vacant(ctx: Context, role: Role) -> bool:
    """No holder, a term that has ended, or a holder who has left; not while a renewal the
    holder said yes to waits for its sheet write."""
    if not role.holder:
        return True
    holder = ctx.wb.member(role.holder_email) if role.holder_email else None
    if holder is not None and holder.status == "left":
        return True
    if role.term_end is None or role.term_end >= ctx.today:
        return False
    key = f"{role_id(role.role)}:{role.term_end.isoformat()}"
    return not any(e.state == "renewed" for e in records(ctx.log, RENEWAL, key))


# --- writes to the chair's tabs (one cell each, the row's key re-checked) -----------------

def holder_text(members: list[Member], email: str) -> str:
    """The member's name when no other member has it, else the e-mail (tovholder.sheets.parse reads both)."""
    member = next((m for m in members if m.email == email), None)
    if member is None or not member.name:
        return email
    same = [m for m in members if fold(m.name) == fold(member.name)]
    return member.name if len(same) == 1 else email


def set_role_cells(ctx: Context, role: Role, values: dict[str, str]) -> bool:
    """Write column key -> text into the role's row; False when the tab has no role column."""
    return cells.set_cells(ctx, "roles", role.row, ("role", role.role), values)


def pending_cell(ctx: Context, tab_key: str, row: int, col_key: str, default: str) -> str:
    return cells.pending(ctx, tab_key, row, col_key, default)


def dmy(day: dt.date) -> str:
    return DateText(day)  # a real date in the sheet, so the chair can sort by it


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def choice(ctx: Context, tab_key: str, column: str, value: str) -> str:
    """The word the sheet uses for a code value, in the group's language ("lottery" ->
    "lodtrækning", "active" -> "aktiv")."""
    words = schema.CHOICES[(tab_key, column)]
    return words[ctx.lang if ctx.lang in words else "da"][words["en"].index(value)]
