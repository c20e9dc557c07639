"""`tovholder run` never dies silently (issue 12): a failed tick is logged with its traceback and
the next one runs, the chair is told by mail after a few failures in a row (once a day, also
across restarts), and when every group keeps failing the process exits non-zero so that
systemd's Restart=on-failure can do its job."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import logging
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import write_xlsx
from tests.features import made_up
from tovholder.core.errors import SheetsUnavailable
from tovholder.jobs.base.messages import Sender
from tovholder.jobs.runner.service import Service
from tovholder.jobs.runner.tick import Group
from tovholder.mailer.imap import PollState
from tovholder.mailer.mailbox import LocalMail
from tovholder.sheets.parse import parse_snapshot
from tovholder.sheets.xlsx import XlsxBackend

TZ = ZoneInfo("Europe/Copenhagen")
GROUP = {"Medlemmer": [["Navn", "E-mail", "Status"], ["Bo Berg", "bo@example.org", "aktiv"]],
         "Funktioner": [["Funktion", "Varetages af"], ["Formand", "Bo Berg"]]}


class BuggyMail(LocalMail):
    """A bug outside every single record, so the whole tick fails (a due function's bug costs
    only its own emails since jobs/base/isolate.py): reading the inbox raises while ``broken``."""

    broken = True

    def poll(self, state: PollState | None) -> tuple[PollState | None, Iterator[tuple[str, bytes]]]:
        if self.broken:
            raise KeyError("mødedato")
        return super().poll(state)


def failing_group(tmp_path: Path) -> Group:
    tmp_path.mkdir(exist_ok=True)
    group = Group(XlsxBackend(write_xlsx(tmp_path / "g.xlsx", GROUP)), BuggyMail(tmp_path / "post"),
                  Sender("gruppe@example.org", "Tovholder", "da", b"k"),
                  fallback_chair="reserve@example.org")
    group.features = made_up([])
    return group


def mend(group: Group, broken: bool = False) -> None:
    group.mailbox.broken = broken  # type: ignore[attr-defined]


def service(group: Group, **options: int) -> Service:
    return Service(group, tick_minutes=60, poll_seconds=0.01, lang="da", tz=TZ,
                   say=lambda _: None, **options)  # type: ignore[arg-type]


def notices(tmp_path: Path) -> list[email.message.EmailMessage]:
    outbox = tmp_path / "post" / "outbox"
    return [email.message_from_bytes(p.read_bytes(), policy=email.policy.default)  # type: ignore[misc]
            for p in sorted(outbox.glob("*.eml"))] if outbox.exists() else []


def test_an_unexpected_error_in_a_tick_is_logged_with_its_traceback_and_the_next_tick_runs(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    s = service(failing_group(tmp_path), failures_before_notice=100)
    s.run(max_ticks=3)
    failed = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert s.ticks == 3 and len(failed) == 3
    assert failed[0].exc_info is not None and failed[0].exc_info[0] is KeyError
    assert "3 i træk" in failed[-1].getMessage()
    assert "KeyError: 'mødedato'" in caplog.text and "Traceback" in caplog.text


def test_after_three_failures_in_a_row_the_chair_named_in_the_workbook_is_mailed_once(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    group = failing_group(tmp_path)
    s = service(group)
    s.run(max_ticks=2)
    assert notices(tmp_path) == []
    s.run(max_ticks=6)
    sent = notices(tmp_path)
    assert [m["To"] for m in sent] == ["Bo Berg <bo@example.org>"]
    assert "3 gange i træk" in str(sent[0]["Subject"])
    assert "KeyError: 'mødedato'" in sent[0].get_body(("plain",)).get_content()
    log = parse_snapshot(group.backend.read()).log
    assert [(e.kind, e.state) for e in log if e.key.startswith("service_failing:")] == \
        [("notice", "sending"), ("notice", "sent")]
    # a restarted process, failing again the same day: the Log says the chair knows already
    service(group).run(max_ticks=4)
    assert len(notices(tmp_path)) == 1


def test_when_the_workbook_itself_fails_the_configured_chair_is_mailed_once_across_restarts(
        tmp_path: Path) -> None:
    class Down:
        label = "google"

        def read(self) -> dict:
            raise SheetsUnavailable(detail="503", spreadsheet_id="x", tries=5)

    group = failing_group(tmp_path)
    group.backend = Down()  # type: ignore[assignment]
    for _restart in range(2):
        service(group).run(max_ticks=4)
    sent = notices(tmp_path)
    assert [m["To"] for m in sent] == ["reserve@example.org"]
    assert "Google Sheets svarer ikke" in sent[0].get_body(("plain",)).get_content()


def test_a_healthy_tick_ends_the_streak(tmp_path: Path) -> None:
    group = failing_group(tmp_path)
    s = service(group)
    s.run(max_ticks=2)
    mend(group)
    s.run(max_ticks=3)
    assert s.failures == 0
    mend(group, broken=True)
    s.run(max_ticks=5)
    assert s.failures == 2 and notices(tmp_path) == []


def test_the_service_gives_up_only_when_every_group_keeps_failing(tmp_path: Path) -> None:
    bad = service(failing_group(tmp_path / "bad"), give_up_after=3)
    good_group = failing_group(tmp_path / "good")
    mend(good_group)
    good = service(good_group, give_up_after=3)
    bad.peers = good.peers = (bad, good)
    bad.run(max_ticks=5)
    good.run(max_ticks=1)
    assert bad.failures == 5 and not bad.gave_up and not good.stop.is_set()
    alone = service(failing_group(tmp_path / "alone"), give_up_after=3)
    alone.run()  # no max_ticks: it stops by itself
    assert alone.gave_up and alone.failures == 3


def test_a_broken_idle_connection_is_logged_and_the_service_polls(
        caplog: pytest.LogCaptureFixture) -> None:
    class Inbox:
        has_idle = True

        def idle_wait(self, seconds: float) -> bool:
            raise OSError("connection reset by peer")

    class Mailbox:
        inbox = Inbox()

        def close(self) -> None:
            pass

    start = dt.datetime(2026, 1, 1, tzinfo=TZ)
    group = Group(XlsxBackend(Path("unused.xlsx")), Mailbox(), None)  # type: ignore[arg-type]
    s = Service(group, tick_minutes=60, poll_seconds=0.0, lang="da", tz=TZ, clock=lambda: start)
    assert s.wait_for_mail(0.01) is True
    assert "IMAP IDLE" in caplog.text and "connection reset" in caplog.text


def config_file(tmp_path: Path) -> Path:
    write_xlsx(tmp_path / "g.xlsx", GROUP)
    (tmp_path / "secret").write_text("a-reply-secret-for-this-test\n")
    config = tmp_path / "tovholder.toml"
    config.write_text('[workbook]\npath = "g.xlsx"\n[mail]\nlocal_dir = "post"\n'
                      'secret_file = "secret"\n[service]\npoll_seconds = 0.01\n'
                      'failures_before_notice = 2\ngive_up_after = 3\n')
    return config


def test_run_exits_2_after_giving_up_and_says_why_with_the_traceback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The issue's case end to end: an injected KeyError in every tick; `run` used to print a
    traceback and return 0."""
    from tovholder.app.cli import main
    from tovholder.jobs.runner import idle

    config = config_file(tmp_path)

    def tick(*args: object, **kwargs: object) -> None:
        raise KeyError("injected")

    monkeypatch.setattr(idle, "tick", tick)
    monkeypatch.setattr(Service, "install_signal_handlers", lambda self, also=(): None)
    assert main(["--config", str(config), "run"]) == 2
    err = capsys.readouterr().err
    assert err.count("Traceback (most recent call last)") == 3
    assert "KeyError: 'injected'" in err and "exit-kode 2" in err
    assert "formanden har fået besked" in err
    assert len(notices(tmp_path)) == 1


def test_a_group_thread_that_dies_ends_run_with_exit_2(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from tovholder.app.cli import main

    def run(self: Service, **options: object) -> None:
        raise RuntimeError("the loop itself broke")

    monkeypatch.setattr(Service, "run", run)
    monkeypatch.setattr(Service, "install_signal_handlers", lambda self, also=(): None)
    assert main(["--config", str(config_file(tmp_path)), "run"]) == 2
    err = capsys.readouterr().err
    assert "CRITICAL" in err and "stoppede uventet" in err
    assert "RuntimeError: the loop itself broke" in err
