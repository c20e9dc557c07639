"""Calendar invitations: one UID per meeting for life, SEQUENCE on change, the group's zone
with summer time right on the last Sundays of March and October."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from tests.digest_fixtures import GROUP, TZ
from tovholder.mailer.ics import Invite, attachment, invite_ics, meeting_uid

LAST_SUNDAY_MARCH = dt.date(2025, 3, 30)
LAST_SUNDAY_OCTOBER = dt.date(2025, 10, 26)


def invite(day: dt.date, start: dt.time | None = dt.time(10), end: dt.time | None = dt.time(12),
           **more: object) -> Invite:
    values: dict[str, object] = dict(
        uid=meeting_uid(GROUP, day), sequence=0, day=day, start=start, end=end, tz=TZ,
        summary="Miljønetværket", location="Vejle Rådhus", description="", organizer=(
            GROUP, "Miljønetværket"), attendee=("ida@example.org", "Ida Engholm"),
        stamp=dt.datetime(2025, 3, 1, 9, tzinfo=TZ))
    values.update(more)
    return Invite(**values)  # type: ignore[arg-type]


def event(ics: str):
    cal = Calendar.from_ical(ics)
    return cal, next(c for c in cal.walk("VEVENT"))


def test_meeting_on_the_last_sunday_of_march_is_in_summer_time():
    cal, ev = event(invite_ics(invite(LAST_SUNDAY_MARCH)))
    start = ev.decoded("dtstart")
    assert str(start.tzinfo) == "Europe/Copenhagen" or ev["dtstart"].params["TZID"] == \
        "Europe/Copenhagen"
    assert start.astimezone(dt.UTC) == dt.datetime(2025, 3, 30, 8, tzinfo=dt.UTC)  # +02:00
    assert ev.decoded("dtend").astimezone(dt.UTC) == dt.datetime(2025, 3, 30, 10, tzinfo=dt.UTC)
    assert "TZID=Europe/Copenhagen:20250330T100000" in invite_ics(invite(LAST_SUNDAY_MARCH))
    zone = next(c for c in cal.walk("VTIMEZONE")).to_tz()
    assert zone.utcoffset(dt.datetime(2025, 3, 30, 10)) == dt.timedelta(hours=2)
    assert zone.utcoffset(dt.datetime(2025, 3, 29, 10)) == dt.timedelta(hours=1)


def test_meeting_on_the_last_sunday_of_october_is_in_winter_time():
    cal, ev = event(invite_ics(invite(LAST_SUNDAY_OCTOBER)))
    assert ev.decoded("dtstart").astimezone(dt.UTC) == dt.datetime(2025, 10, 26, 9, tzinfo=dt.UTC)
    zone = next(c for c in cal.walk("VTIMEZONE")).to_tz()
    assert zone.utcoffset(dt.datetime(2025, 10, 26, 10)) == dt.timedelta(hours=1)
    assert zone.utcoffset(dt.datetime(2025, 10, 25, 10)) == dt.timedelta(hours=2)


def test_uid_depends_on_group_and_original_date_only():
    day = dt.date(2025, 5, 14)
    assert meeting_uid(GROUP, day) == meeting_uid(GROUP.upper(), day)
    assert meeting_uid(GROUP, day) != meeting_uid("andre@example.org", day)
    assert meeting_uid(GROUP, day) != meeting_uid(GROUP, day + dt.timedelta(days=1))
    assert meeting_uid(GROUP, day).endswith("@example.org")


def test_request_names_method_organizer_attendee_and_sequence():
    ics = invite_ics(invite(dt.date(2025, 5, 14), sequence=2))
    cal, ev = event(ics)
    assert str(cal["method"]) == "REQUEST"
    assert int(ev["sequence"]) == 2
    assert str(ev["organizer"]) == f"mailto:{GROUP}"
    assert str(ev["attendee"]) == "mailto:ida@example.org"
    assert ev["attendee"].params["RSVP"] == "FALSE"
    assert str(ev["location"]) == "Vejle Rådhus"


def test_cancellation_has_method_cancel_and_status_cancelled():
    cal, ev = event(invite_ics(invite(dt.date(2025, 5, 14), cancelled=True, sequence=1)))
    assert str(cal["method"]) == "CANCEL" and str(ev["status"]) == "CANCELLED"


def test_meeting_without_a_time_is_an_all_day_entry_and_without_end_lasts_two_hours():
    _, ev = event(invite_ics(invite(dt.date(2025, 5, 14), start=None, end=None)))
    assert ev.decoded("dtstart") == dt.date(2025, 5, 14)
    assert ev.decoded("dtend") == dt.date(2025, 5, 15)
    _, ev = event(invite_ics(invite(dt.date(2025, 5, 14), end=None)))
    assert ev.decoded("dtend") - ev.decoded("dtstart") == dt.timedelta(hours=2)


def test_attachment_is_text_calendar_with_the_itip_method():
    att = attachment(invite(dt.date(2025, 5, 14)))
    assert (att.mime_type, att.params) == ("text/calendar", {"method": "REQUEST"})
    assert att.filename.endswith(".ics")
    assert "\r\n" in str(att.content)  # RFC 5545 lines end in CRLF
