"""Archiving the Log changes no email: the simulated year of ``python -m bench year`` (bench/year.py),
run with and without archiving, sends the same emails (Message-ID, recipient, subject, date and
text), none twice."""

from __future__ import annotations

import datetime as dt

from bench import year

SIX_HOURS = dt.timedelta(hours=6)


def simulate(keep_days: int) -> tuple[list[str], dict[str, object], dict]:
    sent: list[str] = []
    headline, details = year.run(1, 240, SIX_HOURS, False, step=SIX_HOURS, keep_days=keep_days,
                                 members=4, collect=sent)
    return sent, headline, details


def test_a_simulated_year_sends_the_same_emails_with_and_without_archiving() -> None:
    kept, _, kept_details = simulate(0)
    archived, headline, details = simulate(60)
    assert details["log_rows_read_year1"] < kept_details["log_rows_read_year1"]  # it did archive
    assert archived == kept
    assert headline["duplicates"] == 0
    assert headline["emails_sent"] == headline["expected_emails"]
