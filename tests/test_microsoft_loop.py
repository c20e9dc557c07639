"""The whole mail loop with Microsoft 365 as a municipality configures it (issue 16): the app
registration's certificate, IMAP with XOAUTH2 for reading, Graph sendMail for sending (no SMTP
at all), against the identity and Graph stand-ins (tests/ms_identity.py, tests/ms_graph.py) and
Dovecot with its OAuth2 passdb. The competence form goes out from a ``tovholder tick`` child
that is killed with SIGKILL while Graph holds the answer to its second email; the next ticks
(after the dead tick's lease and the grace a `sending` row gets) find the two Graph took in
Sent Items and send only the third; a member answers, the answer
lands in the Svar tab and the confirmation goes back in the thread through Graph."""

from __future__ import annotations

import datetime as dt
import email.utils
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import write_xlsx
from tests.mailservers import MailServers
from tests.ms_graph import GraphStandIn
from tests.ms_identity import App, IdentityStandIn
from tests.test_graph_send import Stage
from tests.test_msauth import CLIENT_ID, app_certificate
from tests.test_smtp_imap import smtp_settings
from tovholder.app.config import load
from tovholder.app.wiring import open_group
from tovholder.core.i18n import t
from tovholder.jobs.registry import FEATURES
from tovholder.jobs.runner.tick import Group, tick
from tovholder.mailer.smtp import SmtpSender
from tovholder.sheets import schema
from tovholder.sheets.parse import parse_snapshot
from tovholder.sheets.starter import EXAMPLES, header, row_for
from tovholder.sheets.xlsx import XlsxBackend

pytestmark = pytest.mark.servers
ROOT = Path(__file__).resolve().parents[1]
TZ = ZoneInfo("Europe/Copenhagen")
NOW = dt.datetime(2026, 3, 3, 9, 0, tzinfo=TZ)  # a Tuesday, after the send hour
NAMES = ["Karen Munk", "Bo Lykkegaard", "Sara Holmsted"]


@dataclass
class Municipality:
    stage: Stage
    config: Path
    workbook: Path
    members: list[str]  # mail users

    def group(self) -> Group:
        return open_group(load(self.config, features=FEATURES))

    def tick(self, now: dt.datetime) -> None:
        group = self.group()
        try:
            tick(group, now, say=lambda _: None)
        finally:
            group.mailbox.close()


@pytest.fixture
def municipality(tmp_path: Path, mail_servers: MailServers, mail_user: tuple[str, str]
                 ) -> Iterator[Municipality]:
    me = mail_user[0]
    members = [mail_servers.add_user()[0] for _ in NAMES]
    form = [header(schema.FORM, "da")] + [row_for(schema.FORM, r) for r in EXAMPLES["form"]["da"]]
    workbook = write_xlsx(tmp_path / "gruppe.xlsx", {
        "Medlemmer": [["Navn", "E-mail", "Status"],
                      *([n, f"{u}@example.org", "aktiv"] for n, u in zip(NAMES, members, strict=True))],
        "Funktioner": [["Funktion", "Varetages af"], ["Formand", f"{members[0]}@example.org"]],
        "Skema": [list(r) for r in form],
        "Svar": [header(schema.ANSWERS, "da")],
    })
    cert, key = app_certificate(tmp_path)
    (tmp_path / "secret.txt").write_text("hemmelig-til-proeve\n")
    with IdentityStandIn(tmp_path / "idp", mail_servers) as idp, \
            GraphStandIn(tmp_path / "graph", idp, mail_servers) as graph:
        idp.add_app(App(CLIENT_ID, certificate_pem=cert.read_bytes(), mailbox=me))
        config = tmp_path / "tovholder.toml"
        config.write_text(f"""
[workbook]
path = "gruppe.xlsx"

[form]
round = "2026"

[microsoft]
tenant = "{idp.tenant}"
client_id = "{CLIENT_ID}"
certificate_file = "{cert}"
private_key_file = "{key}"
authority = "{idp.authority}"
graph_url = "{graph.url}"
ca_file = "{mail_servers.ca_cert_path}"

[mail]
backend = "imap"
send = "graph"
address = "{me}@example.org"
secret_file = "secret.txt"

[mail.imap]
host = "{mail_servers.host}"
port = {mail_servers.imaps_port}
username = "{me}"
oauth = "microsoft"
ca_file = "{mail_servers.ca_cert_path}"
""", encoding="utf-8")
        yield Municipality(Stage(mail_servers, idp, graph, me, members[1], []), config,
                           workbook, members)


def killed_while_graph_holds(m: Municipality, now: dt.datetime, after: int) -> None:
    """``tovholder tick --now`` as a child process, killed with SIGKILL while Graph holds its
    answer to the ``after``-th email (taken: delivered and in Sent Items)."""
    faults = m.stage.graph.faults
    faults.hold_after = after
    child = subprocess.Popen(
        [sys.executable, "-m", "tovholder", "--config", str(m.config), "tick", "--now",
         now.replace(tzinfo=None).isoformat()],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        assert faults.holding.wait(90), child.communicate(timeout=5)[0]
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(10) == -signal.SIGKILL
    finally:
        child.kill()
        faults.release.set()


def form_mails(m: Municipality, user: str) -> list[email.message.EmailMessage]:
    return [msg for msg in m.stage.inbox(user) if "kompetence" in str(msg["Subject"]).lower()
            or "skema" in str(msg["Subject"]).lower()]


def log_states(m: Municipality, kind: str) -> list[str]:
    latest = {e.message_id: e.state for e in parse_snapshot(XlsxBackend(m.workbook).read()).log
              if e.kind == kind}
    return sorted(latest.values())


def test_form_out_killed_at_the_send_reply_in_answer_recorded_confirmation_out(
        municipality: Municipality) -> None:
    m = municipality
    killed_while_graph_holds(m, NOW, after=2)
    assert log_states(m, "form") == ["sending"] * 3
    assert m.stage.graph.sends() == 2
    m.tick(NOW + dt.timedelta(minutes=1))  # the dead tick's lease, and a `sending` row waits
    assert log_states(m, "form") == ["sending"] * 3 and m.stage.graph.sends() == 2
    m.tick(NOW + dt.timedelta(minutes=15))  # Sent Items proves two; the third goes, once
    assert log_states(m, "form") == ["sent"] * 3
    confirmed = [e for e in parse_snapshot(XlsxBackend(m.workbook).read()).log
                 if e.kind == "form" and e.detail == t("da", "log.confirmed_after_restart")]
    assert len(confirmed) == 2
    counts = [len(form_mails(m, u)) for u in m.members]
    assert counts == [1, 1, 1], counts
    assert m.stage.graph.sends() == 3

    [form] = form_mails(m, m.members[1])
    quoted = "\n".join("> " + line for line in
                       form.get_body(("plain",)).get_content().splitlines())  # type: ignore[union-attr]
    reply = email.message.EmailMessage()
    reply["From"] = f"Bo Lykkegaard <{m.members[1]}@example.org>"
    reply["To"] = str(form["Reply-To"])
    reply["Subject"] = "SV: " + str(form["Subject"])
    reply["Message-ID"] = email.utils.make_msgid(domain="outlook.example.org")
    reply["In-Reply-To"] = reply["References"] = str(form["Message-ID"])
    reply["Date"] = email.utils.format_datetime(NOW + dt.timedelta(hours=1))
    reply.set_content("PFAS og spildevand\n\nMvh Bo\n\n" + quoted)
    with SmtpSender(smtp_settings(m.stage.servers, (m.members[1],
                                                    m.stage.servers.users[m.members[1]]))) as s:
        assert s.send(reply) == {}

    m.tick(NOW + dt.timedelta(hours=1))
    [answer] = parse_snapshot(XlsxBackend(m.workbook).read()).answers
    assert (answer.member, answer.round) == (f"{m.members[1]}@example.org", "2026")
    assert "PFAS" in answer.answers["interesser"]
    [confirmation] = [x for x in m.stage.inbox(m.members[1])
                      if str(x["In-Reply-To"]) == str(reply["Message-ID"])]
    assert "PFAS" in confirmation.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    # the service never used SMTP: everything went through Graph
    assert not [f for f, _ in m.stage.servers.smtp_faults.accepted if f.startswith(m.stage.me)]
    assert m.stage.graph.sends() == 4


def test_doctor_signs_in_to_graph_and_searches_sent_items(municipality: Municipality) -> None:
    from tovholder.app.doctor import check_mail

    found = check_mail(load(municipality.config, features=FEATURES))
    assert [f.status for f in found if f.check == "graph"] == ["ok"]
    assert "fail" not in {f.status for f in found}  # IMAP signed in with the app's token
    assert "smtp" not in {f.check for f in found}


def test_doctor_with_graph_sending_does_not_warn_of_a_missing_imap_sent_folder(
        municipality: Municipality) -> None:
    from tovholder.app.doctor import check_mail

    found = check_mail(load(municipality.config, features=FEATURES))
    assert not [f for f in found if f.code.startswith("doctor.sent")]  # Graph checked Sent Items


def test_doctor_says_what_is_missing_when_the_app_may_not_read_sent_items(
        municipality: Municipality) -> None:
    from tovholder.app.doctor import check_mail

    municipality.stage.idp.apps[CLIENT_ID].roles["https://graph.microsoft.com"] = ["Mail.Send"]
    [graph] = [f for f in check_mail(load(municipality.config, features=FEATURES))
               if f.check == "graph"]
    assert graph.status == "fail" and "403" in graph.line("en")
    assert "Mail.ReadBasic" in graph.line("en")


@pytest.mark.parametrize(("rewritten", "said"), [(False, "doctor.graph_id_kept"),
                                                  (True, "doctor.graph_id_lost")])
def test_doctor_send_test_checks_that_sent_items_keeps_the_message_id(
        municipality: Municipality, rewritten: bool, said: str,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import time

    from tovholder.app.cli import main

    monkeypatch.setattr(time, "sleep", lambda _: None)
    municipality.stage.graph.rewrite_message_ids = rewritten
    main(["--config", str(municipality.config), "doctor", "--send-test"])
    out = capsys.readouterr().out
    assert t("da", said, mailbox=f"{municipality.stage.me}@example.org") in out, out
    assert len(municipality.stage.inbox(municipality.members[0])) == 1  # the chair's test email
