"""What to do with one incoming email: every message gets exactly one defined outcome. Pure.

Outcomes (the Log's ``state`` for kind ``mail``):

- ``processed``: a reply matched to a member and a conversation by its reply token, or a bounce
  (which marks the address as failing), or the service's own copy of a sent email;
- ``ignored``: an auto-reply ("Fraværende", "Out of office", Auto-Submitted), logged, never an
  answer;
- ``quarantined``: unusable or untrusted (unreadable, no or forged token, another member
  answering someone's form, unknown sender): moved aside and the chair asked to review it;
- ``old``: written before Tovholder started on this mailbox (its Date header, with a day's
  tolerance): left alone in the inbox, marked so it is not read again, and counted for the
  chair. A reply to an email Tovholder sent is never old: it is handled whatever its Date says.

Nothing is lost: a quarantined email stays in the mailbox's quarantine folder, and the Log row
says why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from tovholder.mailer.calendar_reply import calendar_reply, meeting_of
from tovholder.mailer.classify import Classification
from tovholder.mailer.decode import ParsedMail
from tovholder.mailer.outbox import logged_at
from tovholder.mailer.tokens import verify_token

PROCESSED, IGNORED, QUARANTINED = "processed", "ignored", "quarantined"
DUPLICATE, OWN_COPY = "duplicate", "own_copy"
OLD = "old"
# A Date header can be off by hours (a wrong clock, a time zone written wrong: up to 14 hours);
# a mail this close to the start goes the normal way, so no new mail is taken for old.
OLD_SKEW = dt.timedelta(days=1)


@dataclass(frozen=True)
class Verdict:
    outcome: str  # processed | ignored | quarantined | old | duplicate | own_copy
    reason: str  # reply | bounce | auto_reply | unreadable | bad_token | no_token | ...
    member: str = ""  # the member the token names (replies)
    conversation: str = ""  # e.g. "form:2026" (replies)
    failed: tuple[str, ...] = ()  # bounces: the addresses that failed
    notify_chair: bool = False
    owner: str = ""  # FOREIGN: the member the token names (``member`` is who wrote)


@dataclass(frozen=True)
class Known:
    """What the workbook and the Log tell about who may write to us."""

    own_address: str
    secret: bytes
    members: frozenset[str]  # active and pending member emails, lower-case
    handled: frozenset[str]  # Message-IDs already given an outcome in the Log
    conversations: tuple[tuple[str, str], ...]  # (member email, conversation) pairs we sent
    reply_base: str = ""  # the reply-address form; "" = plus-addressing on own_address
    started: dt.datetime | None = None  # mail written before this (less OLD_SKEW) is old
    others: frozenset[tuple[str, str]] = frozenset()  # (member, an address they confirmed)
    sandbox: str = ""  # [mail] sandbox: its address answers as the member the token names
    # Message-IDs of the emails the Log says were sent (or being sent): only these can come
    # back as the service's own copy; anyone can write our From and a Message-ID in our domain
    ours: frozenset[str] = frozenset()


FOREIGN = "foreign_address"  # a valid token from an address that is not the member's


def judge(mail: ParsedMail, cls: Classification, token: str | None, known: Known) -> Verdict:
    verdict = _judge(mail, cls, token, known)
    if verdict.outcome in (DUPLICATE, OWN_COPY) or verdict.reason in ("reply", "calendar", FOREIGN):
        return verdict  # an answer to an email Tovholder sent cannot predate it
    if known.started is not None and is_old(mail, known.started):
        return Verdict(OLD, OLD)
    return verdict


def is_old(mail: ParsedMail, started: dt.datetime) -> bool:
    """Written before ``started`` by its Date header (with OLD_SKEW); a mail without a readable
    Date is never old (it goes the normal way, so nothing is lost)."""
    return mail.date is not None and mail.date < started - OLD_SKEW


def started(entries: Iterable[object], now: dt.datetime,
            configured: dt.date | None = None) -> dt.datetime:
    """When Tovholder started on this group: the configured date ([mail] ignore_before), else the
    time of the earliest Log row, else ``now`` (the first tick)."""
    if configured is not None:
        return dt.datetime.combine(configured, dt.time(0), tzinfo=now.tzinfo)
    times = [t for t in (logged_at(e, now.tzinfo) for e in entries)  # type: ignore[arg-type]
             if t is not None]
    return min([*times, now])


def _judge(mail: ParsedMail, cls: Classification, token: str | None, known: Known) -> Verdict:
    if mail.message_id in known.handled:
        return Verdict(DUPLICATE, "already_handled")
    sender = mail.from_addr.strip().casefold()
    if sender == known.own_address.casefold() and mail.message_id in known.ours:
        return Verdict(OWN_COPY, "own_copy")
    if cls.kind == "bounce":
        return Verdict(PROCESSED, "bounce", failed=cls.failed_recipients, notify_chair=True)
    # Calendars answer invitations automatically (Google marks them so): still attendance.
    calendar = _calendar(mail, sender, known)
    if calendar is not None:
        return calendar
    if cls.kind == "auto_reply":
        return Verdict(IGNORED, "auto_reply")
    if cls.kind == "unreadable":
        return Verdict(QUARANTINED, "unreadable", notify_chair=True)
    if token:
        match = verify_token(known.secret, token, known.conversations)
        if match is None:
            return Verdict(QUARANTINED, "bad_token", notify_chair=True)
        member, conversation = match
        if known.sandbox and sender == known.sandbox.casefold():
            # the safe first run: whoever gets every email tries answering as the member
            return Verdict(PROCESSED, "reply", member, conversation)
        if sender != member and sender in known.members:
            # another member answering a forwarded email: the chair decides whose answer it is
            return Verdict(QUARANTINED, "other_member", member, conversation, notify_chair=True)
        if sender != member and (member, sender) not in known.others:
            # A token proves the conversation, not the person: from an address that is not the
            # member's own, nothing is written until the member confirms it (jobs/identity).
            return Verdict(PROCESSED, FOREIGN, sender, conversation, owner=member)
        return Verdict(PROCESSED, "reply", member, conversation)
    reason = "no_token" if sender in known.members else "unknown_sender"
    return Verdict(QUARANTINED, reason, notify_chair=True)


def _calendar(mail: ParsedMail, sender: str, known: Known) -> Verdict | None:
    """A member's calendar answering our invitation: no token, but our own UID names the
    meeting, and the attendee must be the sender, a member (a write needs their own address).
    Anything else about it goes the normal way (to the chair)."""
    found = calendar_reply(mail.message)
    if found is None or found.attendee != sender or sender not in known.members:
        return None
    day = meeting_of(found.uid, known.own_address)
    if day is None:
        return None
    return Verdict(PROCESSED, "calendar", sender, f"calendar:{day.isoformat()}")


def conversations_from_log(entries: Iterable[object]) -> tuple[tuple[str, str], ...]:
    """(recipient, "kind:key") for every email the Log says went out: the pairs a reply token
    can name. Derived from the Log each tick, so no token table is stored anywhere."""
    pairs = {(e.recipient.casefold(), f"{e.kind}:{e.key}")  # type: ignore[attr-defined]
             for e in entries
             if e.state in ("sent", "sending") and e.recipient}  # type: ignore[attr-defined]
    return tuple(sorted(pairs))
