"""The roles feature (issue 6) end to end on the real servers (Dovecot + SMTP from
tests/mailservers.py): a vacant function's call for volunteers goes out over SMTP, members read
it over IMAP and answer from their own mailbox, whole ticks run at chosen moments. Nothing is
mocked but the clock (``now``) and the tick's lists of jobs, which get the roles feature's."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

import tovholder.jobs.runner.tick
from tests.conftest import write_xlsx
from tests.test_mail_loop import NOW, Setup, reply_from, setup  # noqa: F401 - the fixture
from tovholder.jobs.roles import lottery
from tovholder.jobs.roles.calls import DrawRecord
from tovholder.jobs.roles.draw_verify import verify_from_text
from tovholder.jobs.roles.feature import FEATURE as ROLES
from tovholder.jobs.roles.lottery import LotterySettings
from tovholder.jobs.runner.tick import tick
from tovholder.sheets.model import Role
from tovholder.sheets.parse import parse_snapshot
from tovholder.sheets.xlsx import XlsxBackend

pytestmark = pytest.mark.servers
ROOT = Path(__file__).resolve().parents[1]
DESCRIPTION = "Skriver referat af møderne"
START = NOW + dt.timedelta(days=2)  # Monday 30 November 2026: calls go on working days
DEADLINE = "21. december 2026"  # START + call_days (21), a Monday


@pytest.fixture
def group(setup: Setup, monkeypatch: pytest.MonkeyPatch) -> Setup:  # noqa: F811
    """The mail-loop setup with a vacant Sekretær (members[0] is Formand) and the roles jobs."""
    members = [["Navn", "E-mail", "Status"]] + [
        [f"Medlem {i}", setup.address(u), "aktiv"] for i, u in enumerate(setup.members)]
    setup.path.unlink()
    write_xlsx(setup.path, {
        "Medlemmer": members,
        "Funktioner": [
            ["Funktion", "Varetages af", "Periode start", "Periode slut", "Valgt ved",
             "Beskrivelse", "Note"],
            ["Formand", setup.address(setup.members[0]), "01-09-2026", "", "frivillig",
             "Leder møderne", ""],
            ["Sekretær", "", "", "", "", DESCRIPTION, ""],
        ],
    })
    setup.group.settings["roles"] = LotterySettings()
    setup.group.features = (ROLES,)
    return setup


def run(s: Setup, now: dt.datetime) -> tovholder.jobs.runner.tick.TickReport:
    return tick(s.group, now, say=lambda _: None)


def body(msg: EmailMessage) -> str:
    return msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def received(s: Setup, user: tuple[str, str], subject: str) -> list[EmailMessage]:
    return [m for m in s.inbox_of(user) if subject in str(m["Subject"])]


def secretary(s: Setup) -> Role:
    wb = parse_snapshot(XlsxBackend(s.path).read())
    return next(r for r in wb.roles if r.role == "Sekretær")


def vacancy_rows(s: Setup) -> list[tuple[str, str]]:
    """(state, member) of the call's own Log rows (not its e-mails)."""
    return [(e.state, e.recipient) for e in s.log() if e.kind == "vacancy"
            and e.state not in ("sending", "sent", "retry", "failed", "skipped")]


def test_one_yes_by_reply_over_smtp_is_proposed_to_the_chair_and_noted_in_funktioner(
        group: Setup) -> None:
    chair, volunteer, other = group.members
    sent = run(group, START).sent.sent
    assert len(sent) == 2  # one call per member who can be drawn: the chair holds Formand
    assert not received(group, chair, "Vil du være sekretær")  # one function each
    for member in (volunteer, other):
        [call] = received(group, member, "Vil du være sekretær")
        assert DESCRIPTION in body(call) and "Svar ja, hvis du vil" in body(call)
        assert DEADLINE in body(call)
        assert "+" in str(call["Reply-To"])  # the member's token
    assert not run(group, START + dt.timedelta(hours=1)).sent.sent  # nothing twice

    [call] = received(group, volunteer, "Vil du være sekretær")
    reply_from(group, volunteer, call, "Ja, det vil jeg gerne.")
    report = run(group, START + dt.timedelta(days=1))
    assert report.inbox.outcomes.get("processed") == 1
    assert ("yes", group.address(volunteer)) in vacancy_rows(group)
    [proposal] = received(group, chair, "Medlem 1 vil gerne være sekretær")
    assert "skriv navnet som sekretær" in body(proposal)
    assert group.address(volunteer) in body(proposal)
    role = secretary(group)
    assert role.vacant and role.note == "foreslået: Medlem 1"  # the chair confirms in the sheet
    assert not received(group, other, "Medlem 1")  # the proposal is for the chair only

    # past the deadline with one volunteer: no lottery, and the proposal is not repeated
    run(group, START + dt.timedelta(days=25))
    for member in group.members:
        assert not received(group, member, "Lodtrækning")
    assert len(received(group, chair, "vil gerne være sekretær")) == 1
    assert secretary(group).vacant


def test_no_reply_by_the_deadline_draws_by_weighted_lot_and_the_cli_reproduces_it(
        group: Setup, tmp_path: Path) -> None:
    run(group, START)
    assert not run(group, START + dt.timedelta(days=21)).sent.sent  # the deadline day: still open
    drawn_at = START + dt.timedelta(days=22)
    run(group, drawn_at)

    # the chair holds a function: not drawn (one function each); the two others have none
    # (load 0, one lot each), and the announcement says why the chair is not in it
    expected = {group.address(group.members[1]): 1, group.address(group.members[2]): 1}
    winner = lottery.verify("Sekretær", drawn_at.date(), sorted(expected.items()))
    texts = []
    for member in group.members:  # every active member, the chair included, gets it once
        [announcement] = received(group, member, "Lodtrækning")
        assert str(announcement["Subject"]).endswith("som sekretær")
        texts.append(body(announcement))
    for address, lots in expected.items():  # each member's load and lots, shown to all
        line = f"<{address}>: belastning 0, {lots} lod"
        assert all(line in text for text in texts), line
    assert all("har allerede en funktion (Formand)" in text for text in texts)
    assert len({verify_from_text(text).seed for text in texts}) == 1  # the same draw for all
    v = verify_from_text(texts[1])
    assert v.result is not None and v.seed_matches
    assert (dict(v.table), v.day, v.result.winner) == (expected, drawn_at.date(), winner)

    # the real CLI on the text part as a member received it
    announcement_file = tmp_path / "opslag.txt"
    announcement_file.write_text(texts[2], encoding="utf-8")
    cli = subprocess.run([sys.executable, "-m", "tovholder", "draw", "--verify",
                          str(announcement_file)], capture_output=True, text=True, cwd=ROOT,
                         timeout=60)
    assert cli.returncode == 0, cli.stdout + cli.stderr
    assert f"trukket: {winner} (sekretær, {drawn_at.date().isoformat()})" in cli.stdout
    assert f"frø: {v.seed}" in cli.stdout

    # written to Funktioner as the draw, recorded in the Log, and the winner told personally
    role = secretary(group)
    assert (role.holder_email, role.chosen) == (winner, "lottery")
    assert (role.term_start, role.term_end) == (drawn_at.date(), dt.date(2028, 12, 22))
    [drawn] = [e for e in group.log() if e.kind == "vacancy" and e.state == "drawn"]
    record = DrawRecord.decode(drawn)
    assert record is not None and (record.winner, record.seed) == (winner, v.seed)
    [user] = [u for u in group.members if group.address(u) == winner]
    [note] = received(group, user, "Du er trukket som sekretær")
    assert "svar \"nej\" på denne mail senest" in body(note)
    for member in group.members:
        if member != user:
            assert not received(group, member, "Du er trukket")
    assert not run(group, drawn_at + dt.timedelta(hours=2)).sent.sent  # once only
