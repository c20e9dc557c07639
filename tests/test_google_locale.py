"""Google Sheets as it really renders (issue 16): dates and numbers in the spreadsheet's locale.

The stand-in renders FORMATTED_VALUE by the sheet's ``properties.locale``, as Google does; the
backend must read dates, times and numbers the same in every locale.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests import sheets_standin
from tests.sheets_standin import SheetsStandin, Typed
from tovholder.sheets.batch import Batch
from tovholder.sheets.google import GoogleBackend
from tovholder.sheets.parse import parse_snapshot

SHEET = "1LocaleSheetForIssue16"
LOCALES = ("da_DK", "en_US", "en_GB", "de_DE")
NOV_5 = dt.date(2022, 11, 5)

standin = pytest.fixture(sheets_standin.running)


def seed(standin: SheetsStandin, locale: str) -> GoogleBackend:
    standin.create_spreadsheet(SHEET, {
        "Møder": [["Dato", "Start", "Slut", "Sted"],
                  [NOV_5, dt.time(9, 30), dt.time(15, 0), "Rådhuset"]],
        "Opgaver": [["Nr", "Opgave", "Frist", "Status"],
                    [Typed(3, "NUMBER", "0.00"), "Skriv referat",
                     dt.datetime(2022, 12, 1, 12, 0), "åben"]],
    }, locale=locale)
    return GoogleBackend(SHEET, session=standin.session())


def test_an_en_us_sheet_shows_month_first_which_a_day_first_reader_would_misread(standin):
    seed(standin, "en_US")
    assert standin.values(SHEET, "Møder")[1][:3] == ["11/5/2022", "9:30:00 AM", "3:00:00 PM"]


@pytest.mark.parametrize("locale", LOCALES)
def test_meeting_on_5_november_is_5_november_in_every_locale(standin, locale):
    wb = parse_snapshot(seed(standin, locale).read())
    assert [(m.date, m.start, m.end) for m in wb.meetings] == \
        [(NOV_5, dt.time(9, 30), dt.time(15, 0))]
    assert [p for p in wb.problems if p.tab == "Møder"] == []


@pytest.mark.parametrize("locale", LOCALES)
def test_a_due_date_with_a_time_of_day_is_its_day(standin, locale):
    wb = parse_snapshot(seed(standin, locale).read())
    assert [a.due for a in wb.actions] == [dt.date(2022, 12, 1)]


@pytest.mark.parametrize("locale", LOCALES)
def test_an_id_formatted_with_decimals_reads_as_typed(standin, locale):
    wb = parse_snapshot(seed(standin, locale).read())
    assert [a.id for a in wb.actions] == ["3"]  # shown as "3,00" or "3.00"


@pytest.mark.parametrize("locale", LOCALES)
def test_a_cell_keyed_by_an_id_formatted_with_decimals_is_written(standin, locale):
    backend = seed(standin, locale)
    wb = parse_snapshot(backend.read())
    batch = Batch()
    batch.set_cell("Opgaver", 2, 4, "færdig", key_col=1, key_value=wb.actions[0].id)
    result = backend.apply(batch)
    assert (result.cells_written, result.conflicts) == (1, [])
    assert standin.values(SHEET, "Opgaver")[1][3] == "færdig"


def test_the_read_stays_one_request(standin):
    backend = seed(standin, "en_US")
    backend.read()
    standin.reset_counts()
    backend.read()
    assert standin.requests == [("GET", f"/v4/spreadsheets/{SHEET}/values:batchGet")]


def test_standin_gives_serial_numbers_unformatted_and_strings_on_request(standin):
    seed(standin, "en_US")
    assert standin.values(SHEET, "Møder", "UNFORMATTED_VALUE")[1][:3] == [44870, 0.3958333333333333,
                                                                         0.625]
    sheet = standin.book(SHEET).sheet("Møder")
    assert sheets_standin._render(sheet, (1, 0, 2, 1), "UNFORMATTED_VALUE", "en_US",
                                  "FORMATTED_STRING") == [["11/5/2022"]]
