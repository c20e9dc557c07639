"""One meeting from agenda call to minutes on the real servers (issue 13): Dovecot + SMTP from
tests/mailservers.py, the service configured as a user would (a config file, IMAP in, SMTP out,
an .xlsx workbook), members reading and answering from their own mailboxes. Two absentees (an
"afbud" by reply and an Outlook calendar decline), the attendance reminder, a real ``kill -9``
of a ``tovholder tick`` child process in the middle of sending the agenda digest, and the chair
setting "referat klar" with a link late, after the follow-up went. Nothing is mocked but the
clock (``--now`` / the tick's ``now``); what is asserted is what reaches the members' mailboxes
and what the .xlsx file holds."""

from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import os
import re
import signal
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from tests.conftest import write_xlsx
from tests.mailservers import MailServers
from tests.test_answerable_servers import answer, body, mails, one, rows
from tests.test_calendar_reply import DATA as CALENDAR_DATA
from tests.test_mail_loop import Setup
from tests.test_smtp_imap import smtp_settings
from tovholder.app.config import load
from tovholder.app.wiring import open_group
from tovholder.jobs.registry import FEATURES
from tovholder.jobs.runner.tick import tick
from tovholder.mailer.smtp import SmtpSender

pytestmark = pytest.mark.servers
ROOT = Path(__file__).resolve().parents[1]
TZ = ZoneInfo("Europe/Copenhagen")
MEETING = "22-04-2026"  # a Wednesday
LINK = "https://drev.example.org/referat-april-2026.pdf"
# (name, municipality): Ida chairs, Jonas is the secretary; Mette sends an afbud, Søren declines
# the calendar invitation, Hanne answers only the reminder
PEOPLE = [("Ida Engholm", "Vejle"), ("Mette Lindholt", "Fredericia"),
          ("Søren Bækgaard", "Kolding"), ("Jonas Krogsgaard", "Middelfart"),
          ("Hanne Vestergaard", "Billund")]


def at(day: str, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour, minute), tzinfo=TZ)


@pytest.fixture
def group(tmp_path: Path, mail_servers: MailServers, mail_user: tuple[str, str]
          ) -> Iterator[Setup]:
    """The group as its chair sets it up: a config file for the real servers, the workbook with
    the meeting and one item; members[i] is PEOPLE[i]."""
    s = mail_servers
    members = [s.add_user() for _ in PEOPLE]
    address = {name: f"{u}@example.org" for (name, _), (u, _) in zip(PEOPLE, members, strict=True)}
    write_xlsx(tmp_path / "g.xlsx", {
        "Medlemmer": [["Navn", "E-mail", "Kommune", "Status"],
                      *([n, address[n], town, "aktiv"] for n, town in PEOPLE)],
        "Funktioner": [["Funktion", "Varetages af"], ["Formand", address["Ida Engholm"]],
                       ["Sekretær", "Jonas Krogsgaard"]],
        "Møder": [["Dato", "Start", "Slut", "Sted", "Status", "Note"],
                  [MEETING, "9.00", "12.00", "Fredericia Rådhus", "planlagt", ""]],
        "Dagsorden": [["Møde", "Nr", "Punkt", "Ansvarlig", "Note", "Status", "Beslutning"],
                      [MEETING, "1", "Tilsynskampagne 2026", "Ida Engholm", "", "planlagt", ""]],
    })
    (tmp_path / "secret.txt").write_text("hemmelig-til-proeve\n")
    (tmp_path / "pw").write_text(mail_user[1])
    server = (f'host = "{s.host}"\nusername = "{mail_user[0]}"\npassword_file = "pw"\n'
              f'ca_file = "{s.ca_cert_path}"\n')
    config = tmp_path / "tovholder.toml"
    config.write_text(
        '[workbook]\npath = "g.xlsx"\n'
        f'[mail]\nbackend = "imap"\naddress = "{mail_user[0]}@example.org"\n'
        'name = "Miljøgruppen"\nsecret_file = "secret.txt"\n'
        f'[mail.imap]\nport = {s.imaps_port}\n{server}'
        f'[mail.smtp]\nport = {s.smtp_port}\nsecurity = "starttls"\n{server}',
        encoding="utf-8")
    built = open_group(load(config, features=FEATURES))
    yield Setup(built, s, mail_user, members, tmp_path / "g.xlsx")
    built.mailbox.close()


def run(s: Setup, now: dt.datetime) -> list[str]:
    """One whole tick in this process; the addresses it sent to."""
    return sorted(o.recipient for o in tick(s.group, now, say=lambda _: None).sent.sent)


def addresses(s: Setup, *users: tuple[str, str]) -> list[str]:
    return sorted(s.address(u) for u in users)


def edit(s: Setup, tab: str, cells: dict[str, str]) -> None:
    """The chair types into the workbook (cells by A1 name)."""
    book = openpyxl.load_workbook(s.path)
    for name, value in cells.items():
        book[tab][name] = value
    book.save(s.path)
    book.close()


class Stall:
    """The SMTP server delivers the ``after``-th message handed to it and then holds its answer:
    the mail is in the mailboxes, the sender never hears 250 (the moment to kill it)."""

    def __init__(self, servers: MailServers, after: int) -> None:
        self.real, self.left = servers.deliver_to, after
        self.holding, self.release = threading.Event(), threading.Event()

    def __call__(self, rcpts: Iterable[str], data: bytes, mail_from: str | None = None) -> None:
        self.real(rcpts, data, mail_from)
        self.left -= 1
        if self.left == 0:
            self.holding.set()
            self.release.wait(60)


def killed_while_sending(s: Setup, now: dt.datetime, monkeypatch: pytest.MonkeyPatch,
                         after: int) -> None:
    """``tovholder tick --now`` as a child process, killed with SIGKILL while the server holds
    its ``after``-th email."""
    stall = Stall(s.servers, after)
    monkeypatch.setattr(s.servers, "deliver_to", stall)
    child = subprocess.Popen(
        [sys.executable, "-m", "tovholder", "--config", str(s.path.parent / "tovholder.toml"),
         "tick", "--now", now.replace(tzinfo=None).isoformat()],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        assert stall.holding.wait(60), child.communicate(timeout=5)[0]
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(10) == -signal.SIGKILL
    finally:
        child.kill()
        stall.release.set()
        monkeypatch.setattr(s.servers, "deliver_to", stall.real)


def outlook_decline(s: Setup, member: tuple[str, str], name: str, invitation: EmailMessage,
                    when: dt.datetime) -> EmailMessage:
    """What Outlook sends when the member declines the invitation (METHOD:REPLY,
    PARTSTAT=DECLINED), from tests/data/calendar-replies, for this invitation and member."""
    [ics] = [p for p in invitation.walk() if p.get_content_type() == "text/calendar"]
    uid = re.search(r"^UID:(.+?)\r?$", ics.get_content(), re.M)
    assert uid is not None
    me, them = s.address(s.me), s.address(member)
    calendar = (CALENDAR_DATA / "outlook-declined-da.ics").read_text(encoding="utf-8").replace(
        "{{UID}}", uid.group(1).strip()).replace("gruppe@example.org", me).replace(
        "mette.lindholt@example.org", them)
    raw = (CALENDAR_DATA / "outlook-declined-da.eml").read_text(encoding="utf-8").replace(
        "Mette Lindholt <mette.lindholt@example.org>", f"{name} <{them}>").replace(
        "gruppe@example.org", me).replace(
        "Thu, 16 Apr 2026 08:12:44 +0000", format_datetime(when)).replace(
        "{{ICS_BASE64}}", base64.encodebytes(calendar.replace("\n", "\r\n").encode()).decode())
    msg = email.message_from_bytes(raw.encode(), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def test_one_meeting_from_agenda_call_to_minutes_with_two_absentees_and_a_kill_9(
        group: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    s = group
    everybody = addresses(s, *s.members)
    ida, mette, soren, jonas, hanne = s.members

    # 14 days before: the agenda call; Mette proposes an item
    assert run(s, at("2026-04-07", 9)) == []
    assert run(s, at("2026-04-08", 7)) == everybody
    call = one(s, mette, "Punkter til næste møde")
    answer(s, mette, call, "Hej\n\nJeg foreslår et punkt: Støjklager fra varmepumper\n\nMvh Mette",
           at("2026-04-09", 9))
    assert run(s, at("2026-04-09", 10)) == addresses(s, mette)  # her thanks
    assert rows(s, "Dagsorden")[2][2:] == [
        "Støjklager fra varmepumper", "Mette Lindholt", None, "foreslået", None]

    # 10 days before is a Sunday: the round's question goes on the Monday; Hanne has news
    assert run(s, at("2026-04-12", 9)) == []
    assert run(s, at("2026-04-13", 7)) == everybody
    question = one(s, hanne, "Bordet rundt")
    answer(s, hanne, question, "Billund har fået ny miljøchef og starter en kampagne om "
           "olietanke.\n\nMvh Hanne", at("2026-04-13", 12))
    run(s, at("2026-04-13", 13))

    # 7 days before: the agenda digest with its invitation, sent by a `tovholder tick` that is
    # killed (-9) while the server holds the third email; the next tick finishes the job
    killed_while_sending(s, at("2026-04-15", 7), monkeypatch, after=3)
    delivered = [u for u in s.members if mails(s, u, "Dagsorden")]
    assert len(delivered) == 3  # the held one went, two more never did
    newest = {e.recipient: e.state for e in s.log() if e.kind == "agenda"}
    assert newest == dict.fromkeys(everybody, "sending")  # written before the first went
    assert run(s, at("2026-04-15", 7, 5)) == []  # a `sending` row waits 10 minutes
    assert run(s, at("2026-04-15", 7, 20)) == addresses(
        s, *(u for u in s.members if u not in delivered))
    assert {e.recipient: e.state for e in s.log() if e.kind == "agenda"} == dict.fromkeys(
        everybody, "sent")
    digests = {u: one(s, u, "Dagsorden til mødet onsdag den 22. april 2026") for u in s.members}
    assert "Tilsynskampagne 2026" in body(digests[jonas]) and "olietanke" in body(digests[jonas])
    assert [p.get_filename() for p in digests[jonas].iter_attachments()]  # the draft .docx
    assert "Støjklager fra varmepumper" in body(digests[ida])  # the chair sees the proposal
    assert run(s, at("2026-04-15", 7, 40)) == []

    # attendance: Mette "afbud" by reply, Søren declines in Outlook, Ida and Jonas come
    answer(s, mette, digests[mette], "Afbud – jeg er på kursus.\n\nMvh Mette", at("2026-04-15", 9))
    with SmtpSender(smtp_settings(s.servers, soren)) as smtp:
        decline = outlook_decline(s, soren, "Søren Bækgaard", digests[soren], at("2026-04-15", 9))
        assert smtp.send(decline) == {}
    answer(s, ida, digests[ida], "Kommer", at("2026-04-15", 9))
    answer(s, jonas, digests[jonas], "Jeg kommer gerne.", at("2026-04-15", 9))
    assert run(s, at("2026-04-15", 10)) == addresses(s, ida)  # the comment Søren typed
    assert "> Jeg er desværre på kursus den dag." in body(one(s, ida, "Søren Bækgaard har svaret"))

    # two working days before: the reminder, only to Hanne, who has not answered
    assert run(s, at("2026-04-17", 9)) == []
    assert run(s, at("2026-04-20", 7)) == addresses(s, hanne)
    answer(s, hanne, one(s, hanne, "Kommer du til mødet"), "Kommer!", at("2026-04-20", 9))
    assert run(s, at("2026-04-20", 10)) == []
    assert attendance(s) == [("Mette Lindholt", "afbud", "jeg er på kursus", "svar"),
                             ("Søren Bækgaard", "afbud", "Jeg er desværre på kursus den dag.",
                              "kalender"),
                             ("Ida Engholm", "kommer", "", "svar"),
                             ("Jonas Krogsgaard", "kommer", "", "svar"),
                             ("Hanne Vestergaard", "kommer", "", "svar")]

    # the meeting passes; the chair writes what was decided; the follow-up on the Monday
    edit(s, "Møder", {"E2": "afholdt"})
    edit(s, "Dagsorden", {"F2": "behandlet", "G2": "Vi deltager i den fælles kampagne",
                          "F3": "behandlet", "G3": "Mette samler erfaringer"})
    assert run(s, at("2026-04-24", 9)) == []
    assert run(s, at("2026-04-27", 7)) == everybody
    assert "Vi deltager i den fælles kampagne" in body(one(s, soren, "Opfølgning på mødet"))

    # late, after the follow-up went: "referat klar" with a link in the note
    edit(s, "Møder", {"E2": "referat klar", "F2": f"Referatet ligger her: {LINK}"})
    assert run(s, at("2026-04-29", 10)) == everybody
    assert run(s, at("2026-04-29", 11)) == []  # once
    minutes = {u: one(s, u, "Referat af mødet 22. april 2026") for u in s.members}
    assert all(LINK in body(m) for m in minutes.values())
    missed = [s.address(u) for u, m in minutes.items() if "DET GIK DU GLIP AF" in body(m)]
    assert sorted(missed) == addresses(s, mette, soren)
    assert "  - Tilsynskampagne 2026: Vi deltager i den fælles kampagne" in body(minutes[soren])

    # every member's mailbox: each email exactly once, nothing missing
    common = ["Bordet rundt før mødet onsdag den 22. april 2026: hvad rører sig hos jer?",
              "Dagsorden til mødet onsdag den 22. april 2026", "Opfølgning på mødet 22. april 2026",
              "Punkter til næste møde onsdag den 22. april 2026?",
              "Referat af mødet 22. april 2026"]
    own = {ida: ["[Tovholder] Søren Bækgaard har svaret på en mail fra Tovholder"],
           mette: ["Tak for dit svar – det er noteret"],
           hanne: ["Kommer du til mødet onsdag den 22. april 2026?"]}
    for u in s.members:
        received = s.inbox_of(u)
        assert sorted(str(m["Subject"]) for m in received) == sorted(common + own.get(u, []))
        assert len({str(m["Message-ID"]) for m in received}) == len(received)
    sent = Counter((e.kind, e.key, e.recipient) for e in s.log() if e.state == "sent")
    assert [k for k, n in sent.items() if n > 1] == []


def attendance(s: Setup) -> list[tuple[str, str, str, str]]:
    """(member, status, comment, source) of each Deltagelse row."""
    return [(str(r[1]), str(r[2]), str(r[3] or ""), str(r[4])) for r in rows(s, "Deltagelse")[1:]]
