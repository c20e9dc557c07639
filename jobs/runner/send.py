"""Send what is due, exactly once: intent rows, SMTP, result rows, and recovery after a crash.

Two Log writes per tick that sends: the ``sending`` rows before the first message goes out, and
the ``sent``/``failed`` rows after the batch. A crash in between leaves ``sending`` rows that the
next tick resolves (tovholder.mailer.outbox explains how).
"""

from __future__ import annotations

import datetime as dt
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from typing import Protocol

from tovholder.core.errors import MailError
from tovholder.core.i18n import t
from tovholder.jobs.base.context import Failure
from tovholder.jobs.base.isolate import reason_of
from tovholder.jobs.base.logbook import Logbook
from tovholder.jobs.runner.failures import failure_rows
from tovholder.jobs.runner.lease import Lease
from tovholder.mailer.forward import attach_originals
from tovholder.mailer.outbox import (
    FAILED,
    REPLY_MARK,
    RETRY,
    SENDING,
    SENT,
    SKIPPED,
    Outgoing,
    age,
    is_reply,
    plan,
)
from tovholder.mailer.sandbox import redirect

log = logging.getLogger(__name__)
GRACE = dt.timedelta(minutes=10)  # the service's own copy of a sent email may arrive late


class Outbound(Protocol):
    def send(self, msg: EmailMessage) -> dict[str, tuple[int, bytes]]: ...

    def was_sent(self, message_id: str) -> bool: ...

    def original(self, message_id: str) -> bytes | None: ...


@dataclass
class SendReport:
    sent: list[Outgoing] = field(default_factory=list)
    failed: list[tuple[Outgoing, str]] = field(default_factory=list)
    confirmed: int = 0  # `sending` rows found to have gone after all
    resent: int = 0


def send_due(wanted: list[Outgoing], logbook: Logbook, transport: Outbound, now: dt.datetime,
             *, dry_run: bool = False, say: Callable[[str], None] = print,
             lease: Lease | None = None, sandbox: str = "") -> SendReport:
    """Send ``wanted`` exactly once. ``sandbox``: an address that gets every email instead of
    its recipients (the Log still names them: tovholder.mailer.sandbox)."""
    report, lang = SendReport(), logbook.lang
    decided = plan(wanted, logbook.entries)
    if lease is not None and not dry_run and (decided.send or decided.unresolved):
        lease.ensure()  # before the first intent row: two processes must not both send
        decided = plan(wanted, logbook.entries)  # on the Log as it is under the lease
    rows: list[tuple[str, ...]] = []
    to_send = list(decided.send)
    for entry, out in decided.unresolved:
        if transport.was_sent(entry.message_id):
            rows.append(logbook.row(now, entry.kind, entry.key, SENT, recipient=entry.recipient,
                                    message_id=entry.message_id,
                                    detail=t(lang, "log.confirmed_after_restart")))
            report.confirmed += 1
        elif age(entry, now) < GRACE:
            continue  # may still be on its way into our mailbox; the next tick looks again
        elif out is not None:
            to_send.append(out)
            report.resent += 1
        else:
            rows.append(logbook.row(now, entry.kind, entry.key, SKIPPED, recipient=entry.recipient,
                                    message_id=entry.message_id, detail=t(lang, "log.no_longer_due")))
    if dry_run:
        for out in to_send:
            say(t(lang, "send.dry_run", kind=out.kind, key=out.key, recipient=out.recipient))
        return report
    to_send, unbuilt = _serialisable(to_send)
    rows += failure_rows(logbook, unbuilt, now, say)
    logbook.write(rows)
    if not to_send:
        return report
    logbook.write([logbook.row(now, o.kind, o.key, SENDING, recipient=o.recipient,
                               message_id=o.message_id) for o in to_send])
    results: list[tuple[str, ...]] = []
    attempted = 0
    try:
        for attempted, out in enumerate(to_send, start=1):  # noqa: B007 - read after a failure
            results.append(_send_one(out, transport, logbook, now, report, say, sandbox))
    except MailError:
        # The message in flight stays `sending`: the server may have taken it before the drop,
        # and the next tick looks for our own copy before sending it again. The ones never
        # handed over are marked `retry`, so the next tick sends them without waiting.
        results += [logbook.row(now, o.kind, o.key, RETRY, recipient=o.recipient,
                                message_id=o.message_id, detail=t(lang, "log.connection_dropped"))
                    for o in to_send[attempted:]]
        logbook.write(results)
        raise
    logbook.write(results)
    return report


def _serialisable(wanted: list[Outgoing]) -> tuple[list[Outgoing], list[Failure]]:
    """The emails that can be written as bytes, and the failures of those that cannot: found
    before the intent rows, so an email that can never go gets no ``sending`` row to resolve."""
    ok, failed = [], []
    for out in wanted:
        try:
            out.message.as_bytes(policy=policy.SMTP)
        except Exception as exc:  # noqa: BLE001 - one email that cannot be built stops nothing
            failed.append(Failure(out.kind, out.key, out.recipient, reason_of(exc),
                                  traceback.format_exc(limit=6)))
        else:
            ok.append(out)
    return ok, failed


def _send_one(out: Outgoing, transport: Outbound, logbook: Logbook, now: dt.datetime,
              report: SendReport, say: Callable[[str], None], sandbox: str = ""
              ) -> tuple[str, ...]:
    """Hand one email over; its result row. A lost connection (MailError) is raised to the
    caller; any other fault costs this email only: ``failed`` with the reason, the rest go."""
    lang = logbook.lang
    if out.forward_from:  # a note passing a reply on: the member's files go with it
        _attach(out, transport, lang)
    try:
        refused = transport.send(redirect(out.message, sandbox, lang) if sandbox else out.message)
    except MailError:
        raise
    except Exception as exc:  # noqa: BLE001 - e.g. an address the transport cannot write
        refused = {out.recipient: (0, reason_of(exc).encode())}
        log.warning("sending %s failed\n%s", out.message_id, traceback.format_exc(limit=6))  # i18n: data
    answer = refused.get(out.recipient) or next(iter(refused.values()), None)
    if answer:
        detail = f"{answer[0]} {answer[1].decode(errors='replace')}"
        report.failed.append((out, detail))
        say(t(lang, "send.refused", kind=out.kind, key=out.key, recipient=out.recipient,
              detail=detail))
        return logbook.row(now, out.kind, out.key, FAILED, recipient=out.recipient,
                           message_id=out.message_id, detail=detail)
    report.sent.append(out)
    say(t(lang, "send.sent", kind=out.kind, key=out.key, recipient=out.recipient))
    return logbook.row(now, out.kind, out.key, SENT, recipient=out.recipient,
                       message_id=out.message_id, detail=REPLY_MARK if is_reply(out) else
                       t(lang, "log.sandbox", to=sandbox) if sandbox else "")


def _attach(out: Outgoing, transport: Outbound, lang: str) -> None:
    """The member's files on the note; a mail whose files cannot be read or attached still
    lets the note go (it names the reply, which stays in the mailbox)."""
    try:
        raw = transport.original(out.forward_from)
        if raw is not None:
            attach_originals(out.message, raw, lang=lang)
    except MailError:
        raise
    except Exception:  # noqa: BLE001 - the words reach the chair even if the files cannot
        log.warning("files of %s not attached\n%s", out.forward_from,  # i18n: data
                    traceback.format_exc(limit=6))
