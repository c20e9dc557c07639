"""`tovholder run`: the long-running service. The `schedule` library only triggers ticks; every
tick decides from data what is due, so a restart or a week of downtime means catch-up, not
silence. New mail wakes a tick at once where the server has IMAP IDLE (unless ``idle`` is off,
[mail.imap] idle = false); otherwise the mailbox is looked at every ``poll_seconds``.

SIGTERM or Ctrl-C finish the current step and exit cleanly; no step is cut in half.

A tick that fails, whatever the exception, never ends the service: it is logged (an unexpected
one with its traceback) and the next tick runs; a group's failures touch no other group. After
``failures_before_notice`` failed ticks in a row the chair is told by mail (jobs/runner/failing.py,
at most once a day). When every group of the process has failed ``give_up_after`` ticks in a
row, the service stops and ``gave_up`` is set: `tovholder run` then exits with code 2, so that
systemd's Restart=on-failure starts a fresh process (a restart clears whatever a long-running
process may have got stuck in, and systemd's start limit makes a hopeless case visible).
Counting in memory is enough here: a restart starting the count again only delays the next
give-up, and the chair's notice is deduplicated by the Log and the mailbox, not by memory.
"""

from __future__ import annotations

import datetime as dt
import logging
import signal
import threading
from collections.abc import Callable, Sequence
from types import FrameType

import schedule

from tovholder.core.errors import TovholderError
from tovholder.core.i18n import t
from tovholder.jobs.base.feature import wake_functions
from tovholder.jobs.runner.failing import describe, tell_chair
from tovholder.jobs.runner.idle import IdleGate
from tovholder.jobs.runner.tick import Group

IDLE_SLICE = 5.0  # seconds per IDLE wait: a stop request (SIGTERM) is noticed within this
REFRESH = dt.timedelta(minutes=30)  # the chair's edits are seen within this on an idle day


def start_offsets(tick_minutes: list[float]) -> list[float]:
    """Seconds each group of one process waits before its first tick: group i of n starts
    i/n of its interval late, so the groups sharing a service account do not all read the
    workbook at the same moment (Google counts requests per minute per account)."""
    n = len(tick_minutes)
    return [i * minutes * 60 / n for i, minutes in enumerate(tick_minutes)]


class Service:
    def __init__(self, group: Group, *, tick_minutes: float, poll_seconds: float, lang: str,
                 tz: dt.tzinfo, say: Callable[[str], None] = print,
                 clock: Callable[[], dt.datetime] | None = None, dry_run: bool = False,
                 idle: bool = True, failures_before_notice: int = 3, give_up_after: int = 0,
                 log: logging.Logger | None = None) -> None:
        self.dry_run, self.idle = dry_run, idle
        self.group, self.lang, self.tz, self.say = group, lang, tz, say
        self.log = log or logging.getLogger("tovholder.run")
        self.notice_after, self.give_up_after = failures_before_notice, give_up_after
        self.failures = 0  # failed ticks in a row
        self.chair_told = False  # in this streak of failures
        self.gave_up = False
        self.peers: Sequence[Service] = (self,)  # the groups of this process (cmd_run sets it)
        self.poll_seconds = poll_seconds
        self.clock = clock or (lambda: dt.datetime.now(tz))
        self.stop = threading.Event()
        self.scheduler = schedule.Scheduler()  # our own, never the module-wide default
        # A scheduled tick that has nothing to do costs no request: the gate looks only when a
        # due moment comes, the service wrote, or a cheap refresh read sees the chair's edits.
        self.gate = IdleGate(group, wakes=wake_functions(group.features), refresh=REFRESH)
        self.tick_minutes = tick_minutes
        self.ticks = 0
        self.last_tick = self.clock()

    def run_tick(self, force: bool = True) -> None:
        self.last_tick = self.clock()
        try:
            report = self.gate.step(self.clock(), force=force, say=self.say,
                                    dry_run=self.dry_run)
        except Exception as err:  # noqa: BLE001 - one failed tick must never end the service
            self.failed(err)
        else:
            if report is not None:
                self.say(report.summary(self.lang))
                self.failures, self.chair_told = 0, False
        self.ticks += 1

    def failed(self, err: Exception) -> None:
        """Log a failed tick, tell the chair after enough of them, give up after many more."""
        self.failures += 1
        self.gate.seen = None  # the failed tick remembered nothing: the next one looks fully
        if isinstance(err, TovholderError):
            # expected now and then: Google down, the workbook open in Excel, SMTP refused
            self.log.warning("%s", t(self.lang, "service.tick_error", n=self.failures,
                                     error=t(self.lang, err.code, **err.params)))
            self.log.debug("%s", type(err).__name__, exc_info=err)
        else:
            self.log.error("%s", t(self.lang, "service.tick_failed", n=self.failures),
                           exc_info=err)
        if self.failures >= self.notice_after and not self.chair_told:
            self.chair_told = tell_chair(self.group, self.clock(), failures=self.failures,
                                         error=describe(err, self.lang), say=self.say,
                                         warn=self.log.warning)
            if self.chair_told:
                self.log.warning("%s", t(self.lang, "service.chair_told", n=self.failures))
        if self.give_up_after and all(p.failures >= p.give_up_after for p in self.peers):
            self.log.critical("%s", t(self.lang, "service.giving_up", n=self.failures))
            for peer in self.peers:
                peer.gave_up = True
                peer.stop.set()

    def wait_for_mail(self, seconds: float) -> bool:
        """Wait up to ``seconds``; True when it is time to look at the mailbox: new mail
        (IMAP IDLE), or the poll interval passed on a mailbox without IDLE (or with ``idle``
        off)."""
        inbox = getattr(self.group.mailbox, "inbox", None) if self.idle else None
        if inbox is not None and hasattr(inbox, "idle_wait"):
            try:
                if inbox.idle_wait(min(seconds, IDLE_SLICE)):
                    return True
                if inbox.has_idle is not False:
                    return False
            except TovholderError as err:  # the server went away: poll until it is back
                self.log.warning("%s", t(self.lang, err.code, **err.params))
            except Exception:  # noqa: BLE001 - a broken connection: poll; the tick reconnects
                self.log.warning("%s", t(self.lang, "service.idle_failed"), exc_info=True)
        self.stop.wait(seconds)
        return self.clock() - self.last_tick >= dt.timedelta(seconds=self.poll_seconds)

    def run(self, *, max_ticks: int | None = None, start_after: float = 0.0) -> None:
        """The loop; ``start_after`` seconds pass before the first tick (see start_offsets)."""
        if start_after and self.stop.wait(start_after):
            return
        every = self.scheduler.every(self.tick_minutes)  # type: ignore[arg-type]  # floats work
        every.minutes.do(self.run_tick, force=False)  # counted from now: the offset stays
        self.run_tick()  # catch up at once after a start
        while not self.stop.is_set() and (max_ticks is None or self.ticks < max_ticks):
            until_next = self.scheduler.idle_seconds
            wait = max(0.0, min(until_next if until_next is not None else self.poll_seconds,
                                self.poll_seconds))
            if self.wait_for_mail(wait) and not self.stop.is_set():
                self.run_tick()
            self.scheduler.run_pending()
        self.group.mailbox.close()

    def install_signal_handlers(self, also: Sequence[Service] = ()) -> None:
        """SIGTERM/SIGINT stop this service and ``also`` (the other groups of the process)."""
        def stop(signum: int, frame: FrameType | None) -> None:
            self.log.info("%s", t(self.lang, "service.stopping"))
            for service in (self, *also):
                service.stop.set()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)

