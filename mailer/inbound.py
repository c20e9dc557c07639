"""What to do with one incoming email: every message gets exactly one defined outcome. Pure.

Outcomes (the Log's ``state`` for kind ``mail``):

- ``processed``: a reply matched to a member and a conversation by its reply token, or a bounce
  (which marks the address as failing), or the service's own copy of a sent email;
- ``ignored``: an auto-reply ("Fraværende", "Out of office", Auto-Submitted), logged, never an
  answer;
- ``quarantined``: unusable or untrusted (unreadable, no or forged token, another member
  answering someone's form, unknown sender): moved aside and the chair asked to review it.

Nothing is lost: a quarantined email stays in the mailbox's quarantine folder, and the Log row
says why.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tovholder.mailer.calendar_reply import calendar_reply, meeting_of
from tovholder.mailer.classify import Classification
from tovholder.mailer.decode import ParsedMail
from tovholder.mailer.tokens import verify_token

PROCESSED, IGNORED, QUARANTINED = "processed", "ignored", "quarantined"
DUPLICATE, OWN_COPY = "duplicate", "own_copy"


@dataclass(frozen=True)
class Verdict:
    outcome: str  # processed | ignored | quarantined | duplicate | own_copy
    reason: str  # reply | bounce | auto_reply | unreadable | bad_token | no_token | ...
    member: str = ""  # the member the token names (replies)
    conversation: str = ""  # e.g. "form:2026" (replies)
    failed: tuple[str, ...] = ()  # bounces: the addresses that failed
    notify_chair: bool = False


@dataclass(frozen=True)
class Known:
    """What the workbook and the Log tell about who may write to us."""

    own_address: str
    secret: bytes
    members: frozenset[str]  # active and pending member emails, lower-case
    handled: frozenset[str]  # Message-IDs already given an outcome in the Log
    conversations: tuple[tuple[str, str], ...]  # (member email, conversation) pairs we sent
    reply_base: str = ""  # the reply-address form; "" = plus-addressing on own_address


@dataclass
class Notice:
    """Something the chair must look at: why, and the mail it is about."""

    reason: str
    mail: ParsedMail | None
    key: str  # the Message-ID it is about: one notice per mail, ever
    detail: str = ""


def judge(mail: ParsedMail, cls: Classification, token: str | None, known: Known) -> Verdict:
    if mail.message_id in known.handled:
        return Verdict(DUPLICATE, "already_handled")
    sender = mail.from_addr.strip().casefold()
    if sender == known.own_address.casefold() and _is_ours(mail.message_id, known.own_address):
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
        if sender != member and sender in known.members:
            # another member answering a forwarded email: the chair decides whose answer it is
            return Verdict(QUARANTINED, "other_member", member, conversation, notify_chair=True)
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


def _is_ours(message_id: str, own_address: str) -> bool:
    domain = own_address.rpartition("@")[2].casefold()
    return message_id.strip().casefold().endswith(f"@{domain}>")


def conversations_from_log(entries: Iterable[object]) -> tuple[tuple[str, str], ...]:
    """(recipient, "kind:key") for every email the Log says went out: the pairs a reply token
    can name. Derived from the Log each tick, so no token table is stored anywhere."""
    pairs = {(e.recipient.casefold(), f"{e.kind}:{e.key}")  # type: ignore[attr-defined]
             for e in entries
             if e.state in ("sent", "sending") and e.recipient}  # type: ignore[attr-defined]
    return tuple(sorted(pairs))
