"""Sending through Microsoft Graph sendMail (mailer/graph.py) against the Graph and identity
stand-ins (tests/ms_graph.py, tests/ms_identity.py) in front of the real test mail servers:
the MIME message as built, the proof in Sent Items, 429/503 with Retry-After and a cap, an
answer lost after Graph took the message, and a refused permission."""

from __future__ import annotations

import email
import email.policy
import email.utils
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.mailservers import MailServers
from tests.ms_graph import GraphStandIn
from tests.ms_identity import App, IdentityStandIn
from tests.test_msauth import CLIENT_ID, SECRET
from tovholder.core.errors import MailError
from tovholder.core.msauth import GRAPH_SCOPE, AppCredential, TokenSource
from tovholder.mailer.graph import GraphSender

pytestmark = pytest.mark.servers


@dataclass
class Stage:
    servers: MailServers
    idp: IdentityStandIn
    graph: GraphStandIn
    me: str  # the group's mailbox user
    member: str
    waits: list[float]

    def sender(self, **kw: object) -> GraphSender:
        tokens = TokenSource(AppCredential(self.idp.tenant, CLIENT_ID, secret=SECRET,
                                           authority=self.idp.authority,
                                           ca_file=str(self.idp.ca_file)))
        return GraphSender(self.graph.url, f"{self.me}@example.org", tokens.provider(GRAPH_SCOPE),
                           ca_file=str(self.graph.ca_file), sleep=self.waits.append,
                           **kw)  # type: ignore[arg-type]

    def inbox(self, user: str) -> list[EmailMessage]:
        with self.servers.imap(user) as client:
            client.select_folder("INBOX", readonly=True)
            data = client.fetch(client.search(["ALL"]), ["BODY.PEEK[]"])
        return [email.message_from_bytes(d[b"BODY[]"], policy=email.policy.default)
                for d in data.values()]  # type: ignore[misc]


@pytest.fixture
def stage(tmp_path: Path, mail_servers: MailServers, mail_user: tuple[str, str]
          ) -> Iterator[Stage]:
    member, _ = mail_servers.add_user()
    with IdentityStandIn(tmp_path / "idp", mail_servers) as idp, \
            GraphStandIn(tmp_path / "graph", idp, mail_servers) as graph:
        idp.add_app(App(CLIENT_ID, secret=SECRET, mailbox=mail_user[0]))
        yield Stage(mail_servers, idp, graph, mail_user[0], member, [])


def note(stage: Stage, subject: str = "Skema 2026") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"Tovholder <{stage.me}@example.org>"
    msg["To"] = f"Medlem <{stage.member}@example.org>"
    msg["Subject"] = subject
    msg["Message-ID"] = email.utils.make_msgid(domain="tovholder.example.org")
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content("Hej, æøå.\n")
    return msg


def test_the_message_goes_as_built_and_its_copy_in_sent_items_proves_it(stage: Stage) -> None:
    msg = note(stage)
    sender = stage.sender()
    assert not sender.was_sent(str(msg["Message-ID"]))
    assert sender.send(msg) == {}
    [got] = stage.inbox(stage.member)
    assert got["Message-ID"] == msg["Message-ID"] and got["Auto-Submitted"] == "auto-generated"
    assert got.get_body(("plain",)).get_content().splitlines() == ["Hej, æøå."]  # type: ignore[union-attr]
    assert sender.was_sent(str(msg["Message-ID"]))
    assert stage.graph.sends() == 1


def test_a_429_waits_its_retry_after_and_sends_once(stage: Stage) -> None:
    stage.graph.faults.statuses = [429, 429]
    stage.graph.faults.retry_after = "7"
    assert stage.sender().send(note(stage)) == {}
    assert stage.waits == [7.0, 7.0] and len(stage.inbox(stage.member)) == 1


def test_throttling_past_the_cap_gives_up_without_sending(stage: Stage) -> None:
    stage.graph.faults.statuses = [429] * 10
    stage.graph.faults.retry_after = "50"
    with pytest.raises(MailError) as err:
        stage.sender(max_wait=120).send(note(stage))
    assert "429" in str(err.value.params["detail"])
    assert stage.waits == [50.0, 50.0] and stage.inbox(stage.member) == []


def test_after_a_503_sent_items_is_asked_before_sending_again(stage: Stage) -> None:
    stage.graph.faults.statuses = [503]
    msg = note(stage)
    assert stage.sender().send(msg) == {}
    assert ("GET", f"/v1.0/users/{stage.me}@example.org/mailFolders/sentitems/messages") \
        in stage.graph.requests
    assert len(stage.inbox(stage.member)) == 1


def test_an_answer_lost_after_graph_took_the_message_raises_and_sent_items_has_it(
        stage: Stage) -> None:
    stage.graph.faults.lose_answer_after = 0
    msg = note(stage)
    sender = stage.sender(timeout=5)
    with pytest.raises(MailError):
        sender.send(msg)
    assert sender.was_sent(str(msg["Message-ID"]))  # the next tick will not send it again
    assert len(stage.inbox(stage.member)) == 1


def test_a_mailbox_the_app_is_not_granted_is_refused_for_every_email(stage: Stage) -> None:
    stage.idp.apps[CLIENT_ID].mailbox = "someone-else"
    with pytest.raises(MailError) as err:
        stage.sender().send(note(stage))
    assert "403" in str(err.value.params["detail"])


def test_a_message_graph_refuses_costs_that_email_only(stage: Stage) -> None:
    msg = note(stage)
    del msg["To"]
    msg["To"] = "undisclosed-recipients:;"
    refused = stage.sender().send(msg)
    assert [code for code, _ in refused.values()] == [400]
