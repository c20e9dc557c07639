"""A member's other addresses (issue 12, fault 3): a reply with Mette's reply link from an address
she has confirmed (Medlemmer: Andre adresser) is hers; from any other address nothing is written
until Mette, asked at her registered address, answers "ja" (the address is stored, the reply
applied once); "nej", or no answer in time, sends it to the chair. End to end through ticks on
an .xlsx workbook and the local mailbox."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from tests.replyworld import CHAIR, MEMBERS, World, at, body, to
from tests.test_mail_loop import Killed, Setup, setup  # noqa: F401 - the fixture
from tovholder.jobs.actions.feature import FEATURE as ACTIONS
from tovholder.jobs.base.feature import handlers
from tovholder.jobs.identity.feature import FEATURE as IDENTITY
from tovholder.jobs.notices.feature import FEATURE as NOTICES
from tovholder.sheets.checks import check
from tovholder.sheets.parse import parse_snapshot

METTE = "mette.lindholt@example.org"
PRIVATE = "mette.privat@example.net"
STRANGER = "stranger@example.net"
ACTION = [["Nr", "Beskrivelse", "Ansvarlig", "Frist", "Status"],
          ["1", "Skriv referat", "Mette Lindholt", "20-04-2026", "åben"]]


def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, others: str = "",
          lang: str = "da") -> World:
    members = [[*MEMBERS[0], "Andre adresser"],
               *([*row, others if row[1] == METTE else ""] for row in MEMBERS[1:])]
    features = (ACTIONS, NOTICES, IDENTITY)
    return World(tmp_path, monkeypatch, {"Medlemmer": members, "Opgaver": ACTION},
                 [f for feature in features for f in feature.due], handlers(features),
                 lang=lang)


def deliver(w: World, original: EmailMessage, sender: str, text: str, hour: int,
            day: str = "2026-04-17", pdf: bytes = b"") -> str:
    """A reply to ``original`` (through its Reply-To) from ``sender``; its Message-ID."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = str(original["Reply-To"])
    msg["Subject"] = "Re: " + str(original["Subject"])
    msg["Message-ID"] = f"<{hour}-{day}-{sender}>"
    msg["In-Reply-To"] = str(original["Message-ID"])
    msg["Date"] = format_datetime(at(day, hour))
    msg.set_content(text)
    if pdf:
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="referat.pdf")
    w.mail.box.deliver(bytes(msg))
    return str(msg["Message-ID"])


def held_from_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                      ) -> tuple[World, list[EmailMessage]]:
    """Mette answers her reminder from her private address: what the next tick sent."""
    w = world(tmp_path, monkeypatch)
    reminder = to(w.tick(at("2026-04-17")), "mette")
    deliver(w, reminder, PRIVATE, "1 er færdig", 10)
    return w, w.tick(at("2026-04-17", 11))


def to_chair(sent: list[EmailMessage]) -> list[EmailMessage]:
    return [m for m in sent if CHAIR in str(m["To"])]


def statuses(w: World) -> list[str]:
    return [a.status for a in w.workbook().actions]


def applied(w: World) -> list[str]:
    """The held reply's rows of the actions feature: one when it was applied once."""
    return [e.state for e in w.workbook().log if e.kind == "action_reply"]


def test_a_reply_from_a_confirmed_other_address_is_the_members_own(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch, others=f"m.l@example.net; {PRIVATE.upper()}")
    reminder = to(w.tick(at("2026-04-17")), "mette")
    deliver(w, reminder, PRIVATE, "1 er færdig", 10)
    sent = w.tick(at("2026-04-17", 11))
    assert statuses(w) == ["done"]
    assert [str(m["To"]) for m in sent] == [f"Mette Lindholt <{METTE}>"]  # the confirmation


def test_a_reply_from_an_unconfirmed_address_writes_nothing_and_asks_the_member(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w, sent = held_from_private(tmp_path, monkeypatch)
    assert statuses(w) == ["open"]
    question = to(sent, "mette")
    assert len(sent) == 1 and PRIVATE in str(question["Subject"])
    assert "Svar \"ja\"" in body(question) and "> 1 er færdig" in body(question)
    assert w.tick(at("2026-04-17", 12)) == []  # asked once


def test_an_english_group_asks_in_english_and_takes_a_yes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch, lang="en")
    deliver(w, to(w.tick(at("2026-04-17")), "mette"), PRIVATE, "1 is done", 10)
    question = to(w.tick(at("2026-04-17", 11)), "mette")
    assert str(question["Subject"]) == f"Is {PRIVATE} your address?"
    assert "Reply \"yes\"" in body(question)
    w.reply(question, "Yes, that's my home address", at("2026-04-17", 12))
    w.tick(at("2026-04-17", 13))
    assert statuses(w) == ["done"]


def test_ja_stores_the_address_and_applies_the_held_reply_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w, sent = held_from_private(tmp_path, monkeypatch)
    w.reply(to(sent, "mette"), "Ja, det er min private mail", at("2026-04-17", 12))
    confirmation = to(w.tick(at("2026-04-17", 13)), "mette")
    assert "1" in body(confirmation)
    assert statuses(w) == ["done"] and applied(w) == ["recorded"]
    assert w.workbook().member(METTE).other_addresses == (PRIVATE,)  # type: ignore[union-attr]
    assert w.tick(at("2026-04-17", 14)) == []


def test_after_ja_the_next_reply_from_that_address_needs_no_question(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w, sent = held_from_private(tmp_path, monkeypatch)
    w.reply(to(sent, "mette"), "ja", at("2026-04-17", 12))
    confirmation = to(w.tick(at("2026-04-17", 13)), "mette")
    deliver(w, confirmation, PRIVATE, "Jeg har også lagt referatet på drevet", 14)
    w.tick(at("2026-04-17", 15))
    log = w.workbook().log
    assert [e.state for e in log if e.kind == "held_reply"] == ["held", "applied"]  # no new
    assert len(applied(w)) == 2  # handled as Mette's


def test_nej_writes_nothing_and_passes_the_reply_to_the_chair(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w, sent = held_from_private(tmp_path, monkeypatch)
    w.reply(to(sent, "mette"), "Nej, den kender jeg ikke", at("2026-04-17", 12))
    note = to(w.tick(at("2026-04-17", 13)), CHAIR.split("@")[0])
    assert PRIVATE in str(note["Subject"]) and "> 1 er færdig" in body(note)
    assert statuses(w) == ["open"] and applied(w) == []
    assert w.workbook().member(METTE).other_addresses == ()  # type: ignore[union-attr]
    assert w.tick(at("2026-04-18", 13)) == []


def test_a_held_replys_file_reaches_the_chair_only_with_the_nej(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    reminder = to(w.tick(at("2026-04-17")), "mette")
    deliver(w, reminder, PRIVATE, "1 er færdig, referatet er vedhæftet", 10, pdf=b"%PDF-1.4 x")
    assert to_chair(w.tick(at("2026-04-17", 11))) == []  # held: nothing for the chair yet
    w.reply(to(w.sent(), "mette", PRIVATE), "nej", at("2026-04-17", 12))
    note = to(w.tick(at("2026-04-17", 13)), CHAIR.split("@")[0])
    assert [p.get_filename() for p in note.iter_attachments()] == ["referat.pdf"]
    assert to_chair(w.tick(at("2026-04-18", 13))) == []


def test_no_answer_within_confirm_days_passes_the_reply_to_the_chair_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w, _ = held_from_private(tmp_path, monkeypatch)
    assert to_chair(w.tick(at("2026-04-23", 11))) == []  # six days: still waiting for Mette
    note = to(w.tick(at("2026-04-24", 12)), CHAIR.split("@")[0])
    assert "7 dage" in body(note) and "> 1 er færdig" in body(note)
    assert to_chair(w.tick(at("2026-04-25", 12))) == [] and statuses(w) == ["open"]


def test_a_late_ja_stores_the_address_but_applies_nothing_the_chair_has(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w, sent = held_from_private(tmp_path, monkeypatch)
    to(w.tick(at("2026-04-24", 12)), CHAIR.split("@")[0])
    w.reply(to(sent, "mette"), "ja", at("2026-04-25", 12))
    w.tick(at("2026-04-25", 13))
    assert applied(w) == []
    assert statuses(w) == ["open"]
    assert w.workbook().member(METTE).other_addresses == (PRIVATE,)  # type: ignore[union-attr]


def test_ja_from_the_strangers_address_confirms_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    reminder = to(w.tick(at("2026-04-17")), "mette")
    deliver(w, reminder, STRANGER, "1 er færdig", 10)
    question = to(w.tick(at("2026-04-17", 11)), "mette")  # forwarded to the stranger too
    deliver(w, question, STRANGER, "ja", 12)
    note = to(w.tick(at("2026-04-17", 13)), CHAIR.split("@")[0])
    assert STRANGER in str(note["Subject"]) + body(note)
    assert statuses(w) == ["open"]
    assert w.workbook().member(METTE).other_addresses == ()  # type: ignore[union-attr]


@pytest.mark.parametrize("step", ["write", "mark", "send"])
def test_a_tick_killed_while_applying_a_ja_is_finished_once_by_the_next(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    w, sent = held_from_private(tmp_path, monkeypatch)
    w.reply(to(sent, "mette"), "ja", at("2026-04-17", 12))
    target, name = {"write": (w.backend, "apply"), "mark": (w.mail, "mark_processed"),
                    "send": (w.mail, "send")}[step]
    real = getattr(target, name)

    def die(*args: object) -> object:
        if step == "write" and not getattr(args[0], "cells", None):
            return real(*args)  # the lease's row: the kill is at the write of the reply's cells
        raise Killed

    monkeypatch.setattr(target, name, die)
    with pytest.raises(Killed):
        w.tick(at("2026-04-17", 13))
    monkeypatch.setattr(target, name, real)
    w.tick(at("2026-04-17", 14))
    w.tick(at("2026-04-17", 15))
    assert statuses(w) == ["done"] and applied(w) == ["recorded"]
    assert w.workbook().member(METTE).other_addresses == (PRIVATE,)  # type: ignore[union-attr]
    confirmations = [m for m in w.sent() if "mette" in str(m["To"])
                     and "Er " not in str(m["Subject"])]
    assert len(confirmations) == 2  # the reminder, and one confirmation


def test_other_addresses_are_read_case_insensitively_whatever_separates_them() -> None:
    members = [["Navn", "E-mail", "Status", "Andre adresser"],
               ["Mette", METTE, "aktiv", "Mette@Privat.example.net;\nm.l@example.net, x"]]
    wb = parse_snapshot({"Medlemmer": members})
    assert wb.members[0].other_addresses == ("mette@privat.example.net", "m.l@example.net")
    assert [p.code for p in wb.problems if p.address.endswith("D2")] == ["cell.not_email"]


def test_check_warns_of_an_other_address_that_is_another_members() -> None:
    members = [["Navn", "E-mail", "Status", "Other addresses"],
               ["Mette", METTE, "aktiv", "soren@example.org"],
               ["Søren", "soren@example.org", "aktiv", ""]]
    wb = parse_snapshot({"Medlemmer": members})
    found = [p for p in check(wb, at("2026-04-17").date()) if p.code == "member.other_address_taken"]
    assert [(p.address, dict(p.params)["other"]) for p in found] == [("Medlemmer!D2", "Søren")]


@pytest.mark.servers
def test_on_the_real_servers_a_ja_applies_the_reply_held_in_the_processed_folder(
        setup: Setup) -> None:  # noqa: F811
    from tests.conftest import write_xlsx
    from tests.test_answerable_servers import NAMES, OPGAVER, answer, one, rows, run

    chair, mette, _ = setup.members
    private = setup.servers.add_user()  # Mette's mailbox at home
    setup.path.unlink()
    write_xlsx(setup.path, {
        "Medlemmer": [["Navn", "E-mail", "Status", "Andre adresser"],
                      *([n, setup.address(u), "aktiv", ""]
                        for n, u in zip(NAMES, setup.members, strict=True))],
        "Funktioner": [["Funktion", "Varetages af"], ["Formand", setup.address(chair)]],
        "Opgaver": [OPGAVER, ["2", "", "Skriv udkast", NAMES[1], "07-03-2026", "åben", ""]]})
    run(setup, at("2026-03-05"))
    answer(setup, private, one(setup, mette, "Påmindelse"), "2 er færdig", at("2026-03-05", 10))
    assert run(setup, at("2026-03-05", 11)) == [setup.address(mette)]  # the question only
    assert rows(setup, "Opgaver")[1][5] == "åben"
    answer(setup, mette, one(setup, mette, setup.address(private)), "Ja", at("2026-03-05", 12))
    assert run(setup, at("2026-03-05", 13)) == [setup.address(mette)]  # the confirmation
    assert rows(setup, "Opgaver")[1][5] == "færdig"
    assert rows(setup, "Medlemmer")[2][3] == setup.address(private)
    assert run(setup, at("2026-03-05", 14)) == [] and not setup.inbox_of(chair)


def test_check_warns_when_a_confirmed_address_had_no_column_to_go_to() -> None:
    log = [["Tid", "Art", "Nøgle", "Modtager", "Message-ID", "Tilstand", "Detaljer"],
           ["2026-04-17 12:00:00", "held_reply", "actions:2026-04-17", METTE, "<a@b>", "applied",
            ""]]
    wb = parse_snapshot({"Medlemmer": [["Navn", "E-mail", "Status"], ["Mette", METTE, "aktiv"]],
                         "Log": log})
    found = [p for p in check(wb, at("2026-04-17").date()) if p.code == "member.no_other_addresses"]
    assert [p.address for p in found] == ["Medlemmer!1:1"]


@pytest.mark.parametrize("odd_id", ["<held\x01reply@example.net>", "<held reply@example.net>"])
def test_a_held_reply_whose_message_id_was_odd_is_found_again_and_applied(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, odd_id: str) -> None:
    # The Log knows such a mail by an identity made from its content (mailer/decode.py), which
    # no header carries: the mailbox finds it by its content.
    w = world(tmp_path, monkeypatch)
    reminder = to(w.tick(at("2026-04-17")), "mette")
    msg = EmailMessage()
    msg["From"] = PRIVATE
    msg["To"] = str(reminder["Reply-To"])
    msg["Subject"] = "Re: " + str(reminder["Subject"])
    msg["In-Reply-To"] = str(reminder["Message-ID"])
    msg["Date"] = format_datetime(at("2026-04-17", 10))
    msg.set_content("1 er færdig")
    w.mail.box.deliver(b"Message-ID: " + odd_id.encode() + b"\r\n" + bytes(msg))
    question = to(w.tick(at("2026-04-17", 11)), "mette")
    w.reply(question, "ja", at("2026-04-17", 12))
    w.tick(at("2026-04-17", 13))
    assert statuses(w) == ["done"] and applied(w) == ["recorded"]
    assert "lost" not in [e.state for e in w.workbook().log if e.kind == "held_reply"]
