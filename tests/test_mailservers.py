"""The test mail servers themselves: Dovecot and the SMTP relay in front of its LMTP."""

from __future__ import annotations

import smtplib
import ssl

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from tests import mailservers
from tests.mailservers import MailServers

pytestmark = pytest.mark.servers

RAW = b"From: a@example.org\r\nTo: b@example.org\r\nSubject: raw\r\nMessage-ID: <raw-1@t>\r\n\r\nhi\r\n"


def test_missing_dovecot_fails_with_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mailservers, "find_dovecot", lambda: None)
    with pytest.raises(RuntimeError, match="Dovecot is not installed"):
        MailServers().start()


def test_lmtp_delivery_is_readable_over_verified_imaps(mail_servers: MailServers,
                                                       mail_user: tuple[str, str]) -> None:
    user, _ = mail_user
    mail_servers.deliver_raw(user, RAW)
    with mail_servers.imap(user) as client:
        client.select_folder("INBOX")
        uids = client.search(["HEADER", "Message-ID", "<raw-1@t>"])
        assert len(uids) == 1
        assert client.fetch(uids, ["BODY.PEEK[]"])[uids[0]][b"BODY[]"].endswith(b"hi\r\n")


def test_imap_plain_port_offers_starttls_and_idle(mail_servers: MailServers) -> None:
    with IMAPClient(mail_servers.host, mail_servers.imap_port, ssl=False, timeout=10) as client:
        assert client.has_capability("STARTTLS")
        client.starttls(ssl.create_default_context(cafile=str(mail_servers.ca_cert_path)))
        client.login("alice", mail_servers.users["alice"])
        assert client.has_capability("IDLE")


def test_dovecot_accepts_the_oauth_token_and_rejects_others(mail_servers: MailServers) -> None:
    ctx = ssl.create_default_context(cafile=str(mail_servers.ca_cert_path))
    with IMAPClient(mail_servers.host, mail_servers.imaps_port, ssl_context=ctx,
                    timeout=10) as client:
        client.oauth2_login("alice", mail_servers.oauth_token)
        assert client.select_folder("INBOX")[b"UIDVALIDITY"] > 0
    with IMAPClient(mail_servers.host, mail_servers.imaps_port, ssl_context=ctx,
                    timeout=10) as client, pytest.raises(LoginError):
        client.oauth2_login("alice", "not-a-token")
    with IMAPClient(mail_servers.host, mail_servers.imaps_port, ssl_context=ctx,
                    timeout=10) as client, pytest.raises(LoginError):
        client.oauth2_login("bob", mail_servers.oauth_token)  # token belongs to alice


def test_smtp_delivers_before_answering_and_refuses_marked_recipients(
        mail_servers: MailServers, mail_user: tuple[str, str]) -> None:
    user, password = mail_user
    ctx = ssl.create_default_context(cafile=str(mail_servers.ca_cert_path))
    with smtplib.SMTP_SSL(mail_servers.host, mail_servers.smtps_port, context=ctx,
                          timeout=10) as smtp:
        smtp.login(user, password)
        refused = smtp.sendmail("x@example.org", [f"{user}@example.org", "refuse-me@example.org"],
                                RAW.replace(b"<raw-1@t>", b"<raw-2@t>"))
    assert refused == {"refuse-me@example.org": (550, refused["refuse-me@example.org"][1])}
    with mail_servers.imap(user) as client:
        client.select_folder("INBOX")
        assert client.search(["HEADER", "Message-ID", "<raw-2@t>"])


def test_smtp_auth_needs_tls_on_the_starttls_port(mail_servers: MailServers) -> None:
    with smtplib.SMTP(mail_servers.host, mail_servers.smtp_port, timeout=10) as smtp:
        smtp.ehlo()
        assert smtp.has_extn("starttls")
        assert not smtp.has_extn("auth")
        with pytest.raises(smtplib.SMTPException):
            smtp.login("alice", mail_servers.users["alice"])


def test_smtp_requires_auth(mail_servers: MailServers) -> None:
    ctx = ssl.create_default_context(cafile=str(mail_servers.ca_cert_path))
    with smtplib.SMTP_SSL(mail_servers.host, mail_servers.smtps_port, context=ctx,
                          timeout=10) as smtp, pytest.raises(smtplib.SMTPSenderRefused):
        smtp.sendmail("x@example.org", ["alice@example.org"], RAW)


def test_smtp_drop_fault_closes_the_connection_once(mail_servers: MailServers) -> None:
    ctx = ssl.create_default_context(cafile=str(mail_servers.ca_cert_path))
    mail_servers.smtp_faults.drop_after = 0
    smtp = smtplib.SMTP_SSL(mail_servers.host, mail_servers.smtps_port, context=ctx, timeout=10)
    try:
        smtp.login("alice", mail_servers.users["alice"])
        with pytest.raises(smtplib.SMTPServerDisconnected):
            smtp.sendmail("x@example.org", ["alice@example.org"], RAW)
    finally:
        smtp.close()
    assert mail_servers.smtp_faults.drop_after is None
