"""No single record may stop the group (issue 12, fault 1): an email that cannot be built, or a
due function that raises, costs that email only; the Log says why once a day, the chair's
digest lists it, and every other email goes. Whole ticks on an .xlsx and the local mailbox."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.replyworld import CHAIR, MEMBERS, World, at, body
from tovholder.jobs.base.context import Context
from tovholder.jobs.base.feature import handlers
from tovholder.jobs.base.messages import make_outgoing
from tovholder.jobs.form.feature import FEATURE as FORM
from tovholder.jobs.form.form import FormSettings
from tovholder.jobs.notices.feature import FEATURE as NOTICES
from tovholder.mailer.outbox import FAILED, Outgoing
from tovholder.sheets import schema
from tovholder.sheets.starter import EXAMPLES, header, row_for

ODD = "søren.bæk@example.org"  # passes the sheet's check, but no mail server takes it as is
DAY = "2026-11-30"


def form_world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    form = [header(schema.FORM, "da")] + [row_for(schema.FORM, r) for r in EXAMPLES["form"]["da"]]
    w = World(tmp_path, monkeypatch, {"Skema": [list(r) for r in form]},
              [*FORM.due, *NOTICES.due], handlers((FORM, NOTICES)),
              settings={"form": FormSettings("2026")})
    return w


def with_odd_member(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tests.replyworld.MEMBERS", [*MEMBERS, ["Søren Bæk", ODD, "aktiv"]])


def failures(w: World) -> list:
    return [e for e in w.workbook().log if e.state == FAILED and not e.message_id]


def test_a_member_whose_address_cannot_be_written_stops_only_their_own_form(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with_odd_member(monkeypatch)
    w = form_world(tmp_path, monkeypatch)
    sent = w.tick(at(DAY, 7))
    assert sorted(str(m["To"]).rpartition("<")[2].rstrip(">") for m in sent) == sorted(
        m[1] for m in MEMBERS[1:] if m[2] == "aktiv")
    [row] = failures(w)
    assert (row.kind, row.key, row.recipient) == ("form", "2026", ODD)
    assert "mail.bad_address" in row.detail


def test_a_failure_is_logged_once_a_day_however_often_the_tick_runs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with_odd_member(monkeypatch)
    w = form_world(tmp_path, monkeypatch)
    for minute in range(0, 30, 5):
        w.tick(at(DAY, 7) + dt.timedelta(minutes=minute))
    assert len(failures(w)) == 1
    w.tick(at("2026-12-01", 7))
    assert len(failures(w)) == 2


def test_the_chair_digest_lists_the_email_that_could_not_be_built(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with_odd_member(monkeypatch)
    w = form_world(tmp_path, monkeypatch)
    w.tick(at(DAY, 6))  # before the digests' send hour (7): the failure waits for the digest
    sent = w.tick(at(DAY, 10))
    [digest] = [m for m in sent if CHAIR in str(m["To"]) and "Til formanden" in str(m["Subject"])]
    text = body(digest)
    assert "Mails, der ikke kunne laves (1)" in text
    assert ODD in text and "form 2026" in text


def broken(ctx: Context) -> list[Outgoing]:
    raise ValueError("a date the chair typed oddly")


def hello(ctx: Context) -> list[Outgoing]:
    return [make_outgoing(ctx.sender, "reply_chair", kind="hello", key=ctx.today.isoformat(),
                          to_email=CHAIR, to_name="Ida", now=ctx.now,
                          context={"chair_name": "Ida", "title": "x", "body": "y", "quoted": "",
                                   "group_name": "g"})]


def test_a_due_function_that_raises_stops_neither_the_tick_nor_the_others(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = World(tmp_path, monkeypatch, {}, [broken, hello], {})
    sent = w.tick(at(DAY, 7))
    assert len(sent) == 1 and CHAIR in str(sent[0]["To"])
    [row] = failures(w)
    assert (row.kind, row.key, row.recipient) == ("broken", DAY, "")
    assert "ValueError: a date the chair typed oddly" in row.detail


class Picky:
    """The local mailbox, but its transport chokes on one address the way smtplib does on a
    non-ASCII one the server cannot take (UnicodeEncodeError, not a MailError)."""

    def __init__(self, inner: object, refuse: str) -> None:
        self.inner, self.refuse = inner, refuse

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    def send(self, msg: object) -> dict[str, tuple[int, bytes]]:
        if self.refuse in str(msg["To"]):  # type: ignore[index]
            "søren".encode("ascii")
        return self.inner.send(msg)  # type: ignore[attr-defined]


def to_both(ctx: Context) -> list[Outgoing]:
    return [make_outgoing(ctx.sender, "reply_chair", kind="hello", key="1", to_email=address,
                          to_name="", now=ctx.now, context={"chair_name": "x", "title": "x",
                                                            "body": "y", "quoted": "",
                                                            "group_name": "g"})
            for address in ("mette.lindholt@example.org", CHAIR)]


def test_an_email_the_transport_chokes_on_stops_only_itself(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = World(tmp_path, monkeypatch, {}, [to_both], {})
    w.group.mailbox = Picky(w.mail, "mette.lindholt")  # type: ignore[assignment]
    sent = w.tick(at(DAY, 7))
    assert len(sent) == 1 and CHAIR in str(sent[0]["To"])
    [row] = [e for e in w.workbook().log if e.state == FAILED]
    assert row.recipient == "mette.lindholt@example.org" and "UnicodeEncodeError" in row.detail
