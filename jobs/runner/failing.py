"""When a group's ticks keep failing, the chair hears of it by mail: at most once a day per
group, however often the service is restarted, and without any local state.

The notice is an ordinary ``notice`` email (its reply is passed on like any notice's) whose key
is the day, ``service_failing:2026-12-06``, so its Message-ID is the same all day long. Two ways
to send it, because what fails may be the workbook itself:

- through the Log, like every email (``sending`` → SMTP → ``sent``): when the workbook can be
  read, the Log says whether today's notice went, and the chair is the one the workbook names;
- straight through the mailbox, when even that fails (Google down, the workbook open in Excel,
  a bug in reading the Log): to the configured chair ([mail] chair), after asking the mailbox
  whether an email with that Message-ID went out already (the service's own copy, the proof
  tovholder.mailer.mailbox describes), so a restarted process does not tell her twice.

What the error says is redacted (tovholder.core.redact) before it goes into the mail.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from tovholder.core.errors import TovholderError
from tovholder.core.i18n import t
from tovholder.core.redact import redact
from tovholder.jobs.base.messages import Sender, make_outgoing
from tovholder.jobs.runner.send import send_due
from tovholder.jobs.runner.tick import Group, context
from tovholder.mailer.outbox import SENT, Outgoing, latest_states

KIND = "notice"
LONGEST = 500  # characters of the error in the mail: its first line says what, the log the rest


def describe(err: BaseException, lang: str) -> str:
    """One sentence for the chair: a domain error in her language, anything else by its type
    and message (the traceback is in the log)."""
    if isinstance(err, TovholderError):
        text = t(lang, err.code, **err.params)
    else:
        text = f"{type(err).__name__}: {err}"
    return redact(text)[:LONGEST]


def failing_notice(sender: Sender, chair: tuple[str, str], *, failures: int, error: str,
                   now: dt.datetime) -> Outgoing:
    """The email telling the chair that ``failures`` ticks in a row failed; the same
    Message-ID all day."""
    lang = sender.lang
    return make_outgoing(
        sender, "notice", kind=KIND, key=f"service_failing:{now.date().isoformat()}",
        to_email=chair[0], to_name=chair[1], now=now,
        context={"title": t(lang, "service.failing_title", n=failures),
                 "body": t(lang, "service.failing_body", n=failures, error=error),
                 "quoted": "", "chair_name": chair[1]})


def tell_chair(group: Group, now: dt.datetime, *, failures: int, error: str,
               say: Callable[[str], None], warn: Callable[[str], None]) -> bool:
    """Send today's notice unless it went already; True when the chair has it (now or
    before). Never raises: telling the chair must not become one more failure. ``say`` gets
    the runner's lines (sent …), ``warn`` why the chair could not be told."""
    try:
        return _through_the_log(group, now, failures, error, say)
    except Exception:  # noqa: BLE001 - the workbook (or the Log) is what fails: go around it
        pass
    try:
        return _straight(group, now, failures, error)
    except Exception as err:  # noqa: BLE001 - mail does not work either: the log says so
        warn(t(group.sender.lang, "service.chair_not_told", error=describe(err, group.sender.lang)))
        return False


def _through_the_log(group: Group, now: dt.datetime, failures: int, error: str,
                     say: Callable[[str], None]) -> bool:
    ctx, logbook = context(group, now)
    if not ctx.chair[0]:
        return False
    out = failing_notice(group.sender, ctx.chair, failures=failures, error=error, now=now)
    report = send_due([out], logbook, group.mailbox, now, say=say)
    state = latest_states(logbook.entries).get(out.message_id)
    return bool(report.sent) or (state is not None and state.state == SENT)


def _straight(group: Group, now: dt.datetime, failures: int, error: str) -> bool:
    if not group.fallback_chair:
        return False
    out = failing_notice(group.sender, (group.fallback_chair, ""), failures=failures,
                         error=error, now=now)
    if group.mailbox.was_sent(out.message_id):
        return True
    return not group.mailbox.send(out.message)
