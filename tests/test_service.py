"""`tovholder run`: IDLE wakes a tick when mail arrives; SIGTERM ends it cleanly."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.mailservers import MailServers
from tests.test_mail_loop import Setup, setup  # noqa: F401 - the fixture
from tovholder.jobs.runner import tick as tick_module
from tovholder.jobs.runner.service import Service

TZ = ZoneInfo("Europe/Copenhagen")


@pytest.mark.servers
def test_new_mail_wakes_a_tick_within_seconds_with_idle(
        setup: Setup, mail_servers: MailServers, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    lines: list[str] = []
    service = Service(setup.group, tick_minutes=60, poll_seconds=300, lang="da", tz=TZ,
                      say=lines.append)
    worker = threading.Thread(target=service.run, daemon=True)
    worker.start()
    deadline = time.monotonic() + 10
    while service.ticks < 1 and time.monotonic() < deadline:  # the catch-up tick at start
        time.sleep(0.05)
    time.sleep(0.3)  # let it enter IDLE
    sent_at = time.monotonic()
    mail_servers.deliver_raw(setup.me[0], b"From: a@example.net\r\nTo: x@example.org\r\n"
                             b"Subject: hej\r\nMessage-ID: <wake@example.net>\r\n\r\nhej\r\n")
    while service.ticks < 2 and time.monotonic() < sent_at + 10:
        time.sleep(0.02)
    latency = time.monotonic() - sent_at
    service.stop.set()
    worker.join(timeout=15)
    assert not worker.is_alive()
    assert service.ticks >= 2, lines
    assert latency < 5, f"the tick came {latency:.1f} s after the mail"  # poll would take 300 s
    assert any("quarantined" in line for line in lines)


def test_sigterm_finishes_the_current_step_and_exits_cleanly(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    subprocess.run([sys.executable, "-m", "tovholder", "demo", "--dir", str(tmp_path)],
                   check=True, capture_output=True, env=env)
    proc = subprocess.Popen([sys.executable, "-m", "tovholder", "--config",
                             str(tmp_path / "tovholder.toml"), "run"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    assert proc.stdout is not None
    first = proc.stdout.readline()  # the catch-up tick's summary: the service is running
    assert "aktive medlemmer" in first
    proc.send_signal(signal.SIGTERM)
    out, _ = proc.communicate(timeout=30)
    assert proc.returncode == 0, out
    assert "stopper efter det igangværende trin" in out


def test_a_tick_that_fails_is_reported_and_the_service_goes_on(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from tovholder.core.errors import SheetsUnavailable

    class Broken:
        label = "broken"

        def read(self) -> dict:
            raise SheetsUnavailable(detail="503", spreadsheet_id="x", tries=5)

    class NoMail:
        def close(self) -> None:
            pass

    lines: list[str] = []
    group = tick_module.Group(Broken(), NoMail(), None)  # type: ignore[arg-type]
    service = Service(group, tick_minutes=60, poll_seconds=0.01, lang="da", tz=TZ,
                      say=lines.append, clock=lambda: dt.datetime(2026, 1, 1, tzinfo=TZ))
    service.run(max_ticks=1)
    assert service.ticks == 1 and "Google Sheets svarer ikke" in caplog.text


def test_without_idle_new_mail_is_polled_every_poll_seconds(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A mailbox without IDLE (here the local one) must still be read every poll_seconds, not
    only at the scheduled tick (which is an hour away here)."""
    from tests.conftest import write_xlsx
    from tovholder.jobs.base.messages import Sender
    from tovholder.mailer.mailbox import LocalMail
    from tovholder.sheets.xlsx import XlsxBackend

    path = write_xlsx(tmp_path / "g.xlsx", {"Medlemmer": [["Navn", "E-mail", "Status"]]})
    mailbox = LocalMail(tmp_path / "post")
    group = tick_module.Group(XlsxBackend(path), mailbox,
                              Sender("gruppe@example.org", "T", "da", b"k"))
    lines: list[str] = []
    service = Service(group, tick_minutes=60, poll_seconds=0.2, lang="da", tz=TZ,
                      say=lines.append)
    worker = threading.Thread(target=service.run, daemon=True)
    worker.start()
    time.sleep(0.3)
    mailbox.box.deliver(b"From: a@example.net\r\nTo: gruppe@example.org\r\nSubject: hej\r\n"
                        b"Message-ID: <poll@example.net>\r\n\r\nhej\r\n")
    deadline = time.monotonic() + 5
    while not any("quarantined" in line for line in lines) and time.monotonic() < deadline:
        time.sleep(0.05)
    service.stop.set()
    worker.join(timeout=5)
    assert any("quarantined" in line for line in lines), lines


def test_idle_off_polls_instead_of_waiting_with_idle() -> None:
    """[mail.imap] idle = false: the service never uses IMAP IDLE and looks every poll_seconds."""
    class Inbox:
        has_idle = True
        waits = 0

        def idle_wait(self, seconds: float) -> bool:
            self.waits += 1
            return False

    class Mailbox:
        inbox = Inbox()

        def close(self) -> None:
            pass

    class Backend:
        label = "unused"

    start = dt.datetime(2026, 1, 1, tzinfo=TZ)
    for idle, waits, due in ((True, 1, False), (False, 0, True)):
        mailbox = Mailbox()
        mailbox.inbox = Inbox()
        group = tick_module.Group(Backend(), mailbox, None)  # type: ignore[arg-type]
        service = Service(group, tick_minutes=60, poll_seconds=0.0, lang="da", tz=TZ,
                          clock=lambda: start, idle=idle)
        assert service.wait_for_mail(0.01) is due
        assert mailbox.inbox.waits == waits
