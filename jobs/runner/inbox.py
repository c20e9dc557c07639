"""Read new mail, give each message its outcome (tovholder.mailer.inbound), write the Log, then mark it.

The order makes a crash harmless: Log rows are written before the mailbox is told; a message
whose Log row exists but that is still unmarked is recognised by its Message-ID on the next
poll and only marked. A message is never dropped unlogged: even a parser crash quarantines it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from tovholder.core.i18n import t
from tovholder.jobs.base import pass_on
from tovholder.jobs.base.context import Context, Handler
from tovholder.jobs.base.logbook import Logbook
from tovholder.jobs.runner.lease import Lease
from tovholder.mailer.classify import classify
from tovholder.mailer.decode import ParsedMail, decode_message, reused
from tovholder.mailer.imap import PollState
from tovholder.mailer.inbound import DUPLICATE, FOREIGN, OWN_COPY, QUARANTINED, Known, Verdict, judge
from tovholder.mailer.mailbox import Mailbox
from tovholder.mailer.outbox import SENDING, SENT, age, latest_states
from tovholder.mailer.tokens import token_from_message
from tovholder.sheets.batch import Batch

MAIL, INBOX, BOUNCE = "mail", "inbox", "bounce"


@dataclass
class InboxReport:
    seen: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    replies: list[tuple[ParsedMail, Verdict]] = field(default_factory=list)


RESCAN_AFTER = dt.timedelta(days=1)


def last_poll_state(logbook: Logbook, folder: str, now: dt.datetime) -> PollState | None:
    """Where the last poll ended, from the Log. None (a full rescan of unmarked mail) when there
    is none or it is a day old: a message logged but left unmarked by a crash is then marked,
    and the Log gets a fresh row, so an idle poll stays one round trip the rest of the day."""
    for entry in reversed(logbook.entries):
        if entry.kind == INBOX and entry.key == folder:
            return PollState.decode(entry.detail) if age(entry, now) < RESCAN_AFTER else None
    return None


_PRINT = re.compile(r"(?:^|; )#([0-9a-f]{16})(?=;|$)")


def handled_ids(logbook: Logbook) -> dict[str, tuple[str, str]]:
    """Message-ID -> (outcome, the mail's fingerprint), for every incoming mail the Log has an
    outcome for (the fingerprint "" for rows written before the Log kept it)."""
    found = {}
    for e in logbook.entries:
        if e.kind == MAIL and e.message_id:
            print_ = _PRINT.search(e.detail)
            found[e.message_id] = (e.state, print_.group(1) if print_ else "")
    return found


def known_as(mail: ParsedMail, handled: dict[str, tuple[str, str]]) -> ParsedMail:
    """The mail under the identity it has in the Log. A Message-ID the Log already has for a
    *different* mail (another fingerprint) is not a duplicate: a mail client or a forger reused
    it, and this mail gets its own identity, derived from both (issue 12, fault 5)."""
    earlier = handled.get(mail.message_id)
    if earlier is None or not earlier[1] or earlier[1] == mail.fingerprint:
        return mail
    return replace(mail, message_id=reused(mail.message_id, mail.fingerprint))


def process_inbox(mailbox: Mailbox, logbook: Logbook, known: Known, ctx: Context, *,
                  handlers: dict[str, Handler] | None = None, folder: str = "INBOX",
                  say: Callable[[str], None] = print, lease: Lease | None = None
                  ) -> InboxReport:
    """Poll, judge every message, let the conversation's handler record verified replies into
    ``ctx.batch``, then ONE write (Log rows + the handlers' writes), then mark the messages."""
    now = ctx.now
    report = InboxReport()
    previous = last_poll_state(logbook, folder, now)
    state, messages = mailbox.poll(previous)
    first = next(messages, None)
    if first is None and (previous is not None or state is None):
        return report  # nothing new (and no fresh poll state to keep): no lease, no write
    if lease is not None:
        lease.ensure()  # before the first side effect: another process may be at it too
    handled = handled_ids(logbook)  # (after the lease: the Log as it is now)
    messages = itertools.chain([first] if first else [], messages)
    rows: list[tuple[str, ...]] = []
    marked: list[str] = []
    quarantined: list[str] = []
    states = latest_states(logbook.entries)
    sending = {mid: e for mid, e in states.items() if e.state == SENDING}
    known = replace(known, ours=frozenset(states))
    for key, raw in messages:
        report.seen += 1
        try:
            mail = known_as(decode_message(raw), handled)
            known = replace(known, handled=frozenset(handled))  # with this poll's mails so far
            verdict = judge(mail, classify(mail.message), _token(mail, known), known)
        except Exception:  # noqa: BLE001 - one bad message must never stop the loop
            mail, verdict = None, Verdict(QUARANTINED, "crash", notify_chair=True)
            say(t(ctx.lang, "inbox.read_failed") + "\n" + traceback.format_exc(limit=3))
        report.outcomes[verdict.outcome] = report.outcomes.get(verdict.outcome, 0) + 1
        if verdict.outcome == DUPLICATE:
            assert mail is not None  # judged from a decoded mail
            earlier = handled.get(mail.message_id, ("", ""))[0]
            (quarantined if earlier == QUARANTINED else marked).append(key)
            continue
        if verdict.outcome == OWN_COPY:
            assert mail is not None
            if mail.message_id in sending:  # a crash came between SMTP's 250 and the Log row
                sent = sending.pop(mail.message_id)
                rows.append(logbook.row(now, sent.kind, sent.key, SENT, recipient=sent.recipient,
                                        message_id=sent.message_id,
                                        detail=t(ctx.lang, "log.own_copy")))
            marked.append(key)
            continue
        message_id = mail.message_id if mail else f"<uid-{key}@ulæselig>"  # i18n: data (a Message-ID)
        sender = mail.from_addr if mail else ""
        if verdict.reason in ("reply", "calendar", FOREIGN) and mail is not None:
            verdict = _handle(ctx, handlers or {}, mail, verdict, say)
            report.replies.append((mail, verdict))
        rows.append(logbook.row(now, MAIL, verdict.conversation or verdict.reason,
                                verdict.outcome, recipient=sender, message_id=message_id,
                                detail=_detail(verdict, mail, ctx.lang)))
        handled[message_id] = (verdict.outcome, mail.fingerprint if mail else "")
        for address in verdict.failed:
            rows.append(logbook.row(now, BOUNCE, address.casefold(), "failing",
                                    recipient=address.casefold(), message_id=message_id))
        (quarantined if verdict.outcome == QUARANTINED else marked).append(key)
        say(t(ctx.lang, "inbox.mail", sender=sender or "?", outcome=verdict.outcome,
              reason=verdict.reason))
    if state is not None and (report.seen or previous is None):
        rows.append(logbook.row(now, INBOX, folder, "polled", detail=state.encode()))
    logbook.write(rows, ctx.batch)
    if ctx.batch:
        logbook.backend.apply(ctx.batch)
        ctx.batch = Batch()
    mailbox.mark_processed(marked)
    mailbox.quarantine(quarantined)
    return report


def _handle(ctx: Context, handlers: dict[str, Handler], mail: ParsedMail, verdict: Verdict,
            say: Callable[[str], None]) -> Verdict:
    """Run the conversation's handler; a crash in it quarantines the mail instead of losing it
    (its partial writes are discarded with the batch it wrote into)."""
    handler = handlers.get(FOREIGN, pass_on.pass_on) if verdict.reason == FOREIGN else \
        handlers.get(verdict.conversation.partition(":")[0])
    if handler is None:
        return verdict
    before = (len(ctx.batch.appends), len(ctx.batch.cells))
    try:
        summary = handler(ctx, mail, verdict)
        if verdict.reason != FOREIGN:  # a held reply's files go with it (jobs/identity)
            pass_on.record_files(ctx, verdict, mail)  # files reach a person whatever was understood
    except Exception:  # noqa: BLE001 - one bad reply must never stop the loop
        del ctx.batch.appends[before[0]:]
        del ctx.batch.cells[before[1]:]
        say(t(ctx.lang, "inbox.handler_failed") + "\n" + traceback.format_exc(limit=3))
        return replace(verdict, outcome=QUARANTINED, reason="handler_crash", notify_chair=True)
    return replace(verdict, reason=summary or verdict.reason)


def _token(mail: ParsedMail, known: Known) -> str | None:
    base = known.reply_base or known.own_address
    return token_from_message(mail.message, base) if mail.message else None


def _detail(verdict: Verdict, mail: ParsedMail | None, lang: str) -> str:
    parts = [verdict.reason]
    if verdict.member:
        parts.append(t(lang, "log.member", member=verdict.member))
    if mail is not None and mail.fingerprint:  # before the subject, which the digest reads last
        parts.append(f"#{mail.fingerprint}")
    if mail is not None:
        parts.append(t(lang, "log.subject", subject=mail.subject[:120]))
    return "; ".join(parts)
