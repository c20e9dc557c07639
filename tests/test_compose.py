"""tovholder.mailer.compose: the outgoing message is well-formed MIME, Danish text survives, and nothing a
person typed can add a header."""

from __future__ import annotations

import email
import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.header import decode_header, make_header
from email.utils import parseaddr

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tovholder.core.errors import MailError
from tovholder.mailer.compose import Address, Attachment, build_message, make_message_id

WHEN = datetime(2022, 5, 11, 9, 0, tzinfo=timezone(timedelta(hours=2)))
SENDER = Address("gruppe@example.org", "Tovholder for Æblegruppen")
MEMBER = Address("soeren@example.org", "Søren Ærø Åsted")
ICS = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:Møde\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"


def build(**overrides):
    args = dict(
        sender=SENDER, to=MEMBER, subject="Dagsorden for mødet på onsdag – æøå ÆØÅ",
        text="Hej Søren\n\nHer er dagsordenen.", html="<p>Hej Søren</p>",
        reply_to="gruppe+abc@example.org",
        message_id=make_message_id("agenda", "2022-05-11", MEMBER.email, "example.org"),
        date=WHEN,
    )
    args.update(overrides)
    return build_message(**args)


def reparse(msg):
    return email.message_from_bytes(msg.as_bytes(), policy=policy.default)


def test_danish_names_and_subject_are_encoded_in_ascii_bytes_and_round_trip():
    raw = build().as_bytes()
    assert raw.isascii(), "headers must be RFC 2047 encoded, bodies quoted-printable"
    assert b"=?utf-8?" in raw
    back = email.message_from_bytes(raw, policy=policy.default)
    assert str(back["Subject"]) == "Dagsorden for mødet på onsdag – æøå ÆØÅ"
    assert back["From"].addresses[0].display_name == "Tovholder for Æblegruppen"
    assert back["To"].addresses[0].display_name == "Søren Ærø Åsted"
    assert back["To"].addresses[0].addr_spec == "soeren@example.org"


def test_text_and_html_become_multipart_alternative_with_danish_bodies():
    back = reparse(build())
    assert back.get_content_type() == "multipart/alternative"
    plain = back.get_body(("plain",)).get_content()
    assert plain.splitlines()[:3] == ["Hej Søren", "", "Her er dagsordenen."]
    assert back.get_body(("html",)).get_content().strip() == "<p>Hej Søren</p>"


def test_text_only_message_is_a_single_text_part():
    back = reparse(build(html=None))
    assert back.get_content_type() == "text/plain"
    assert back.get_content_charset() == "utf-8"


def test_calendar_attachment_makes_multipart_mixed_with_method_request():
    invite = Attachment("møde.ics", ICS, "text/calendar", {"method": "REQUEST"})
    back = reparse(build(attachments=[invite]))
    assert back.get_content_type() == "multipart/mixed"
    first, cal = list(back.iter_parts())
    assert first.get_content_type() == "multipart/alternative"
    assert cal.get_content_type() == "text/calendar"
    assert cal.get_param("method") == "REQUEST"
    assert cal.get_filename() == "møde.ics"
    assert "SUMMARY:Møde" in cal.get_content()


def test_exchange_is_asked_to_suppress_only_out_of_office_and_auto_replies_not_bounces():
    # "All" would also suppress Exchange's non-delivery reports, which bounce handling reads
    values = reparse(build())["X-Auto-Response-Suppress"].replace(" ", "").split(",")
    assert sorted(values) == ["AutoReply", "OOF"]


def test_binary_attachment_is_carried_byte_for_byte():
    data = bytes(range(256)) * 10
    back = reparse(build(attachments=[Attachment("bilag.pdf", data, "application/pdf")]))
    pdf = next(back.iter_attachments())
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_content() == data


def test_every_automatic_mail_carries_the_loop_prevention_headers():
    back = reparse(build())
    assert back["Auto-Submitted"] == "auto-generated"
    assert back["MIME-Version"] == "1.0"
    assert back["Precedence"] is None
    assert back["Date"].datetime == WHEN
    assert back["Message-ID"].startswith("<agenda.2022-05-11.")
    assert back["Reply-To"] == "gruppe+abc@example.org"
    # MIME-Version belongs on the top level only (RFC 2045); the email package adds it to parts.
    assert build().as_bytes().count(b"MIME-Version") == 1


def test_digests_are_marked_precedence_bulk():
    assert reparse(build(bulk=True))["Precedence"] == "bulk"


def test_threading_headers_are_set_for_reminders():
    first = make_message_id("agenda", "2022-05-11", MEMBER.email, "example.org")
    back = reparse(build(in_reply_to=first, references=[first], auto_submitted="auto-replied"))
    assert back["In-Reply-To"] == first
    assert back["References"] == first
    assert back["Auto-Submitted"] == "auto-replied"


def test_no_reply_to_header_when_none_given():
    assert reparse(build(reply_to=None))["Reply-To"] is None


@pytest.mark.parametrize(
    ("header", "overrides"),
    [
        ("Subject", {"subject": "Hej\r\nBcc: alle@example.org"}),
        ("Subject", {"subject": "Hej\nBcc: alle@example.org"}),
        ("From", {"sender": Address("gruppe@example.org", "Tovholder\rBcc: x@example.org")}),
        ("To", {"to": Address("soeren@example.org", "Søren\nBcc: x@example.org")}),
        ("To", {"to": Address("soeren@example.org\nBcc: x@example.org", "Søren")}),
        ("Reply-To", {"reply_to": "gruppe@example.org\r\nBcc: x@example.org"}),
        ("Message-ID", {"message_id": "<a@example.org>\nBcc: x@example.org"}),
        ("Auto-Submitted", {"auto_submitted": "auto-generated\nX: y"}),
        ("Content-Disposition", {"attachments": [Attachment("a\n.ics", "x", "text/calendar")]}),
    ],
)
def test_cr_or_lf_in_any_header_value_is_refused_naming_the_header(header, overrides):
    with pytest.raises(MailError) as info:
        build(**overrides)
    assert info.value.code == "mail.header_injection"
    assert info.value.params["header"] == header


@pytest.mark.parametrize("bad", ["ingen-snabel-a", "a b@example.org", "Søren@example.org", "@x.org"])
def test_malformed_addresses_are_refused(bad):
    with pytest.raises(MailError) as info:
        build(to=Address(bad, "X"))
    assert info.value.code == "mail.bad_address"


def test_danish_domain_is_idna_encoded():
    back = reparse(build(to=Address("ida@blåbær.example", "Ida")))
    assert back["To"].addresses[0].domain == "blåbær".encode("idna").decode() + ".example"


def test_naive_date_is_refused():
    with pytest.raises(MailError) as info:
        build(date=datetime(2022, 5, 11, 9, 0))
    assert info.value.code == "mail.naive_date"


@pytest.mark.parametrize("theirs", [
    "<abc@[192.168.1.20]>", "<abc@host_name.local>", "<20261206.GA1234>", "<a@b@c.dk>"])
def test_a_reply_threads_to_any_message_id_a_mail_client_writes(theirs):
    back = reparse(build(in_reply_to=theirs, references=[theirs]))
    assert back["In-Reply-To"] == theirs and back["References"] == theirs


@pytest.mark.parametrize("theirs", ["<abc@kø.dk>", "<a@example.org>\r\nBcc: x@example.org",
                                    "<a b@example.org>"])
def test_a_message_id_that_cannot_be_written_safely_is_left_out_not_an_error(theirs):
    back = reparse(build(in_reply_to=theirs, references=["<ok@example.org>", theirs]))
    assert back["In-Reply-To"] is None and back["References"] == "<ok@example.org>"
    assert "Bcc" not in back


def test_malformed_message_id_is_refused():
    with pytest.raises(MailError) as info:
        build(message_id="no-angle-brackets@example.org")
    assert info.value.code == "mail.bad_message_id"


def test_message_id_is_deterministic_and_keeps_kind_readable():
    one = make_message_id("agenda", "2022-05-11", "soeren@example.org", "example.org")
    assert one == make_message_id("agenda", "2022-05-11", "Soeren@Example.org ", "example.org")
    assert re.fullmatch(r"<agenda\.2022-05-11\.[0-9a-f]{20}@example\.org>", one)
    assert "soeren" not in one  # the recipient is hashed, not shown to whoever sees the header


def test_message_ids_differ_when_any_part_differs():
    base = ("agenda", "2022-05-11", "soeren@example.org")
    variants = [base, ("reminder", *base[1:]), ("agenda", "2022-05-12", base[2]),
                ("agenda", base[1], "anna@example.org"), ("agenda.2022", "05-11", base[2])]
    ids = {make_message_id(*v, "example.org") for v in variants}
    assert len(ids) == len(variants)


@given(st.text(), st.text(), st.text())
def test_message_id_is_always_safe(kind, key, recipient):
    mid = make_message_id(kind, key, recipient, "example.org")
    assert re.fullmatch(r"<[A-Za-z0-9.\-]+@example\.org>", mid)
    assert build(message_id=mid)["Message-ID"] == mid


def test_message_id_refuses_a_strange_domain():
    with pytest.raises(MailError):
        make_message_id("agenda", "k", "r@example.org", "example.org>\nX: y")


def _legacy_display_name(raw_from: str) -> str:
    # CPython's modern parser keeps the space between two encoded words of a display name,
    # which RFC 2047 §6.2 says to drop (mail clients do); the legacy decoder follows the RFC.
    phrase = raw_from.rpartition("<")[0].strip()
    if "=?" in phrase:
        return str(make_header(decode_header(phrase)))
    return parseaddr(raw_from)[0]


def _meant(text: str) -> str:
    spaced = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)
    return " ".join(spaced.split())


EXPECTED_HEADERS = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                    "Auto-Submitted", "X-Auto-Response-Suppress", "Content-Type",
                    "Content-Transfer-Encoding"]


@settings(max_examples=400, deadline=None)
@given(subject=st.text(), name=st.text())
def test_any_subject_or_name_round_trips_or_is_refused_and_never_injects(subject, name):
    try:
        msg = build(subject=subject, sender=Address("gruppe@example.org", name), html=None,
                    reply_to=None)
    except MailError as exc:
        assert exc.code == "mail.header_injection"
        assert any(c in subject + name for c in "\r\n")
        return
    assert not any(c in subject + name for c in "\r\n")
    raw = msg.as_bytes()
    assert raw.isascii()
    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    assert all(line[:1] in " \t" or ":" in line for line in head.split("\r\n"))
    back = email.message_from_bytes(raw, policy=policy.default)
    assert list(back.keys()) == EXPECTED_HEADERS  # no header appeared that we did not set
    # Round trip: what was meant (control characters as spaces, whitespace collapsed) comes back.
    assert str(back["Subject"]) == _meant(subject)
    raw_from = dict(back.raw_items())["From"]
    assert _legacy_display_name(raw_from.replace("\r\n", "")) == _meant(name)
    assert all(len(line) <= 998 for line in head.split("\r\n"))  # RFC 5322 hard limit
    assert back["From"].addresses[0].addr_spec == "gruppe@example.org"


@pytest.mark.parametrize("subject", [
    "00000000 00000¡¡¡¡¡ࠀ𐀀𐀀𐀀𐀀 ¡",  # found by hypothesis: a space exactly at a fold
    "Påmindelse: udfyld kompetenceskemaet før mødet på onsdag – æøå ÆØÅ " * 3,
])
def test_long_danish_subject_keeps_every_space_when_folded(subject):
    raw = build(subject=subject).as_bytes()
    assert b"\r\n =?utf-8?q?" in raw  # it really was folded
    assert str(email.message_from_bytes(raw, policy=policy.default)["Subject"]) == " ".join(
        subject.split())


def test_unicode_line_separators_in_a_subject_become_spaces_not_headers():
    back = reparse(build(subject="Møde\u2028Bcc: x@example.org\x85og\x0bmere"))
    assert str(back["Subject"]) == "Møde Bcc: x@example.org og mere"
    assert back["Bcc"] is None


def test_utc_date_is_formatted():
    assert reparse(build(date=datetime(2022, 5, 11, 7, 0, tzinfo=UTC)))["Date"].datetime.hour == 7
