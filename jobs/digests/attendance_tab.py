"""The Deltagelse/Attendance tab: one row per meeting and member, which the chair may edit. Pure:
the writes go into the tick's one batch, beside the Log row that records what was learned.

The service appends a row when it first learns something about a member and a meeting, and
later updates single cells of that row (jobs/base/cells.py: only if the row's member cell still
holds the member it was read with, and the meeting date was checked as read). It never
overwrites the chair: a row is the service's own only while its source says "svar"/"kalender"
(reply/calendar) AND its status and comment are what the Log's latest ``attendance`` row for
that meeting and member says was learned. A row the chair typed (source "formand" or empty) or
changed (any status or comment that differs from the Log) is hers, and the chair's word wins;
what the member says later is still recorded in the Log, and their words reach the chair.

A workbook without the tab gets it with the first row learned (like the Log): a chair should
see who comes without having to run ``tovholder init``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from tovholder.jobs.base import cells
from tovholder.jobs.base.context import Context
from tovholder.sheets import schema
from tovholder.sheets.batch import AppendRows, DateText, NewTab
from tovholder.sheets.model import AttendanceRow, LogEntry
from tovholder.sheets.schema import ATTENDANCE
from tovholder.sheets.starter import header

KIND = "attendance"  # the Log rows of what was learned
COMING, ABSENT, MAYBE, UNANSWERED = "coming", "absent", "maybe", "unanswered"
# The Log speaks the calendar's words (RFC 5546 PARTSTAT), whichever way it was learned.
STATE = {COMING: "accepted", ABSENT: "declined", MAYBE: "tentative"}
STATUS = {state: status for status, state in STATE.items()}
_CODES = {("attendance", "status"): (COMING, ABSENT, MAYBE, UNANSWERED),
          ("attendance", "source"): ("reply", "calendar", "chair")}


def word(lang: str, column: str, code: str) -> str:
    """The word the tab shows for a status or source code, in the group's language."""
    words = schema.CHOICES[("attendance", column)]
    return words[lang if lang in words else "da"][_CODES[("attendance", column)].index(code)]


def last_learned(log: list[LogEntry], day: dt.date, member: str, *, as_read: bool = False
                 ) -> LogEntry | None:
    """The latest Log row of what was learned about ``member`` and the meeting on ``day``;
    ``as_read``: among the rows read at the start of the tick (read with the tab)."""
    key = day.isoformat()
    return next((e for e in reversed(log) if e.kind == KIND and e.key == key and
                 e.recipient == member and (e.row or not as_read)), None)


def row_of(ctx: Context, day: dt.date, member: str) -> AttendanceRow | None:
    return next((r for r in ctx.wb.attendance if r.meeting == day and r.member == member), None)


def chairs(ctx: Context, row: AttendanceRow) -> bool:
    """The chair typed or changed this row: the service leaves it alone."""
    if row.source == "chair":
        return True
    learned = last_learned(ctx.log, row.meeting, row.member, as_read=True)
    return learned is None or STATUS.get(learned.state) != row.status or \
        learned.detail.strip() != row.comment


def write(ctx: Context, day: dt.date, member: str, status: str, comment: str,
          source: str) -> bool:
    """Put what was learned into the tab. False when the chair's row says something else
    (the caller makes sure the member's words reach her)."""
    row = row_of(ctx, day, member)
    values = _values(ctx, day, member, status, comment, source)
    layout = ctx.wb.layouts.get("attendance")
    if layout is not None and (layout.col("meeting") is None or layout.col("member") is None):
        return False  # a tab whose key columns the chair renamed: `check` tells her
    if row is None:
        _append(ctx, values)
        return True
    if chairs(ctx, row):
        return row.status == status
    cells.set_cells(ctx, "attendance", row.row, ("member", row.member_text),
                    {k: v for k, v in values.items() if k not in ("meeting", "member")})
    return True


def _values(ctx: Context, day: dt.date, member: str, status: str, comment: str,
            source: str) -> dict[str, str]:
    person = ctx.wb.member(member)
    return {"meeting": DateText(day),  # a real date in the sheet
            "member": person.name if person and person.name else member,
            "status": word(ctx.lang, "status", status), "comment": comment,
            "source": word(ctx.lang, "source", source),
            "time": ctx.now.strftime("%d-%m-%Y %H:%M")}  # i18n: data (a time format)


def _append(ctx: Context, values: dict[str, str]) -> None:
    """A new row; a row appended earlier in this tick for the same meeting and member is
    replaced (two replies in one tick), and a missing tab is created first."""
    layout = ctx.wb.layouts.get("attendance")
    if layout is None:
        title = ATTENDANCE.title(ctx.lang)
        columns = {c.key: i for i, c in enumerate(ATTENDANCE.columns, start=1)}
        if not any(t.title == title for t in ctx.batch.tabs):
            ctx.batch.tabs.append(NewTab(title, (header(ATTENDANCE, ctx.lang),)))
    else:
        title, columns = layout.title, dict(layout.columns)
    row = [""] * max(columns.values())
    for key, value in values.items():
        if key in columns:
            row[columns[key] - 1] = value
    same = (values["meeting"], values["member"])
    for i, append in enumerate(ctx.batch.appends):
        if append.tab == title and len(append.rows) == 1 and \
                (append.rows[0][columns["meeting"] - 1],
                 append.rows[0][columns["member"] - 1]) == same:
            ctx.batch.appends[i] = replace(append, rows=(tuple(row),))
            return
    ctx.batch.appends.append(AppendRows(title, (tuple(row),)))
