"""The chair's daily digest (jobs/notices/chair_digest.py) and mail older than the start (part of
mailer/inbound.py): whole ticks on a local mailbox and an .xlsx, nothing mocked but the clock
and, for the crash tests, the process dying at one point of a tick."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from tests.replyworld import CHAIR, World, at, body
from tovholder.jobs.base.feature import handlers
from tovholder.jobs.base.logbook import Logbook
from tovholder.jobs.base.messages import make_outgoing
from tovholder.jobs.base.pass_on import pass_on
from tovholder.jobs.notices import chair_digest
from tovholder.jobs.notices.feature import FEATURE as NOTICES
from tovholder.mailer.outbox import Outgoing

DAY1, DAY2, DAY3, DAY4 = "2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03"


def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
          extra: list[Callable[..., list[Outgoing]]] | None = None) -> World:
    return World(tmp_path, monkeypatch, {}, [*NOTICES.due, *(extra or [])],
                 {**handlers((NOTICES,)), "ask": pass_on})


def stranger(name: str, when: dt.datetime | None) -> bytes:
    """A mail from someone who is not a member, dated ``when`` (no Date header: None)."""
    msg = EmailMessage()
    msg["From"] = f"{name.lower()}@example.net"
    msg["To"] = "gruppe@example.org"
    msg["Subject"] = f"Tilbud {name}"
    msg["Message-ID"] = f"<{name.lower()}@example.net>"
    if when is not None:
        msg["Date"] = format_datetime(when)
    msg.set_content("Køb vores varer.\n")
    return bytes(msg)


def digests(w: World) -> list[str]:
    """The bodies of every digest the chair got, in order."""
    return [body(m) for m in w.sent()
            if CHAIR in str(m["To"]) and "Til formanden" in str(m["Subject"])]


def states(w: World) -> list[str]:
    return [e.state for e in w.workbook().log if e.kind == "mail"]


def test_a_first_start_with_25_old_mails_quarantines_none_and_the_chair_gets_one_digest(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    for n in range(25):
        w.mail.box.deliver(stranger(f"Gammel{n}", at("2026-10-01") + dt.timedelta(days=n)))
    assert w.tick(at(DAY1, 10)) == []
    assert states(w) == ["old"] * 25  # one Log row each, with its own outcome
    assert len(w.mail.box.inbox.get_folder("quarantine")) == 0
    assert len(w.mail.box.inbox.get_folder("processed")) == 25  # not read again
    [digest] = w.tick(at(DAY2, 7))
    text = body(digest)
    assert "25 mails, der er ældre end Tovholders start, blev ladt urørt" in text
    assert "Mails lagt til side" not in text and "Tilbud Gammel" not in text
    assert w.tick(at(DAY3, 7)) == []  # counted once


def test_a_mail_without_a_date_at_first_start_goes_the_normal_way(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    w.mail.box.deliver(stranger("Udateret", None))
    w.tick(at(DAY1, 10))
    assert states(w) == ["quarantined"]


def test_a_mail_from_just_before_the_start_goes_the_normal_way(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    w.mail.box.deliver(stranger("Skaev", at(DAY1, 10) - dt.timedelta(hours=3)))  # a wrong clock
    w.tick(at(DAY1, 10))
    assert states(w) == ["quarantined"]


def test_a_reply_to_an_email_tovholder_sent_is_handled_whatever_its_date_says(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def ask(ctx: object) -> list[Outgoing]:
        return [make_outgoing(w.group.sender, "notice", kind="ask", key="1",
                              to_email="mette.lindholt@example.org", to_name="Mette",
                              context={"chair_name": "Mette", "title": "Spørgsmål",
                                       "body": "Kan du?", "quoted": ""}, now=at(DAY1, 10))]
    w = world(tmp_path, monkeypatch, [ask])
    [asked] = w.tick(at(DAY1, 10))
    w.reply(asked, "Ja, det kan jeg godt.", at("2020-01-01"))  # a client with a broken clock
    w.tick(at(DAY1, 11))
    assert states(w) == ["processed"]


def test_the_configured_ignore_before_replaces_the_first_start(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    w.group.ignore_before = dt.date(2026, 11, 20)
    w.mail.box.deliver(stranger("Foer", at("2026-11-10")))
    w.mail.box.deliver(stranger("Efter", at("2026-11-25")))
    w.tick(at(DAY1, 10))
    assert states(w) == ["old", "quarantined"]


def test_mails_from_several_ticks_end_up_in_one_digest_the_next_morning(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    for hour, name in ((8, "A"), (12, "B"), (20, "C")):
        w.mail.box.deliver(stranger(name, at(DAY1, hour)))
        assert w.tick(at(DAY1, hour)) == []  # not at once, not even after the send hour
    assert w.tick(at(DAY2, 6)) == []  # before the send hour
    [digest] = w.tick(at(DAY2, 7))
    assert "Til formanden: 3 ting at se på" in str(digest["Subject"])
    text = body(digest)
    assert "Mails lagt til side (3):" in text
    for name in "ABC":
        assert f'En mail fra en ukendt afsender, {name.lower()}@example.net ("Tilbud {name}")' \
            in text
    assert "Tovholder-karantaene" in text or "mappen" in text  # where they are
    assert w.tick(at(DAY2, 8)) == [] and w.tick(at(DAY3, 7)) == []  # once


def test_over_the_cap_the_digest_says_how_many_more_are_waiting_and_where(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    for n in range(chair_digest.CAP + 10):
        w.mail.box.deliver(stranger(f"S{n:02d}", at(DAY1, 10)))
    w.tick(at(DAY1, 10))
    [digest] = w.tick(at(DAY2, 7))
    text = body(digest)
    assert text.count("\n- ") == chair_digest.CAP
    assert "… og 10 mere, som venter: se mappen" in text and "fanen Log" in text
    assert f"Mails lagt til side ({chair_digest.CAP + 10})" in text


class Killed(BaseException):
    """kill -9: not an Exception, so nothing in the service catches it."""


def _is_digest_row(row: tuple[str, ...], state: str) -> bool:
    return chair_digest.KIND in row and state in row


KILL_POINTS = ["before the sending row", "before SMTP", "after SMTP, before the sent row",
               "after the sent row"]


def kill_at(point: str, w: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the next tick die at ``point`` of sending the chair's digest."""
    real_write, real_send = Logbook.write, w.mail.send

    def write(self: Logbook, rows: list[tuple[str, ...]], batch: object = None) -> None:
        if point == "before the sending row" and any(_is_digest_row(r, "sending") for r in rows):
            raise Killed
        if point == "after SMTP, before the sent row" and \
                any(_is_digest_row(r, "sent") for r in rows):
            raise Killed
        real_write(self, rows, batch)  # type: ignore[arg-type]
        if point == "after the sent row" and any(_is_digest_row(r, "sent") for r in rows):
            raise Killed

    def send(msg: EmailMessage) -> dict[str, tuple[int, bytes]]:
        if point == "before SMTP" and "Til formanden" in str(msg["Subject"]):
            raise Killed
        return real_send(msg)

    monkeypatch.setattr(Logbook, "write", write)
    monkeypatch.setattr(w.mail, "send", send)


@pytest.mark.parametrize("point", KILL_POINTS)
def test_a_kill_while_sending_the_digest_neither_loses_nor_repeats_an_item(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, point: str) -> None:
    w = world(tmp_path, monkeypatch)
    w.mail.box.deliver(stranger("A", at(DAY1, 10)))
    w.tick(at(DAY1, 10))
    with monkeypatch.context() as patch:
        kill_at(point, w, patch)
        with pytest.raises(Killed):
            w.tick(at(DAY2, 7))
    w.mail.box.deliver(stranger("B", at(DAY2, 7)))  # while the digest's fate is open
    w.tick(at(DAY2, 7) + dt.timedelta(minutes=5))
    w.tick(at(DAY2, 7) + dt.timedelta(minutes=20))  # after the grace period for own copies
    w.mail.box.deliver(stranger("C", at(DAY2, 12)))
    w.tick(at(DAY2, 12))
    w.tick(at(DAY3, 7))
    w.tick(at(DAY4, 7))
    told = digests(w)
    assert len(told) == 2  # one a day, and nothing new on the fourth
    for name in "ABC":
        assert sum(f"Tilbud {name}" in text for text in told) == 1, (name, told)


def test_a_quarantine_logged_just_before_a_crash_is_in_the_next_digest_exactly_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    w.mail.box.deliver(stranger("A", at(DAY1, 10)))
    with monkeypatch.context() as patch:  # the Log row is written; the mail is not moved yet
        patch.setattr(w.mail, "quarantine", lambda keys: (_ for _ in ()).throw(Killed()))
        with pytest.raises(Killed):
            w.tick(at(DAY1, 10))
    w.tick(at(DAY1, 11))  # finds the mail logged: moves it, logs nothing new
    assert states(w) == ["quarantined"]
    assert len(w.mail.box.inbox.get_folder("quarantine")) == 1
    w.tick(at(DAY2, 7))
    w.tick(at(DAY3, 7))
    [text] = digests(w)
    assert text.count("Tilbud A") == 1


def test_the_digest_wakes_the_service_at_the_send_hour(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    [wake] = NOTICES.wakes
    from tovholder.jobs.runner.tick import context
    ctx, _ = context(w.group, at(DAY1, 10))
    assert wake(ctx) == at(DAY2, 7)


def test_an_english_groups_digest_names_the_subject_of_a_mail_put_aside(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tovholder.jobs.base.messages import Sender

    w = world(tmp_path, monkeypatch)
    w.group.sender = Sender("gruppe@example.org", "Tovholder", "en", b"hemmelig")
    w.mail.box.deliver(stranger("A", at(DAY1, 8)))
    w.tick(at(DAY1, 8))
    [digest] = w.tick(at(DAY2, 7))
    assert '("Tilbud A")' in body(digest)
