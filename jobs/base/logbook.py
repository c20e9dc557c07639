"""Rows for the Log tab, in whatever column order the tab has. The Log is append-only: the
service never edits a Log row, it appends a newer one, so the chair can always answer "was X
sent to Y, and when?" by reading it."""

from __future__ import annotations

import datetime as dt

from tovholder.mailer.outbox import TIME_FORMAT
from tovholder.sheets import schema
from tovholder.sheets.backend import Backend
from tovholder.sheets.batch import Batch, NewTab
from tovholder.sheets.model import LogEntry, Workbook
from tovholder.sheets.starter import header

FIELDS = ("time", "kind", "key", "recipient", "message_id", "state", "detail")


class Logbook:
    """Collects Log rows during a tick; ``entries`` also holds them as LogEntry so later decisions
    in the same tick see them (the Log read at the start plus what this tick added)."""

    def __init__(self, wb: Workbook, backend: Backend, lang: str) -> None:
        self.backend, self.lang = backend, lang
        self.entries: list[LogEntry] = list(wb.log)
        layout = wb.layouts.get("log")
        # A workbook without a Log tab gets one with the first row written, not before: a
        # dry run or a tick with nothing to say must write nothing.
        self.missing = layout is None
        if layout is None:
            self.title = schema.LOG.title(lang)
            self.columns = {key: i for i, key in enumerate(FIELDS, start=1)}
        else:
            self.title, self.columns = layout.title, dict(layout.columns)
        self.width = max([*self.columns.values(), len(FIELDS)])

    def row(self, now: dt.datetime, kind: str, key: str, state: str, *, recipient: str = "",
            message_id: str = "", detail: str = "") -> tuple[str, ...]:
        values = dict(zip(FIELDS, (now.strftime(TIME_FORMAT), kind, key, recipient, message_id,
                                   state, detail), strict=True))
        cells = [""] * self.width
        for name, value in values.items():
            if name in self.columns:
                cells[self.columns[name] - 1] = value
        self.entries.append(LogEntry(0, *values.values()))
        return tuple(cells)

    def write(self, rows: list[tuple[str, ...]], batch: Batch | None = None) -> None:
        """Append ``rows`` now (or add them to ``batch`` for the caller's single write)."""
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
