"""What every job of a tick sees: the workbook as read, the Log (as read plus what this tick
appended), who the service is, ``now``, the feature settings, and the one batch of sheet
writes that is applied at the end of the tick.

Two kinds of job plug into the tick (jobs/runner/tick.py):

- a *due* function ``due(ctx) -> list[Outgoing]`` decides from data alone which emails should
  exist now (digests, forms, reminders, confirmations). It must be pure and idempotent: the
  Log and deterministic Message-IDs make sure each is sent once, so returning the same email
  on every tick is correct and expected.
- a *reply handler* ``handle(ctx, mail, verdict) -> str`` records what a verified reply says,
  by adding writes to ``ctx.batch`` (never writing itself) and returning a one-line summary.
  Its writes land in the same single write as the Log row that marks the mail processed, so a
  crash can never leave a reply marked but unrecorded. Replies to it (confirmations) are not
  sent by the handler: a due function derives them from what was recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from tovholder.jobs.base.messages import Sender
from tovholder.mailer.decode import ParsedMail
from tovholder.mailer.inbound import Verdict
from tovholder.mailer.outbox import Outgoing
from tovholder.sheets.batch import Batch
from tovholder.sheets.model import LogEntry, Workbook


@dataclass(frozen=True)
class Failure:
    """An email (or a whole due function) that could not be built: what it was for, and why."""

    kind: str
    key: str
    recipient: str
    reason: str  # the exception, in one line
    trace: str = ""  # the traceback, for the operator's log


@dataclass
class Context:
    wb: Workbook
    log: list[LogEntry]  # the Log as read, plus the rows this tick appended so far
    sender: Sender
    now: dt.datetime  # aware, in the group's time zone
    chair: tuple[str, str]  # (email, name); email "" when the group has none
    settings: dict[str, object] = field(default_factory=dict)  # feature name -> its settings
    batch: Batch = field(default_factory=Batch)
    quarantine_folder: str = ""  # where the mailbox puts mail the chair must look at
    # An incoming mail by its Message-ID (Mailbox.original), and the reply handlers by kind:
    # a reply held for the member to confirm is applied later (jobs/identity/held.py).
    original: Callable[[str], bytes | None] | None = None
    handlers: dict[str, Handler] = field(default_factory=dict)
    # The text an email of a kind showed when it went (Kind.as_sent), by kind: a section of a
    # bundle reply is answered only where the member changed what it showed.
    as_sent: dict[str, AsSent] = field(default_factory=dict)
    # emails a due function could not build this tick (jobs/base/isolate.py); the runner logs them
    failures: list[Failure] = field(default_factory=list)

    @property
    def lang(self) -> str:
        return self.sender.lang

    @property
    def today(self) -> dt.date:
        return self.now.date()


Due = Callable[[Context], list[Outgoing]]
Handler = Callable[[Context, ParsedMail, Verdict], str]
# (ctx, recipient, key, the time it was sent as the Log writes it) -> the email's text as it went
AsSent = Callable[[Context, str, str, str], str]
