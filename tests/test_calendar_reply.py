"""Calendar responses to Tovholder's invitations, as Outlook, Gmail and Apple Calendar send them:
read for their meeting, attendee, answer and comment; a UID that is not the group's own names
no meeting."""

from __future__ import annotations

import base64
import datetime as dt
import email
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from tovholder.mailer.calendar_reply import calendar_reply, meeting_of
from tovholder.mailer.ics import meeting_uid

DATA = Path(__file__).parent / "data" / "calendar-replies"
MEETING = dt.date(2026, 4, 22)
UID = meeting_uid("gruppe@example.org", MEETING)


def load(name: str, uid: str = UID) -> EmailMessage:
    """The .eml with its .ics part filled in (CRLF, base64, as the clients send it)."""
    ics = (DATA / f"{name}.ics").read_text(encoding="utf-8").replace("{{UID}}", uid)
    data = base64.encodebytes(ics.replace("\n", "\r\n").encode()).decode()
    raw = (DATA / f"{name}.eml").read_text(encoding="utf-8").replace("{{ICS_BASE64}}", data)
    msg = email.message_from_bytes(raw.encode(), policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


@pytest.mark.parametrize(("name", "attendee", "answer", "comment"), [
    ("outlook-declined-da", "mette.lindholt@example.org", "declined",
     "Jeg er desværre på kursus den dag."),
    ("gmail-accepted-en", "jonas.krogsgaard@example.org", "accepted", ""),
    ("apple-tentative", "soren.baekgaard@example.org", "tentative", ""),
])
def test_a_calendar_response_is_read_for_meeting_attendee_and_answer(
        name: str, attendee: str, answer: str, comment: str) -> None:
    found = calendar_reply(load(name))
    assert found is not None
    assert (found.attendee, found.answer, found.comment) == (attendee, answer, comment)
    assert meeting_of(found.uid, "gruppe@example.org") == MEETING


def test_a_uid_that_is_not_the_groups_own_names_no_meeting() -> None:
    forged = UID.replace(UID.split("-")[4][:4], "0000")
    found = calendar_reply(load("outlook-declined-da", forged))
    assert found is not None and meeting_of(found.uid, "gruppe@example.org") is None
    assert meeting_of(UID, "other@example.org") is None


def test_an_invitation_or_a_plain_mail_is_no_calendar_response() -> None:
    msg = load("apple-tentative")
    request = EmailMessage()
    request.set_content((DATA / "apple-tentative.ics").read_text().replace("METHOD:REPLY",
                                                                           "METHOD:REQUEST"),
                        subtype="calendar")
    assert calendar_reply(request) is None
    plain = EmailMessage()
    plain.set_content("Afbud herfra")
    assert calendar_reply(plain) is None and calendar_reply(msg) is not None
