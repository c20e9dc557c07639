"""`tovholder run`: the long-running service. The `schedule` library only triggers ticks; every
tick decides from data what is due, so a restart or a week of downtime means catch-up, not
silence. New mail wakes a tick at once where the server has IMAP IDLE (unless ``idle`` is off,
[mail.imap] idle = false); otherwise the mailbox is looked at every ``poll_seconds``.

SIGTERM or Ctrl-C finish the current step and exit cleanly; no step is cut in half.
"""

from __future__ import annotations

import datetime as dt
import signal
import threading
from collections.abc import Callable, Sequence
from types import FrameType

import schedule

from tovholder.core.errors import TovholderError
from tovholder.core.i18n import t
from tovholder.jobs.base.feature import wake_functions
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
                 idle: bool = True) -> None:
        self.dry_run, self.idle = dry_run, idle
        self.group, self.lang, self.tz, self.say = group, lang, tz, say
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
            if report is not None:
                self.say(report.summary(self.lang))
        except TovholderError as err:
            # the next tick tries again: Google down, the workbook open in Excel, SMTP refused
            self.say("tovholder: " + t(self.lang, err.code, **err.params))
        self.ticks += 1

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
                self.say("tovholder: " + t(self.lang, err.code, **err.params))
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
            self.say(t(self.lang, "service.stopping"))
            for service in (self, *also):
                service.stop.set()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)

