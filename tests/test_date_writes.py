"""Dates the service writes land as real dates, so the chair can sort by them (issue 16).

A due date moved by a reply, a term, the meeting of a proposal or an attendance row is a
:class:`DateText`: a serial number with a date format in Google Sheets, a date cell in .xlsx.
Text from people stays text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from tests import sheets_standin
from tests.sheets_standin import SheetsStandin, Typed
from tovholder.jobs.actions.replies import _dmy
from tovholder.jobs.roles.calls import dmy
from tovholder.sheets.batch import Batch, DateText
from tovholder.sheets.google import GoogleBackend
from tovholder.sheets.parse import parse_snapshot
from tovholder.sheets.xlsx import XlsxBackend

SHEET = "1DateWritesIssue16"
NOV_5 = dt.date(2022, 11, 5)
ACTIONS = [["Nr", "Opgave", "Frist", "Status"], ["3", "Skriv referat", "", "åben"]]

standin = pytest.fixture(sheets_standin.running)


def google(standin: SheetsStandin, locale: str = "da_DK") -> GoogleBackend:
    standin.create_spreadsheet(SHEET, {"Opgaver": ACTIONS, "Log": [["Tid", "Art"]]},
                               locale=locale)
    return GoogleBackend(SHEET, session=standin.session())


def due_batch(day: dt.date = NOV_5) -> Batch:
    batch = Batch()
    batch.set_cell("Opgaver", 2, 3, DateText(day), key_col=1, key_value="3")
    return batch


def test_a_date_text_is_its_day_as_dd_mm_yyyy_and_a_serial():
    assert (DateText(NOV_5), DateText(NOV_5).serial) == ("05-11-2022", 44870)


def test_features_write_due_dates_and_terms_as_date_text():
    assert isinstance(_dmy("2022-11-05"), DateText)
    assert isinstance(dmy(NOV_5), DateText)


def test_google_cell_gets_a_serial_number_with_a_date_format(standin):
    google(standin).apply(due_batch())
    assert standin.cell(SHEET, "Opgaver", 2, 3) == Typed(44870, "DATE")


def test_google_date_shows_in_the_sheets_locale_and_reads_back_as_the_day(standin):
    backend = google(standin, "en_US")
    backend.apply(due_batch())
    assert standin.values(SHEET, "Opgaver")[1][2] == "11/5/2022"
    assert [a.due for a in parse_snapshot(backend.read()).actions] == [NOV_5]


def test_google_appended_row_has_its_date_as_a_date_and_its_text_as_text(standin):
    backend = google(standin)
    batch = Batch()
    batch.append("Log", (DateText(NOV_5), "=1+1"))
    backend.apply(batch)
    assert [standin.cell(SHEET, "Log", 2, c) for c in (1, 2)] == [Typed(44870, "DATE"), "=1+1"]


def test_google_date_already_there_is_not_written_again(standin):
    backend = google(standin)
    backend.apply(due_batch())
    standin.reset_counts()
    result = backend.apply(due_batch())
    assert result.cells_written == 1
    assert standin.count(":batchUpdate") == 0


def test_google_text_written_over_a_date_cell_stays_text_and_keeps_the_format(standin):
    backend = google(standin)
    backend.apply(due_batch())
    batch = Batch()
    batch.set_cell("Opgaver", 2, 3, "44871", key_col=1, key_value="3")
    backend.apply(batch)
    assert standin.cell(SHEET, "Opgaver", 2, 3) == "44871"


def test_xlsx_cell_gets_a_date_with_a_date_format(tmp_path: Path):
    path = tmp_path / "gruppe.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Opgaver"
    for row in ACTIONS:
        wb.active.append(row)
    wb.save(path)
    XlsxBackend(path).apply(due_batch())
    cell = openpyxl.load_workbook(path)["Opgaver"].cell(2, 3)
    assert (cell.value, cell.is_date, cell.number_format) == \
        (dt.datetime(2022, 11, 5), True, "DD-MM-YYYY")
