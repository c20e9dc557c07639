"""Sending that never repeats and never silently drops: what to send now, decided from the Log.

The Log is append-only. An outgoing email gets a row ``sending`` before it is handed to SMTP and
a row ``sent`` (or ``failed``) after; its state is the newest row with its Message-ID. Because
Message-IDs are deterministic per (kind, key, recipient), a tick that wants an email finds its
earlier rows whatever happened in between:

- no row, or ``retry`` (the connection failed before it was handed over): send it;
- ``sent``/``failed``/``skipped``: done, never again;
- ``sending`` (a tick died between intent and result): the runner asks the transport whether it
  went (the service's own copy in the mailbox, the local outbox); if so it logs ``sent``, and if
  not, after a grace period, sends it again with the same Message-ID.

Pure: no transport is imported here; tovholder.jobs.runner.send does the I/O.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from email.message import EmailMessage

from tovholder.sheets.model import LogEntry

SENDING, SENT, FAILED, SKIPPED, RETRY = "sending", "sent", "failed", "skipped", "retry"
OUTGOING_STATES = {SENDING, SENT, FAILED, SKIPPED, RETRY}
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


@dataclass(frozen=True)
class Outgoing:
    """An email the service wants sent: kind ("agenda", "form", …), key (meeting date, round…),
    recipient, and the message itself (its Message-ID is the identity)."""

    kind: str
    key: str
    recipient: str
    message: EmailMessage = field(compare=False, repr=False)
    # The Message-ID of a member's reply whose files go with this email (a note passing it on);
    # the runner attaches them when it sends, from the mailbox the reply was filed in.
    forward_from: str = field(default="", compare=False)

    @property
    def message_id(self) -> str:
        return str(self.message["Message-ID"])


@dataclass
class Plan:
    send: list[Outgoing] = field(default_factory=list)
    # `sending` rows to resolve: (the row, the Outgoing if it is still wanted)
    unresolved: list[tuple[LogEntry, Outgoing | None]] = field(default_factory=list)
    done: list[Outgoing] = field(default_factory=list)


def latest_states(log: list[LogEntry]) -> dict[str, LogEntry]:
    """The newest outgoing-state row per Message-ID (rows are in the order they were appended)."""
    states: dict[str, LogEntry] = {}
    for entry in log:
        if entry.message_id and entry.state in OUTGOING_STATES:
            states[entry.message_id] = entry
    return states


def plan(wanted: list[Outgoing], log: list[LogEntry]) -> Plan:
    states = latest_states(log)
    result = Plan()
    seen: set[str] = set()
    for out in wanted:
        if out.message_id in seen:  # the same email decided twice in one tick: send it once
            continue
        seen.add(out.message_id)
        entry = states.get(out.message_id)
        if entry is None or entry.state == RETRY:
            result.send.append(out)
        elif entry.state == SENDING:
            result.unresolved.append((entry, out))
        else:
            result.done.append(out)
    for message_id, entry in states.items():
        if entry.state == SENDING and message_id not in seen:
            result.unresolved.append((entry, None))
    return result


def age(entry: LogEntry, now: dt.datetime) -> dt.timedelta:
    """How long ago a Log row was written; rows with an unreadable time count as old."""
    try:
        written = dt.datetime.strptime(entry.time, TIME_FORMAT).replace(tzinfo=now.tzinfo)
    except ValueError:
        return dt.timedelta.max
    return now - written


def logged_at(entry: LogEntry, tz: dt.tzinfo | None) -> dt.datetime | None:
    """When a Log row was written (in the group's time zone), or None when its time is unreadable."""
    try:
        return dt.datetime.strptime(entry.time, TIME_FORMAT).replace(tzinfo=tz)
    except ValueError:
        return None


def count_recent(log: list[LogEntry], *, kind: str, recipient: str, now: dt.datetime,
                 within: dt.timedelta) -> int:
    """How many emails of ``kind`` went to ``recipient`` within the period: the loop breaker
    (an address that answers every automatic confirmation) uses it."""
    wanted = recipient.casefold()
    return sum(1 for e in log if e.kind == kind and e.state == SENT and
               e.recipient.casefold() == wanted and age(e, now) <= within)


LOOP_LIMIT = 3  # emails answering incoming mail, to one address, per hour
LOOP_WINDOW = dt.timedelta(hours=1)
REPLY_MARK = "svar"  # the detail of a `sent` row for an email that answered an incoming mail


def is_reply(out: Outgoing) -> bool:
    return out.message.get("In-Reply-To") is not None


def loop_guard(wanted: list[Outgoing], log: list[LogEntry], now: dt.datetime
               ) -> tuple[list[Outgoing], list[Outgoing]]:
    """(allowed, cut): an email that answers an incoming mail is cut when its address already
    got LOOP_LIMIT such answers within the hour. Two robots answering each other (an
    auto-responder without Auto-Submitted, a forwarding rule) stop there."""
    states = latest_states(log)
    counts = Counter(e.recipient.casefold() for e in log if e.state == SENT and
                     e.detail == REPLY_MARK and age(e, now) <= LOOP_WINDOW)
    allowed, cut = [], []
    for out in wanted:
        if not is_reply(out) or out.message_id in states:  # decided before: plan() handles it
            allowed.append(out)
        elif counts[out.recipient] >= LOOP_LIMIT:
            cut.append(out)
        else:
            counts[out.recipient] += 1
            allowed.append(out)
    return allowed, cut
