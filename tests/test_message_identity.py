"""Every incoming mail gets exactly one outcome in the Log, under an identity that is faithful
and collision-free (issue 12, fault 5): a Message-ID the Log cannot hold as written is replaced
by one made from the mail's content; a Message-ID an earlier, different mail had is not a
duplicate. Whole ticks on an .xlsx and the local mailbox."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.replyworld import World, at
from tovholder.jobs.base.feature import handlers
from tovholder.jobs.notices.feature import FEATURE as NOTICES
from tovholder.mailer.decode import decode_message

DAY = "2026-11-30"


def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    return World(tmp_path, monkeypatch, {}, NOTICES.due, handlers((NOTICES,)))


def mail(message_id: str, text: str, sender: str = "ukendt@example.net") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "gruppe@example.org"
    msg["Subject"] = "Et spørgsmål"
    msg["Date"] = "Mon, 30 Nov 2026 08:00:00 +0100"
    msg.set_content(text)
    raw = bytes(msg)
    return b"Message-ID: " + message_id.encode("latin-1") + b"\r\n" + raw


def mail_rows(w: World) -> list:
    return [e for e in w.workbook().log if e.kind == "mail"]


def test_two_mails_whose_ids_differ_by_a_control_character_keep_two_identities(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    w.mail.box.deliver(mail("<a\x01b@example.net>", "Første."))
    w.mail.box.deliver(mail("<a\x02b@example.net>", "Anden."))
    w.tick(at(DAY, 6))
    rows = mail_rows(w)
    assert len(rows) == 2 and len({r.message_id for r in rows}) == 2
    assert all(r.message_id.isprintable() and r.message_id.isascii() for r in rows)


def test_a_later_mail_reusing_an_earlier_message_id_gets_its_own_outcome(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    w.mail.box.deliver(mail("<genbrugt@example.net>", "Første."))
    w.tick(at(DAY, 6))
    w.mail.box.deliver(mail("<genbrugt@example.net>", "En helt anden mail."))
    w.tick(at(DAY, 6, ) + dt.timedelta(minutes=5))
    rows = mail_rows(w)
    assert [r.state for r in rows] == ["quarantined", "quarantined"]
    assert rows[0].message_id == "<genbrugt@example.net>" != rows[1].message_id


def test_the_same_mail_seen_again_is_still_a_duplicate_without_a_second_row(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    raw = mail("<igen@example.net>", "Hej.")
    w.mail.box.deliver(raw)
    w.tick(at(DAY, 6))
    w.mail.box.deliver(b"Received: from relay.example.net\r\n" + raw)  # delivered twice
    w.tick(at(DAY, 6) + dt.timedelta(minutes=5))
    assert len(mail_rows(w)) == 1


def test_a_reused_message_id_is_told_apart_when_that_mail_too_is_seen_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    w.mail.box.deliver(mail("<genbrugt@example.net>", "Første."))
    w.tick(at(DAY, 6))
    second = mail("<genbrugt@example.net>", "Anden.")
    w.mail.box.deliver(second)
    w.mail.box.deliver(second)
    w.tick(at(DAY, 6) + dt.timedelta(minutes=5))
    assert len(mail_rows(w)) == 2


@pytest.mark.parametrize("header_id", ["<a\x00b@example.net>", "<" + "x" * 300 + "@example.net>",
                                       "<søren@example.net>", ""])
def test_a_message_id_the_log_cannot_hold_is_made_from_the_content(header_id: str) -> None:
    first = decode_message(mail(header_id, "Hej."))
    assert first.message_id.endswith("@tovholder.invalid>")
    assert first.message_id == decode_message(mail(header_id, "Hej.")).message_id
    assert first.message_id != decode_message(mail(header_id, "Hej igen.")).message_id


def test_a_forged_copy_of_our_own_mail_is_put_aside_with_a_row_not_silently_marked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the service's own From and a Message-ID in its domain, but not an email the Log has sent
    w = world(tmp_path, monkeypatch)
    w.mail.box.deliver(mail("<forfalsket@example.org>", "Køb nu.", sender="gruppe@example.org"))
    w.tick(at(DAY, 6))
    [row] = mail_rows(w)
    assert row.state == "quarantined"


UTF7_HALF = (b"From: ukendt@example.net\r\nTo: gruppe@example.org\r\n"
             b"Subject: =?utf-7?q?+2AA-?= hej\r\nMessage-ID: <utf7@example.net>\r\n"
             b"Content-Type: text/plain; charset=utf-7\r\n\r\n+2AA- hej\r\n")


def test_a_subject_decoding_to_half_a_character_neither_stops_the_tick_nor_loses_the_mail(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # found by the fuzz: UTF-7 '+2AA-' is a lone surrogate, which the workbook cannot store;
    # the Log write failed, on every tick after, and no mail after it was ever read
    w = world(tmp_path, monkeypatch)
    w.mail.box.deliver(UTF7_HALF)
    w.tick(at(DAY, 6))
    [row] = mail_rows(w)
    assert row.state == "quarantined"
