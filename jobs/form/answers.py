"""The Svar/Answers tab as the form feature reads and writes it. Pure.

The service owns the tab: fixed columns (member, round, received, Message-ID, raw text) found by
their header names, one column per question headed by the question's id, and a column for what
was not understood. A question added to the form later gets its header cell written in the same
batch as the row (only if that cell is still empty), so the chair never adds columns by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tovholder.core.i18n import t, variants
from tovholder.jobs.base.context import Context
from tovholder.sheets import schema
from tovholder.sheets.batch import Batch
from tovholder.sheets.model import AnswerRow, Question, Workbook
from tovholder.sheets.schema import fold

FIXED = ("member", "round", "received", "message_id", "raw")
_FLAGGED_NAMES = {fold(text) for text in variants("answer.not_understood").values()}


class FormError(Exception):
    """The reply cannot be recorded (the Svar tab is missing): it is quarantined for the chair."""


def answers_of(row: AnswerRow, questions: Sequence[Question]) -> dict[str, str]:
    """A Svar row's answers by question id (headers compare like tab headers: 'Tid' == 'tid')."""
    by_header = {fold(h): v for h, v in row.answers.items()}
    return {q.id: by_header.get(fold(q.id), "") for q in questions}


def flagged_of(row: AnswerRow) -> str:
    return next((v for h, v in row.answers.items() if fold(h) in _FLAGGED_NAMES), "")


class AnswerTab:
    def __init__(self, wb: Workbook, lang: str) -> None:
        layout = wb.layouts.get("answers")
        if layout is None:
            raise FormError(schema.ANSWERS.title(lang))
        self.title, self.header_row, self.lang = layout.title, layout.header_row, lang
        self.columns: dict[str, int] = {k: c for k, c in layout.columns.items() if k in FIXED}
        self.new: list[tuple[int, str]] = []  # (column, header) to write
        extra = {fold(h): c for h, c in layout.extra.items()}
        width = max([*layout.columns.values(), *layout.extra.values(), 0])
        wanted = [(k, schema.ANSWERS.column(k).title(lang)) for k in FIXED]
        wanted += [(q.id, q.id) for q in wb.form]
        wanted.append(("flagged", t(lang, "answer.not_understood")))
        for key, header in wanted:
            if key in self.columns:
                continue
            found = extra.get(fold(header)) if key not in FIXED else None
            if key == "flagged":
                found = next((c for h, c in extra.items() if h in _FLAGGED_NAMES), None)
            if found is None:
                width += 1
                found = width
                self.new.append((found, header))
            self.columns[key] = found

    def append(self, ctx: Context, values: Mapping[str, str]) -> None:
        """One row into ``ctx.batch``, with the header cells of new columns."""
        batch: Batch = ctx.batch
        pending = {(c.tab, c.row, c.col) for c in batch.cells}
        for col, header in self.new:
            if (self.title, self.header_row, col) not in pending:
                batch.set_cell(self.title, self.header_row, col, header, key_col=col,
                               key_value="")
        row = [""] * max(self.columns.values())
        for key, col in self.columns.items():
            row[col - 1] = str(values.get(key, ""))
        batch.append(self.title, row)
