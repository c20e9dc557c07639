"""The safe first run ([mail] sandbox): every email goes to the chair (or a test address) instead
of the members, saying whom it was meant for; the Log still names the member, so nothing is sent
twice, and the chair can answer as the member to try it."""

from __future__ import annotations

import datetime as dt
import re
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.conftest import write_xlsx
from tests.replyworld import CHAIR, MEMBERS, TZ, World, at, body
from tests.test_mail_loop import Setup, outgoing, wanting
from tests.test_mail_loop import setup as setup  # noqa: F401 - the real-server fixture
from tovholder.core.errors import TovholderError
from tovholder.jobs.base.answer_log import record
from tovholder.jobs.base.context import Context
from tovholder.jobs.base.messages import make_outgoing
from tovholder.jobs.runner.tick import tick
from tovholder.mailer import ics
from tovholder.mailer.compose import Address, build_message
from tovholder.mailer.decode import ParsedMail
from tovholder.mailer.inbound import Verdict
from tovholder.mailer.outbox import Outgoing
from tovholder.mailer.sandbox import redirect
from tovholder.sheets.xlsx import XlsxBackend

METTE = "mette.lindholt@example.org"


def to_mette(ctx: Context) -> list[Outgoing]:
    context = {"chair_name": "Ida", "title": "Husk mødet", "body": "Svar gerne.", "quoted": ""}
    return [make_outgoing(ctx.sender, "notice", kind="test", key="1", to_email=METTE,
                          to_name="Mette Lindholt", context=context, now=ctx.now)]


def answered(ctx: Context, mail: ParsedMail, verdict: Verdict) -> str:
    record(ctx, "answered", verdict.conversation, "ok", recipient=verdict.member)
    return "ok"


def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sandbox: str = "chair") -> World:
    w = World(tmp_path, monkeypatch, {}, [to_mette], {"test": answered})
    w.group.sandbox = sandbox
    return w


def test_in_the_sandbox_an_email_goes_to_the_chair_saying_whom_it_was_meant_for(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    [sent] = w.tick(at("2026-11-02"))
    assert str(sent["To"]) == CHAIR and sent["Cc"] is None
    assert str(sent["Subject"]).startswith("[test → Mette Lindholt] ")
    assert body(sent).splitlines()[0].startswith("Prøvetilstand: denne e-mail var til "
                                                 "Mette Lindholt <mette.lindholt@example.org>")
    [row] = [e for e in w.workbook().log if e.kind == "test" and e.state == "sent"]
    assert row.recipient == METTE  # the Log names the member
    assert row.detail == f"prøvetilstand: sendt til {CHAIR}"  # and where it really went


def test_in_the_sandbox_an_email_is_still_sent_once(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    assert len(w.tick(at("2026-11-02"))) == 1
    assert w.tick(at("2026-11-02", 10)) == []


def test_a_test_address_as_sandbox_gets_every_email(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch, sandbox="proeve@example.org")
    [sent] = w.tick(at("2026-11-02"))
    assert str(sent["To"]) == "proeve@example.org"


def test_the_chair_answering_in_the_sandbox_answers_as_the_member(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    [sent] = w.tick(at("2026-11-02"))
    w.reply(sent, "Det passer fint.", at("2026-11-02", 10))  # from the chair, who got it
    w.tick(at("2026-11-02", 11))
    [row] = [e for e in w.workbook().log if e.kind == "answered"]
    assert (row.key, row.recipient) == ("test:1", METTE)


def test_without_the_sandbox_the_chair_answering_a_members_email_changes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch, sandbox="")
    [sent] = w.tick(at("2026-11-02"))
    assert str(sent["To"]).endswith(f"<{METTE}>")
    del sent["To"]
    sent["To"] = CHAIR  # the chair answers a copy Mette forwarded
    w.reply(sent, "Det passer fint.", at("2026-11-02", 10))
    w.tick(at("2026-11-02", 11))
    assert [e for e in w.workbook().log if e.kind == "answered"] == []


def test_sandbox_chair_without_a_chair_sends_nothing(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    w.group.backend = XlsxBackend(write_xlsx(tmp_path / "uden.xlsx", {"Medlemmer": MEMBERS}))
    with pytest.raises(TovholderError) as err:
        tick(w.group, at("2026-11-02"), say=lambda _: None)
    assert err.value.code == "sandbox.no_chair"
    assert w.sent() == []


def invitation() -> EmailMessage:
    invite = ics.Invite("uid-1@example.org", 0, dt.date(2026, 12, 1), dt.time(10), dt.time(12),
                        TZ, "Møde", "Vejle", "", ("gruppe@example.org", "Miljøgruppen"),
                        (METTE, "Mette Lindholt"), at("2026-11-02"))
    return build_message(sender=Address("gruppe@example.org"), to=Address(METTE, "Mette"),
                         subject="Dagsorden", text="Dagsorden", html="<html><body>x</body></html>",
                         reply_to=None, message_id="<a@example.org>", date=at("2026-11-02"),
                         attachments=[ics.attachment(invite)])


def test_a_calendar_invitation_in_the_sandbox_invites_no_member() -> None:
    out = redirect(invitation(), CHAIR, "da")
    [part] = [p for p in out.walk() if p.get_content_type() == "text/calendar"]
    text = part.get_content()
    unfolded = re.sub(r"\r?\n ", "", text)
    assert METTE not in unfolded and f"mailto:{CHAIR}" in unfolded.split("ATTENDEE")[1]
    assert part.get_param("method") == "REQUEST" and part.get_filename() == "invitation.ics"
    assert out["Message-ID"] == "<a@example.org>"
    html = out.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert html.startswith("<html><body><p") and "Prøvetilstand" in html.split(">x<")[0]


def test_an_email_already_for_the_sandbox_address_goes_unchanged() -> None:
    msg = build_message(sender=Address("gruppe@example.org"), to=Address(CHAIR, "Ida"),
                        subject="Dagligt overblik", text="x", html=None, reply_to=None,
                        message_id="<b@example.org>", date=at("2026-11-02"))
    assert redirect(msg, CHAIR, "da") is msg


@pytest.mark.servers
def test_in_the_sandbox_nothing_reaches_a_members_mailbox(setup: Setup) -> None:  # noqa: F811
    chair, member = setup.members[0], setup.members[1]
    setup.group.sandbox = "chair"
    wanting(setup, [outgoing(setup, "test", "1", member)])
    assert len(tick(setup.group, dt.datetime(2026, 11, 28, 9, tzinfo=TZ),
                    say=lambda _: None).sent.sent) == 1
    assert setup.inbox_of(member) == []
    [received] = setup.inbox_of(chair)
    assert setup.address(member) in body(received).splitlines()[0]
    assert [e.recipient for e in setup.log() if e.kind == "test" and e.state == "sent"] == \
        [setup.address(member)]


def test_the_sandbox_line_names_a_member_with_a_non_ascii_name_as_a_person_reads_it() -> None:
    msg = build_message(sender=Address("gruppe@example.org"),
                        to=Address("line.osterby@example.org", "Line Østerby"),
                        subject="Påmindelse", text="x", html=None, reply_to=None,
                        message_id="<c@example.org>", date=at("2026-11-02"))
    out = redirect(msg, CHAIR, "da")
    assert "Line Østerby <line.osterby@example.org>" in body(out)
    assert "=?utf-8?" not in body(out) and "Line Østerby" in str(out["Subject"])
