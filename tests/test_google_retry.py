"""How the Google backend waits when Google says no (issue 16): Retry-After honoured, a 429
without it waits out the quota's minute with jitter, every group on the key waits too, and no
request waits past the cap. Time is simulated: nothing here sleeps."""

from __future__ import annotations

import pytest

from tests.sheets_standin import SheetsStandin, SimulatedClock
from tovholder.core.errors import SheetsUnavailable
from tovholder.sheets.google import MAX_WAIT, GoogleBackend
from tovholder.sheets.quota import RequestBudget

TABS = {"Medlemmer": [["Navn", "E-mail"], ["Anna Holm", "anna@example.org"]]}


@pytest.fixture
def clock() -> SimulatedClock:
    return SimulatedClock(1_000_000.0)


@pytest.fixture
def standin(clock: SimulatedClock):  # noqa: ANN201 - a generator fixture
    with SheetsStandin(quota_per_minute=60, clock=clock, retry_after=False) as running:
        yield running


class Sleeps:
    def __init__(self, clock: SimulatedClock) -> None:
        self.clock, self.waits = clock, []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.clock.sleep(seconds)


def group(standin: SheetsStandin, clock: SimulatedClock, name: str = "g1", rng: float = 0.5,
          budget: RequestBudget | None = None) -> tuple[GoogleBackend, Sleeps]:
    standin.create_spreadsheet(name, TABS)
    sleeps = Sleeps(clock)
    backend = GoogleBackend(name, session=standin.session(), sleep=sleeps, rng=lambda: rng,
                            budget=budget)
    backend.read()  # the metadata is cached: each read below is one request
    return backend, sleeps


@pytest.mark.parametrize(("rng", "wait"), [(0.0, 60.0), (0.5, 67.5), (1.0, 75.0)])
def test_a_429_without_retry_after_waits_out_the_quota_minute_with_jitter(
        standin, clock, rng, wait):
    backend, sleeps = group(standin, clock, rng=rng)
    standin.fail_next(1, status=429)
    assert backend.read()["Medlemmer"][1][0] == "Anna Holm"
    assert sleeps.waits == [wait]


def test_a_429_from_the_spent_quota_without_retry_after_is_retried_after_the_window(
        standin, clock):
    backend, sleeps = group(standin, clock, rng=0.0)
    standin.quota_per_minute = 2  # the metadata and the first read spent it
    assert "Medlemmer" in backend.read()
    assert standin.exhausted == 1 and sleeps.waits == [60.0]


def test_retry_after_is_honoured_for_a_429(standin, clock):
    backend, sleeps = group(standin, clock)
    standin.fail_next(1, status=429, retry_after=17)
    backend.read()
    assert sleeps.waits == [17.0]


def test_retry_after_is_honoured_for_a_503(standin, clock):
    backend, sleeps = group(standin, clock)
    standin.fail_next(1, status=503, retry_after=5)
    backend.read()
    assert sleeps.waits == [5.0]


def test_a_429_without_retry_after_holds_every_group_on_the_key(standin, clock):
    budget = RequestBudget(40, clock=clock, sleep=clock.sleep)
    first, _ = group(standin, clock, "g1", rng=0.0, budget=budget)
    second, _ = group(standin, clock, "g2", budget=budget)
    first.max_wait = 1.0  # so it gives up at once, and the hold outlives its read
    standin.fail_next(1, status=429)
    with pytest.raises(SheetsUnavailable):
        first.read()
    started = clock()
    assert "Medlemmer" in second.read()
    assert clock() - started == pytest.approx(60)
    assert budget.waits == 1


def test_persistent_429s_give_up_within_the_cap(standin, clock):
    backend, sleeps = group(standin, clock)
    standin.fail_next(100, status=429)
    with pytest.raises(SheetsUnavailable):
        backend.read()
    assert sleeps.waits == [67.5, 67.5]  # a third window would pass the cap
    assert sum(sleeps.waits) <= MAX_WAIT


def test_a_retry_after_past_the_cap_gives_up_at_once_without_sleeping(standin, clock):
    backend, sleeps = group(standin, clock)
    standin.fail_next(1, status=429, retry_after=3600)
    with pytest.raises(SheetsUnavailable):
        backend.read()
    assert sleeps.waits == []
