"""`tovholder status`: from the Log and the workbook only, what the service did last, what waits or
was refused, which replies passed on are not answered, and the next emails (the due functions
asked at the moments their wakes name), without sending or writing anything."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.conftest import write_xlsx
from tests.features import made_up
from tests.replyworld import CHAIR, MEMBERS, ROLES, TZ, World, at
from tovholder.app.cli import main
from tovholder.jobs.base.answer_log import short_hash
from tovholder.jobs.base.context import Context
from tovholder.jobs.base.messages import make_outgoing
from tovholder.jobs.runner.status import status
from tovholder.jobs.runner.upcoming import upcoming
from tovholder.mailer.outbox import Outgoing
from tovholder.sheets.model import LogEntry

METTE = "mette.lindholt@example.org"
MEETING_MAIL = at("2026-11-05")


def row(time: str, kind: str, key: str, state: str, recipient: str = "", message_id: str = "",
        detail: str = "") -> LogEntry:
    return LogEntry(0, time, kind, key, recipient, message_id, state, detail)


def on_the_fifth(ctx: Context) -> list[Outgoing]:
    """An email due from 5 November on; before that its wake names the moment."""
    if ctx.now < MEETING_MAIL:
        return []
    context = {"chair_name": "Ida", "title": "Husk mødet", "body": "Svar gerne.", "quoted": ""}
    return [make_outgoing(ctx.sender, "notice", kind="reminder", key="5-11", to_email=METTE,
                          to_name="Mette Lindholt", context=context, now=ctx.now)]


def wake_on_the_fifth(ctx: Context) -> dt.datetime | None:
    return MEETING_MAIL if ctx.now < MEETING_MAIL else None


def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    w = World(tmp_path, monkeypatch, {}, [on_the_fifth], {})
    w.group.features = made_up([on_the_fifth], wakes=[wake_on_the_fifth])
    return w


def test_the_next_email_is_found_at_the_moment_its_wake_names(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    [planned] = upcoming(w.group, w.workbook(), [], at("2026-11-02"), dt.timedelta(days=14))
    assert planned.when == MEETING_MAIL
    assert (planned.email.kind, planned.email.recipient) == ("reminder", METTE)
    assert w.sent() == [] and w.workbook().log == []  # nothing sent, nothing written


def test_an_email_beyond_the_horizon_is_not_listed(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    assert upcoming(w.group, w.workbook(), [], at("2026-11-02"), dt.timedelta(days=2)) == []


def test_an_email_the_log_has_sent_is_not_listed_again(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    [sent] = w.tick(at("2026-11-05", 10))
    assert upcoming(w.group, w.workbook(), w.workbook().log, at("2026-11-05", 11),
                    dt.timedelta(days=14)) == []


def test_an_email_due_now_goes_with_the_next_tick(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    [planned] = upcoming(w.group, w.workbook(), [], at("2026-11-06"), dt.timedelta(days=1))
    assert planned.when == at("2026-11-06")


NOW = dt.datetime(2026, 11, 10, 12, 0, tzinfo=TZ)


def test_the_last_activity_is_the_newest_log_row_with_what_happened_then() -> None:
    found = status([row("2026-11-09 09:00:00", "agenda", "a", "sent"),
                    row("2026-11-10 09:00:00", "agenda", "b", "sent"),
                    row("2026-11-10 09:00:00", "form", "c", "failed"),
                    row("2026-11-10 09:00:00", "mail", "form:2026", "processed")], NOW)
    assert found.last == dt.datetime(2026, 11, 10, 9, 0, tzinfo=TZ)
    assert found.last_counts == {"sent": 1, "failed": 1, "mails": 1}


def test_ticks_failing_show_when_the_chair_was_told() -> None:
    found = status([row("2026-11-10 08:00:00", "notice", "service_failing:2026-11-10", "sending",
                        CHAIR, "<f@x>"),
                    row("2026-11-10 08:00:01", "notice", "service_failing:2026-11-10", "sent",
                        CHAIR, "<f@x>")], NOW)
    assert found.failing is not None and found.failing.time == "2026-11-10 08:00:01"
    assert status([row("2026-11-01 08:00:01", "notice", "service_failing:2026-11-01", "sent",
                       CHAIR, "<g@x>")], NOW).failing is None


def test_emails_waiting_and_refused_are_listed_by_their_newest_state() -> None:
    found = status([row("2026-11-10 09:00:00", "agenda", "a", "sending", METTE, "<1@x>"),
                    row("2026-11-10 09:00:00", "agenda", "b", "sending", CHAIR, "<2@x>"),
                    row("2026-11-10 09:00:01", "agenda", "b", "sent", CHAIR, "<2@x>"),
                    row("2026-11-10 09:00:01", "form", "c", "retry", METTE, "<3@x>"),
                    row("2026-11-10 09:00:01", "form", "d", "failed", METTE, "<4@x>", "550 no"),
                    row("2026-09-01 09:00:01", "form", "e", "failed", METTE, "<5@x>", "550 old")],
                   NOW)
    assert [e.message_id for e in found.waiting] == ["<1@x>", "<3@x>"]
    assert [e.message_id for e in found.failed] == ["<4@x>"]  # the old one is history


def passed_on(message_id: str) -> LogEntry:
    return row("2026-11-10 09:00:00", "passed_on", "agenda:2026-11-20", "passed", METTE,
               message_id, "\x1f".join([CHAIR, "SV: Dagsorden", "", "Kan vi flytte punkt 3?"]))


def test_a_reply_passed_on_is_unanswered_until_the_chair_answers_the_note() -> None:
    log = [passed_on("<r1@client>"),
           row("2026-11-10 09:00:00", "passed_on_note", short_hash("<r1@client>"), "sent", CHAIR,
               "<n1@x>")]
    [(entry, note)] = status(log, NOW).unanswered
    assert (entry.recipient, note) == (METTE, "sent")
    answer = row("2026-11-10 10:00:00", "passed_on", f"passed_on_note:{short_hash('<r1@client>')}",
                 "from_reader", CHAIR, "<a1@client>")
    assert status([*log, answer], NOW).unanswered == []


def test_status_on_the_command_line_says_it_in_danish_and_as_json(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    yesterday = (dt.datetime.now(TZ) - dt.timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    write_xlsx(tmp_path / "g.xlsx", {
        "Medlemmer": MEMBERS, "Funktioner": ROLES,
        "Log": [["Tid", "Art", "Nøgle", "Modtager", "Message-ID", "Tilstand", "Detaljer"],
                [f"{yesterday}:00", "form", "2026", METTE, "<4@x>", "failed", "550 nej"]]})
    (tmp_path / "secret.txt").write_text("hemmelig")
    config = tmp_path / "t.toml"
    config.write_text('[workbook]\npath = "g.xlsx"\n[mail]\nlocal_dir = "post"\n'
                      'secret_file = "secret.txt"\n')
    assert main(["--config", str(config), "status"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Seneste aktivitet: {yesterday} (0 sendt, 1 afvist, 0 mails")
    assert f"form 2026 til Mette Lindholt (failed {yesterday}): 550 nej" in out
    assert "De næste e-mails, hvis intet ændres:" in out
    assert main(["--config", str(config), "status", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["failed"][0]["detail"] == "550 nej" and isinstance(data["planned"], list)
    assert not (tmp_path / "post" / "outbox").exists() or \
        list((tmp_path / "post" / "outbox").iterdir()) == []


def test_status_lists_mail_due_on_a_weekend_at_mondays_send_hour_as_the_tick_sends_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.test_workdays import form_world

    w = form_world(tmp_path, monkeypatch)
    planned = upcoming(w.group, w.workbook(), [], at("2026-12-05", 10), dt.timedelta(days=3))
    assert {p.when for p in planned} == {at("2026-12-07", 7)} and len(planned) == 4
    assert len(w.tick(at("2026-12-07", 7))) == 4  # what the tick then sends
