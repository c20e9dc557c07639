"""`tovholder doctor`: one line per check with what to do, exit 2 on a failure; against the real
Dovecot and SMTP servers (tests/mailservers.py) for logins, capabilities and TLS."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import write_xlsx
from tests.mailservers import MailServers
from tovholder.app.cli import main
from tovholder.app.doctor import FAIL, OK, WARN, clock_findings, imap_findings
from tovholder.mailer.imap import Probe
from tovholder.sheets.model import LogEntry, Workbook
from tovholder.sheets.parse import parse_snapshot
from tovholder.sheets.xlsx import XlsxBackend

TZ = ZoneInfo("Europe/Copenhagen")


def group(tmp_path: Path, chair: str = "ida.engholm@example.org", mail: str = "",
          tabs: dict | None = None) -> Path:
    write_xlsx(tmp_path / "g.xlsx", tabs or {
        "Medlemmer": [["Navn", "E-mail", "Status"], ["Ida Engholm", chair, "aktiv"]],
        "Funktioner": [["Funktion", "Varetages af"], ["Formand", chair]]})
    (tmp_path / "secret.txt").write_text("hemmelig\n")
    config = tmp_path / "t.toml"
    config.write_text('[workbook]\npath = "g.xlsx"\n[mail]\nlocal_dir = "post"\n'
                      f'secret_file = "secret.txt"\n{mail}')
    return config


def servers(s: MailServers, user: tuple[str, str], *, imap_port: int | None = None,
            ca: bool = True, password: str | None = None) -> str:
    (Path(s.root) / f"{user[0]}.pw").write_text(password or user[1])
    ca_line = f'ca_file = "{s.ca_cert_path}"\n' if ca else ""
    return (f'backend = "imap"\naddress = "{user[0]}@example.org"\n'
            f'[mail.imap]\nhost = "{s.host}"\nport = {imap_port or s.imaps_port}\n'
            f'username = "{user[0]}"\npassword_file = "{s.root}/{user[0]}.pw"\n{ca_line}'
            f'[mail.smtp]\nhost = "{s.host}"\nport = {s.smtp_port}\nsecurity = "starttls"\n'
            f'username = "{user[0]}"\npassword_file = "{s.root}/{user[0]}.pw"\n{ca_line}')


def doctor(config: Path, capsys: pytest.CaptureFixture[str], *more: str) -> tuple[int, str]:
    code = main(["--config", str(config), "doctor", *more])
    return code, capsys.readouterr().out


def test_a_local_group_in_order_passes_every_check(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    config = group(tmp_path)
    assert main(["--config", str(config), "init"]) == 0  # every tab with its headers
    capsys.readouterr()
    code, out = doctor(config, capsys)
    assert code == 0
    assert all(line.startswith("✓") for line in out.splitlines()[:-1]), out
    assert "Ida Engholm <ida.engholm@example.org>" in out and "Europe/Copenhagen" in out
    assert out.splitlines()[-1] == "Alt er klar."


def test_a_config_that_cannot_be_read_is_a_failed_check(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "t.toml"
    config.write_text("[mail\n")
    code, out = doctor(config, capsys)
    assert code == 2 and out.startswith("✗ Konfiguration: ")


def test_a_missing_secret_fails_and_says_where_to_put_it(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    config = group(tmp_path)
    (tmp_path / "secret.txt").unlink()
    code, out = doctor(config, capsys)
    assert code == 2
    assert "✗ Konfiguration: hemmeligheden til mail.secret mangler: sæt miljøvariablen" in out


def test_a_workbook_without_the_members_tab_fails_naming_the_tab(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = group(tmp_path, tabs={"Møder": [["Dato"], ["2026-12-01"]]})
    code, out = doctor(config, capsys)
    assert code == 2
    [line] = [x for x in out.splitlines() if x.startswith("✗ Regneark")]
    assert "Medlemmer" in line and "tovholder init" in line


def test_the_sandbox_is_a_warning_so_it_is_not_forgotten(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    code, out = doctor(group(tmp_path, mail='sandbox = "chair"\n'), capsys)
    assert code == 0 and "! Konfiguration: prøvetilstand: alle e-mails går til chair" in out


def test_log_rows_from_the_future_mean_the_clock_is_behind() -> None:
    now = dt.datetime(2026, 12, 6, 9, 0, tzinfo=TZ)
    wb = Workbook()
    wb.log.append(LogEntry(2, "2026-12-06 10:00:00", "agenda", "x", "", "", "sent", ""))
    [_, behind] = clock_findings(now, "Europe/Copenhagen", wb)
    assert behind.status == FAIL and behind.params["newest"] == "2026-12-06 10:00"
    assert len(clock_findings(now + dt.timedelta(hours=2), "Europe/Copenhagen", wb)) == 1


def probe(flags: set[str], sent: tuple[str, ...] = (), caps: frozenset[str] = frozenset({"IDLE"})
          ) -> Probe:
    return Probe(caps, frozenset(flags), ("INBOX", *sent), sent)


def judged(p: Probe) -> dict[str, str]:
    found = imap_findings(p, folder="INBOX", keyword="$Tovholder", sent_folder="Sent", idle=True)
    return {f.code: f.status for f in found}


def test_a_server_that_drops_custom_keywords_is_fine_since_handled_mail_is_moved() -> None:
    found = imap_findings(probe({"\\Seen", "\\Deleted"}), folder="INBOX", keyword="$Tovholder",
                          sent_folder="Sent", idle=True, moved_to="Tovholder-behandlet")
    [moved] = [f for f in found if f.code == "doctor.keyword_moved"]
    assert moved.status == OK and moved.params["folder"] == "Tovholder-behandlet"
    assert "doctor.keyword_ok" in judged(probe({"\\Seen", "\\*"}))


def test_without_a_configured_sent_folder_the_one_marked_sent_is_used() -> None:
    found = imap_findings(probe({"\\*"}, ("Sendt post",)), folder="INBOX",
                          keyword="$Tovholder", sent_folder="", idle=True)
    [sent] = [f for f in found if f.code.startswith("doctor.sent")]
    assert (sent.code, sent.status, sent.params["folder"]) == ("doctor.sent_ok", OK, "Sendt post")


def test_sending_through_graph_asks_nothing_of_the_imap_sent_folder() -> None:
    # Graph's check covers Sent Items; an IMAP account without a "Sent" is no warning then
    found = imap_findings(probe({"\\*"}), folder="INBOX", keyword="$Tovholder",
                          sent_folder="", idle=True, sent_by_graph=True)
    assert not [f for f in found if f.code.startswith("doctor.sent")]


def test_a_special_use_sent_folder_of_another_name_is_named_in_the_warning() -> None:
    found = imap_findings(probe({"\\*"}, ("Sendte elementer",)), folder="INBOX",
                          keyword="$Tovholder", sent_folder="Sent", idle=True)
    [sent] = [f for f in found if f.code == "doctor.sent_other"]
    assert sent.status == WARN and sent.params["special"] == "Sendte elementer"


def test_a_server_without_idle_is_a_warning() -> None:
    assert judged(probe({"\\*"}, caps=frozenset()))["doctor.no_idle"] == WARN


@pytest.mark.servers
def test_the_real_servers_pass_login_idle_keywords_and_smtp(
        tmp_path: Path, mail_servers: MailServers, mail_user: tuple[str, str],
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out = doctor(group(tmp_path, mail=servers(mail_servers, mail_user)), capsys)
    assert code == 0, out
    assert "✓ IMAP: logget ind; INBOX kan læses." in out
    assert "✓ IMAP: serveren har IDLE" in out
    assert "✓ IMAP: nøgleordet $Tovholder bliver på beskederne." in out
    assert f"✓ SMTP: logget ind på {mail_servers.host}." in out


@pytest.mark.servers
def test_a_wrong_imap_password_fails_with_what_to_fix_and_no_password(
        tmp_path: Path, mail_servers: MailServers, mail_user: tuple[str, str],
        capsys: pytest.CaptureFixture[str]) -> None:
    mail = servers(mail_servers, mail_user, password="forkert-kodeord")
    code, out = doctor(group(tmp_path, mail=mail), capsys)
    assert code == 2
    [imap] = [x for x in out.splitlines() if x.startswith("✗ IMAP")]
    assert "[mail.imap]" in imap
    assert any(x.startswith("✗ SMTP") for x in out.splitlines())
    assert "forkert-kodeord" not in out


@pytest.mark.servers
def test_a_server_certificate_the_machine_does_not_trust_fails(
        tmp_path: Path, mail_servers: MailServers, mail_user: tuple[str, str],
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out = doctor(group(tmp_path, mail=servers(mail_servers, mail_user, ca=False)), capsys)
    assert code == 2
    [imap] = [x for x in out.splitlines() if x.startswith("✗ IMAP")]
    assert "CERTIFICATE_VERIFY_FAILED" in imap


@pytest.mark.servers
def test_send_test_sends_one_email_to_the_chair_through_the_log(
        tmp_path: Path, mail_servers: MailServers, mail_user: tuple[str, str],
        capsys: pytest.CaptureFixture[str]) -> None:
    chair = mail_servers.add_user()
    config = group(tmp_path, chair=f"{chair[0]}@example.org",
                   mail=servers(mail_servers, mail_user))
    code, out = doctor(config, capsys, "--send-test")
    assert code == 0, out
    assert f"Prøvemailen er sendt til {chair[0]}@example.org." in out
    with mail_servers.imap(chair[0]) as client:
        client.select_folder("INBOX", readonly=True)
        assert len(client.search(["SUBJECT", "tovholder doctor"])) == 1
    log = parse_snapshot(XlsxBackend(tmp_path / "g.xlsx").read()).log
    assert [e.state for e in log if e.kind == "doctor_test"] == ["sending", "sent"]
    # the own copy comes back to the service's mailbox and is known as its own: nothing put
    # aside for the chair, nothing sent again
    assert main(["--config", str(config), "tick"]) == 0
    assert "1 ny mail, 0 sendt" in capsys.readouterr().out
    log = parse_snapshot(XlsxBackend(tmp_path / "g.xlsx").read()).log
    assert [e for e in log if e.kind == "mail"] == []
    assert [e.state for e in log if e.kind == "doctor_test"] == ["sending", "sent"]
