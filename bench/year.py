"""``python -m bench year [--groups N] [--days D | --years Y] [--refresh-minutes M]
[--step-minutes S] [--keep-days K]``: a simulated year (or Y years).

One group of 30 invented members (default), 5-minute ticks for 365 days (105,120 ticks, stepped
in real time, so the summer-time switches are in it) on the local Sheets API stand-in
(tests/sheets_standin.py, through the real GoogleBackend) and the local mailbox. Meetings every
quarter; a chair who sets "referat klar" with a link after three of them, adds actions, closes
some, and moves the third meeting after its agenda went out; members who send "afbud" to the
agenda digest and answer the written round ("intet nyt", or news) as bench/_year_scenario.py
says. The tick is tovholder.jobs.runner.tick.tick with the schedule, digests, actions and round
features (their due functions and reply handlers), behind tovholder.jobs.runner.idle.IdleGate.

``expected_emails`` is computed from the scenario alone (the spec's schedule: agenda digest,
round question, attendance reminder to who sent no afbud, follow-up and minutes per meeting per
member, one correction per member, one reminder per owner per reminder day; working days; one
email per member for plain emails due at the same moment, a bundle: see _year_scenario),
never from the due functions. ``duplicates`` compares the outbox's files with their
distinct Message-IDs. ``emails_per_member_per_week_max`` is the most emails one member got in one
ISO week (by the emails' Date, Danish time), ``emails_per_member_per_week_mean`` the outbox's
emails over members x weeks of the run (days / 7).

tovholder.mailer.render builds a new jinja Environment (and so compiles every template again) for each
email: about 0.1 s per digest email. Unless tovholder.mailer.render already caches it, the bench wraps
``tovholder.mailer.render.environment`` in an lru_cache (details: jinja_environment_cached_by_bench);
``--no-render-cache`` measures without.

``--years 5`` simulates five years of the same schedule (meetings 52 weeks apart; the move in the
first year only) with the Log archived after ``--keep-days`` (365; 0: never), and prints the
Log's cost at the end of each year: ``log_rows_read_yearN`` (the rows the last full tick of the
year read), ``log_read_ms_yearN`` (reading and parsing the Log tab alone, the fastest of 15) and
``log_read_ratio_yearN_to_year1``, which stays near 1 when the archiving works. ``--step-minutes
60`` keeps five years within a few minutes (every digest is due on the hour).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import hashlib
import os
import tempfile
import time
from collections import Counter
from email import policy
from email.message import EmailMessage
from email.parser import BytesHeaderParser, BytesParser
from email.utils import format_datetime, getaddresses, make_msgid, parsedate_to_datetime
from pathlib import Path

from bench import report
from bench._year_scenario import MEMBERS, TZ, Scenario, answer, expected, tabs_of
from tests.sheets_standin import SheetsStandin
from tovholder.jobs.base.feature import wake_functions
from tovholder.jobs.base.messages import Sender
from tovholder.jobs.digests import digests
from tovholder.jobs.registry import by_name
from tovholder.jobs.runner import idle, tick
from tovholder.jobs.written_round.asking import RoundSettings
from tovholder.mailer import render
from tovholder.mailer.mailbox import LocalMail
from tovholder.sheets.backend import Snapshot
from tovholder.sheets.google import GoogleBackend
from tovholder.sheets.parse import parse_snapshot

STEP = dt.timedelta(minutes=5)
START = dt.datetime(2025, 1, 1, tzinfo=TZ)
# The bench measures the meeting: the digests (agenda, attendance reminder, follow-up,
# corrections, minutes), the action reminders, the written round, on the schedule (working
# days, bundles).
MEETING = by_name("schedule", "digests", "actions", "round")


class ReplyingMail(LocalMail):
    """The local mailbox, keeping what was sent since the members last read their mail."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.unread: list[EmailMessage] = []

    def send(self, msg: EmailMessage) -> dict[str, tuple[int, bytes]]:
        refused = super().send(msg)
        self.unread.append(msg)
        return refused

    def members_reply(self, emails: list[str], now: dt.datetime) -> None:
        """Each member answers what reached them as the scenario says (``answer``)."""
        for msg in self.unread:
            kind = str(msg["Message-ID"]).strip("<> ").partition(".")[0]
            to = str(msg["To"].addresses[0].addr_spec).lower()
            text = answer(kind, emails.index(to)) if to in emails else None
            if text is not None:
                self.box.deliver(bytes(reply(msg, text, now)))
        self.unread = []


def reply(original: EmailMessage, text: str, now: dt.datetime) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"] = str(original["To"]), str(original["Reply-To"] or original["From"])
    msg["Subject"] = "Re: " + str(original["Subject"])
    msg["Message-ID"] = make_msgid(domain="example.org")
    msg["In-Reply-To"] = msg["References"] = str(original["Message-ID"])
    msg["Date"] = format_datetime(now)
    msg.set_content(text + "\n")
    return msg


class FullReads(GoogleBackend):
    """For ``--full-refresh-reads``: the refresh read fetches every tab, Log included."""

    def read_tabs(self, titles: list[str]) -> Snapshot:
        return self.read()


class Simulated:
    """One group: its spreadsheet in the stand-in, its mailbox, its chair, its gate."""

    def __init__(self, n: int, standin: SheetsStandin, root: Path, refresh: dt.timedelta,
                 backend: type[GoogleBackend], years: int = 1, keep_days: int = 0,
                 members: int = MEMBERS):
        self.scenario = Scenario(n, years, members)
        self.sid, self.standin = f"group-{n}", standin
        standin.create_spreadsheet(self.sid, tabs_of(self.scenario.data))
        self.mailbox = ReplyingMail(root / self.sid)
        sender = Sender(f"gruppe{n}@example.org", f"Miljønetværk {n}", "da", b"bench")
        group = tick.Group(backend(self.sid, session=standin.session()), self.mailbox,
                           sender, settings={"digests": digests.DigestSettings(),
                                     "round": RoundSettings()},
                           features=MEETING, log_keep_days=keep_days)
        inbox = root / self.sid / "inbox"
        self.gate = idle.IdleGate(
            group, wakes=wake_functions(group.features), refresh=refresh, fallback=None,
            has_mail=lambda: any(os.scandir(inbox / "new")) or any(os.scandir(inbox / "cur")))

    def step(self, now: dt.datetime) -> bool:
        """One 5-minute tick; True when it was idle (no full tick)."""
        changed = self.scenario.chair_edits(now)
        for title, rows in tabs_of(self.scenario.data, only=changed).items():
            self.standin.set_rows(self.sid, title, rows)
        idle_ = self.gate.step(now, say=lambda line: None) is None
        self.mailbox.members_reply(self.scenario.emails, now)
        return idle_


    def log_cost(self) -> tuple[int, float]:
        """(rows in the Log, ms to read and parse the Log tab alone: the fastest of 15, which a
        busy machine disturbs least)."""
        backend = self.gate.backend.inner
        times, rows = [], 0
        for _ in range(15):
            began = time.perf_counter()
            rows = len(parse_snapshot(backend.read_tabs(["Log"])).log)
            times.append((time.perf_counter() - began) * 1000)
        return rows, round(min(times), 2)


def outbox_lines(root: Path) -> list[str]:
    """Every email sent, as a sorted line: Message-ID, To, Subject, Date, a hash of the text."""
    rows = []
    for path in sorted(root.glob("*/outbox/*.eml")):
        msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        body = msg.get_body(("plain",)) if msg.is_multipart() else msg
        text = body.get_content() if body is not None else ""
        digest = hashlib.sha256(text.encode()).hexdigest()[:16]
        rows.append("\t".join([str(msg["Message-ID"]).strip(), str(msg["To"]),
                               str(msg["Subject"]), str(msg["Date"]), digest]))
    return sorted(rows)


def outbox_counts(root: Path) -> tuple[int, int]:
    files, ids = 0, set()
    parser = BytesHeaderParser()
    for path in root.glob("*/outbox/*.eml"):
        files += 1
        with open(path, "rb") as fh:
            ids.add(str(parser.parse(fh)["Message-ID"]).strip())
    return files, len(ids)


def per_member_week(root: Path) -> Counter[tuple[str, int, int]]:
    """Emails in the outbox per (recipient, ISO year, ISO week), by each email's Date (Danish
    time, the week the member sees it in)."""
    counts: Counter[tuple[str, int, int]] = Counter()
    parser = BytesHeaderParser(policy=policy.default)
    for path in root.glob("*/outbox/*.eml"):
        with open(path, "rb") as fh:
            msg = parser.parse(fh)
        week = parsedate_to_datetime(str(msg["Date"])).astimezone(TZ).isocalendar()
        for to in getaddresses([str(msg["To"])]):
            counts[(to[1].lower(), week.year, week.week)] += 1
    return counts


def weekly_figures(counts: Counter[tuple[str, int, int]], members: int, days: int
                   ) -> dict[str, float]:
    """The most emails one member got in one ISO week, and the mean over every member and every
    week of the run (weeks = days / 7; a member who got nothing in a week counts as 0)."""
    return {"emails_per_member_per_week_max": max(counts.values(), default=0),
            "emails_per_member_per_week_mean":
                round(sum(counts.values()) / max(members * days / 7, 1), 3)}


def run(groups: int, days: int, refresh: dt.timedelta, full_reads: bool, *,
        step: dt.timedelta = STEP, keep_days: int = 0, members: int = MEMBERS,
        collect: list[str] | None = None) -> tuple[dict[str, object], dict]:
    """The simulation; ``collect`` gets outbox_lines() of every email sent."""
    ticks = days * 24 * 60 // int(step.total_seconds() // 60)
    years = max(1, -(-days // 365))
    began, cpu = time.perf_counter(), time.process_time()
    with SheetsStandin() as standin, tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        backend = FullReads if full_reads else GoogleBackend
        sims = [Simulated(n, standin, root, refresh, backend, years, keep_days, members)
                for n in range(groups)]
        for sim in sims:
            sim.gate.backend.inner.read()  # the metadata fetch of a first read, not counted
        standin.reset_counts()
        idle_ticks = idle_reads = max_idle_reads = 0
        start_utc = START.astimezone(dt.UTC)
        year_ends = [START + dt.timedelta(days=365 * y) for y in range(1, years + 1)]
        log_costs: list[tuple[int, float]] = []

        def measure() -> None:  # its reads are not the service's: not counted
            before = standin.count("values:batchGet")
            log_costs.append(sims[0].log_cost())
            measured[0] += standin.count("values:batchGet") - before

        measured = [0]
        for i in range(ticks):
            now = (start_utc + i * step).astimezone(TZ)
            if year_ends and now >= year_ends[0]:
                year_ends.pop(0)
                measure()
            for sim in sims:
                before = len(standin.requests)
                if sim.step(now):
                    reads = len(standin.requests) - before  # an idle step can only read
                    idle_ticks, idle_reads = idle_ticks + 1, idle_reads + reads
                    max_idle_reads = max(max_idle_reads, reads)
        requests_, reads_ = len(standin.requests), standin.count("values:batchGet")
        if year_ends:  # the last year ends with the last tick
            measure()
        wall, cpu = time.perf_counter() - began, time.process_time() - cpu
        files, distinct = outbox_counts(root)
        if collect is not None:
            collect += outbox_lines(root)
        end = START + dt.timedelta(days=days)
        want = sum(expected(sim.scenario, START, end) for sim in sims)
        headline = {"ticks": ticks * groups, "emails_sent": files, "expected_emails": want,
                    "duplicates": files - distinct, "sheets_requests": requests_ - measured[0],
                    "wall_seconds": round(wall, 1),
                    **weekly_figures(per_member_week(root), members * groups, days)}
        logs: dict[str, object] = {}
        for y, (rows, ms) in enumerate(log_costs, start=1):
            logs[f"log_rows_read_year{y}"], logs[f"log_read_ms_year{y}"] = rows, ms
        if len(log_costs) > 1:
            logs[f"log_read_ratio_year{len(log_costs)}_to_year1"] = \
                round(log_costs[-1][1] / max(log_costs[0][1], 0.01), 2)
            logs[f"log_rows_ratio_year{len(log_costs)}_to_year1"] = \
                round(log_costs[-1][0] / max(log_costs[0][0], 1), 2)
            headline.update(logs)
        details = {"groups": groups, "days": days, "members_per_group": members,
                   "cpu_seconds": round(cpu, 1),
                   "refresh_minutes": refresh.total_seconds() / 60,
                   "refresh_read": "every tab" if full_reads else "chair tabs (read_tabs)",
                   "full_ticks": sum(s.gate.full_ticks for s in sims), "idle_ticks": idle_ticks,
                   "sheets_reads_on_idle_ticks": idle_reads,
                   "max_sheets_reads_per_idle_tick": max_idle_reads,
                   "sheets_reads_per_idle_tick": round(idle_reads / max(idle_ticks, 1), 3),
                   "sheets_reads": reads_ - measured[0],
                   "sheets_writes": standin.count(":batchUpdate"),
                   "step_minutes": step.total_seconds() / 60, "log_keep_days": keep_days,
                   **({} if len(log_costs) > 1 else logs)}
        return headline, details


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench year")
    parser.add_argument("--groups", type=int, default=1)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--years", type=int, default=0, help="simulate Y years (days = 365 Y)")
    parser.add_argument("--step-minutes", type=int, default=5,
                        help="minutes between ticks (60 keeps five years within minutes)")
    parser.add_argument("--members", type=int, default=MEMBERS, help="members per group")
    parser.add_argument("--keep-days", type=int, default=365,
                        help="[workbook] log_keep_days (0: the Log is never archived)")
    parser.add_argument("--refresh-minutes", type=float, default=30)
    parser.add_argument("--full-refresh-reads", action="store_true",
                        help="refresh reads fetch every tab, Log included")
    parser.add_argument("--no-render-cache", action="store_true",
                        help="render with a fresh jinja Environment per email, as mailer.render does")
    args = parser.parse_args(argv)
    days = 365 * args.years if args.years else args.days
    saved_env = render.environment
    cached_here = not hasattr(render.environment, "cache_info") and not args.no_render_cache
    if cached_here:  # see the module docstring: one jinja Environment per language, not per email
        render.environment = functools.lru_cache(maxsize=16)(render.environment)
    try:
        headline, details = run(args.groups, days,
                                dt.timedelta(minutes=args.refresh_minutes),
                                args.full_refresh_reads,
                                step=dt.timedelta(minutes=args.step_minutes),
                                keep_days=args.keep_days, members=args.members)
    finally:
        render.environment = saved_env
    details["jinja_environment_cached_by_bench"] = cached_here
    # --years writes year.json too (its keys are the one-year keys plus the Log's per year)
    name = "year" if args.groups == 1 and (args.years or args.days == 365) else \
        f"year-{args.groups}g-{days}d"
    if args.full_refresh_reads or args.no_render_cache or args.refresh_minutes != 30 or \
            args.keep_days != 365:
        name += "-variant"
    report(name, headline, details)
    return 0 if headline["duplicates"] == 0 and \
        headline["emails_sent"] == headline["expected_emails"] else 1
