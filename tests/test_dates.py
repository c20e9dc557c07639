"""Dates as a Danish chair types them, and as people write them."""

from __future__ import annotations

import datetime as dt

import pytest

from tovholder.core.dates import format_long_date, format_when, parse_date, parse_time

MAY_11 = dt.date(2022, 5, 11)


@pytest.mark.parametrize("typed", [
    "11-05-2022", "11.5.2022", "2022-05-11", "11/5/2022", "11/5-2022", "11.05.22", " 11-5-2022 ",
    "11. maj 2022", "11 maj 2022", "onsdag den 11. maj 2022", "11 May 2022",
    "2022-05-11 00:00:00", dt.datetime(2022, 5, 11, 0, 0), MAY_11,
])
def test_chair_typed_dates_are_read_day_first(typed: object) -> None:
    assert parse_date(typed) == MAY_11


@pytest.mark.parametrize("typed", ["31/02", "31-02-2022", "i morgen", "2022-13-01", "11-05-202",
                                   "maj"])
def test_non_dates_are_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_date(typed)


def test_empty_cells_are_no_date() -> None:
    assert parse_date(None) is None and parse_date("  ") is None


@pytest.mark.parametrize(("typed", "expected"), [
    ("9", dt.time(9)), ("9.00", dt.time(9)), ("09:30", dt.time(9, 30)), ("kl. 13", dt.time(13)),
    ("13.15.00", dt.time(13, 15)), (0.375, dt.time(9)), (dt.time(10, 5), dt.time(10, 5)),
])
def test_times(typed: object, expected: dt.time) -> None:
    assert parse_time(typed) == expected


def test_times_out_of_range_are_refused() -> None:
    for typed in ("25", "9.75", "ni"):
        with pytest.raises(ValueError):
            parse_time(typed)


def test_meeting_written_as_people_write_it() -> None:
    assert format_long_date(MAY_11, "da") == "onsdag den 11. maj 2022"
    assert format_when(MAY_11, dt.time(9), dt.time(12), "da") == \
        "onsdag den 11. maj 2022 kl. 9.00–12.00"
    assert format_when(MAY_11, dt.time(9), dt.time(12), "en") == \
        "Wednesday 11 May 2022, 9:00–12:00"
