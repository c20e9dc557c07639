"""Two processes serving the same group (a cron tick on two machines, a `run` and a manual
`tick`) must never both send or both handle the same mail. The workbook is the only thing they
share, so the lease is a Log row:

1. before its first side effect, a tick appends ``lease held`` with its holder id and an expiry;
2. it reads the Log again and walks the lease rows in the order the Log holds them: the first
   unexpired ``held`` row not yet ``released`` is the holder; appends are ordered by the sheet
   (Google's appendCells) or by the file lock (xlsx), so both processes see the same order;
3. only the holder goes on; the other stops quietly until its next tick;
4. the holder appends ``lease released`` with its last write.

A tick with nothing to do takes no lease, so idle ticks cost nothing extra.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import socket
from dataclasses import dataclass, field

from tovholder.jobs.base.logbook import Logbook
from tovholder.sheets.model import LogEntry
from tovholder.sheets.parse import parse_snapshot

KIND = "lease"
HELD, RELEASED = "held", "released"
TTL = dt.timedelta(minutes=10)  # a crashed holder blocks the group for at most this long
STAMP = "%Y-%m-%d %H:%M:%S"


class LeaseLost(Exception):
    """Another process holds this group's lease: this tick stops without side effects."""


def current_holder(log: list[LogEntry], now: dt.datetime) -> str | None:
    """The holder the Log's lease rows name at ``now`` (None: free)."""
    holder: str | None = None
    until: dt.datetime | None = None
    for entry in log:
        if entry.kind != KIND:
            continue
        if entry.state == RELEASED and entry.key == holder:
            holder, until = None, None
        elif entry.state == HELD and (holder is None or until is None or until <= now):
            expires = _until(entry.detail, now)
            if expires > now:
                holder, until = entry.key, expires
    return holder


def _until(detail: str, now: dt.datetime) -> dt.datetime:
    try:
        return dt.datetime.strptime(detail.removeprefix("til "), STAMP).replace(tzinfo=now.tzinfo)
    except ValueError:
        return now  # unreadable: treat as expired


@dataclass
class Lease:
    logbook: Logbook
    now: dt.datetime
    holder: str = field(default_factory=lambda: f"{socket.gethostname()}:{os.getpid()}:"
                                                f"{secrets.token_hex(3)}")
    held: bool = False

    def ensure(self) -> None:
        """Hold the lease, or raise LeaseLost. Cheap after the first call in a tick."""
        if self.held:
            return
        if current_holder(self.logbook.entries, self.now) not in (None, self.holder):
            raise LeaseLost
        until = (self.now + TTL).strftime(STAMP)
        self.logbook.write([self.logbook.row(self.now, KIND, self.holder, HELD,
                                             detail=f"til {until}")])
        log = parse_snapshot(self.logbook.backend.read()).log
        if current_holder(log, self.now) != self.holder:
            raise LeaseLost
        # Decide from the Log as it is now: the other process may have sent or handled things
        # between our first read and our lease (entries is the tick's shared ctx.log).
        self.logbook.entries[:] = log
        self.held = True

    def release_row(self) -> list[tuple[str, ...]]:
        """The row to append with the tick's last write (nothing if never held)."""
        if not self.held:
            return []
        self.held = False
        return [self.logbook.row(self.now, KIND, self.holder, RELEASED)]
