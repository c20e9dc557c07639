"""mailer.classify and mailer.tokens: what came back is decoded without ever raising, sorted into
reply / bounce / auto-reply / unreadable, and tied to a member and conversation by its token."""

from __future__ import annotations

import base64
import email
import os
import time
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tovholder.mailer import tokens
from tovholder.mailer.classify import classify
from tovholder.mailer.decode import decode_message, parse_bytes

INCOMING = Path(__file__).parent / "data" / "incoming"
SECRET = b"test-secret-not-for-production"


def sample(name: str) -> bytes:
    return (INCOMING / name).read_bytes()


def kind_of(name: str):
    return classify(decode_message(sample(name)).message)


# --- bounces ------------------------------------------------------------------------------------

def test_dsn_bounce_from_mailer_daemon_names_the_failed_recipient_and_our_message():
    result = kind_of("bounce_dsn_mailer_daemon.eml")
    assert result.kind == "bounce"
    assert result.reason == "dsn"
    # Original-Recipient (what we sent to) is preferred over the rewritten Final-Recipient.
    assert result.failed_recipients == ("gammel.adresse@example.org",)
    assert result.status == "5.1.1"
    assert result.original_message_id == "<agenda.2022-05-11.3f9a0c1d2e4b5a697887@example.org>"


def test_non_dsn_bounce_uses_x_failed_recipients():
    result = kind_of("bounce_exim_x_failed_recipients.eml")
    assert result.kind == "bounce"
    assert result.failed_recipients == ("flyttet@example.org",)


def test_delay_notice_is_not_a_bounce():
    # A 4.x.x "still trying" DSN must not mark the member's address as dead.
    result = kind_of("bounce_delayed_dsn.eml")
    assert result.kind == "auto_reply"
    assert result.failed_recipients == ()


def test_mail_from_postmaster_without_report_is_still_a_bounce():
    raw = (b"From: postmaster@example.org\r\nTo: gruppe@example.org\r\nSubject: Problem\r\n\r\n"
           b"Your mail to x@example.org could not be delivered.\r\n")
    assert classify(parse_bytes(raw)).kind == "bounce"


def test_member_replying_about_an_undeliverable_mail_is_a_reply():
    raw = (b"From: anna@example.org\r\nTo: gruppe@example.org\r\n"
           b"Subject: SV: Undeliverable: Dagsorden\r\n\r\nJeg fik en fejl, hvad nu?\r\n")
    assert classify(parse_bytes(raw)).kind == "reply"


# --- auto-replies -------------------------------------------------------------------------------

def test_outlook_automatisk_svar_with_auto_submitted_is_an_auto_reply():
    result = kind_of("autoreply_outlook_automatisk_svar.eml")
    assert result.kind == "auto_reply"
    assert result.reason == "auto-submitted"


def test_danish_fravaerende_without_any_headers_is_recognised_by_subject():
    result = kind_of("autoreply_fravaerende_no_headers.eml")
    assert (result.kind, result.reason) == ("auto_reply", "subject")


def test_english_out_of_office_is_recognised_by_subject():
    assert kind_of("autoreply_english_out_of_office.eml").kind == "auto_reply"


def _mail(subject: str = "SV: Dagsorden", **headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Anna Berg <anna@example.org>"
    msg["To"] = "gruppe@example.org"
    msg["Subject"] = subject
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content("Jeg kommer.")
    return parse_bytes(msg.as_bytes())


@pytest.mark.parametrize("headers", [
    {"Auto_Submitted": "auto-replied"},
    {"Auto_Submitted": "auto-generated; owner-email=x@example.org"},
    {"X_Autoreply": "yes"},
    {"X_Autorespond": "Out of office"},
    {"Precedence": "auto_reply"},
    {"Precedence": "bulk"},
    {"Precedence": "junk"},
])
def test_auto_reply_headers(headers):
    assert classify(_mail(**headers)).kind == "auto_reply"


@pytest.mark.parametrize("headers", [
    {"Auto_Submitted": "no"},
    {"X_Auto_Response_Suppress": "All"},  # Outlook puts this on ordinary replies too
    {"Precedence": "list"},
])
def test_headers_that_do_not_make_an_auto_reply(headers):
    assert classify(_mail(**headers)).kind == "reply"


@pytest.mark.parametrize("subject", [
    "Fraværende", "Fraværende: Dagsorden", "Autosvar: Dagsorden", "Automatisk svar: Møde",
    "Out of office", "Out of Office AutoReply: x", "Automatic reply: Agenda",
    "Abwesenheitsnotiz: Tagesordnung", "[Ekstern] Automatisk svar: Møde", "Autoreply",
])
def test_auto_reply_subjects(subject):
    assert classify(_mail(subject)).kind == "auto_reply"


@pytest.mark.parametrize("subject", [
    "Fraværende til mødet d. 12/5",  # a member telling us, not a machine
    "SV: Fraværende", "Re: Out of office", "SV: Automatisk svar: Møde", "Ferieplaner",
])
def test_members_own_words_about_absence_stay_replies(subject):
    assert classify(_mail(subject)).kind == "reply"


def test_read_receipt_is_an_auto_reply():
    raw = (b"From: anna@example.org\r\nTo: gruppe@example.org\r\nSubject: Read: Dagsorden\r\n"
           b"Content-Type: multipart/report; report-type=disposition-notification; boundary=b\r\n"
           b"\r\n--b\r\nContent-Type: text/plain\r\n\r\nRead.\r\n--b--\r\n")
    assert classify(parse_bytes(raw)).kind == "auto_reply"


# --- replies and unreadable mail ----------------------------------------------------------------

def test_plain_danish_reply_is_decoded_with_threading_and_addresses():
    mail = decode_message(sample("reply_plain_danish.eml"))
    assert classify(mail.message).kind == "reply"
    assert mail.from_name == "Søren Ågaard"
    assert mail.from_addr == "soeren@example.org"  # lowercased for workbook lookups
    assert mail.subject == "SV: Dagsorden for mødet 11. maj"
    assert mail.in_reply_to == "<agenda.2022-05-11.3f9a0c1d2e4b5a697887@example.org>"
    assert mail.references == ("<agenda.2022-05-11.3f9a0c1d2e4b5a697887@example.org>",)
    assert mail.cc == ("anna@example.org",)
    assert mail.delivered_to == ("gruppe+z57sx-mfyil-hqrwcl5zd44io576@example.org",)
    assert mail.text.startswith("Jeg kommer gerne, og jeg tager kage med.\n\nSøren")
    assert mail.date is not None and mail.date.utcoffset().total_seconds() == 7200
    assert mail.defects == ()


def test_unknown_sender_is_still_a_reply_the_service_decides_who_it_is():
    mail = decode_message(sample("unknown_sender.eml"))
    assert classify(mail.message).kind == "reply"
    assert mail.from_addr == "fremmed@example.org"
    assert "Kan jeg være med?" in mail.text


def test_broken_mime_boundary_is_repaired_and_the_text_recovered():
    mail = decode_message(sample("broken_mime_boundary.eml"))
    assert "Jeg kan lave mad og køre bil." in mail.text
    assert "boundary-repaired" in mail.defects
    assert classify(mail.message).kind == "reply"


def test_multipart_without_any_boundary_is_read_as_text():
    mail = decode_message(b"From: a@example.org\r\nContent-Type: multipart/mixed\r\n\r\nhej\r\n")
    assert mail.text == "hej\n"
    assert "multipart-read-as-text" in mail.defects


def test_latin1_bytes_declared_utf8_fall_back_to_cp1252():
    mail = decode_message(sample("wrong_charset_latin1_declared_utf8.eml"))
    assert mail.text == "Jeg kommer på mødet. Hilsen Bo Ærø\n"
    assert "charset:text/plain:utf-8->cp1252" in mail.defects


def test_utf8_bytes_declared_latin1_are_read_as_utf8():
    raw = ("From: a@example.org\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\n"
           "Jeg kommer på mødet\r\n").encode()
    assert decode_message(raw).text == "Jeg kommer på mødet\n"


def test_unknown_charset_falls_back_without_raising():
    mail = decode_message(sample("unknown_charset.eml"))
    assert mail.text == "Jeg kan godt på tirsdag.\n"
    assert mail.subject == "SV: Møde"


def test_raw_8bit_headers_are_decoded_as_utf8_or_cp1252():
    mail = decode_message(sample("raw_8bit_headers.eml"))
    assert mail.from_name == "Bjørn Ærlig"
    assert mail.subject == "SV: Møde på torsdag"
    assert mail.cc == ("aase@example.org",)


def test_html_only_mail_exposes_html_and_converts_for_reading():
    mail = decode_message(sample("html_only.eml"))
    assert mail.text == ""
    assert "<b>regnskab</b>" in (mail.html or "")
    assert "Jeg kan hjælpe med regnskab & referater." in " ".join(mail.best_text.split())
    assert "color" not in mail.best_text  # style sheets are not text
    assert classify(mail.message).kind == "reply"


def test_missing_message_id_gets_a_stable_derived_one():
    raw = sample("no_message_id.eml")
    first, again = decode_message(raw), decode_message(raw)
    assert first.message_id == again.message_id
    assert first.message_id.endswith("@tovholder.invalid>")
    assert first.message_id != decode_message(raw + b"\n").message_id
    assert "no-message-id" in first.defects


def test_mail_with_only_an_attachment_is_unreadable():
    msg = EmailMessage()
    msg["From"] = "anna@example.org"
    msg.add_attachment(b"%PDF", maintype="application", subtype="pdf", filename="x.pdf")
    assert classify(parse_bytes(msg.as_bytes())).kind == "unreadable"


def test_classify_of_nothing_is_unreadable():
    assert classify(None).kind == "unreadable"


def test_forwarded_original_is_not_taken_as_the_members_text():
    inner = EmailMessage()
    inner["Subject"] = "Gammel"
    inner.set_content("Citeret tekst fra før")
    outer = EmailMessage()
    outer["From"] = "anna@example.org"
    outer.set_content("Min egen tekst")
    outer.add_attachment(inner)
    mail = decode_message(outer.as_bytes())
    assert mail.text.strip() == "Min egen tekst"


def test_20mb_attachment_is_walked_past_without_decoding(monkeypatch):
    msg = EmailMessage()
    msg["From"] = "Anna Berg <anna@example.org>"
    msg["Message-ID"] = "<stor@example.org>"
    msg["Subject"] = "SV: Kompetenceskema"
    msg.set_content("Se vedhæftede.")
    msg.add_attachment(os.urandom(20 * 1024 * 1024), maintype="application", subtype="pdf",
                       filename="stor.pdf")
    raw = msg.as_bytes()
    decoded_types: list[str] = []
    original = email.message.Message.get_payload

    def spy(self, i=None, decode=False):
        if decode:
            decoded_types.append(self.get_content_type())
        return original(self, i, decode)

    monkeypatch.setattr(email.message.Message, "get_payload", spy)
    started = time.perf_counter()
    mail = decode_message(raw)
    result = classify(mail.message)
    elapsed = time.perf_counter() - started
    assert mail.text == "Se vedhæftede.\n"
    assert result.kind == "reply"
    assert set(decoded_types) == {"text/plain"}
    assert mail.size == len(raw) > 20 * 1024 * 1024
    assert elapsed < 15, f"parsing a 20 MB attachment took {elapsed:.1f}s"  # ~1 s on a laptop


def test_huge_inline_text_is_truncated():
    raw = b"From: a@example.org\r\nContent-Type: text/plain\r\n\r\n" + b"a" * 2_100_000
    mail = decode_message(raw)
    assert len(mail.text) == 2_000_000
    assert "truncated:text/plain" in mail.defects


@pytest.mark.parametrize("raw", [
    b"", b"\x00\xff" * 50, b"From:\r\n\r\n", b"Content-Type: multipart/mixed; boundary=\r\n\r\n--",
    b"Subject: =?utf-8?b?!!!?= =?x-nope?q?=FF?=\r\nFrom: <<<@@>>>\r\nDate: 99 Foo 99999\r\n\r\n",
    b"Content-Type: text/plain; charset=\"utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n!!",
    b"Subject: C:\\users\\=?utf-8?q?=C3=A6?=\r\n\r\nx",
])
def test_hostile_bytes_never_raise(raw):
    mail = decode_message(raw)
    assert isinstance(mail.text, str)
    assert classify(mail.message).kind in ("reply", "bounce", "auto_reply", "unreadable")


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(p.name for p in INCOMING.glob("*.eml"))),
       st.lists(st.tuples(st.integers(0, 5000), st.binary(max_size=8)), max_size=6))
def test_mutated_samples_never_raise(name, edits):
    raw = bytearray(sample(name))
    for position, junk in edits:
        raw[position % (len(raw) + 1):position % (len(raw) + 1) + len(junk)] = junk
    mail = decode_message(bytes(raw))
    assert mail.message_id.startswith("<")
    assert classify(mail.message).kind in ("reply", "bounce", "auto_reply", "unreadable")


# --- reply tokens -------------------------------------------------------------------------------

CONV = "agenda.2022-05-11"
MEMBER = "Soeren@Example.org"


def test_token_round_trips_through_the_reply_address():
    token = tokens.make_token(SECRET, MEMBER, CONV)
    address = tokens.reply_address("gruppe@example.org", token)
    assert address == f"gruppe+{token}@example.org"
    assert 20 <= len(token) <= 32 and token == token.lower()
    found = tokens.token_from_address(f'"Tovholder" <{address}>', "gruppe@example.org")
    candidates = [("anna@example.org", CONV), ("soeren@example.org", CONV)]
    assert tokens.verify_token(SECRET, found, candidates) == ("soeren@example.org", CONV)


def test_token_survives_a_client_that_uppercases_the_address():
    token = tokens.make_token(SECRET, MEMBER, CONV)
    address = tokens.reply_address("gruppe@example.org", token).upper()
    found = tokens.token_from_address(address, "Gruppe@Example.org")
    assert tokens.verify_token(SECRET, found, [(MEMBER, CONV)]) == (MEMBER, CONV)


def test_token_is_found_in_delivered_to_when_to_was_rewritten():
    mail = parse_bytes(sample("reply_plain_danish.eml"))
    token = tokens.token_from_message(mail, "gruppe@example.org")
    assert token == "z57sx-mfyil-hqrwcl5zd44io576"
    msg = EmailMessage()
    msg["To"] = "liste@example.org"
    msg["X-Original-To"] = f"gruppe+{token}@example.org"
    assert tokens.token_from_message(msg, "gruppe@example.org") == token


def test_tokens_cannot_be_forged_or_moved():
    token = tokens.make_token(SECRET, MEMBER, CONV)
    assert tokens.verify_token(b"other-secret", token, [(MEMBER, CONV)]) is None
    assert tokens.verify_token(SECRET, token, [(MEMBER, "agenda.2022-06-08")]) is None
    assert tokens.verify_token(SECRET, token, [("anna@example.org", CONV)]) is None
    flipped = token[:-1] + ("a" if token[-1] != "a" else "b")
    assert tokens.verify_token(SECRET, flipped, [(MEMBER, CONV)]) is None
    # Ids are public: an attacker who knows them still needs the MAC.
    conv_id, member_id = tokens.public_id(CONV), tokens.public_id(MEMBER, member=True)
    assert tokens.verify_token(SECRET, f"{conv_id}-{member_id}-{'a' * 16}",
                               [(MEMBER, CONV)]) is None


def test_token_parts_are_public_ids_for_lookup():
    parsed = tokens.parse_token(tokens.make_token(SECRET, MEMBER, CONV).upper())
    assert parsed is not None
    assert parsed.conv_id == tokens.public_id(CONV)
    assert parsed.member_id == tokens.public_id("soeren@example.org", member=True)


@pytest.mark.parametrize("address", [
    "gruppe@example.org", "anden+z57sx-mfyil-hqrwcl5zd44io576@example.org",
    "gruppe+z57sx-mfyil-hqrwcl5zd44io576@evil.example.org", "gruppe+ikke-et-token@example.org",
    "", "<<<>>>",
])
def test_addresses_without_a_token_of_ours_give_none(address):
    assert tokens.token_from_address(address, "gruppe@example.org") is None


def test_catch_all_address_form_is_configurable():
    token = tokens.make_token(SECRET, MEMBER, CONV)
    form = "svar-{token}@reply.example.org"
    address = tokens.reply_address(form, token)
    assert address == f"svar-{token}@reply.example.org"
    assert tokens.token_from_address(address.upper(), form) == token


@given(st.emails(), st.text(min_size=1, max_size=40), st.binary(min_size=1, max_size=32))
def test_any_member_and_conversation_token_verifies_only_for_itself(member, conv, secret):
    token = tokens.make_token(secret, member, conv)
    assert tokens.token_from_address(tokens.reply_address("g@example.org", token),
                                     "g@example.org") == token
    assert tokens.verify_token(secret, token, [(member, conv)]) == (member, conv)
    assert tokens.verify_token(secret, token, [(member, conv + "x")]) is None


def test_exchange_style_bounce_with_encoded_report_and_attached_original():
    raw = (b"From: postmaster@example.org\r\nTo: gruppe@example.org\r\n"
           b"Subject: Kan ikke leveres: Dagsorden\r\n"
           b"Content-Type: multipart/report; report-type=delivery-status; boundary=\"x\"\r\n\r\n"
           b"--x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nMeddelelsen kunne ikke leveres."
           b"\r\n--x\r\nContent-Type: message/delivery-status\r\nContent-Transfer-Encoding: base64"
           b"\r\n\r\n" + base64.encodebytes(
               b"Reporting-MTA: dns;mx.example.org\r\n\r\nFinal-Recipient: rfc822;ida@example.org"
               b"\r\nAction: failed\r\nStatus: 5.2.2\r\n") +
           b"\r\n--x\r\nContent-Type: message/rfc822\r\n\r\nMessage-Id: <orig.1@example.org>\r\n"
           b"Subject: Dagsorden\r\n\r\nHej Ida\r\n--x--\r\n")
    result = classify(decode_message(raw).message)
    assert result.kind == "bounce"
    assert result.failed_recipients == ("ida@example.org",)
    assert result.status == "5.2.2"
    assert result.original_message_id == "<orig.1@example.org>"
