"""The whole mail loop on the real servers (Dovecot + SMTP from tests/mailservers.py):
send → deliver → IMAP → processed → Log, and the failures that must neither repeat nor lose mail.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email
import email.policy
import email.utils
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import DATA, write_xlsx
from tests.exchange_imap import ExchangeImap
from tests.features import made_up
from tests.mailservers import MailServers
from tests.test_smtp_imap import imap_settings, smtp_settings
from tovholder.core.errors import MailError
from tovholder.jobs.base.messages import Sender, make_outgoing
from tovholder.jobs.notices.chair_digest import due_chair_digest
from tovholder.jobs.runner.tick import Group, tick
from tovholder.mailer.decode import decode_message
from tovholder.mailer.imap import ImapInbox
from tovholder.mailer.mailbox import ServerMail
from tovholder.mailer.outbox import Outgoing
from tovholder.mailer.smtp import SmtpSender
from tovholder.sheets.parse import parse_snapshot
from tovholder.sheets.xlsx import XlsxBackend

pytestmark = pytest.mark.servers
TZ = ZoneInfo("Europe/Copenhagen")
NOW = dt.datetime(2026, 11, 28, 9, 0, tzinfo=TZ)


@dataclass
class Setup:
    group: Group
    servers: MailServers
    me: tuple[str, str]  # the group mailbox user
    members: list[tuple[str, str]]
    path: Path

    def address(self, user: tuple[str, str]) -> str:
        return f"{user[0]}@example.org"

    def log(self) -> list:
        return parse_snapshot(XlsxBackend(self.path).read()).log

    def inbox_of(self, user: tuple[str, str]) -> list[EmailMessage]:
        with self.servers.imap(user[0]) as client:
            client.select_folder("INBOX", readonly=True)
            data = client.fetch(client.search(["ALL"]), ["BODY.PEEK[]"])
        return [email.message_from_bytes(d[b"BODY[]"], policy=email.policy.default)
                for d in data.values()]


EXCHANGE = "exchange"  # i18n: data (a test parameter)


@pytest.fixture
def setup(request: pytest.FixtureRequest, tmp_path: Path, mail_servers: MailServers,
          mail_user: tuple[str, str]) -> Iterator[Setup]:
    """The group's mailbox on Dovecot; with the parameter "exchange", read through
    tests/exchange_imap.py, which keeps no keywords, as Exchange Online."""
    members = [mail_servers.add_user() for _ in range(3)]
    rows = [["Navn", "E-mail", "Status"]] + [
        [f"Medlem {i}", f"{u}@example.org", "aktiv"] for i, (u, _) in enumerate(members)]
    path = write_xlsx(tmp_path / "g.xlsx", {
        "Medlemmer": rows,
        "Funktioner": [["Funktion", "Varetages af"], ["Formand", f"{members[0][0]}@example.org"]],
    })
    me = f"{mail_user[0]}@example.org"
    with contextlib.ExitStack() as stack:
        via: dict[str, Any] = {}
        if getattr(request, "param", "") == EXCHANGE:
            proxy = stack.enter_context(ExchangeImap(mail_servers))
            via = {"port": proxy.port, "security": "none"}
        mailbox = ServerMail(ImapInbox(imap_settings(mail_servers, mail_user, **via)),
                             smtp_settings(mail_servers, mail_user), me, "")
        stack.callback(mailbox.close)
        group = Group(XlsxBackend(path), mailbox, Sender(me, "Tovholder", "da", b"test-secret"))
        yield Setup(group, mail_servers, mail_user, members, path)


def outgoing(setup: Setup, kind: str, key: str, to: tuple[str, str]) -> Outgoing:
    context = {"chair_name": "x", "title": f"{kind} {key}", "body": "Svar gerne.", "quoted": ""}
    return make_outgoing(setup.group.sender, "notice", kind=kind, key=key,
                         to_email=setup.address(to), to_name=to[0], context=context, now=NOW)


def wanting(setup: Setup, emails: list[Outgoing]) -> None:
    """The tick wants exactly these emails (plus the chair's daily digest)."""
    setup.group.features = made_up([lambda ctx: list(emails), due_chair_digest])


def reply_from(setup: Setup, member: tuple[str, str], to_msg: EmailMessage, text: str) -> None:
    reply = EmailMessage()
    reply["From"] = setup.address(member)
    reply["To"] = str(to_msg["Reply-To"])
    reply["Subject"] = "SV: " + str(to_msg["Subject"])
    reply["In-Reply-To"] = str(to_msg["Message-ID"])
    reply["Message-ID"] = email.utils.make_msgid(domain="client.example.org")
    reply.set_content(f"{text}\n\nDen 28. nov. 2026 kl. 09.00 skrev Tovholder:\n> Svar gerne.\n")
    with SmtpSender(smtp_settings(setup.servers, member)) as smtp:
        assert smtp.send(reply) == {}


def states(log: list, kind: str) -> dict[str, str]:
    """message_id -> newest state, for one kind of Log row."""
    return {e.message_id: e.state for e in log if e.kind == kind}


def folder_count(setup: Setup, folder: str) -> int:
    with setup.servers.imap(setup.me[0]) as client:
        if not client.folder_exists(folder):
            return 0
        return int(client.select_folder(folder, readonly=True)[b"EXISTS"])


@pytest.mark.parametrize("setup", ["dovecot", EXCHANGE], indirect=True)
def test_full_loop_send_reply_processed_and_logged(setup: Setup,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    member = setup.members[1]
    wanting(setup, [outgoing(setup, "test", "1", member)])
    assert len(tick(setup.group, NOW, say=lambda _: None).sent.sent) == 1
    [received] = setup.inbox_of(member)
    assert received["Auto-Submitted"] == "auto-generated"
    assert "+" in str(received["Reply-To"])  # the member's token
    reply_from(setup, member, received, "Tak, det passer fint.")

    report = tick(setup.group, NOW + dt.timedelta(minutes=1), say=lambda _: None)
    assert report.inbox.outcomes == {"own_copy": 1, "processed": 1}
    log = setup.log()
    [row] = [e for e in log if e.kind == "mail"]
    assert (row.state, row.key, row.recipient) == ("processed", "test:1", setup.address(member))
    assert list(states(log, "test").values()) == ["sent"]
    # everything handled is flagged, and an idle tick changes nothing
    before = len(log)
    assert tick(setup.group, NOW + dt.timedelta(minutes=2), say=lambda _: None).inbox.seen == 0
    assert len(setup.log()) == before


def test_dropped_smtp_connection_mid_batch_of_50_sends_exactly_the_rest(
        setup: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    member = setup.members[1]
    wanting(setup, [outgoing(setup, "batch", str(n), member) for n in range(50)])
    setup.servers.smtp_faults.drop_after = 20
    with pytest.raises(MailError):
        tick(setup.group, NOW, say=lambda _: None)
    first = states(setup.log(), "batch")
    assert sorted(first.values()).count("sent") == 20
    assert list(first.values()).count("sending") == 1  # in flight when the line dropped
    assert list(first.values()).count("retry") == 29  # never handed over
    tick(setup.group, NOW + dt.timedelta(minutes=15), say=lambda _: None)
    ids = [str(m["Message-ID"]) for m in setup.inbox_of(member)]
    assert len(ids) == 50 and len(set(ids)) == 50  # 0 duplicates, 0 lost
    assert set(states(setup.log(), "batch").values()) == {"sent"}


class Killed(BaseException):
    """The process dies: not an Exception, so nothing in the service catches it."""


@pytest.mark.parametrize("setup", ["dovecot", EXCHANGE], indirect=True)
def test_killed_between_smtp_acceptance_and_sent_row_is_resolved_without_duplicate(
        setup: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    member = setup.members[2]
    wanting(setup, [outgoing(setup, "kill", str(n), member) for n in range(5)])
    real_send = setup.group.mailbox.send
    sent: list[str] = []

    def send_then_die(msg: EmailMessage) -> dict:
        refused = real_send(msg)
        sent.append(str(msg["Message-ID"]))
        if len(sent) == 3:
            raise Killed
        return refused

    monkeypatch.setattr(setup.group.mailbox, "send", send_then_die)
    with pytest.raises(Killed):
        tick(setup.group, NOW, say=lambda _: None)
    assert set(states(setup.log(), "kill").values()) == {"sending"}
    monkeypatch.setattr(setup.group.mailbox, "send", real_send)
    # within the grace period: the service's own copies prove three went; two wait
    tick(setup.group, NOW + dt.timedelta(minutes=1), say=lambda _: None)
    assert sorted(states(setup.log(), "kill").values()) == ["sending"] * 2 + ["sent"] * 3
    # after it: the two never accepted are sent again, with the same Message-ID
    tick(setup.group, NOW + dt.timedelta(minutes=15), say=lambda _: None)
    ids = [str(m["Message-ID"]) for m in setup.inbox_of(member)]
    assert len(ids) == 5 and len(set(ids)) == 5
    assert set(states(setup.log(), "kill").values()) == {"sent"}


@pytest.mark.parametrize("setup", [EXCHANGE], indirect=True)
def test_exchange_killed_between_the_logged_outcome_and_the_move_handles_the_reply_once(
        setup: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    member = setup.members[1]
    wanting(setup, [outgoing(setup, "move", "1", member)])
    tick(setup.group, NOW, say=lambda _: None)
    [received] = setup.inbox_of(member)
    reply_from(setup, member, received, "Tak, det passer fint.")

    def die(keys: list[str]) -> None:
        raise Killed

    monkeypatch.setattr(setup.group.mailbox, "mark_processed", die)
    with pytest.raises(Killed):
        tick(setup.group, NOW + dt.timedelta(minutes=1), say=lambda _: None)
    monkeypatch.undo()
    assert folder_count(setup, "INBOX") == 2  # the own copy and the reply: logged, not moved
    # the next day's full rescan finds them in the inbox: the Log knows them, they are moved
    report = tick(setup.group, NOW + dt.timedelta(days=1, minutes=2), say=lambda _: None)
    assert report.inbox.outcomes == {"duplicate": 1, "own_copy": 1}
    assert (folder_count(setup, "INBOX"), folder_count(setup, "Tovholder-behandlet")) == (0, 2)
    assert [e.state for e in setup.log() if e.kind == "mail"] == ["processed"]  # one outcome


def test_uidvalidity_change_rescans_without_reprocessing(setup: Setup,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    stranger = b"From: a@example.net\r\nTo: x@example.org\r\nSubject: hej\r\n" \
               b"Message-ID: <first@example.net>\r\n\r\nhej\r\n"
    setup.servers.deliver_raw(setup.me[0], stranger)
    assert tick(setup.group, NOW, say=lambda _: None).inbox.seen == 1
    setup.servers.doveadm("mailbox", "update", "--uid-validity", "4242", "-u", setup.me[0],
                          "INBOX")
    setup.servers.deliver_raw(setup.me[0], stranger.replace(b"<first@", b"<second@"))
    report = tick(setup.group, NOW + dt.timedelta(minutes=1), say=lambda _: None)
    # only the new mail: the first is flagged
    assert report.inbox.outcomes == {"quarantined": 1}
    polled = [e for e in setup.log() if e.kind == "inbox"]
    assert polled[-1].detail.startswith("uidvalidity=4242;")
    assert [e.message_id for e in setup.log() if e.kind == "mail"] == [
        "<first@example.net>", "<second@example.net>"]


EXPECTED_OUTCOMES = {
    "autoreply_english_out_of_office.eml": ("ignored", "auto_reply"),
    "autoreply_fravaerende_no_headers.eml": ("ignored", "auto_reply"),
    "autoreply_outlook_automatisk_svar.eml": ("ignored", "auto_reply"),
    "bounce_delayed_dsn.eml": ("ignored", "auto_reply"),  # 4.x.x: still trying, not dead
    "bounce_dsn_mailer_daemon.eml": ("processed", "bounce"),
    "bounce_exim_x_failed_recipients.eml": ("processed", "bounce"),
    "broken_mime_boundary.eml": ("quarantined", "unknown_sender"),
    "html_only.eml": ("quarantined", "unknown_sender"),
    "no_message_id.eml": ("quarantined", "unknown_sender"),
    "raw_8bit_headers.eml": ("quarantined", "unknown_sender"),
    "reply_plain_danish.eml": ("quarantined", "bad_token"),
    "unknown_charset.eml": ("quarantined", "unknown_sender"),
    "unknown_sender.eml": ("quarantined", "unknown_sender"),
    "wrong_charset_latin1_declared_utf8.eml": ("quarantined", "unknown_sender"),
}


def test_every_bad_input_in_the_real_mailbox_gets_its_defined_outcome(
        setup: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    files = sorted((DATA / "incoming").glob("*.eml"))
    assert {f.name for f in files} == set(EXPECTED_OUTCOMES)
    setup.group.ignore_before = dt.date(2000, 1, 1)  # the samples are not older than the start
    wanting(setup, [])
    for path in files:  # the samples answer gruppe@example.org; here the group is setup.me
        raw = path.read_bytes().replace(b"gruppe+", f"{setup.me[0]}+".encode())
        setup.servers.deliver_raw(setup.me[0], raw)
    report = tick(setup.group, NOW, say=lambda _: None)
    assert report.inbox.seen == len(files)
    rows = [e for e in setup.log() if e.kind == "mail"]
    for path in files:
        mail = decode_message(path.read_bytes())
        # a mail without Message-ID gets one derived from its stored bytes: find it by subject
        by_id = [e for e in rows if e.message_id == mail.message_id]
        [entry] = by_id or [e for e in rows if e.message_id.endswith("@tovholder.invalid>")
                            and e.detail.endswith(f"emne: {mail.subject[:120]}")]
        assert (entry.state, entry.detail.split(";")[0]) == EXPECTED_OUTCOMES[path.name], path
    bounced = {e.key for e in setup.log() if e.kind == "bounce"}
    assert bounced  # the failing addresses are marked in the Log
    assert setup.inbox_of(setup.members[0]) == []  # the chair hears of them the next morning
    tick(setup.group, NOW + dt.timedelta(days=1), say=lambda _: None)
    [digest] = setup.inbox_of(setup.members[0])
    text = digest.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert text.count("\n- ") == sum(1 for o, _ in EXPECTED_OUTCOMES.values() if o != "ignored")
    assert all(f"En mail til {address} kom retur" in text for address in bounced)
    with setup.servers.imap(setup.me[0]) as client:
        assert len(client.list_folders(pattern="Tovholder-karantaene")) == 1
        client.select_folder("Tovholder-karantaene", readonly=True)
        assert len(client.search(["ALL"])) == sum(
            1 for o, _ in EXPECTED_OUTCOMES.values() if o == "quarantined")


def test_refused_recipient_does_not_block_others_and_the_chair_is_told(
        setup: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    member = setup.members[1]
    refused = outgoing(setup, "test", "r", ("refuse-x", ""))
    wanting(setup, [refused, outgoing(setup, "test", "ok", member)])
    report = tick(setup.group, NOW, say=lambda _: None)
    assert [o.recipient for o, _ in report.sent.failed] == ["refuse-x@example.org"]
    assert len(report.sent.sent) == 1 and len(setup.inbox_of(member)) == 1
    [failed] = [e for e in setup.log() if e.state == "failed"]
    assert failed.detail.startswith("550")
    tick(setup.group, NOW + dt.timedelta(minutes=5), say=lambda _: None)
    assert setup.inbox_of(setup.members[0]) == []  # in the next morning's digest
    tick(setup.group, NOW + dt.timedelta(days=1), say=lambda _: None)
    [digest] = setup.inbox_of(setup.members[0])
    text = digest.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "afviste en mail til refuse-x@example.org (test r): 550" in text
    # told once, not on every tick nor in the next digest
    tick(setup.group, NOW + dt.timedelta(days=1, minutes=10), say=lambda _: None)
    tick(setup.group, NOW + dt.timedelta(days=2), say=lambda _: None)
    assert len(setup.inbox_of(setup.members[0])) == 1


def dated(raw: bytes, when: dt.datetime) -> bytes:
    """A sample mail as if it came ``when`` (the samples' own dates are older than the start)."""
    return re.sub(rb"(?m)^Date: [^\r\n]*", b"Date: " + email.utils.format_datetime(when).encode(),
                  raw, count=1)


def test_quarantined_mail_bounces_and_refusals_from_several_ticks_make_one_digest_next_morning(
        setup: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    wanting(setup, [])
    stranger = b"From: a@example.net\r\nTo: x@example.org\r\nSubject: hej\r\n" \
               b"Message-ID: <stranger@example.net>\r\n\r\nhej\r\n"
    setup.servers.deliver_raw(setup.me[0], stranger)
    tick(setup.group, NOW, say=lambda _: None)
    bounce = (DATA / "incoming" / "bounce_dsn_mailer_daemon.eml").read_bytes()
    setup.servers.deliver_raw(setup.me[0], dated(bounce, NOW + dt.timedelta(hours=1)))
    tick(setup.group, NOW + dt.timedelta(hours=1), say=lambda _: None)
    wanting(setup, [outgoing(setup, "test", "r", ("refuse-x", ""))])
    tick(setup.group, NOW + dt.timedelta(hours=2), say=lambda _: None)
    [failing] = {e.key for e in setup.log() if e.kind == "bounce"}
    assert setup.inbox_of(setup.members[0]) == []  # nothing at once
    tick(setup.group, NOW + dt.timedelta(hours=22), say=lambda _: None)  # 07:00, the send hour
    [digest] = setup.inbox_of(setup.members[0])
    text = digest.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert 'En mail fra en ukendt afsender, a@example.net ("hej")' in text
    assert f"En mail til {failing} kom retur" in text
    assert "afviste en mail til refuse-x@example.org (test r): 550" in text
    tick(setup.group, NOW + dt.timedelta(days=2), say=lambda _: None)
    assert len(setup.inbox_of(setup.members[0])) == 1  # nothing twice
