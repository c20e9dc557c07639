"""The tick on the embedded default (a local mailbox and an .xlsx): routing by reply token."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import write_xlsx
from tests.features import made_up
from tovholder.jobs.base.messages import Sender, make_outgoing
from tovholder.jobs.notices.feature import FEATURE as NOTICES
from tovholder.jobs.runner.tick import Group, tick
from tovholder.mailer.mailbox import LocalMail
from tovholder.mailer.outbox import Outgoing
from tovholder.sheets.parse import parse_snapshot
from tovholder.sheets.xlsx import XlsxBackend

NOW = dt.datetime(2026, 11, 28, 9, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))


def group(tmp_path: Path, reply_form: str = "") -> Group:
    path = write_xlsx(tmp_path / "g.xlsx", {
        "Medlemmer": [["Navn", "E-mail", "Status"], ["Ann", "ann@example.org", "aktiv"],
                      ["Bo", "bo@example.org", "aktiv"]],
        "Funktioner": [["Funktion", "Varetages af"], ["Formand", "Bo"]]})
    return Group(XlsxBackend(path), LocalMail(tmp_path / "post"),
                 Sender("gruppe@example.org", "T", "da", b"k", reply_form=reply_form))


def ask(g: Group) -> EmailMessage:
    context = {"chair_name": "", "title": "Spørgsmål", "body": "", "quoted": ""}
    return make_outgoing(g.sender, "notice", kind="ask", key="1", to_email="ann@example.org",
                         to_name="Ann", context=context, now=NOW).message


def reply(to: str, sender: str = "ann@example.org") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, "SV: Spørgsmål"
    msg["Message-ID"] = f"<r-{sender}@client.example.org>"
    msg.set_content("Ja.\n")
    return msg.as_bytes(policy=email.policy.SMTP)


@pytest.mark.parametrize("form", ["", "svar-{token}@example.org"])
def test_a_reply_to_the_token_address_is_routed_to_member_and_conversation(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, form: str) -> None:
    g = group(tmp_path, form)
    message = ask(g)
    g.features = made_up([lambda ctx: [Outgoing("ask", "1", "ann@example.org", message)]])
    tick(g, NOW, say=lambda _: None)
    reply_to = str(message["Reply-To"])
    assert reply_to.startswith("svar-" if form else "gruppe+")
    g.mailbox.box.deliver(reply(reply_to.upper()))  # some clients change the case
    g.mailbox.box.deliver(reply(reply_to, sender="bo@example.org"))  # another member
    report = tick(g, NOW + dt.timedelta(minutes=1), say=lambda _: None)
    rows = {e.recipient: e for e in parse_snapshot(g.backend.read()).log if e.kind == "mail"}
    assert (rows["ann@example.org"].state, rows["ann@example.org"].key) == ("processed", "ask:1")
    assert rows["bo@example.org"].state == "quarantined"  # answering someone else's mail
    assert report.inbox.outcomes == {"processed": 1, "quarantined": 1}


def test_a_forged_token_is_quarantined_and_the_chair_is_told_the_next_morning(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    g = group(tmp_path)
    g.features = (NOTICES,)
    g.mailbox.box.deliver(reply("gruppe+aaaaa-bbbbb-cccccccccccccccc@example.org"))
    report = tick(g, NOW, say=lambda _: None)
    assert report.inbox.outcomes == {"quarantined": 1}
    assert report.sent.sent == []
    assert tick(g, NOW + dt.timedelta(days=1), say=lambda _: None).sent.sent == []  # Sunday
    [digest] = tick(g, NOW + dt.timedelta(days=2), say=lambda _: None).sent.sent  # Monday
    assert digest.recipient == "bo@example.org"  # the chair, from the Funktioner tab
    text = email.message_from_bytes(digest.message.as_bytes(), policy=email.policy.default)
    assert "ugyldig svaradresse" in text.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def test_a_dry_run_writes_nothing_even_where_the_log_tab_is_missing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    g = group(tmp_path)
    message = ask(g)
    g.features = made_up([lambda ctx: [Outgoing("ask", "1", "ann@example.org", message)]])
    before = g.backend.path.read_bytes()
    report = tick(g, NOW, dry_run=True)
    assert g.backend.path.read_bytes() == before  # no Log tab created, no row written
    assert not report.sent.sent and "ville sende ask 1" in capsys.readouterr().out
    tick(g, NOW, say=lambda _: None)  # the real tick creates the Log with its first row
    assert [e.state for e in parse_snapshot(g.backend.read()).log if e.kind == "ask"] == [
        "sending", "sent"]
