"""Emails that could not be built become Log rows: ``failed``, without a Message-ID, the reason
in the detail, at most once per email (kind, key, recipient) and day.

Without a Message-ID the row is no outgoing state (tovholder.mailer.outbox.latest_states), so the
email is built again every tick and goes as soon as the data behind it is fixed; the daily limit
keeps a tick every few minutes from filling the Log with the same failure. The chair's digest
(jobs/notices/chair_digest.py) lists these rows; the traceback goes to the operator's log.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable

from tovholder.core.i18n import t
from tovholder.jobs.base.context import Failure
from tovholder.jobs.base.logbook import Logbook
from tovholder.mailer.outbox import FAILED

log = logging.getLogger(__name__)


def logged_today(logbook: Logbook, now: dt.datetime) -> set[tuple[str, str, str]]:
    """(kind, key, recipient) of the build failures the Log already has for today."""
    today = now.date().isoformat()
    return {(e.kind, e.key, e.recipient.casefold()) for e in logbook.entries
            if e.state == FAILED and not e.message_id and e.time.startswith(today)}


def failure_rows(logbook: Logbook, failures: Iterable[Failure], now: dt.datetime,
                 say: Callable[[str], None]) -> list[tuple[str, ...]]:
    """The Log rows for failures not yet logged today (and one console line each)."""
    done, rows = logged_today(logbook, now), []
    for f in failures:
        what = (f.kind, f.key, f.recipient.casefold())
        if what in done:
            log.debug("still failing: %s %s %s: %s", *what, f.reason)  # i18n: data
            continue
        done.add(what)
        rows.append(logbook.row(now, f.kind, f.key, FAILED, recipient=f.recipient,
                                detail=t(logbook.lang, "log.build_failed", reason=f.reason)))
        say(t(logbook.lang, "send.build_failed", kind=f.kind, key=f.key,
              recipient=f.recipient or "-", reason=f.reason))
        log.warning("%s %s %s could not be built\n%s", *what, f.trace)  # i18n: data
    return rows
