"""Calendar responses: a member's calendar answering Tovholder's invitation (iTIP METHOD:REPLY,
RFC 5546) with accepted, declined or tentative. Pure: icalendar on the mail's parts.

Outlook sends it as a ``text/calendar; method=REPLY`` part beside a short text ("Accepteret:
…" / "Declined: …"), Gmail as an ``invite.ics`` attachment with the same content, Apple
Calendar as ``text/calendar`` alone. None carries a reply token: the UID says which meeting
(our UIDs are derived from the group's address, so a stranger's UID is not taken for ours) and
the ATTENDEE says who, which must agree with the sender.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from icalendar import Calendar

from tovholder.mailer.ics import meeting_uid

ACCEPTED, DECLINED, TENTATIVE = "accepted", "declined", "tentative"
_PARTSTAT = {"ACCEPTED": ACCEPTED, "DECLINED": DECLINED, "TENTATIVE": TENTATIVE}
_UID = re.compile(r"^meeting-(\d{4}-\d{2}-\d{2})-[0-9a-f]{16}@")
MAX_PART = 256 * 1024  # a calendar part larger than this is no answer to an invitation


@dataclass(frozen=True)
class CalendarReply:
    uid: str
    attendee: str  # the address the calendar answered for, folded
    answer: str  # accepted | declined | tentative
    comment: str  # what the member typed into the response, if the client sends it
    proposed: dt.datetime | dt.date | None = None  # a new start the member proposes (COUNTER)


def calendar_parts(msg: EmailMessage) -> list[bytes]:
    """The raw iCalendar data of every text/calendar part or .ics attachment."""
    found = []
    for part in msg.walk():
        name = (part.get_filename() or "").casefold()
        if part.get_content_type() != "text/calendar" and not name.endswith(".ics"):
            continue
        data = part.get_payload(decode=True)
        if isinstance(data, bytes) and 0 < len(data) <= MAX_PART:
            found.append(data)
    return found


def parse_reply(data: bytes) -> CalendarReply | None:
    """The response in one iCalendar object, or None when it is not a REPLY we can read."""
    try:
        cal = Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError):
        return None
    method = str(cal.get("METHOD", "")).strip().upper()
    if method not in ("REPLY", "COUNTER"):  # COUNTER: the answer with a new time proposed
        return None
    for event in cal.walk("VEVENT"):
        uid = str(event.get("UID", "")).strip()
        attendees = event.get("ATTENDEE")
        attendees = attendees if isinstance(attendees, list) else [attendees] if attendees else []
        for attendee in attendees:
            answer = _PARTSTAT.get(str(attendee.params.get("PARTSTAT", "")).upper())
            address = str(attendee).removeprefix("mailto:").removeprefix("MAILTO:").strip()
            if uid and answer and "@" in address:
                return CalendarReply(uid, address.casefold(), answer, _comment(event, attendee),
                                     _proposed(event) if method == "COUNTER" else None)
    return None


def _comment(event: Any, attendee: Any) -> str:
    """Outlook and Apple put the member's note in COMMENT, Google in the attendee's
    X-RESPONSE-COMMENT parameter."""
    text = str(event.get("COMMENT", "") or attendee.params.get("X-RESPONSE-COMMENT", "") or "")
    # Google escapes the note as HTML inside the parameter ("I&#39\;ll come")
    return html.unescape(text.replace("\\;", ";").replace("\\,", ",")).replace("\\n", "\n").strip()


def _proposed(event: Any) -> dt.datetime | dt.date | None:
    start = event.get("DTSTART")
    value = getattr(start, "dt", None)
    return value if isinstance(value, dt.date) else None


def calendar_reply(msg: EmailMessage | None) -> CalendarReply | None:
    if msg is None:
        return None
    for data in calendar_parts(msg):
        found = parse_reply(data)
        if found is not None:
            return found
    return None


def meeting_of(uid: str, group_address: str) -> dt.date | None:
    """The date the meeting had when its invitation first went out, if ``uid`` is one of this
    group's own (the hash is recomputed: a made-up UID names no meeting)."""
    match = _UID.match(uid)
    if match is None:
        return None
    try:
        day = dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None
    return day if meeting_uid(group_address, day) == uid else None
