"""What `tovholder status` tells, derived from the Log alone (the service keeps no other state):
when the service last did something and what, emails waiting or refused, and members' replies
passed on to the chair that she has not answered through Tovholder. Pure.

"Answered": the note passing a reply on carries the chair's own reply address; her answer to it
comes back as a ``passed_on`` row in the note's conversation (jobs/base/pass_on.py). An answer
she wrote to the member directly, outside Tovholder, cannot be seen here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from tovholder.jobs.base import pass_on
from tovholder.jobs.base.answer_log import short_hash
from tovholder.jobs.base.messages import conversation
from tovholder.jobs.runner.lease import current_holder
from tovholder.mailer.outbox import FAILED, RETRY, SENDING, SENT, age, latest_states, logged_at
from tovholder.sheets.model import LogEntry

RECENT = dt.timedelta(days=30)  # refusals and passed-on replies older than this are history
# the notice jobs/runner/failing.py sends when a group's ticks keep failing: (kind, key prefix)
FAILING = ("notice", "service_failing:")  # i18n: data
FAILING_NEWS = dt.timedelta(days=2)


@dataclass
class Status:
    last: dt.datetime | None = None  # the newest Log row
    last_counts: dict[str, int] = field(default_factory=dict)  # sent, failed, mails at that time
    holder: str | None = None  # a process holding the lease now (a tick running, or killed)
    failing: LogEntry | None = None  # the chair told today or yesterday that ticks keep failing
    waiting: list[LogEntry] = field(default_factory=list)  # sending or retry: not yet sure
    failed: list[LogEntry] = field(default_factory=list)  # refused in the last RECENT
    unanswered: list[tuple[LogEntry, str]] = field(default_factory=list)  # (reply, note state)


def status(log: list[LogEntry], now: dt.datetime) -> Status:
    found = Status(holder=current_holder(log, now))
    times = [(w, e) for e in log if (w := logged_at(e, now.tzinfo)) is not None]
    if times:
        found.last = max(w for w, _ in times)
        rows = [e for w, e in times if w == found.last]
        found.last_counts = {"sent": sum(e.state == SENT for e in rows),
                             "failed": sum(e.state == FAILED for e in rows),
                             "mails": sum(e.kind == "mail" for e in rows)}  # i18n: data
    states = latest_states(log)
    found.failing = next((e for e in reversed(states.values()) if e.kind == FAILING[0] and
                          e.key.startswith(FAILING[1]) and age(e, now) <= FAILING_NEWS), None)
    found.waiting = [e for e in states.values() if e.state in (SENDING, RETRY)]
    found.failed = [e for e in states.values() if e.state == FAILED and age(e, now) <= RECENT]
    found.unanswered = _unanswered(log, states, now)
    return found


def _unanswered(log: list[LogEntry], states: dict[str, LogEntry], now: dt.datetime
                ) -> list[tuple[LogEntry, str]]:
    answered = {e.key for e in log if e.kind == pass_on.KIND}
    note_state = {(e.kind, e.key): e.state for e in states.values()}
    out = []
    for entry in log:
        if entry.kind != pass_on.KIND or entry.state not in pass_on.NOTED or \
                age(entry, now) > RECENT:
            continue
        key = short_hash(entry.message_id)
        if conversation(pass_on.NOTE, key) in answered:
            continue
        out.append((entry, note_state.get((pass_on.NOTE, key), "")))
    return out
