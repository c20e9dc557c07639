"""tovholder.mailer.local: the folder-based mail store behaves like the IMAP/SMTP pair, and a crash never
leaves half a file or a message in two places."""

from __future__ import annotations

import email
import json
import mailbox
from datetime import UTC, datetime
from email import policy
from pathlib import Path

import pytest

from tovholder.core.errors import MailError
from tovholder.mailer.compose import Address, build_message, make_message_id
from tovholder.mailer.local import LocalMailbox, delivery_order

INCOMING = Path(__file__).parent / "data" / "incoming"


def outgoing(key: str = "2022-05-11", *, html: str | None = "<p>Hej Søren</p>",
             subject: str = "Dagsorden for mødet på onsdag"):
    return build_message(
        sender=Address("gruppe@example.org", "Tovholder"), to=Address("soeren@example.org", "Søren"),
        subject=subject, text="Hej Søren\n<ikke html>", html=html, reply_to=None,
        message_id=make_message_id("agenda", key, "soeren@example.org", "example.org"),
        date=datetime(2022, 5, 11, 9, 0, tzinfo=UTC),
    )


def test_layout_is_created_and_usable_by_any_maildir_reader(tmp_path):
    box = LocalMailbox(tmp_path)
    for sub in ("new", "cur", "tmp"):
        assert (tmp_path / "inbox" / sub).is_dir()
    assert sorted(mailbox.Maildir(tmp_path / "inbox").list_folders()) == ["processed",
                                                                          "quarantine"]
    assert box.outbox.is_dir()
    LocalMailbox(tmp_path)  # opening again is harmless


def test_poll_yields_delivered_messages_until_processed(tmp_path):
    box = LocalMailbox(tmp_path)
    raws = [(INCOMING / n).read_bytes() for n in ("reply_plain_danish.eml", "html_only.eml")]
    keys = [box.deliver(raw) for raw in raws]
    polled = dict(box.poll(None))
    assert set(polled) == set(keys)
    assert sorted(polled.values()) == sorted(raws)

    box.mark_processed([keys[0]])
    assert [k for k, _ in box.poll(None)] == [keys[1]]
    processed = mailbox.Maildir(tmp_path / "inbox").get_folder("processed")
    assert processed.get_bytes(keys[0]) == raws[0]
    assert "S" in processed.get_message(keys[0]).get_flags()  # a mail client shows it as read


def test_quarantine_moves_the_message_aside_for_a_human(tmp_path):
    box = LocalMailbox(tmp_path)
    key = box.deliver(b"From: x@example.org\r\nSubject: ???\r\n\r\n\x00\x01")
    box.quarantine([key])
    assert list(box.poll(None)) == []
    assert key in mailbox.Maildir(tmp_path / "inbox").get_folder("quarantine")


def test_marking_twice_or_unknown_keys_is_harmless(tmp_path):
    box = LocalMailbox(tmp_path)
    key = box.deliver(b"Subject: a\r\n\r\nb")
    box.mark_processed([key])
    box.mark_processed([key, "no-such-key"])
    box.quarantine([key])  # already processed: stays processed, never in two folders
    folders = mailbox.Maildir(tmp_path / "inbox")
    assert list(folders.get_folder("processed").keys()) == [key]
    assert list(folders.get_folder("quarantine").keys()) == []


def test_messages_already_in_cur_with_flags_are_polled_and_moved(tmp_path):
    box = LocalMailbox(tmp_path)
    inbox = mailbox.Maildir(tmp_path / "inbox")
    msg = mailbox.MaildirMessage(b"Subject: a\r\n\r\nb")
    msg.set_subdir("cur")
    msg.set_flags("F")
    key = inbox.add(msg)
    assert [k for k, _ in box.poll(None)] == [key]
    box.mark_processed([key])
    assert inbox.get_folder("processed").get_message(key).get_flags() == "FS"


def test_send_writes_numbered_eml_and_rendered_html(tmp_path):
    box = LocalMailbox(tmp_path)
    first, second = outgoing("2022-05-11"), outgoing("2022-06-08", html=None)
    assert box.send(first) == {}
    assert box.send(second) == {}
    names = sorted(p.name for p in box.outbox.iterdir())
    assert names == ["0001-dagsorden-for-moedet-paa-onsdag.eml",
                     "0001-dagsorden-for-moedet-paa-onsdag.html",
                     "0002-dagsorden-for-moedet-paa-onsdag.eml",
                     "0002-dagsorden-for-moedet-paa-onsdag.html"]
    raw = (box.outbox / names[0]).read_bytes()
    assert raw == first.as_bytes(policy=policy.SMTP)
    back = email.message_from_bytes(raw, policy=policy.default)
    assert back["Message-ID"] == first["Message-ID"]
    assert (box.outbox / names[1]).read_text(encoding="utf-8").strip() == "<p>Hej Søren</p>"
    page = (box.outbox / names[3]).read_text(encoding="utf-8")
    assert "<pre>Hej Søren\n&lt;ikke html&gt;" in page  # text mail: escaped, never live HTML


def test_was_sent_survives_a_restart_and_send_is_idempotent(tmp_path):
    box = LocalMailbox(tmp_path)
    msg = outgoing()
    assert not box.was_sent(msg["Message-ID"])
    box.send(msg)
    assert box.was_sent(msg["Message-ID"])
    again = LocalMailbox(tmp_path)
    assert again.was_sent(msg["Message-ID"])
    again.send(msg)  # a re-run of the same job writes nothing new
    assert len(list(again.outbox.glob("*.eml"))) == 1
    record = json.loads((tmp_path / "sent.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert record["message_id"] == msg["Message-ID"]
    assert record["file"] == "0001-dagsorden-for-moedet-paa-onsdag.eml"


def test_crash_between_outbox_file_and_log_is_recovered(tmp_path):
    box = LocalMailbox(tmp_path)
    msg = outgoing()
    box.send(msg)
    # Simulate dying after the .eml was in place but before the log line was complete.
    (tmp_path / "sent.jsonl").write_text('{"message_id": "<cut', encoding="utf-8")
    assert LocalMailbox(tmp_path).was_sent(msg["Message-ID"])


def test_no_temporary_files_are_left_behind(tmp_path):
    box = LocalMailbox(tmp_path)
    box.send(outgoing())
    assert not [p for p in box.outbox.iterdir() if p.name.startswith(".tmp")]


def test_numbering_skips_a_number_taken_by_another_sender(tmp_path):
    box = LocalMailbox(tmp_path)
    (box.outbox / "0001-andet.eml").write_bytes(b"Message-ID: <other@example.org>\r\n\r\n")
    box.send(outgoing())
    assert (box.outbox / "0002-dagsorden-for-moedet-paa-onsdag.eml").exists()
    assert box.was_sent("<other@example.org>")


def test_message_without_message_id_is_refused(tmp_path):
    msg = outgoing()
    del msg["Message-ID"]
    with pytest.raises(MailError) as info:
        LocalMailbox(tmp_path).send(msg)
    assert info.value.code == "mail.no_message_id"


def test_odd_subject_gets_a_safe_slug(tmp_path):
    box = LocalMailbox(tmp_path)
    box.send(outgoing(subject="../../etc/passwd ☃"))
    box.send(outgoing("x", subject="☃☃"))
    names = sorted(p.name for p in box.outbox.glob("*.eml"))
    assert names == ["0001-etc-passwd.eml", "0002-besked.eml"]


def test_an_email_another_process_sent_after_this_one_started_is_known_as_sent(tmp_path):
    # issue 12, fault 2: the `run` service read sent.jsonl once and sent again what a killed
    # tick had sent meanwhile, with the same Message-ID
    service = LocalMailbox(tmp_path)
    assert not service.was_sent("<unrelated@example.org>")  # the index is read now
    other = LocalMailbox(tmp_path)
    msg = outgoing()
    other.send(msg)
    assert service.was_sent(msg["Message-ID"])
    service.send(msg)
    assert len(list(tmp_path.glob("outbox/*.eml"))) == 1


def test_an_email_another_process_left_without_its_log_line_is_known_as_sent(tmp_path):
    service = LocalMailbox(tmp_path)
    assert not service.was_sent("<unrelated@example.org>")
    msg = outgoing()
    LocalMailbox(tmp_path)._store(bytes(msg), "killed")  # killed before the log line
    assert service.was_sent(msg["Message-ID"])


def test_two_messages_of_the_same_second_are_read_in_delivery_order():
    # Python's Maildir writes the microsecond unpadded: M99999 came before M123456.
    keys = ["1765000000.M123456P7Q2.host", "1765000000.M99999P7Q1.host",
            "1764999999.M999999P7Q9.host", "odd-name"]
    assert sorted(keys, key=delivery_order) == [
        "1764999999.M999999P7Q9.host", "1765000000.M99999P7Q1.host",
        "1765000000.M123456P7Q2.host", "odd-name"]
