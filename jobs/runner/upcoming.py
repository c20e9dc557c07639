"""The next scheduled emails, for `tovholder status`: what the tick would send, to whom and when,
if nothing changes in the workbook or the mailbox. Computed, never stored, and nothing is sent:

what the tick would want (``wanted_now``: the due functions, the schedule, bundles) is asked
at ``now`` (what the next tick sends) and then at each moment the wake functions name (the
moments at which due-ness can change, computed by the code that decides it), until the
horizon. An email is listed at the first moment it is due and
not already in the Log. Each email listed counts as sent from its moment on (``sending`` and
``sent`` rows in a copy of the Log, in memory), so a reminder or the chair's digest that
follows it is timed as it will be. What the due functions decide to write (e.g. a drawn role)
is thrown away with each moment's context.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tovholder.jobs.base.bundle import part_rows
from tovholder.jobs.base.context import Context
from tovholder.jobs.base.feature import wake_functions
from tovholder.jobs.base.logbook import log_row
from tovholder.jobs.runner.tick import Group, chair, wanted_now
from tovholder.mailer.outbox import SENDING, SENT, Outgoing, latest_states
from tovholder.sheets.model import LogEntry, Workbook

MAX_MOMENTS = 400  # wakes asked at most (a few a day over the horizon)


@dataclass(frozen=True)
class Planned:
    when: dt.datetime  # the first moment it is due (``now``: the next tick sends it)
    email: Outgoing


def upcoming(group: Group, wb: Workbook, log: list[LogEntry], now: dt.datetime,
             horizon: dt.timedelta) -> list[Planned]:
    log = list(log)  # the simulated sends go into this copy only
    seen = set(latest_states(log))
    planned: list[Planned] = []
    wakes = wake_functions(group.features)
    moment: dt.datetime | None = now
    for _ in range(MAX_MOMENTS):
        if moment is None or moment > now + horizon:
            break
        ctx = Context(wb, list(log), group.sender, moment, chair(wb, group.fallback_chair),
                      group.settings, quarantine_folder=group.quarantine_folder)
        for out in wanted_now(group, ctx):  # as the tick decides: the schedule, bundles
            if out.message_id not in seen:
                seen.add(out.message_id)
                planned.append(Planned(moment, out))
                log += [_row(moment, out, SENDING), _row(moment, out, SENT)]
        for part in part_rows(log, group.sender.domain):  # a bundle's parts count as sent
            seen.add(part["message_id"])
            log.append(log_row({}, 0, moment, part["kind"], part["key"], SENT,
                               recipient=part["recipient"], message_id=part["message_id"])[1])
        moment = min((w for w in (wake(ctx) for wake in wakes) if w is not None and w > moment),
                     default=None)
    return planned


def _row(moment: dt.datetime, out: Outgoing, state: str) -> LogEntry:
    """The row the send would log, as later decisions see it (never written anywhere)."""
    return log_row({}, 0, moment, out.kind, out.key, state, recipient=out.recipient,
                   message_id=out.message_id)[1]
