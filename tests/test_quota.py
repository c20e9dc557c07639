"""Many groups, one service account: every group of the process on the same Google key shares
one request budget (sheets/quota.py), so together they stay under Google's 60 requests a minute
per user; the stand-in plays Google's quota (429 RESOURCE_EXHAUSTED with Retry-After)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from tests import sheets_standin
from tests.sheets_standin import SheetsStandin, SimulatedClock
from tovholder.core.errors import SheetsUnavailable
from tovholder.sheets.batch import Batch
from tovholder.sheets.google import GoogleBackend
from tovholder.sheets.quota import RequestBudget

TABS = {"Medlemmer": [["Navn", "E-mail"], ["Anna Holm", "anna@example.org"]],
        "Log": [["Tid", "Art", "Nøgle", "Tilstand"]]}


@pytest.fixture
def clock() -> SimulatedClock:
    return SimulatedClock(1_000_000.0)


@pytest.fixture
def standin(clock: SimulatedClock):  # noqa: ANN201 - a generator fixture
    with SheetsStandin(quota_per_minute=60, clock=clock) as running:
        yield running


def groups(standin: SheetsStandin, n: int, budget: RequestBudget | None,
           clock: SimulatedClock) -> list[GoogleBackend]:
    for i in range(n):
        standin.create_spreadsheet(f"group-{i}", TABS)
    return [GoogleBackend(f"group-{i}", session=standin.session(), budget=budget,
                          sleep=clock.sleep, rng=lambda: 0.0) for i in range(n)]


def busiest_minute(stamps: list[tuple[float, str]]) -> int:
    """The most requests in any rolling 60 seconds."""
    times = sorted(t for t, _ in stamps)
    return max((sum(1 for u in times if t <= u < t + 60) for t in times), default=0)


def test_groups_sharing_one_budget_never_send_more_than_40_requests_in_any_minute(
        standin: SheetsStandin, clock: SimulatedClock) -> None:
    budget = RequestBudget(40, clock=clock, sleep=clock.sleep)
    backends = groups(standin, 6, budget, clock)
    for round_ in range(20):  # every group ticks at the same moment: read, then one write
        for i, backend in enumerate(backends):
            backend.read()
            batch = Batch()
            batch.append("Log", (str(round_), "tick", f"group-{i}", "sent"))
            backend.apply(batch)
    assert len(standin.stamps) == 6 * 20 * 2 + 6  # each group's metadata once
    assert busiest_minute(standin.stamps) <= 40
    assert max(standin.per_minute().values()) <= 40
    assert standin.exhausted == 0
    assert budget.waits > 0
    assert len(standin.values("group-5", "Log")) == 21


def test_without_a_budget_the_same_groups_run_into_googles_quota(
        standin: SheetsStandin, clock: SimulatedClock) -> None:
    backends = groups(standin, 6, None, clock)
    for _ in range(20):
        for backend in backends:
            backend.read()
    assert standin.exhausted > 0
    assert busiest_minute(standin.stamps) > 60


def test_a_429_from_the_quota_is_retried_after_its_retry_after_delay(
        standin: SheetsStandin, clock: SimulatedClock) -> None:
    standin.quota_per_minute = 3
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        clock.sleep(seconds)

    (backend,) = groups(standin, 1, None, clock)
    backend._sleep = sleep
    backend.read()  # metadata + values: 2 requests
    clock.sleep(10)
    backend.read()  # the third request of the minute
    assert backend.read()["Medlemmer"][1][0] == "Anna Holm"  # 429, then the retry after 50 s
    assert standin.exhausted == 1
    assert waits == [50.0]


def test_a_429_holds_back_every_group_on_the_same_budget(
        standin: SheetsStandin, clock: SimulatedClock) -> None:
    budget = RequestBudget(40, clock=clock, sleep=clock.sleep)
    first, second = groups(standin, 2, budget, clock)
    first.read()
    standin.quota_per_minute = 1  # someone else on the same key spent the quota
    standin._window.clear()
    standin.check_quota("standin-token")
    started = clock()
    assert "Log" in first.read()  # 429 with Retry-After 60, then the retry
    assert clock() - started == pytest.approx(60)
    standin.quota_per_minute = 60
    assert budget.waits == 1
    second.read()  # the hold is over: no further wait
    assert budget.waits == 1 and standin.exhausted == 1


def test_a_wait_for_the_budget_is_said_once_in_the_log(
        standin: SheetsStandin, clock: SimulatedClock, caplog: pytest.LogCaptureFixture) -> None:
    budget = RequestBudget(2, clock=clock, sleep=clock.sleep)
    (backend,) = groups(standin, 1, budget, clock)
    with caplog.at_level(logging.INFO, logger="tovholder.sheets.google"):
        backend.read()  # metadata + values: the budget is spent
        backend.read()  # waits a minute
    (record,) = caplog.records
    assert record.name == "tovholder.sheets.google" and record.levelno == logging.INFO
    assert "60 s" in record.getMessage() and "2 " in record.getMessage()


def test_the_standin_counts_the_quota_per_user(standin: SheetsStandin,
                                               clock: SimulatedClock) -> None:
    standin.quota_per_minute = 2
    standin.create_spreadsheet("sheet", TABS)
    for token in ("alice-token", "bob-token"):
        backend = GoogleBackend("sheet", session=standin.session(token), max_tries=1)
        backend.read()
    with pytest.raises(SheetsUnavailable):
        backend.read()
    assert standin.per_minute("alice-token") == {int(clock() // 60): 2}
    assert standin.exhausted == 1


def key_file(folder: Path, standin: SheetsStandin, account: str) -> Path:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption()).decode()
    path = folder / f"{account}.json"
    path.write_text(json.dumps({
        "type": "service_account", "project_id": "tovholder-test", "private_key_id": "k1",
        "private_key": pem, "client_email": f"{account}@tovholder-test.iam.gserviceaccount.com",
        "client_id": "1", "token_uri": standin.token_uri}))
    return path


def test_groups_on_one_service_account_share_one_budget_and_other_accounts_have_their_own(
        standin: SheetsStandin, tmp_path: Path) -> None:
    shared = key_file(tmp_path, standin, "quota-shared")
    copy = tmp_path / "copy.json"  # the same account's key, installed twice
    copy.write_text(shared.read_text())
    other = key_file(tmp_path, standin, "quota-other")
    a, b, c = (GoogleBackend.from_service_account_file(
        f"group-{i}", path, session=standin.session(None), requests_per_minute=40)
        for i, path in enumerate((shared, copy, other)))
    assert a.budget is not None and a.budget is b.budget
    assert c.budget is not None and c.budget is not a.budget
    assert a.budget.per_minute == 40


standin_plain = pytest.fixture(sheets_standin.running)


def test_without_a_quota_the_standin_answers_every_request(standin_plain: SheetsStandin) -> None:
    standin_plain.create_spreadsheet("sheet", TABS)
    backend = GoogleBackend("sheet", session=standin_plain.session(), max_tries=1)
    for _ in range(70):
        backend.read()
    assert standin_plain.exhausted == 0


def test_two_configured_groups_on_one_key_share_the_configured_budget(
        standin: SheetsStandin, tmp_path: Path) -> None:
    from tovholder.app.config import load_groups
    from tovholder.app.wiring import open_backend
    from tovholder.jobs.registry import FEATURES

    key = key_file(tmp_path, standin, "quota-configured")
    config = tmp_path / "tovholder.toml"
    config.write_text(f'[workbook]\nbackend = "google"\nservice_account_file = "{key}"\n'
                      'requests_per_minute = 30\n\n'
                      '[[group]]\nname = "a"\n[group.workbook]\nspreadsheet_id = "sheet-a"\n\n'
                      '[[group]]\nname = "b"\n[group.workbook]\nspreadsheet_id = "sheet-b"\n')
    first, second = (open_backend(cfg) for cfg in load_groups(config, features=FEATURES))
    assert first.budget is second.budget  # type: ignore[attr-defined]
    assert first.budget.per_minute == 30  # type: ignore[attr-defined]
