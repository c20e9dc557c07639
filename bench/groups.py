"""``python -m bench groups [--groups N] [--days D] [--no-stagger] [--no-budget]``: many groups,
one service account.

30 groups (default) of 30 invented members each, in one process, for a simulated month from
1 January 2025 (bench/_year_scenario.py: the first meeting's agenda digest to every member, its
follow-up, action reminders, the chair's edits). Every group reads and writes its own
spreadsheet through the real GoogleBackend against the local Sheets stand-in, and ALL share one
service account: one request budget (sheets/quota.py, 40 a minute) and Google's quota of 60
requests a minute per user, which the stand-in enforces (429 with Retry-After). Everything runs
on one simulated clock: a group's 5-minute tick behind its IdleGate (as `tovholder run` does)
happens at its slot, group i at i/n of the interval (the offsets of `tovholder run`), and a wait
for the budget or a 429 moves the clock on. Mail goes to local mailboxes.

``sheets_requests_per_minute_peak`` counts every request the stand-in received per simulated
clock minute (429s included); ``..._rolling_peak`` in the details is the most in any 60 seconds.
``--no-budget`` and ``--no-stagger`` measure without the budget or the offsets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import logging
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from bench import report
from bench._year_scenario import TZ, Scenario, expected, tabs_of
from bench.year import DIGESTS_ONLY, START, STEP, outbox_counts
from tests.sheets_standin import SheetsStandin, SimulatedClock
from tovholder.jobs.base.feature import wake_functions
from tovholder.jobs.base.messages import Sender
from tovholder.jobs.digests import digests
from tovholder.jobs.runner import idle, tick
from tovholder.jobs.runner.service import REFRESH, start_offsets
from tovholder.mailer import render
from tovholder.mailer.mailbox import LocalMail
from tovholder.sheets.google import GoogleBackend
from tovholder.sheets.quota import RequestBudget

GOOGLE_QUOTA = 60  # requests per minute per user


class Member:
    """One group: its spreadsheet in the stand-in, its mailbox, its chair, its gate."""

    def __init__(self, n: int, standin: SheetsStandin, root: Path, clock: SimulatedClock,
                 budget: RequestBudget | None) -> None:
        self.scenario = Scenario(n)
        self.sid, self.standin = f"group-{n}", standin
        standin.create_spreadsheet(self.sid, tabs_of(self.scenario.data))
        sender = Sender(f"gruppe{n}@example.org", f"Miljønetværk {n}", "da", b"bench")
        backend = GoogleBackend(self.sid, session=standin.session(), budget=budget,
                                sleep=clock.sleep)
        group = tick.Group(backend, LocalMail(root / self.sid), sender,
                           settings={"digests": digests.DigestSettings()},
                           features=(DIGESTS_ONLY,))
        inbox = root / self.sid / "inbox"
        self.gate = idle.IdleGate(
            group, wakes=wake_functions(group.features), refresh=REFRESH, fallback=None,
            has_mail=lambda: any(os.scandir(inbox / "new")) or any(os.scandir(inbox / "cur")))

    def step(self, now: dt.datetime) -> None:
        changed = self.scenario.chair_edits(now)
        for title, rows in tabs_of(self.scenario.data, only=changed).items():
            self.standin.set_rows(self.sid, title, rows)
        self.gate.step(now, say=lambda line: None)


class Counter(logging.Handler):
    """Counts the lines the backend logs when it must wait, and keeps the first."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count, self.first = 0, ""

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        self.first = self.first or record.getMessage()


def rolling_peak(stamps: list[float]) -> int:
    """The most requests in any 60 seconds (two pointers over the sorted times)."""
    times, best, lo = sorted(stamps), 0, 0
    for hi, when in enumerate(times):
        while when - times[lo] >= 60:
            lo += 1
        best = max(best, hi - lo + 1)
    return best


def simulate(groups: list[Member], clock: SimulatedClock, days: int, stagger: bool) -> None:
    offsets = start_offsets([STEP.total_seconds() / 60] * len(groups)) if stagger else \
        [0.0] * len(groups)
    start = START.timestamp()
    for i in range(days * 24 * 60 * 60 // int(STEP.total_seconds())):
        for group, offset in zip(groups, offsets, strict=True):
            clock.now = max(clock.now, start + i * STEP.total_seconds() + offset)
            group.step(dt.datetime.fromtimestamp(clock.now, TZ))


def run(n: int, days: int, stagger: bool, budgeted: bool) -> tuple[dict[str, object], dict]:
    began, cpu = time.perf_counter(), time.process_time()
    clock = SimulatedClock(START.timestamp())
    budget = RequestBudget(40, clock=clock, sleep=clock.sleep) if budgeted else None
    said = Counter()
    logging.getLogger("tovholder.sheets.google").addHandler(said)
    logging.getLogger("tovholder.sheets.google").setLevel(logging.INFO)
    with SheetsStandin(quota_per_minute=GOOGLE_QUOTA, clock=clock) as standin, \
            tempfile.TemporaryDirectory() as folder:
        groups = [Member(k, standin, Path(folder), clock, budget) for k in range(n)]
        simulate(groups, clock, days, stagger)
        files, distinct = outbox_counts(Path(folder))
        per_minute = standin.per_minute()
        end = START + dt.timedelta(days=days)
        headline = {
            "groups": n, "days": days, "sheets_requests_total": len(standin.stamps),
            "sheets_requests_per_minute_peak": max(per_minute.values(), default=0),
            "throttle_waits": budget.waits if budget else 0,
            "sheets_429": standin.exhausted,
            "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "emails_sent": files,
            "expected_emails": sum(expected(g.scenario, START, end) for g in groups),
            "duplicates": files - distinct,
            "wall_seconds": round(time.perf_counter() - began, 1)}
        details = {
            "members_per_group": 30, "tick_minutes": STEP.total_seconds() / 60,
            "budget_per_minute": budget.per_minute if budget else None,
            "google_quota_per_minute": GOOGLE_QUOTA, "staggered": stagger,
            "sheets_requests_rolling_peak": rolling_peak([t for t, _ in standin.stamps]),
            "minutes_over_40": sum(1 for c in per_minute.values() if c > 40),
            "busiest_minutes": [dt.datetime.fromtimestamp(m * 60, TZ).isoformat()
                                for m, c in sorted(per_minute.items())
                                if c == max(per_minute.values())][:5],
            "throttle_wait_seconds": round(budget.waited, 1) if budget else 0,
            "throttle_log_lines": said.count, "throttle_log_example": said.first,
            "full_ticks": sum(g.gate.full_ticks for g in groups),
            "refresh_reads": sum(g.gate.refresh_reads for g in groups),
            "sheets_reads": standin.count("values:batchGet"),
            "sheets_writes": standin.count(":batchUpdate"),
            "cpu_seconds": round(time.process_time() - cpu, 1)}
    logging.getLogger("tovholder.sheets.google").removeHandler(said)
    return headline, details


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench groups")
    parser.add_argument("--groups", type=int, default=30)
    parser.add_argument("--days", type=int, default=31)
    parser.add_argument("--no-stagger", action="store_true",
                        help="every group ticks at the same moment")
    parser.add_argument("--no-budget", action="store_true",
                        help="no shared request budget: only Google's quota (429s) paces")
    args = parser.parse_args(argv)
    # the stand-in answers from a thread of this process: hand it the GIL at once, not after
    # Python's default 5 ms (that wait, not the work, was most of each request's wall time)
    sys.setswitchinterval(0.0002)
    saved_env = render.environment
    if not hasattr(render.environment, "cache_info"):  # as bench/year.py: one jinja Environment
        render.environment = functools.lru_cache(maxsize=16)(render.environment)
    try:
        headline, details = run(args.groups, args.days, not args.no_stagger, not args.no_budget)
    finally:
        render.environment = saved_env
    name = "groups" if (args.groups, args.days) == (30, 31) else \
        f"groups-{args.groups}g-{args.days}d"
    if args.no_stagger or args.no_budget:
        name += "-variant"
    report(name, headline, details)
    ok = headline["duplicates"] == 0 and headline["emails_sent"] == headline["expected_emails"]
    return 0 if ok and (args.no_budget or headline["sheets_requests_per_minute_peak"] <= 40) \
        else 1
