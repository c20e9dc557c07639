"""The one shape of a feature: every kind of email any feature sends declares what a reply to it
does; kinds are never declared twice; wake-up moments come from the code that decides due-ness;
a reply to an email no words can change reaches the chair, quoted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.replyworld import CHAIR, World, at, body, to
from tests.test_digests import context, group
from tovholder.app.cli import main
from tovholder.jobs.base.feature import Feature, Kind, declared_kinds, handlers
from tovholder.jobs.base.pass_on import pass_on
from tovholder.jobs.digests import digests, reminder, when
from tovholder.jobs.digests.feature import FEATURE as DIGESTS
from tovholder.jobs.notices.feature import FEATURE as NOTICES
from tovholder.jobs.registry import FEATURES
from tovholder.sheets.parse import parse_snapshot
from tovholder.sheets.xlsx import XlsxBackend

SERVICE_KINDS = {"mail", "inbox", "bounce", "lease", "passed_on"}  # Log rows, never an email


def test_no_kind_is_declared_by_two_features() -> None:
    assert len(handlers(FEATURES)) == sum(len(f.kinds) for f in FEATURES)
    with pytest.raises(ValueError, match="agenda"):
        handlers([*FEATURES, Feature("copy", kinds=(Kind("agenda", pass_on),))])


def test_every_kind_the_demo_sends_declares_its_reply_handling(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]
                                                               ) -> None:
    assert main(["demo", "--dir", str(tmp_path / "demo")]) == 0
    capsys.readouterr()
    log = parse_snapshot(XlsxBackend(tmp_path / "demo" / "gruppe.xlsx").read()).log
    sent = {e.kind for e in log if e.state == "sent"}
    assert len(sent) >= 8  # the demo sends most kinds; the rest are covered by the next test
    assert sent - declared_kinds(FEATURES) == set()


def test_every_template_a_feature_can_send_is_a_declared_kind() -> None:
    """Templates are named after the kind they send (plus the shared notes to the chair)."""
    folder = Path(__file__).parents[1] / "templates" / "da"
    templates = {p.name.removesuffix("-subject.txt") for p in folder.glob("*-subject.txt")}
    shared = {"reply_chair", "action_confirm"}  # sent under the kind of the conversation
    assert templates - shared - declared_kinds(FEATURES) == set()


@pytest.mark.parametrize("hours", range(0, 24 * 40, 23))
def test_the_digests_decide_the_same_until_their_next_wake(hours: int) -> None:
    wb = group()
    start = at(dt.date(2025, 4, 20), 0) + dt.timedelta(hours=hours)
    wake = when.next_wake(context(wb, start))
    assert wake is not None and wake > start
    before = context(wb, wake - dt.timedelta(seconds=1))
    now = context(wb, start)
    s = digests.settings(now)
    assert digests.agenda_due(now, s) == digests.agenda_due(before, s)
    assert digests.followup_due(now, s) == digests.followup_due(before, s)
    assert reminder.due_meetings(now) == reminder.due_meetings(before)


def meeting_world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    """A group with one planned meeting, the digests and the notices to the chair."""
    tabs = {"Møder": [["Dato", "Start", "Slut", "Sted", "Status"],
                      ["22-04-2026", "9.00", "12.00", "Fredericia Rådhus", "planlagt"]]}
    return World(tmp_path, monkeypatch, tabs, [*DIGESTS.due, *NOTICES.due],
                 handlers((DIGESTS, NOTICES)))


def test_an_afbud_with_a_question_to_the_agenda_digest_is_recorded_and_reaches_the_chair(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = meeting_world(tmp_path, monkeypatch)
    digest = to(w.tick(at("2026-04-15")), "mette", "Dagsorden")
    w.reply(digest, "Afbud herfra, jeg er på kursus. Kan nogen sende mig slides bagefter?",
            at("2026-04-15", 11))
    sent = w.tick(at("2026-04-15", 12))
    note = to(sent, CHAIR.split("@")[0])
    assert "Mette Lindholt" in str(note["Subject"]) + body(note)
    assert "> Afbud herfra, jeg er på kursus. Kan nogen sende mig slides bagefter?" in body(note)
    assert w.tick(at("2026-04-15", 13)) == []  # once
    log = w.workbook().log
    assert sorted((e.kind, e.state) for e in log if e.kind in ("mail", "passed_on")) == [
        ("mail", "processed"), ("passed_on", "part")]  # handled, not quarantined
    assert [(e.recipient, e.state, e.detail) for e in log if e.kind == "attendance"] == [
        ("mette.lindholt@example.org", "declined", "jeg er på kursus")]


def test_a_calendar_response_is_recorded_as_attendance_without_a_notice(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.test_calendar_reply import load

    w = meeting_world(tmp_path, monkeypatch)
    w.tick(at("2026-04-15"))
    for name in ("outlook-declined-da", "gmail-accepted-en"):
        w.mail.box.deliver(bytes(load(name)))
    sent = w.tick(at("2026-04-16", 10))
    log = w.workbook().log
    assert sorted((e.recipient, e.state, e.detail) for e in log if e.kind == "attendance") == [
        ("jonas.krogsgaard@example.org", "accepted", ""),
        ("mette.lindholt@example.org", "declined", "Jeg er desværre på kursus den dag.")]
    assert not [e for e in log if e.kind == "mail" and e.state == "quarantined"]
    # no "could not be read" notice; the comment reaches the chair, quoted
    note = to(sent, CHAIR.split("@")[0])
    assert "> Jeg er desværre på kursus den dag." in body(note)
    assert len(sent) == 1


def test_a_valid_token_from_a_strangers_address_writes_nothing_and_reaches_the_chair(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from email.message import EmailMessage

    from tovholder.jobs.actions.feature import FEATURE as ACTIONS

    tabs = {"Opgaver": [["Nr", "Beskrivelse", "Ansvarlig", "Frist", "Status"],
                        ["1", "Skriv referat", "Mette Lindholt", "20-04-2026", "åben"]]}
    w = World(tmp_path, monkeypatch, tabs, [*ACTIONS.due, *NOTICES.due],
              handlers((ACTIONS, DIGESTS, NOTICES)))
    reminder = to(w.tick(at("2026-04-17")), "mette")
    forwarded = EmailMessage()  # Mette forwarded her reminder; a stranger answers it
    forwarded["From"] = "Hacker <stranger@example.net>"
    forwarded["To"] = str(reminder["Reply-To"])
    forwarded["Subject"] = "Re: " + str(reminder["Subject"])
    forwarded["Message-ID"] = "<stranger-1@example.net>"
    forwarded["In-Reply-To"] = str(reminder["Message-ID"])
    forwarded.set_content("1 er færdig")
    w.mail.box.deliver(bytes(forwarded))
    sent = w.tick(at("2026-04-17", 12))
    assert [a.status for a in w.workbook().actions] == ["open"]  # nothing written
    note = to(sent, CHAIR.split("@")[0])
    assert "stranger@example.net" in str(note["Subject"]) + body(note)
    assert "> 1 er færdig" in body(note)
