"""The seeded fuzz (issue 12): hostile mails (tests/hostile.py) driven through real ticks of the
whole service (every feature, the demo group's .xlsx workbook, the local mailbox), in batches,
one batch a day, with the invariants checked after every batch:

- ticks_failed: a tick raised;
- outcomes_missing: a mail delivered in the batch without its own ``mail`` row in the Log
  (outcomes_extra: a Message-ID with two ``mail`` rows);
- stranger_writes: a cell outside the Log holding a stranger's marker (``zq<n>zq``: a mail whose
  From is not the member's own address, or that has no valid token), or a changed cell in
  Opgaver (genuine replies in the fuzz answer only the form, so only a stranger could);
- formula_cells: a cell the service wrote that a spreadsheet would run (a formula, or text
  beginning with ``=`` without Excel's quote prefix);
- due_emails_blocked: a day whose chair's digest did not go although the day before left
  mail put aside for her, and every email the Log says ``failed`` (the local mailbox refuses
  nothing, so a failed email is one the mails of the batch made impossible to build or send:
  a note passing on a reply with hostile files, a confirmation quoting hostile words).

Used by tests/test_fuzz.py (a small seed) and bench/fuzz.py (the full run).
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import itertools
import logging
import re
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import load_workbook

from tests.hostile import Conversation, Scene, hostile_mails
from tovholder.app import config as configuration
from tovholder.app import demo
from tovholder.app.wiring import open_group
from tovholder.jobs.registry import FEATURES
from tovholder.jobs.runner.tick import Group, tick
from tovholder.sheets.parse import parse_snapshot
from tovholder.sheets.starter import new_tabs

TZ = ZoneInfo("Europe/Copenhagen")
DAY0 = dt.date(2026, 11, 30)
STRANGER = re.compile(r"zq\d+zq")
RUNNABLE = ("=", "+", "-", "@")


@dataclass
class FuzzReport:
    mails: int = 0
    ticks: int = 0
    ticks_failed: int = 0
    outcomes_missing: int = 0
    outcomes_extra: int = 0
    stranger_writes: int = 0
    formula_cells: int = 0
    due_emails_blocked: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)  # what went wrong, for the reader
    failed_rows: int = 0  # `failed` rows in the Log so far
    warnings: int = 0  # what the service logged as going wrong (e.g. files not attached)
    seconds: float = 0.0

    def headline(self) -> dict[str, object]:
        return {k: getattr(self, k) for k in (
            "mails", "ticks", "ticks_failed", "outcomes_missing", "outcomes_extra",
            "stranger_writes", "formula_cells", "due_emails_blocked", "warnings")}


class FuzzGroup:
    """The demo group on DAY0, after its first tick (forms, reminders, calls sent)."""

    def __init__(self, folder: Path) -> None:
        self.cfg = configuration.load(demo.write_config(folder), features=FEATURES)
        self.group: Group = open_group(self.cfg)
        self.group.backend.create_tabs(new_tabs("da", demo.rows(DAY0)))
        self.path = self.cfg.workbook.path
        self.outbox = self.cfg.mail.local_dir / "outbox"
        tick(self.group, at(DAY0), say=lambda _: None)
        self.actions = self.cells("Opgaver")

    def conversations(self) -> list[Conversation]:
        """Every email a member got, with its Reply-To (a valid token for that member)."""
        wb = parse_snapshot(self.group.backend.read())
        kinds = {e.message_id: e.kind for e in wb.log if e.state == "sent"}
        found = []
        for path in sorted(self.outbox.glob("*.eml")):
            msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            mid, reply_to = str(msg["Message-ID"]), str(msg.get("Reply-To", ""))
            to = str(msg["To"]).rpartition("<")[2].rstrip(">").casefold()
            if mid in kinds and "+" in reply_to and wb.member(to) is not None:
                found.append(Conversation(to, reply_to, mid, str(msg["Subject"]), kinds[mid]))
        return found

    def cells(self, tab: str) -> dict[tuple[int, int], object]:
        book = load_workbook(self.path)
        return {(c.row, c.column): c.value for row in book[tab].iter_rows() for c in row}

    def scan(self) -> tuple[int, int]:
        """(cells outside the Log with a stranger's marker, cells a spreadsheet would run)."""
        book = load_workbook(self.path)
        strangers = runnable = 0
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for c in row:
                    text = c.value if isinstance(c.value, str) else ""
                    if sheet.title != "Log" and STRANGER.search(text):
                        strangers += 1
                    if c.data_type == "f" or (text.startswith(RUNNABLE) and text[1:2]
                                              and not c.quotePrefix):
                        runnable += 1
        return strangers, runnable


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=TZ)


class Counted(logging.Handler):
    """Counts what the service logs at WARNING or above, and keeps the first lines of each."""

    def __init__(self, report: FuzzReport) -> None:
        super().__init__(logging.WARNING)
        self.report = report

    def emit(self, record: logging.LogRecord) -> None:
        self.report.warnings += 1
        self.report.failures.append(record.getMessage()[:300])


def run_fuzz(folder: Path, *, seed: int, mails: int, batch: int = 100,
             say: Callable[[str], None] = lambda _: None) -> FuzzReport:
    report = FuzzReport()
    handler = Counted(report)
    logging.getLogger("tovholder").addHandler(handler)
    try:
        return _run(folder, seed, mails, batch, say, report)
    finally:
        logging.getLogger("tovholder").removeHandler(handler)


def _run(folder: Path, seed: int, mails: int, batch: int, say: Callable[[str], None],
         report: FuzzReport) -> FuzzReport:
    started = time.perf_counter()
    world = FuzzGroup(folder)
    conversations = world.conversations()
    scene = Scene(world.cfg.mail.address, demo_members(), conversations,
                  # the form, alone or (the first day) in a member's bundle with the calls
                  [c for c in conversations if c.kind in ("form", "bundle")], at(DAY0))
    source = hostile_mails(seed, mails, scene)
    before_formulas = world.scan()[1]
    quarantined_yesterday = False
    for number in itertools.count(1):
        now = at(DAY0 + dt.timedelta(days=number))
        scene.when = now
        chunk = list(itertools.islice(source, batch))
        if not chunk:
            break
        for m in chunk:
            world.group.mailbox.box.deliver(m.raw)  # type: ignore[attr-defined]
            report.kinds[m.kind] += 1
        report.mails += len(chunk)
        delivered = len(chunk)
        del chunk[:]  # the 20 MB bodies are on disk now; keep no copy
        report.ticks += 1
        try:
            tick(world.group, now, say=lambda _: None)
        except Exception:  # noqa: BLE001 - counted, and the next batch goes on
            report.ticks_failed += 1
            report.failures.append(traceback.format_exc(limit=8))
        quarantined_yesterday = check(world, report, now, delivered=delivered,
                                      digest_due=quarantined_yesterday,
                                      formulas_before=before_formulas)
        say(f"batch {number}: {report.mails} mails, {report.headline()}")
    report.seconds = round(time.perf_counter() - started, 1)
    return report


def check(world: FuzzGroup, report: FuzzReport, now: dt.datetime, *, delivered: int,
          digest_due: bool, formulas_before: int) -> bool:
    """The invariants after one batch; True when mail was put aside for the chair today."""
    log = parse_snapshot(world.group.backend.read()).log
    stamp = now.strftime("%Y-%m-%d %H:%M:%S")
    mail_rows = [e for e in log if e.kind == "mail"]
    today_rows = [e for e in mail_rows if e.time == stamp]
    report.outcomes.update(e.state for e in today_rows)
    missing = delivered - len({e.message_id for e in today_rows})
    if missing > 0:
        report.outcomes_missing += missing
        report.failures.append(f"{now:%Y-%m-%d}: {missing} mails without an outcome")
    twice = [mid for mid, n in Counter(e.message_id for e in mail_rows).items() if n > 1]
    report.outcomes_extra = len(twice)
    strangers, runnable = world.scan()
    changed = sum(1 for k, v in world.cells("Opgaver").items() if world.actions.get(k) != v)
    report.stranger_writes = strangers + changed
    report.formula_cells = runnable - formulas_before
    failed = [e for e in log if e.state == "failed"]
    if len(failed) > report.failed_rows:
        report.failures += [f"{e.kind} {e.key} {e.recipient}: {e.detail}"
                            for e in failed[report.failed_rows:]]
        report.due_emails_blocked += len(failed) - report.failed_rows
        report.failed_rows = len(failed)
    if digest_due and not any(e.kind == "chair_digest" and e.key == now.date().isoformat()
                              and e.state == "sent" for e in log):
        report.due_emails_blocked += 1
        report.failures.append(f"{now:%Y-%m-%d}: the chair's digest did not go")
    return any(e.state == "quarantined" for e in today_rows)


def demo_members() -> list[str]:
    return [demo.address(local) for _, local, _, status in demo.PEOPLE if status == "aktiv"]
