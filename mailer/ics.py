"""Calendar invitations (RFC 5545 / iTIP) for a meeting, with icalendar. Pure.

One UID per meeting for its whole life, so a moved meeting updates the calendar entry instead of
adding a second one: the update carries the same UID and a higher SEQUENCE. Times are written in
the group's zone (TZID=Europe/Copenhagen) with a VTIMEZONE generated from the tz database for the
years around the meeting, so the summer-time switch on the last Sundays of March and October is
right in every client.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vText

from tovholder.mailer.compose import Attachment

PRODID = "-//Tovholder//Tovholder//DA"
DEFAULT_LENGTH = dt.timedelta(hours=2)  # a meeting with a start but no end time
FILENAME = "invitation.ics"


@dataclass(frozen=True)
class Invite:
    uid: str
    sequence: int
    day: dt.date
    start: dt.time | None  # None: an all-day entry
    end: dt.time | None
    tz: dt.tzinfo
    summary: str
    location: str
    description: str
    organizer: tuple[str, str]  # (email, name): the group's address
    attendee: tuple[str, str]  # (email, name): the recipient
    stamp: dt.datetime  # when this version was made (aware)
    url: str = ""
    cancelled: bool = False

    @property
    def method(self) -> str:
        return "CANCEL" if self.cancelled else "REQUEST"


def meeting_uid(group_address: str, original_day: dt.date) -> str:
    """The UID of a meeting: from the group and the date the meeting first had when its
    invitation went out (kept in the Log), so moving it never changes the UID."""
    address = group_address.strip().casefold()
    digest = hashlib.sha256(f"{address}|{original_day.isoformat()}".encode())
    domain = address.rpartition("@")[2] or "tovholder.invalid"
    return f"meeting-{original_day.isoformat()}-{digest.hexdigest()[:16]}@{domain}"


def _when(invite: Invite) -> tuple[dt.date | dt.datetime, dt.date | dt.datetime]:
    if invite.start is None:
        return invite.day, invite.day + dt.timedelta(days=1)
    start = dt.datetime.combine(invite.day, invite.start, tzinfo=invite.tz)
    end = dt.datetime.combine(invite.day, invite.end, tzinfo=invite.tz) if invite.end \
        else start + DEFAULT_LENGTH
    if not isinstance(invite.tz, ZoneInfo):  # a fixed offset has no VTIMEZONE: write UTC
        start, end = start.astimezone(dt.UTC), end.astimezone(dt.UTC)
    return start, end


def _address(email: str, name: str, **params: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{email}")
    if name:
        address.params["CN"] = vText(name)
    address.params.update(params)
    return address


def invite_ics(invite: Invite) -> str:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("method", invite.method)
    event = Event()
    start, end = _when(invite)
    event.add("uid", invite.uid)
    event.add("sequence", invite.sequence)
    event.add("dtstamp", invite.stamp.astimezone(dt.UTC))
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", invite.summary)
    event.add("status", "CANCELLED" if invite.cancelled else "CONFIRMED")
    for key, value in (("location", invite.location), ("description", invite.description),
                       ("url", invite.url)):
        if value:
            event.add(key, value)
    event.add("organizer", _address(*invite.organizer))
    event.add("attendee", _address(*invite.attendee, ROLE="REQ-PARTICIPANT",
                                   PARTSTAT="NEEDS-ACTION", RSVP="FALSE"))
    cal.add_component(event)
    if isinstance(invite.tz, ZoneInfo) and invite.start is not None:
        year = dt.timedelta(days=366)
        cal.add_missing_timezones(first_date=invite.day - year, last_date=invite.day + year)
    return str(cal.to_ical().decode("utf-8"))


def attachment(invite: Invite) -> Attachment:
    """The invitation as a text/calendar part with the iTIP method calendar clients look for."""
    return Attachment(FILENAME, invite_ics(invite), "text/calendar", {"method": invite.method})


def readdress(ics_text: str, to: str) -> str:
    """The invitation with every attendee replaced by ``to`` (the sandbox: a calendar that
    accepts it must not invite the member it was meant for)."""
    cal = Calendar.from_ical(ics_text)
    for event in cal.walk("VEVENT"):
        if "ATTENDEE" in event:
            del event["ATTENDEE"]
            event.add("attendee", _address(to, "", ROLE="REQ-PARTICIPANT",
                                           PARTSTAT="NEEDS-ACTION", RSVP="FALSE"))
    return str(cal.to_ical().decode("utf-8"))
