"""Rows for the Log tab, in whatever column order the tab has. The Log is append-only: the
service never edits a Log row, it appends a newer one, so the chair can always answer "was X
sent to Y, and when?" by reading it."""

from __future__ import annotations

import datetime as dt

from tovholder.jobs.base.context import Context
from tovholder.mailer.outbox import TIME_FORMAT
from tovholder.sheets import schema
from tovholder.sheets.backend import Backend
from tovholder.sheets.batch import Batch, NewTab
from tovholder.sheets.model import LogEntry, Workbook
from tovholder.sheets.starter import header

FIELDS = ("time", "kind", "key", "recipient", "message_id", "state", "detail")
MAX_DETAIL = 2000  # characters of a detail kept in the Log (a cell holds 32,767 in .xlsx)


def layout_of(wb: Workbook, lang: str) -> tuple[str, dict[str, int], int]:
    """(title, column by field, width) of the Log tab as the chair has it, or as it will be
    created (in the group's language, fields in order) when the workbook has none yet."""
    layout = wb.layouts.get("log")
    if layout is None:
        return schema.LOG.title(lang), {key: i for i, key in enumerate(FIELDS, start=1)}, \
            len(FIELDS)
    return layout.title, dict(layout.columns), max([*layout.columns.values(), len(FIELDS)])


def log_row(columns: dict[str, int], width: int, now: dt.datetime, kind: str, key: str,
            state: str, *, recipient: str = "", message_id: str = "", detail: str = "",
            limit: int | None = None) -> tuple[tuple[str, ...], LogEntry]:
    """The one way a Log row is built: the cells in the tab's column order, and the same row as
    the LogEntry later decisions in the tick see."""
    values = dict(zip(FIELDS, (now.strftime(TIME_FORMAT), kind, key, recipient, message_id,
                               state, detail[:limit]), strict=True))
    cells = [""] * width
    for name, value in values.items():
        if name in columns:
            cells[columns[name] - 1] = value
    return tuple(cells), LogEntry(0, *values.values())


def record(ctx: Context, kind: str, key: str, state: str, *, recipient: str = "",
           message_id: str = "", detail: str = "", limit: int = MAX_DETAIL) -> None:
    """A reply handler's Log row: into this tick's one write, and into ctx.log so later
    decisions in the same tick see it."""
    title, columns, width = layout_of(ctx.wb, ctx.lang)
    cells, entry = log_row(columns, width, ctx.now, kind, key, state, recipient=recipient,
                           message_id=message_id, detail=detail, limit=limit)
    ctx.batch.append(title, cells)
    ctx.log.append(entry)


class Logbook:
    """Collects Log rows during a tick; ``entries`` also holds them as LogEntry so later decisions
    in the same tick see them (the Log read at the start plus what this tick added)."""

    def __init__(self, wb: Workbook, backend: Backend, lang: str) -> None:
        self.backend, self.lang = backend, lang
        self.entries: list[LogEntry] = list(wb.log)
        # A workbook without a Log tab gets one with the first row written, not before: a
        # dry run or a tick with nothing to say must write nothing.
        self.missing = "log" not in wb.layouts
        self.title, self.columns, self.width = layout_of(wb, lang)

    def row(self, now: dt.datetime, kind: str, key: str, state: str, *, recipient: str = "",
            message_id: str = "", detail: str = "") -> tuple[str, ...]:
        cells, entry = log_row(self.columns, self.width, now, kind, key, state,
                               recipient=recipient, message_id=message_id, detail=detail)
        self.entries.append(entry)
        return cells

    def write(self, rows: list[tuple[str, ...]], batch: Batch | None = None) -> None:
        """Append ``rows`` now (or add them to ``batch`` for the caller's single write); tabs
        the batch's appends need are created first."""
        if batch is not None and batch.tabs:
            self.backend.create_tabs(batch.tabs)
            batch.tabs.clear()
        if not rows:
            return
        if self.missing:
            self.backend.create_tabs([NewTab(self.title, (header(schema.LOG, self.lang),))])
            self.missing = False
        if batch is not None:
            batch.append(self.title, *rows)
            return
        step = Batch()
        step.append(self.title, *rows)
        self.backend.apply(step)
