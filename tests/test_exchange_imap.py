"""Exchange Online's IMAP as it behaves (issue 16): no new keywords (tests/exchange_imap.py, a
proxy in front of the real Dovecot), the sent folder found by SPECIAL-USE under the names Exchange,
a Danish Outlook and Gmail give it (tests/mailservers.py marks them \\Sent)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.exchange_imap import ExchangeImap
from tests.mailservers import MailServers
from tests.test_smtp_imap import imap_settings, raw, smtp_settings
from tovholder.mailer.imap import ImapInbox, ImapSettings
from tovholder.mailer.mailbox import ServerMail

pytestmark = pytest.mark.servers
User = tuple[str, str]


@pytest.fixture
def exchange(mail_servers: MailServers) -> Iterator[ExchangeImap]:
    with ExchangeImap(mail_servers) as proxy:
        yield proxy


def via(proxy: ExchangeImap, servers: MailServers, user: User, **kw: Any) -> ImapSettings:
    return imap_settings(servers, user, port=proxy.port, security="none", **kw)


def folder_uids(servers: MailServers, user: User, folder: str) -> list[int]:
    with servers.imap(user[0]) as client:
        if not client.folder_exists(folder):
            return []
        client.select_folder(folder, readonly=True)
        return list(client.search(["ALL"]))


def test_the_proxy_takes_away_new_keywords_as_exchange_does(
        mail_servers: MailServers, mail_user: User, exchange: ExchangeImap) -> None:
    mail_servers.deliver_raw(mail_user[0], raw(1, "kw"))
    with ImapInbox(via(exchange, mail_servers, mail_user)) as inbox:
        assert "\\*" not in inbox.probe().permanent_flags
        assert inbox.client is not None
        inbox.client.add_flags([1], [b"$Tovholder"], silent=True)  # answered OK, kept nowhere
    assert exchange.stores_dropped == 1
    with mail_servers.imap(mail_user[0]) as client:
        client.select_folder("INBOX", readonly=True)
        assert b"$Tovholder" not in client.get_flags([1])[1]


def test_without_keywords_processed_mail_is_moved_and_not_read_again(
        mail_servers: MailServers, mail_user: User, exchange: ExchangeImap) -> None:
    for n in range(3):
        mail_servers.deliver_raw(mail_user[0], raw(n, "ex"))
    with ImapInbox(via(exchange, mail_servers, mail_user)) as inbox:
        assert [uid for uid, _ in inbox.poll(None)] == [1, 2, 3]
        assert inbox.keywords_stick is False
        inbox.mark_processed([1, 2])
        assert inbox.poll(None).uids == [3]  # a full rescan no longer sees the two
    assert len(folder_uids(mail_servers, mail_user, "Tovholder-behandlet")) == 2
    assert folder_uids(mail_servers, mail_user, "INBOX") == [3]


def test_without_keywords_the_configured_processed_folder_is_the_one_used(
        mail_servers: MailServers, mail_user: User, exchange: ExchangeImap) -> None:
    mail_servers.deliver_raw(mail_user[0], raw(1, "cf"))
    settings = via(exchange, mail_servers, mail_user, processed_folder="Arkiv/Tovholder")
    with ImapInbox(settings) as inbox:
        inbox.mark_processed(inbox.poll(None).uids)
    assert len(folder_uids(mail_servers, mail_user, "Arkiv/Tovholder")) == 1
    assert folder_uids(mail_servers, mail_user, "Tovholder-behandlet") == []


def test_without_keywords_quarantine_still_moves_the_mail(
        mail_servers: MailServers, mail_user: User, exchange: ExchangeImap) -> None:
    mail_servers.deliver_raw(mail_user[0], raw(1, "q"))
    with ImapInbox(via(exchange, mail_servers, mail_user)) as inbox:
        inbox.quarantine(inbox.poll(None).uids)
        assert inbox.poll(None).uids == []
    assert exchange.stores_dropped == 0  # no keyword was even tried


def test_a_moved_mail_is_still_found_as_proof_and_as_an_original(
        mail_servers: MailServers, mail_user: User, exchange: ExchangeImap) -> None:
    mail_servers.deliver_raw(mail_user[0], raw(4, "own"))
    with ImapInbox(via(exchange, mail_servers, mail_user)) as inbox:
        inbox.mark_processed(inbox.poll(None).uids)
        box = ServerMail(inbox, smtp_settings(mail_servers, mail_user), "x@example.org", "")
        assert box.was_sent("<own-4@t>")
        assert box.original("<own-4@t>") is not None
    with ImapInbox(via(exchange, mail_servers, mail_user)) as fresh:  # before any poll
        box = ServerMail(fresh, smtp_settings(mail_servers, mail_user), "x@example.org", "")
        assert box.was_sent("<own-4@t>")


@pytest.mark.parametrize("folder", ["Sent Items", "Sendt post", "[Gmail]/Sent Mail"])
def test_the_own_copy_is_looked_up_in_the_folder_marked_sent(
        mail_servers: MailServers, mail_user: User, folder: str) -> None:
    mail_servers.bulk_append(mail_user[0], [raw(7, "sent")], folder=folder)
    with ImapInbox(imap_settings(mail_servers, mail_user)) as inbox:
        box = ServerMail(inbox, smtp_settings(mail_servers, mail_user), "x@example.org", "")
        assert inbox.sent_folder() == folder
        assert box.was_sent("<sent-7@t>")
        assert not box.was_sent("<sent-8@t>")


def test_a_configured_sent_folder_overrides_the_special_use_mark(
        mail_servers: MailServers, mail_user: User) -> None:
    mail_servers.bulk_append(mail_user[0], [raw(1, "marked")], folder="Sent Items")
    mail_servers.bulk_append(mail_user[0], [raw(2, "mine")], folder="Udbakke/Sendt")
    with ImapInbox(imap_settings(mail_servers, mail_user)) as inbox:
        box = ServerMail(inbox, smtp_settings(mail_servers, mail_user), "x@example.org",
                         "Udbakke/Sendt")
        assert box.was_sent("<mine-2@t>")
        assert not box.was_sent("<marked-1@t>")


def test_without_a_folder_marked_sent_the_folder_named_sent_is_searched(
        mail_servers: MailServers, mail_user: User) -> None:
    mail_servers.bulk_append(mail_user[0], [raw(3, "plain")], folder="Sent")
    with ImapInbox(imap_settings(mail_servers, mail_user)) as inbox:
        box = ServerMail(inbox, smtp_settings(mail_servers, mail_user), "x@example.org", "")
        assert box.was_sent("<plain-3@t>")
