"""Several scheduled emails to one member in one tick go as one email, a section each; a reply
to it reaches each section's handler, from Outlook (top-posted, numbered answers, the bundle
quoted without marks) and from an iPhone (answers typed under the quoted headings)."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest

from tests.replyworld import CHAIR, World, at, body, to
from tovholder.jobs.base.feature import handlers
from tovholder.jobs.base.pass_on import due_pass_on_notes
from tovholder.jobs.form.feature import FEATURE as FORM
from tovholder.jobs.form.form import FormSettings
from tovholder.jobs.roles.feature import FEATURE as ROLES
from tovholder.jobs.schedule.feature import FEATURE as SCHEDULE
from tovholder.mailer.sections import split_sections

MONDAY = at("2026-12-07", 9)
TABS = {
    "Funktioner": [["Funktion", "Varetages af", "Beskrivelse"], ["Formand", CHAIR, ""],
                   ["Sekretær", "", "Skriver referat af møderne"]],
    "Skema": [["Id", "Spørgsmål", "Type", "Valgmuligheder"],
              ["interesser", "Hvilke fagområder?", "flere", "PFAS; Spildevand; Støj"]],
    "Svar": [["Medlem", "Runde", "Modtaget", "Message-ID", "Rå tekst", "interesser"]]}


def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    return World(tmp_path, monkeypatch, TABS, [*FORM.due, *ROLES.due, due_pass_on_notes],
                 handlers((FORM, ROLES, SCHEDULE)), settings={"form": FormSettings("2026")})


def answer(w: World, original: EmailMessage, text: str, when: dt.datetime) -> None:
    """A reply whose whole body is ``text`` (the client's own quoting written out)."""
    msg = EmailMessage()
    msg["From"], msg["To"] = str(original["To"]), str(original["Reply-To"])
    msg["Subject"] = "SV: " + str(original["Subject"])
    msg["Message-ID"] = make_msgid(domain="example.org")
    msg["In-Reply-To"] = str(original["Message-ID"])
    msg["Date"] = format_datetime(when)
    msg.set_content(text)
    w.mail.box.deliver(bytes(msg))


def outlook(original: EmailMessage, top: str) -> str:
    """Outlook's default: the answer above, the whole email below without quote marks."""
    return (f"{top}\n\n-----Oprindelig meddelelse-----\nFra: {original['From']}\n"
            f"Sendt: 7. december 2026 09:00\nTil: {original['To']}\n"
            f"Emne: {original['Subject']}\n\n{body(original)}")


def iphone(original: EmailMessage, under: dict[str, str]) -> str:
    """An iPhone reply: the email quoted with "> ", the answers typed under headings."""
    lines = ["", "Sendt fra min iPhone", "",
             f"Den 7. dec. 2026 kl. 09.00 skrev {original['From']}:", ""]
    for line in body(original).splitlines():
        lines.append("> " + line)
        for heading, text in under.items():
            if line.startswith(heading):
                lines += ["", text, ""]
    return "\n".join(lines)


def states(w: World, kind: str) -> list[tuple[str, str]]:
    return [(e.state, e.recipient.split(".")[0]) for e in w.workbook().log
            if e.kind == kind and e.state not in ("sending", "sent")]


def test_the_form_and_a_call_go_as_one_email_a_section_each(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    sent = w.tick(MONDAY)
    assert len(sent) == 4  # one email to each active member, not two
    mette = to(sent, "mette")
    assert str(mette["Subject"]).startswith("2 beskeder fra Miljøgruppen")
    text = body(mette)
    assert "### Punkt 1 af 2: Kompetenceskema" in text and "### Punkt 2 af 2: Vil du være" in text
    assert "2: ja" in text  # the closing note says how to answer
    log = w.workbook().log
    assert {e.kind for e in log if e.state == "sent" and e.recipient.startswith("mette")} == {
        "bundle", "form", "vacancy"}  # each part is logged sent, as if it went alone
    assert w.tick(MONDAY + dt.timedelta(hours=1)) == []  # nothing twice


def test_an_outlook_reply_with_numbered_answers_reaches_both_sections(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    mette = to(w.tick(MONDAY), "mette")
    answer(w, mette, outlook(mette, "1: PFAS og støj\n2: Ja, det vil jeg gerne.\n\nMvh\nMette"),
           MONDAY + dt.timedelta(hours=1))
    after = w.tick(MONDAY + dt.timedelta(hours=1))
    [row] = w.workbook().answers
    assert row.member == "mette.lindholt@example.org" and "PFAS" in str(row.answers)
    assert ("yes", "mette") in states(w, "vacancy")
    assert to(after, "ida", "Mette Lindholt vil gerne være sekretær")


def test_an_iphone_reply_typed_under_the_headings_reaches_each_section(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    mette = to(w.tick(MONDAY), "mette")
    answer(w, mette, iphone(mette, {"### Punkt 2 af 2": "Ja gerne",
                                    "### Punkt 1 af 2": "Spildevand"}),
           MONDAY + dt.timedelta(hours=1))
    w.tick(MONDAY + dt.timedelta(hours=1))
    [row] = w.workbook().answers
    assert "Spildevand" in str(row.answers) and "PFAS" not in str(row.answers)
    assert ("yes", "mette") in states(w, "vacancy")


def test_words_that_name_no_section_reach_the_chair(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    mette = to(w.tick(MONDAY), "mette")
    answer(w, mette, outlook(mette, "Hvornår er næste møde egentlig?"),
           MONDAY + dt.timedelta(hours=1))
    after = w.tick(MONDAY + dt.timedelta(hours=1))
    assert "Hvornår er næste møde" in body(to(after, "ida"))
    assert w.workbook().answers == [] and states(w, "vacancy") == []


def test_a_box_crossed_in_the_quoted_section_answers_it() -> None:
    reply = "Se nedenfor\n\n> ### Punkt 1 af 2: Skema\n> [x] PFAS\n> ### Punkt 2 af 2: Kald\n> Svar ja"
    split = split_sections(reply, 2, ["Mette Lindholt"])
    assert split.sections[1].answered and not split.sections[2].answered
    assert split.unplaced == "Se nedenfor"


class Killed(BaseException):
    """The process dies: not an Exception, so nothing in the service catches it."""


def bundles_to(w: World, local: str) -> list[str]:
    return [str(m["Message-ID"]) for m in w.sent()
            if local in str(m["To"]) and "beskeder" in str(m["Subject"])]


def test_killed_while_handing_the_bundle_over_it_goes_once_with_the_same_message_id(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)

    def die_before_sending(msg: EmailMessage) -> dict:
        raise Killed

    with pytest.MonkeyPatch.context() as patch, pytest.raises(Killed):
        patch.setattr(w.mail, "send", die_before_sending)
        w.tick(MONDAY)
    w.tick(MONDAY + dt.timedelta(minutes=1))  # within the grace period: it may be on its way
    w.tick(MONDAY + dt.timedelta(minutes=15))
    w.tick(MONDAY + dt.timedelta(minutes=30))
    # the chair holds a function, so she is not called for the Sekretær (one function each):
    # her form goes alone; the others' form and call go as one bundle, once
    assert all(len(bundles_to(w, who)) == 1 for who in ("mette", "soren", "jonas"))
    assert [str(m["To"]) for m in w.sent() if "beskeder" not in str(m["Subject"])] == [
        f"Ida Engholm <{CHAIR}>"]  # no part of a bundle alone


def test_killed_before_the_parts_are_marked_sends_nothing_twice(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)

    def die(*args: object) -> list:
        raise Killed

    with pytest.MonkeyPatch.context() as patch, pytest.raises(Killed):
        patch.setattr("tovholder.jobs.runner.tick.part_rows", die)
        w.tick(MONDAY)
    w.tick(MONDAY + dt.timedelta(hours=1))
    assert len(w.sent()) == 4  # the four bundles of the killed tick, and nothing more
    log = w.workbook().log
    assert [e.kind for e in log if e.state == "sent" and e.recipient.startswith("mette")] == [
        "bundle", "form", "vacancy"]  # the next tick marked the parts
    assert len(bundles_to(w, "mette")) == 1


PREFILLED = {**TABS, "Svar": [*TABS["Svar"], ["mette.lindholt@example.org", "2025",
                                             "2025-03-01 10:00", "<sidst@example.org>", "",
                                             "PFAS; Støj"]]}


def prefilled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    """Mette answered the form last year: this year's form goes with her boxes crossed."""
    return World(tmp_path, monkeypatch, PREFILLED, [due_pass_on_notes], {},
                 settings={"form": FormSettings("2026")}, features=(FORM, ROLES, SCHEDULE))


def crossing(w: World, bundled: EmailMessage, when: dt.datetime) -> None:
    """Mette crosses Spildevand beside her pre-filled boxes and answers nothing else."""
    answer(w, bundled, iphone(bundled, {}).replace("> [ ] Spildevand", "> [x] Spildevand"), when)


def test_a_box_crossed_beside_the_prefilled_ones_answers_the_form(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = prefilled(tmp_path, monkeypatch)
    mette = to(w.tick(MONDAY), "mette")
    assert "[x] PFAS" in body(mette) and "[ ] Spildevand" in body(mette)  # sent pre-filled
    crossing(w, mette, MONDAY + dt.timedelta(hours=1))
    after = w.tick(MONDAY + dt.timedelta(hours=1))
    rows = w.workbook().answers
    assert [r.round for r in rows] == ["2025", "2026"] and "Spildevand" in str(rows[-1].answers)
    assert states(w, "vacancy") == []
    # confirmed as if the form had gone alone, in the thread of her reply
    confirmation = to(after, "mette", "dine svar er registreret")
    assert "[x] Spildevand" in body(confirmation)
    assert str(confirmation["In-Reply-To"]) == rows[-1].message_id.replace(".1@", "@")


@pytest.mark.parametrize("client", ["outlook", "iphone"])
def test_answering_only_the_call_later_leaves_the_prefilled_form_as_it_was_answered(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, client: str) -> None:
    """The form section of the bundle still shows last year's boxes; quoting it again under an
    answer to the call changes nothing the member did not change (it once undid Spildevand)."""
    w = prefilled(tmp_path, monkeypatch)
    mette = to(w.tick(MONDAY), "mette")
    crossing(w, mette, MONDAY + dt.timedelta(hours=1))
    w.tick(MONDAY + dt.timedelta(hours=1))
    text = outlook(mette, "2: Ja, det vil jeg gerne.") if client == "outlook" else \
        iphone(mette, {"### Punkt 2 af 2": "Ja gerne"})
    answer(w, mette, text, MONDAY + dt.timedelta(hours=2))
    after = w.tick(MONDAY + dt.timedelta(hours=2))
    assert ("yes", "mette") in states(w, "vacancy")
    rows = w.workbook().answers
    assert [r.round for r in rows] == ["2025", "2026"]  # nothing re-recorded
    assert "Spildevand" in str(rows[-1].answers)
    assert not [m for m in after if "mette" in str(m["To"])]  # and nothing confirmed again
