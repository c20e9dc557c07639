"""The seeded fuzz, small (issue 12): a few hundred hostile mails through real ticks of the
whole service, checked after every batch (tests/fuzzrun.py says what each figure means). The
full run is ``python -m bench fuzz``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fuzzrun import FuzzReport, run_fuzz
from tests.hostile import DATA

SEED, MAILS, BATCH = 4, 240, 80  # seed 4: every kind, two 20 MB bodies


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> FuzzReport:
    return run_fuzz(Path(tmp_path_factory.mktemp("fuzz")), seed=SEED, mails=MAILS, batch=BATCH)


def test_the_seed_sends_every_kind_of_hostile_mail(report: FuzzReport) -> None:
    assert report.mails == MAILS and report.ticks == MAILS // BATCH
    assert set(report.kinds) == set(DATA["kinds"]), report.kinds


def test_no_tick_fails(report: FuzzReport) -> None:
    assert report.ticks_failed == 0, report.failures


def test_every_mail_gets_exactly_one_outcome(report: FuzzReport) -> None:
    assert (report.outcomes_missing, report.outcomes_extra) == (0, 0), report.failures


def test_nothing_from_a_stranger_is_written(report: FuzzReport) -> None:
    assert report.stranger_writes == 0


def test_no_cell_becomes_a_formula(report: FuzzReport) -> None:
    assert report.formula_cells == 0


def test_the_groups_due_emails_still_go(report: FuzzReport) -> None:
    assert report.due_emails_blocked == 0, report.failures


def test_nothing_goes_wrong_quietly(report: FuzzReport) -> None:
    assert report.warnings == 0, report.failures
