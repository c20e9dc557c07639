"""From a backend's grid to typed records, with every problem pinned to its cell. Pure.

Bad rows never stop good rows: a row with an unreadable key is reported and left out, a row with
an unreadable detail is kept with that detail empty, and parsing always finishes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator, Sequence

from tovholder.core.dates import MONTHS, parse_date, parse_time
from tovholder.core.text import close_name
from tovholder.sheets import schema
from tovholder.sheets.a1 import cell
from tovholder.sheets.backend import Snapshot
from tovholder.sheets.model import (
    Action,
    AgendaItem,
    AnswerRow,
    AttendanceRow,
    Consultation,
    LogEntry,
    Meeting,
    Member,
    Problem,
    Question,
    Role,
    TabLayout,
    Workbook,
    WorkingGroup,
)
from tovholder.sheets.schema import Tab, fold

EMAIL = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$")
ADDRESS_SPLIT = re.compile(r"[\s,;]+")
# a day and a month without the year: "28/2", "28.2.", "28. februar"
NO_YEAR = re.compile(r"^(\d{1,2})(?:\s*[./-]\s*(\d{1,2})\.?|\.?\s+([a-zæøå]+)\.?)$", re.IGNORECASE)
# a whole date as a spreadsheet shows one it made ("3.1.2026"); "3.1.2" stays an item number
FULL_DATE = re.compile(r"^\d{1,2}[-./]\d{1,2}[-./]\d{4}$|^\d{4}-\d{2}-\d{2}(?: 00:00:00)?$")
_LIST_SPLIT = re.compile(r"\s*(?:[,;\n/&+]|\bog\b|\band\b)\s*", re.IGNORECASE)
_OPTION_SPLIT = re.compile(r"\s*[;\n]\s*|\s*,\s*(?![^()]*\))")
TRUE_WORDS = {"ja", "x", "yes", "true", "sand", "1", "y", "j"}
HEADER_SCAN = 10  # the header row is among the first rows; blank title rows above it are fine


def text(value: object) -> str:
    """A cell as trimmed text; integral floats lose their '.0' (an id typed as 3 reads '3')."""
    if type(value) is str:  # nearly every cell: Google sends displayed text
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


SERIAL_EPOCH = dt.date(1899, 12, 30)  # day 0 of spreadsheets' serial numbers (Lotus 1-2-3)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def serial_date(value: object) -> dt.date:
    """A date cell read as a number (Google's UNFORMATTED_VALUE, SERIAL_NUMBER): days since 30
    December 1899, the fraction the time of day. Unambiguous, whatever the spreadsheet's
    locale; ValueError for a number no calendar has."""
    days = int(float(value))  # type: ignore[arg-type]
    try:
        return SERIAL_EPOCH + dt.timedelta(days=days)
    except OverflowError:
        raise ValueError(value) from None


def split_list(value: str) -> tuple[str, ...]:
    return tuple(p for p in (s.strip() for s in _LIST_SPLIT.split(value)) if p)


@functools.cache
def _header_names(tab: Tab) -> dict[str, str]:
    """Folded header -> column key for one tab (computed once per tab, not per row)."""
    names = {fold(n): c.key for c in tab.columns for n in reversed(c.names())}
    # Exact names win over aliases: "Note" is the note, even if "noter" is someone's alias
    for c in tab.columns:
        names[fold(c.da)] = c.key
        names[fold(c.en)] = c.key
    return names


Getter = Callable[[str], tuple[object, str]]  # a row's cell and its address, by column key


def _without_year(value: str) -> bool:
    """A real day of a month, written without its year ("28/2", "28. februar"; not "31/02")."""
    found = NO_YEAR.match(value.strip())
    if not found:
        return False
    day, month = int(found.group(1)), found.group(2)
    number = int(month) if month else MONTHS.get(fold(found.group(3)), 0)
    try:
        dt.date(2024, number, day)  # a leap year: 29/2 is a day
    except ValueError:
        return False
    return True


class _TabReader:
    """Rows of one tab with cells fetched by column key and problems reported by address."""

    def __init__(self, tab: Tab, title: str, grid: Sequence[Sequence[object]],
                 problems: list[Problem]):
        self.tab, self.title, self.grid, self.problems = tab, title, grid, problems
        self.layout = self._find_header()

    def _find_header(self) -> TabLayout:
        best: tuple[int, dict[str, int], dict[str, int]] = (0, {}, {})
        for r, row in enumerate(self.grid[:HEADER_SCAN], start=1):
            columns, extra = self._match(row)
            if len(columns) > len(best[1]):
                best = (r, columns, extra)
        header_row, columns, extra = best
        last = max((i for i, row in enumerate(self.grid, 1) if any(text(v) for v in row)),
                   default=0)
        return TabLayout(self.tab.key, self.title, header_row or 1, columns, extra, last)

    def _match(self, row: Sequence[object]) -> tuple[dict[str, int], dict[str, int]]:
        names = _header_names(self.tab)
        columns: dict[str, int] = {}
        extra: dict[str, int] = {}
        for c, value in enumerate(row, start=1):
            header = text(value)
            key = names.get(fold(header)) if header else None
            if key and key not in columns:
                columns[key] = c
            elif header:
                extra[header] = c
        return columns, extra

    def missing_required(self) -> list[str]:
        return [c.key for c in self.tab.columns if c.required and c.key not in self.layout.columns]

    def values(self) -> Iterator[tuple[int, Sequence[object]]]:
        """(row number, cells) for each non-blank data row."""
        for r in range(self.layout.header_row + 1, len(self.grid) + 1):
            row = self.grid[r - 1]
            if any(v is not None and (not isinstance(v, str) or v.strip()) for v in row):
                yield r, row

    def columns(self, keys: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
        """(row number, text of ``keys``) per data row: the fast path for the service's own
        long tabs (Log), whose cells are never reported by address."""
        cols = [self.layout.columns.get(k) for k in keys]
        for r, row in self.values():
            yield r, [text(row[c - 1]) if c and c <= len(row) else "" for c in cols]

    def rows(self) -> Iterator[tuple[int, Getter]]:
        """(row number, get) for each non-blank data row; get(key) -> (raw value, cell address)."""
        cols = self.layout.columns
        for r, row in self.values():

            def get(key: str, row: Sequence[object] = row, r: int = r) -> tuple[object, str]:
                c = cols.get(key)
                if c is None:
                    return None, ""
                return (row[c - 1] if c <= len(row) else None), cell(r, c)

            yield r, get

    def report(self, severity: str, address: str, code: str, **params: object) -> None:
        self.problems.append(Problem(severity, self.title, address, code,
                                     tuple((k, text(v)) for k, v in params.items())))


class _Parser:
    def __init__(self, snapshot: Snapshot, term_years: int):
        self.snapshot = snapshot
        self.term_years = term_years
        self.wb = Workbook()
        self.by_name: dict[str, str] = {}

    def reader(self, tab: Tab) -> _TabReader | None:
        title = schema.find_tab(list(self.snapshot), tab)
        if title is None:
            # Svar, Log and Deltagelse are created by the service when needed
            if not tab.service_owned and not tab.created_when_needed:
                severity = "error" if tab is schema.MEMBERS else "warning"
                self.wb.problems.append(Problem(severity, tab.da, "", "tab.missing",
                                                (("tab", tab.da), ("en", tab.en))))
            return None
        reader = _TabReader(tab, title, self.snapshot[title], self.wb.problems)
        self.wb.layouts[tab.key] = reader.layout
        missing = reader.missing_required()
        for key in missing:
            column = tab.column(key)
            reader.report("error", f"{reader.layout.header_row}:{reader.layout.header_row}",
                          "column.missing", column=column.da, en=column.en)
        return None if missing else reader

    def date(self, r: _TabReader, get: Getter, key: str) -> tuple[dt.date | None, bool]:
        value, address = get(key)
        try:
            return (serial_date(value) if _is_number(value) else parse_date(value)), True
        except ValueError:
            no_year = isinstance(value, str) and _without_year(value)
            r.report("error", address, "cell.date_no_year" if no_year else "cell.not_date",
                     value=value)
            return None, False

    def unknown(self, r: _TabReader, address: str, codes: tuple[str, str], name: str, /,
                **params: str) -> None:
        """A name that is no member's, with the member it most likely means ("mente du …?")."""
        close = close_name(name, [m.name for m in self.wb.members if m.name])
        if close:
            r.report("warning", address, codes[1], close=close, **params)
        else:
            r.report("warning", address, codes[0], **params)

    def time(self, r: _TabReader, get: Getter, key: str) -> tuple[dt.time | None, bool]:
        value, address = get(key)
        if _is_number(value) and float(value) > 24:  # type: ignore[arg-type]
            value = float(value) % 1  # type: ignore[arg-type]  # a date and time: its time
        try:
            return parse_time(value), True
        except ValueError:
            r.report("error", address, "cell.not_time", value=value)
            return None, False

    def choice(self, r: _TabReader, get: Getter, key: str, mapping: dict[str, str],
               severity: str = "error") -> str | None:
        value, address = get(key)
        found = mapping.get(fold(text(value)))
        if found is None:
            choices = schema.CHOICES.get((r.tab.key, key), {})
            r.report(severity, address, "cell.bad_choice", value=value,
                     choices_da=", ".join(choices.get("da", ())),
                     choices_en=", ".join(choices.get("en", ())))
        return found

    def addresses(self, r: _TabReader, get: Getter, key: str) -> tuple[str, ...]:
        """The addresses in a cell (separated by comma, semicolon, space or line), lower-cased;
        one that is not an address is reported and left out."""
        raw, at = get(key)
        found = []
        for part in ADDRESS_SPLIT.split(text(raw).casefold()):
            if EMAIL.match(part.strip("<>")):
                found.append(part.strip("<>"))
            elif part:
                r.report("warning", at, "cell.not_email", value=part)
        return tuple(dict.fromkeys(found))

    def resolve(self, who: str) -> str:
        """A member's email from an email or a name as the chair typed it; "" if unknown."""
        folded = who.strip().casefold()
        if EMAIL.match(folded):
            return folded if self.wb.member(folded) else ""
        return self.by_name.get(fold(who), "")

    # --- one method per tab; each reports what is wrong and keeps what is usable -------------

    def members(self) -> None:
        r = self.reader(schema.MEMBERS)
        if r is None:
            return
        seen: dict[str, str] = {}
        for row, get in r.rows():
            raw_email, email_at = get("email")
            email = text(raw_email).casefold()
            if not email:
                r.report("error", email_at, "member.no_email")
                continue
            if not EMAIL.match(email):
                r.report("error", email_at, "cell.not_email", value=raw_email)
                continue
            if email in seen:
                r.report("error", email_at, "member.duplicate", email=email, first=seen[email])
                continue
            seen[email] = email_at
            status = self.choice(r, get, "status", schema.MEMBER_STATUS) or "unknown"
            joined, _ = self.date(r, get, "joined")
            name = text(get("name")[0])
            if not name:
                r.report("warning", get("name")[1], "member.no_name", email=email)
            member = Member(
                row, name, email, text(get("organisation")[0]), status, joined,
                phone=text(get("phone")[0]),
                on_leave=fold(text(get("on_leave")[0])) in TRUE_WORDS,
                exclude_draw=fold(text(get("exclude_draw")[0])) in TRUE_WORDS,
                notes=text(get("notes")[0]),
                other_addresses=self.addresses(r, get, "other_addresses"),
            )
            self.wb.members.append(member)
            if name:
                self.by_name.setdefault(fold(name), email)

    def roles(self) -> None:
        r = self.reader(schema.ROLES)
        if r is None:
            return
        for row, get in r.rows():
            role = text(get("role")[0])
            if not role:
                r.report("warning", get("role")[1], "role.no_name")
                continue
            holder, holder_at = text(get("holder")[0]), get("holder")[1]
            holder_email = self.resolve(holder) if holder else ""
            if holder and not holder_email:
                self.unknown(r, holder_at, ("role.holder_unknown", "role.holder_unknown_close"), holder,
                              holder=holder, role=role)
            start, _ = self.date(r, get, "term_start")
            end, _ = self.date(r, get, "term_end")
            if end is None and start is not None and holder:
                end = _add_years(start, self.term_years)
            if start and end and end < start:
                r.report("error", get("term_end")[1], "role.end_before_start", role=role)
            chosen = self.choice(r, get, "chosen", schema.ROLE_CHOSEN, "warning") or ""
            self.wb.roles.append(Role(row, role, holder, holder_email, start, end, chosen,
                                      text(get("description")[0]), text(get("note")[0])))

    def actions(self) -> None:
        r = self.reader(schema.ACTIONS)
        if r is None:
            return
        seen: dict[str, str] = {}
        for row, get in r.rows():
            action_id, id_at = text(get("id")[0]), get("id")[1]
            if not action_id:
                r.report("error", id_at, "action.no_id")
                continue
            if fold(action_id) in seen:
                r.report("error", id_at, "action.duplicate", id=action_id,
                         first=seen[fold(action_id)])
                continue
            seen[fold(action_id)] = id_at
            meeting, _ = self.date(r, get, "meeting")
            due, _ = self.date(r, get, "due")
            status = self.choice(r, get, "status", schema.ACTION_STATUS) or "unknown"
            owners = split_list(text(get("owners")[0]))
            emails = tuple(e for e in (self.resolve(o) for o in owners) if e)
            self.wb.actions.append(Action(
                row, action_id, meeting, text(get("item")[0]), text(get("description")[0]),
                owners, emails, due, status, text(get("note")[0])))

    def meetings(self) -> None:
        r = self.reader(schema.MEETINGS)
        if r is None:
            return
        seen: dict[dt.date, str] = {}
        for row, get in r.rows():
            day, ok = self.date(r, get, "date")
            if day is None:
                if ok:
                    r.report("error", get("date")[1], "meeting.no_date")
                continue
            if day in seen:
                r.report("error", get("date")[1], "meeting.duplicate", first=seen[day])
                continue
            seen[day] = get("date")[1]
            start, _ = self.time(r, get, "start")
            end, _ = self.time(r, get, "end")
            if start and end and end <= start:
                r.report("error", get("end")[1], "meeting.end_before_start")
                end = None
            kind = self.choice(r, get, "kind", schema.MEETING_KIND, "warning") or ""
            status = self.choice(r, get, "status", schema.MEETING_STATUS, "warning") or "planned"
            self.wb.meetings.append(Meeting(row, day, start, end, text(get("place")[0]), kind,
                                            status, text(get("note")[0])))

    def agenda(self) -> None:
        r = self.reader(schema.AGENDA)
        if r is None:
            return
        for row, get in r.rows():
            day, ok = self.date(r, get, "meeting")
            title = text(get("title")[0])
            if day is None:
                if ok:
                    r.report("error", get("meeting")[1], "agenda.no_meeting", title=title)
                continue
            if not title:
                r.report("warning", get("title")[1], "agenda.no_title")
                continue
            status = self.choice(r, get, "status", schema.AGENDA_STATUS, "warning") or "planned"
            self.wb.agenda.append(AgendaItem(row, day, self.number(r, get), title,
                                             text(get("responsible")[0]), text(get("note")[0]),
                                             status, text(get("decision")[0])))

    def number(self, r: _TabReader, get: Getter) -> str:
        """An agenda item's number; "3.1" that a Danish spreadsheet turned into 3 January is
        read back as "3.1" (day.month) and reported, so nobody sees "2026-01-03."."""
        value, address = get("no")
        day = value if isinstance(value, dt.date) else None
        if isinstance(value, str) and FULL_DATE.match(value.strip()):
            with contextlib.suppress(ValueError):
                day = parse_date(value)
        if day is None:
            return text(value)
        number = f"{day.day}.{day.month}"
        r.report("warning", address, "agenda.number_is_date", number=number)
        return number

    def groups(self) -> None:
        r = self.reader(schema.GROUPS)
        if r is None:
            return
        for row, get in r.rows():
            name = text(get("name")[0])
            if not name:
                continue
            members = split_list(text(get("members")[0]))
            for who in members:
                if not self.resolve(who):
                    self.unknown(r, get("members")[1],
                                 ("group.member_unknown", "group.member_unknown_close"), who,
                                 who=who, group=name)
            emails = tuple(e for e in (self.resolve(m) for m in members) if e)
            self.wb.groups.append(WorkingGroup(row, name, members, emails, text(get("note")[0])))

    def consultations(self) -> None:
        r = self.reader(schema.CONSULTATIONS)
        if r is None:
            return
        for row, get in r.rows():
            title = text(get("title")[0])
            if not title:
                continue
            deadline, _ = self.date(r, get, "deadline")
            self.wb.consultations.append(Consultation(
                row, title, text(get("authority")[0]), deadline, text(get("link")[0]),
                text(get("coordinator")[0]), text(get("status")[0]), text(get("note")[0])))

    def form(self) -> None:
        r = self.reader(schema.FORM)
        if r is None:
            return
        seen: set[str] = set()
        for row, get in r.rows():
            qid, question = text(get("id")[0]), text(get("question")[0])
            if not qid or not question:
                r.report("error", get("id" if not qid else "question")[1], "form.incomplete")
                continue
            if fold(qid) in seen:
                r.report("error", get("id")[1], "form.duplicate", id=qid)
                continue
            seen.add(fold(qid))
            kind = self.choice(r, get, "type", schema.QUESTION_TYPE)
            if kind is None:
                continue
            options = tuple(o for o in _OPTION_SPLIT.split(text(get("options")[0])) if o)
            if kind in ("single", "multi") and not options:
                r.report("error", get("options")[1] or get("type")[1], "form.no_options", id=qid)
                continue
            self.wb.form.append(Question(row, qid, question, kind, options))

    def answers(self) -> None:
        r = self.reader(schema.ANSWERS)
        if r is None:
            return
        for row, get in r.rows():
            values = r.grid[row - 1]
            extra = {h: text(values[c - 1]) if c <= len(values) else ""
                     for h, c in r.layout.extra.items()}
            self.wb.answers.append(AnswerRow(
                row, text(get("member")[0]).casefold(), text(get("round")[0]),
                text(get("received")[0]), text(get("message_id")[0]), extra,
                text(get("raw")[0])))

    def log(self) -> None:
        r = self.reader(schema.LOG)
        if r is None:
            return
        keys = ("time", "kind", "key", "recipient", "message_id", "state", "detail")
        self.wb.log.extend(LogEntry(row, *cells) for row, cells in r.columns(keys))


def _attendance(parser: _Parser) -> None:
    """Deltagelse: rows naming a meeting and a known member; the rest is reported."""
    r = parser.reader(schema.ATTENDANCE)
    if r is None:
        return
    for row, get in r.rows():
        day, ok = parser.date(r, get, "meeting")
        who, who_at = text(get("member")[0]), get("member")[1]
        email = parser.resolve(who) if who else ""
        if day is None and ok:
            r.report("warning", get("meeting")[1], "attendance.no_meeting", who=who)
        elif day is not None and not email:
            r.report("warning", who_at, "attendance.unknown_member", who=who)
        if day is None or not email:
            continue
        status = parser.choice(r, get, "status", schema.ATTENDANCE_STATUS, "warning")
        source = schema.ATTENDANCE_SOURCE.get(fold(text(get("source")[0])), "chair")
        parser.wb.attendance.append(AttendanceRow(
            row, day, email, who, status or "unanswered", text(get("comment")[0]), source,
            text(get("time")[0])))


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def parse_snapshot(snapshot: Snapshot, *, term_years: int = 2) -> Workbook:
    """The whole workbook; members first, since every other tab refers to them."""
    parser = _Parser(snapshot, term_years)
    for step in (parser.members, parser.roles, parser.actions, parser.meetings, parser.agenda,
                 parser.groups, parser.consultations, parser.form, parser.answers, parser.log,
                 lambda: _attendance(parser)):
        step()
    return parser.wb
