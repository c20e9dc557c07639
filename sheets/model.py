"""The group's workbook as typed records. Pure: built by tovholder.sheets.parse from any backend's grid.

Every record keeps ``row``, its 1-based row in its tab, so a later write can name the cell and a
problem report can name the address the chair should look at.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    """Something wrong in the workbook, pinned to a cell. ``code`` + ``params`` are translated by
    tovholder.core.i18n into the group's language; ``cell`` is e.g. "F7" (or "" for a whole tab)."""

    severity: str  # "error" | "warning"
    tab: str
    cell: str
    code: str
    params: tuple[tuple[str, str], ...] = ()

    @property
    def address(self) -> str:
        return f"{self.tab}!{self.cell}" if self.cell else self.tab


@dataclass(frozen=True)
class Member:
    row: int
    name: str
    email: str  # lower-cased, trimmed: the key
    organisation: str
    status: str  # active | pending | left
    joined: dt.date | None = None
    phone: str = ""
    on_leave: bool = False
    exclude_draw: bool = False
    notes: str = ""
    other_addresses: tuple[str, ...] = ()  # lower-cased; confirmed by the member (jobs/identity)

    @property
    def active(self) -> bool:
        return self.status == "active"


@dataclass(frozen=True)
class Role:
    row: int
    role: str
    holder: str  # as typed: a member email or name; "" when vacant
    holder_email: str  # resolved against Members, "" when unknown or vacant
    term_start: dt.date | None
    term_end: dt.date | None
    chosen: str  # volunteer | lottery | appointed | ""
    description: str = ""
    note: str = ""

    @property
    def vacant(self) -> bool:
        return not self.holder


@dataclass(frozen=True)
class Action:
    row: int
    id: str
    meeting: dt.date | None
    item: str
    description: str
    owners: tuple[str, ...]  # as typed
    owner_emails: tuple[str, ...]  # resolved to member emails where possible
    due: dt.date | None
    status: str  # open | done | dropped
    note: str = ""


@dataclass(frozen=True)
class Meeting:
    row: int
    date: dt.date
    start: dt.time | None
    end: dt.time | None
    place: str
    kind: str  # physical | online | hybrid | ""
    status: str  # planned | held | minutes | cancelled
    note: str = ""


@dataclass(frozen=True)
class AgendaItem:
    row: int
    meeting: dt.date
    no: str
    title: str
    responsible: str
    note: str
    status: str  # planned | done | not_reached | deferred | proposed | rejected
    decision: str = ""  # what the meeting decided (Beslutning), as the chair wrote it


@dataclass(frozen=True)
class WorkingGroup:
    row: int
    name: str
    members: tuple[str, ...]  # as typed (emails or names)
    member_emails: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class Consultation:
    row: int
    title: str
    authority: str
    deadline: dt.date | None
    link: str
    coordinator: str
    status: str
    note: str = ""


@dataclass(frozen=True)
class Question:
    row: int
    id: str
    text: str
    type: str  # single | multi | text | number
    options: tuple[str, ...]


@dataclass(frozen=True)
class AnswerRow:
    row: int
    member: str
    round: str
    received: str
    message_id: str
    answers: dict[str, str]  # question id -> text as recorded
    raw: str


@dataclass(frozen=True)
class AttendanceRow:
    """A row of Deltagelse/Attendance: who comes to which meeting, as the tab says."""

    row: int
    meeting: dt.date
    member: str  # the member's email, resolved from a name or an email
    member_text: str  # the member cell as typed (the key a single-cell write re-checks)
    status: str  # coming | absent | maybe | unanswered
    comment: str
    source: str  # reply | calendar | chair (an empty source is the chair's)
    time: str = ""


@dataclass(frozen=True)
class LogEntry:
    row: int
    time: str
    kind: str
    key: str
    recipient: str
    message_id: str
    state: str
    detail: str


@dataclass(frozen=True)
class TabLayout:
    """Where a tab is and where its columns are, as read: what a write needs to address cells."""

    key: str
    title: str
    header_row: int
    columns: dict[str, int]  # column key -> 1-based column
    extra: dict[str, int] = field(default_factory=dict)  # unknown headers (e.g. Svar questions)
    last_row: int = 0  # last non-empty row

    def col(self, key: str) -> int | None:
        return self.columns.get(key)


@dataclass
class Workbook:
    members: list[Member] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    groups: list[WorkingGroup] = field(default_factory=list)
    consultations: list[Consultation] = field(default_factory=list)
    form: list[Question] = field(default_factory=list)
    answers: list[AnswerRow] = field(default_factory=list)
    log: list[LogEntry] = field(default_factory=list)
    attendance: list[AttendanceRow] = field(default_factory=list)
    layouts: dict[str, TabLayout] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def member(self, email: str) -> Member | None:
        wanted = email.strip().casefold()
        return next((m for m in self.members if m.email == wanted), None)

    def member_at(self, address: str) -> Member | None:
        """The member whose address or confirmed other address this is."""
        wanted = address.strip().casefold()
        return self.member(wanted) or next(
            (m for m in self.members if wanted in m.other_addresses), None)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]
