"""tovholder.mailer.smtp and tovholder.mailer.imap against the real test servers (tests/mailservers.py)."""

from __future__ import annotations

import email
import socket
import threading
import time
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from tests.mailservers import MailServers, make_ca
from tovholder.core.errors import MailError
from tovholder.mailer.decode import decode_message, reused
from tovholder.mailer.imap import ImapInbox, ImapSettings
from tovholder.mailer.mailbox import ServerMail
from tovholder.mailer.smtp import SmtpSender, SmtpSettings, google_token_provider

pytestmark = pytest.mark.servers

User = tuple[str, str]


def message(to: str | list[str], subject: str = "hello", mid: str | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "tovholder@example.org"
    msg["To"] = ", ".join([to] if isinstance(to, str) else to)
    msg["Subject"] = subject
    msg["Message-ID"] = mid or email.utils.make_msgid(domain="tovholder.test")
    msg.set_content(f"Body of {subject}\n")
    return msg


def raw(n: int, subject: str = "bulk") -> bytes:
    return (f"From: m{n}@example.org\r\nTo: tovholder@example.org\r\nSubject: {subject} {n}\r\n"
            f"Message-ID: <{subject}-{n}@t>\r\n\r\nmessage {n}\r\n").encode()


def smtp_settings(s: MailServers, user: User, **kw: Any) -> SmtpSettings:
    base: dict[str, Any] = {"host": s.host, "port": s.smtp_port, "security": "starttls",
                            "username": user[0], "password": user[1],
                            "ca_file": str(s.ca_cert_path), "timeout": 10}
    return SmtpSettings(**(base | kw))


def imap_settings(s: MailServers, user: User, **kw: Any) -> ImapSettings:
    base: dict[str, Any] = {"host": s.host, "port": s.imaps_port, "username": user[0],
                            "password": user[1], "ca_file": str(s.ca_cert_path), "timeout": 10,
                            "backoff_seconds": 0.01}
    return ImapSettings(**(base | kw))


def subjects(s: MailServers, user: User, **kw: Any) -> list[str]:
    with ImapInbox(imap_settings(s, user, **kw)) as inbox:
        return [str(email.message_from_bytes(body)["Subject"]) for _, body in inbox.poll(None)]


def test_starttls_auth_send_is_readable_over_verified_imap_tls(mail_servers: MailServers,
                                                               mail_user: User) -> None:
    with SmtpSender(smtp_settings(mail_servers, mail_user)) as sender:
        assert sender.send(message(f"{mail_user[0]}@example.org", "via starttls")) == {}
    assert subjects(mail_servers, mail_user) == ["via starttls"]


def test_implicit_tls_send_and_imap_starttls_read(mail_servers: MailServers,
                                                  mail_user: User) -> None:
    settings = smtp_settings(mail_servers, mail_user, port=mail_servers.smtps_port,
                             security="tls")
    with SmtpSender(settings) as sender:
        sender.send(message(f"{mail_user[0]}@example.org", "via tls"))
    assert subjects(mail_servers, mail_user, port=mail_servers.imap_port,
                    security="starttls") == ["via tls"]


def test_xoauth2_send_and_read(mail_servers: MailServers) -> None:
    alice = ("alice", "")
    token = mail_servers.issue_token("alice")
    settings = smtp_settings(mail_servers, alice, oauth_token_provider=lambda: token)
    mid = email.utils.make_msgid(domain="oauth.test")
    with SmtpSender(settings) as sender:
        sender.send(message("alice@example.org", "via xoauth2", mid))
    imap = imap_settings(mail_servers, alice, oauth_token_provider=lambda: token)
    with ImapInbox(imap) as inbox:
        assert inbox.search_header("INBOX", "Message-ID", mid)


def test_bad_token_and_password_fail_without_leaking_them(mail_servers: MailServers,
                                                          mail_user: User) -> None:
    token = "secret-token-123"
    attempts = [
        lambda: SmtpSender(smtp_settings(mail_servers, mail_user,
                                         oauth_token_provider=lambda: token)).connect(),
        lambda: SmtpSender(smtp_settings(mail_servers, (mail_user[0], "wrong-pw-456"))).connect(),
        lambda: ImapInbox(imap_settings(mail_servers, mail_user,
                                        oauth_token_provider=lambda: token)).connect(),
        lambda: ImapInbox(imap_settings(mail_servers, (mail_user[0], "wrong-pw-456"))).connect(),
    ]
    for attempt in attempts:
        with pytest.raises(MailError) as err:
            attempt()
        assert err.value.code in ("mail.smtp", "mail.imap")
        assert token not in str(err.value) and "wrong-pw-456" not in str(err.value)


def test_untrusted_ca_fails_verification(mail_servers: MailServers, mail_user: User,
                                         tmp_path: Path) -> None:
    other_ca = tmp_path / "other-ca.pem"
    make_ca(other_ca, "Some Other CA")
    with pytest.raises(MailError, match="CERTIFICATE_VERIFY_FAILED"):
        SmtpSender(smtp_settings(mail_servers, mail_user, ca_file=str(other_ca))).connect()
    with pytest.raises(MailError, match="CERTIFICATE_VERIFY_FAILED"):
        ImapInbox(imap_settings(mail_servers, mail_user, ca_file=str(other_ca))).connect()
    with pytest.raises(MailError, match="CERTIFICATE_VERIFY_FAILED"):  # system CAs only
        ImapInbox(imap_settings(mail_servers, mail_user, ca_file=None)).connect()


def test_tls_is_the_default_and_unknown_security_is_rejected() -> None:
    assert SmtpSettings(host="h").security == "tls"
    assert ImapSettings(host="h").security == "tls"
    with pytest.raises(MailError):
        SmtpSettings(host="h", security="ssl")  # type: ignore[arg-type]
    with pytest.raises(MailError):
        ImapSettings(host="h", security="plain")  # type: ignore[arg-type]


def test_plain_text_only_when_security_is_none(mail_servers: MailServers,
                                               mail_user: User) -> None:
    plain = mail_servers.smtp_plain_port
    with pytest.raises(MailError, match="STARTTLS"):  # no downgrade when STARTTLS is missing
        SmtpSender(smtp_settings(mail_servers, mail_user, port=plain)).connect()
    with pytest.raises(MailError):  # TLS to a plain-text port fails, never falls back
        SmtpSender(smtp_settings(mail_servers, mail_user, port=plain, security="tls")).connect()
    with pytest.raises(MailError):
        ImapInbox(imap_settings(mail_servers, mail_user, port=mail_servers.imap_port)).connect()
    with SmtpSender(smtp_settings(mail_servers, mail_user, port=plain,
                                  security="none")) as sender:
        sender.send(message(f"{mail_user[0]}@example.org", "in clear"))
    assert subjects(mail_servers, mail_user, port=mail_servers.imap_port,
                    security="none") == ["in clear"]


def test_refused_recipient_does_not_block_the_others(mail_servers: MailServers,
                                                     mail_user: User) -> None:
    bob = mail_servers.add_user()
    to = [f"{mail_user[0]}@example.org", "refuse-x@example.org", f"{bob[0]}@example.org"]
    with SmtpSender(smtp_settings(mail_servers, mail_user)) as sender:
        refused = sender.send(message(to, "to three"))
        assert list(refused) == ["refuse-x@example.org"]
        assert refused["refuse-x@example.org"][0] == 550
        only_refused = sender.send(message("refuse-y@example.org", "nobody"))
        assert list(only_refused) == ["refuse-y@example.org"]
    assert subjects(mail_servers, mail_user) == ["to three"]
    assert subjects(mail_servers, bob) == ["to three"]


def test_a_drop_during_send_is_raised_not_retried_so_nothing_can_be_sent_twice(
        mail_servers: MailServers, mail_user: User) -> None:
    mail_servers.smtp_faults.drop_after = 2
    with SmtpSender(smtp_settings(mail_servers, mail_user)) as sender:
        for n in range(2):
            assert sender.send(message(f"{mail_user[0]}@example.org", f"batch {n}")) == {}
        with pytest.raises(MailError) as err:
            sender.send(message(f"{mail_user[0]}@example.org", "batch 2"))
        assert err.value.code == "mail.smtp"
        # the caller decides about "batch 2"; the sender itself is usable again
        assert sender.send(message(f"{mail_user[0]}@example.org", "batch 3")) == {}
    assert sorted(subjects(mail_servers, mail_user)) == ["batch 0", "batch 1", "batch 3"]


def test_a_connection_gone_stale_while_idle_is_replaced_before_sending(
        mail_servers: MailServers, mail_user: User) -> None:
    now = [0.0]
    with SmtpSender(smtp_settings(mail_servers, mail_user), clock=lambda: now[0]) as sender:
        assert sender.send(message(f"{mail_user[0]}@example.org", "first")) == {}
        assert sender._smtp is not None
        sender._smtp.sock.close()  # the server timed us out while we were idle
        now[0] += 60
        assert sender.send(message(f"{mail_user[0]}@example.org", "second")) == {}
    assert sorted(subjects(mail_servers, mail_user)) == ["first", "second"]


def test_extra_envelope_recipient_gets_a_copy_without_a_header(
        mail_servers: MailServers, mail_user: User) -> None:
    bob = mail_servers.add_user()
    with SmtpSender(smtp_settings(mail_servers, mail_user)) as sender:
        msg = message(f"{mail_user[0]}@example.org", "with copy")
        sender.send(msg, envelope_to=[f"{mail_user[0]}@example.org", f"{bob[0]}@example.org"])
    assert subjects(mail_servers, bob) == ["with copy"]
    assert bob[0] not in msg.as_string()


def test_rate_limit_sleeps_between_messages(mail_servers: MailServers, mail_user: User) -> None:
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    settings = smtp_settings(mail_servers, mail_user, rate_per_minute=30)
    with SmtpSender(settings, clock=lambda: now[0], sleep=sleep) as sender:
        for n in range(3):
            sender.send(message(f"{mail_user[0]}@example.org", f"rate {n}"))
            now[0] += 0.5
    assert slept == [pytest.approx(1.5), pytest.approx(1.5)]


def test_fetch_uses_body_peek_and_leaves_mail_unseen(mail_servers: MailServers,
                                                     mail_user: User) -> None:
    mail_servers.deliver_raw(mail_user[0], raw(1, "peek"))
    with ImapInbox(imap_settings(mail_servers, mail_user)) as inbox:
        assert [uid for uid, _ in inbox.poll(None)] == [1]
    with mail_servers.imap(mail_user[0]) as client:
        client.select_folder("INBOX", readonly=True)
        assert b"\\Seen" not in client.get_flags([1])[1]


def test_processed_keyword_makes_the_next_poll_skip_it(mail_servers: MailServers,
                                                       mail_user: User) -> None:
    for n in range(3):
        mail_servers.deliver_raw(mail_user[0], raw(n, "kw"))
    with ImapInbox(imap_settings(mail_servers, mail_user)) as inbox:
        first = inbox.poll(None)
        assert [uid for uid, _ in first] == [1, 2, 3]
        inbox.mark_processed([1, 2])
        assert inbox.poll(None).uids == [3]  # a full rescan skips the keyword
        mail_servers.deliver_raw(mail_user[0], raw(4, "kw"))
        inbox.mark_processed([3])
        second = inbox.poll(first.state)
        assert second.uids == [4] and not second.rescan
        inbox.mark_processed(second.uids)
        third = inbox.poll(second.state)
        assert third.uids == [] and third.state == second.state


def test_incremental_poll_ignores_the_highest_old_uid(mail_servers: MailServers,
                                                      mail_user: User) -> None:
    """UID SEARCH n:* matches the highest UID even when it is below n."""
    mail_servers.deliver_raw(mail_user[0], raw(1, "star"))
    with ImapInbox(imap_settings(mail_servers, mail_user)) as inbox:
        state = inbox.poll(None).state  # uid 1 left unprocessed on purpose
        mail_servers.deliver_raw(mail_user[0], raw(2, "star"))
        with mail_servers.imap(mail_user[0]) as client:
            client.select_folder("INBOX")
            client.delete_messages([2])
            client.expunge()
        assert inbox.poll(state).uids == []


def test_processed_folder_and_quarantine_move_messages(mail_servers: MailServers,
                                                       mail_user: User) -> None:
    for n in range(3):
        mail_servers.deliver_raw(mail_user[0], raw(n, "mv"))
    settings = imap_settings(mail_servers, mail_user, processed_folder="Tovholder-done")
    with ImapInbox(settings) as inbox:
        inbox.mark_processed([1, 2])
        inbox.quarantine([3])
        assert inbox.poll(None).uids == []
    with mail_servers.imap(mail_user[0]) as client:
        assert client.select_folder("INBOX")[b"EXISTS"] == 0
        assert client.select_folder("Tovholder-done")[b"EXISTS"] == 2
        assert client.select_folder("Tovholder-karantaene")[b"EXISTS"] == 1
        assert b"$Tovholder" in client.get_flags(client.search())[1]


def test_uidvalidity_change_triggers_a_rescan(mail_servers: MailServers,
                                              mail_user: User) -> None:
    mail_servers.bulk_append(mail_user[0], [raw(n, "uv") for n in range(3)], folder="Replies")
    settings = imap_settings(mail_servers, mail_user, folder="Replies")
    with ImapInbox(settings) as inbox:
        first = inbox.poll(None)
        inbox.mark_processed(first.uids[:1])
        mail_servers.doveadm("mailbox", "update", "-u", mail_user[0], "--uid-validity",
                             str(first.state.uidvalidity + 1000), "Replies")
        again = inbox.poll(first.state)
    assert again.rescan and again.state.uidvalidity == first.state.uidvalidity + 1000
    assert len(again.uids) == 2  # the processed one is still skipped (keyword survives)


def test_dropped_imap_connection_mid_fetch_reconnects_and_loses_nothing(
        mail_servers: MailServers, mail_user: User) -> None:
    mail_servers.bulk_append(mail_user[0], [raw(n, "drop") for n in range(25)])
    with ImapInbox(imap_settings(mail_servers, mail_user, fetch_batch=10)) as inbox:
        seen: list[int] = []
        for uid, body in inbox.poll(None):
            seen.append(uid)
            assert body.endswith(f"message {uid - 1}\r\n".encode())
            if len(seen) in (5, 15):  # close the socket underneath, twice
                assert inbox.client is not None
                inbox.client.socket().shutdown(socket.SHUT_RDWR)
        assert seen == list(range(1, 26))
        assert inbox.reconnects == 2


def test_unreachable_imap_server_is_retried_with_exponential_backoff(
        mail_servers: MailServers, mail_user: User) -> None:
    with socket.socket() as sock:
        sock.bind((mail_servers.host, 0))
        closed_port = sock.getsockname()[1]
    slept: list[float] = []
    settings = imap_settings(mail_servers, mail_user, port=closed_port, backoff_seconds=0.5)
    inbox = ImapInbox(settings, sleep=slept.append)
    with pytest.raises(MailError, match="gave up after 4 reconnects"):
        inbox.poll(None)
    assert slept == [0.5, 1.0, 2.0, 4.0]


def test_search_header_looks_in_the_sent_folder(mail_servers: MailServers,
                                                mail_user: User) -> None:
    mail_servers.bulk_append(mail_user[0], [raw(7, "sent")], folder="Sent")
    with ImapInbox(imap_settings(mail_servers, mail_user)) as inbox:
        assert inbox.search_header("Sent", "Message-ID", "<sent-7@t>")
        assert not inbox.search_header("Sent", "Message-ID", "<sent-8@t>")
        assert not inbox.search_header("No-Such-Folder", "Message-ID", "<sent-7@t>")
        assert inbox.poll(None).uids == []  # back on INBOX afterwards


def test_an_original_is_fetched_by_its_message_id_for_its_attachments(
        mail_servers: MailServers, mail_user: User) -> None:
    mail_servers.bulk_append(mail_user[0], [raw(3, "orig")], folder="Tovholder-behandlet")
    with ImapInbox(imap_settings(mail_servers, mail_user)) as inbox:
        found = inbox.fetch_by_header("Tovholder-behandlet", "Message-ID", "<orig-3@t>")
        assert found is not None and b"orig-3@t" in found
        assert inbox.fetch_by_header("Tovholder-behandlet", "Message-ID", "<orig-4@t>") is None
        assert inbox.fetch_by_header("No-Such-Folder", "Message-ID", "<orig-3@t>") is None
        assert inbox.poll(None).uids == []  # back on INBOX afterwards


def test_a_mail_known_by_an_identity_made_from_its_content_is_found_by_that_content(
        mail_servers: MailServers, mail_user: User) -> None:
    # Two mails with one Message-ID (a reused one): the Log knows the second by an identity made
    # from its content, which no IMAP header search can find.
    first, second = raw(5, "same"), raw(5, "same").replace(b"message 5", b"another text")
    mail_servers.bulk_append(mail_user[0], [first, second], folder="Tovholder-behandlet")
    identity = reused("<same-5@t>", decode_message(second).fingerprint)
    with ImapInbox(imap_settings(mail_servers, mail_user,
                                 processed_folder="Tovholder-behandlet")) as inbox:
        box = ServerMail(inbox, smtp_settings(mail_servers, mail_user), "x@example.org", "Sent")
        assert box.original(identity) == second
        assert box.original("<same-5@t>") == first
        assert box.original(reused("<same-5@t>", "0" * 16)) is None


def test_idle_wait_wakes_on_new_mail_and_times_out_otherwise(mail_servers: MailServers,
                                                             mail_user: User) -> None:
    with ImapInbox(imap_settings(mail_servers, mail_user)) as inbox:
        inbox.poll(None)
        start = time.monotonic()
        assert inbox.idle_wait(0.3) is False
        assert time.monotonic() - start >= 0.3
        timer = threading.Timer(0.3, mail_servers.deliver_raw, (mail_user[0], raw(1, "idle")))
        timer.start()
        try:
            assert inbox.idle_wait(10) is True
        finally:
            timer.join()
        assert inbox.poll(None).uids == [1]


def test_idle_wait_returns_false_without_the_capability(mail_servers: MailServers,
                                                        mail_user: User,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    with ImapInbox(imap_settings(mail_servers, mail_user)) as inbox:
        assert inbox.client is not None
        monkeypatch.setattr(inbox.client, "has_capability", lambda name: name != "IDLE")
        assert inbox.idle_wait(5) is False


def test_idle_poll_costs_the_same_round_trips_at_10_and_10000_messages(
        mail_servers: MailServers) -> None:
    costs = {}
    for size in (10, 10_000):
        user = mail_servers.add_user()
        start = time.monotonic()
        assert mail_servers.bulk_append(user[0], (raw(n) for n in range(size))) == size
        assert time.monotonic() - start < 60
        with ImapInbox(imap_settings(mail_servers, user)) as inbox:
            state = inbox.poll(None).state
            assert state.last_uid == size
            before = inbox.round_trips
            assert inbox.poll(state).uids == []
            idle_cost = inbox.round_trips - before
            mail_servers.deliver_raw(user[0], raw(size, "new"))
            before = inbox.round_trips
            assert inbox.poll(state).uids == [size + 1]
            costs[size] = (idle_cost, inbox.round_trips - before)
    assert costs[10] == costs[10_000] == (1, 2)


def test_google_token_provider_reports_an_unreadable_key_file(tmp_path: Path) -> None:
    with pytest.raises(MailError) as err:
        google_token_provider(str(tmp_path / "missing.json"), "group@example.org")
    assert err.value.code == "mail.error"
