"""The minutes reach every member once when the chair sets "referat klar" with a link (issue
13); who was not there also gets what they missed: the decisions and their new actions."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import openpyxl
import pytest

from tests.digest_fixtures import at as at_
from tests.digest_fixtures import context, d, email, text, workbook
from tests.features import made_up
from tests.replyworld import World, body, to
from tests.replyworld import at as w_at
from tests.test_mail_loop import Killed
from tovholder.jobs.actions.replies import due_action_answers, handle_action_reply
from tovholder.jobs.base.pass_on import due_pass_on_notes, pass_on
from tovholder.jobs.digests.digests import due_followup
from tovholder.jobs.digests.minutes import due_minutes
from tovholder.jobs.digests.minutes_reply import receiving

MAY = dt.date(2025, 5, 14)
LINK = "https://drev.example.org/referat-maj.pdf"


def minutes_group(note: str = f"Referat: {LINK}", kind: str = "fysisk", status: str = "referat klar"):
    return workbook(
        meetings=[{"date": d(MAY), "start": "9.30", "end": "12.00", "place": "Vejle Rådhus",
                   "kind": kind, "status": status, "note": note}],
        agenda=[{"meeting": d(MAY), "no": "1", "title": "PFAS", "status": "behandlet",
                 "note": "Oplæg om prøvetagning", "decision": "Vi laver en fælles vejledning"},
                {"meeting": d(MAY), "no": "2", "title": "Støj", "status": "ikke nået"}],
        actions=[{"id": "7", "meeting": d(MAY), "description": "Skriv vejledning",
                  "owners": "Mette Lindholt", "due": d(MAY + dt.timedelta(days=30)),
                  "status": "åben"}],
        attendance=[{"meeting": d(MAY), "member": email("Ida Engholm"), "status": "kommer"},
                    {"meeting": d(MAY), "member": email("Mette Lindholt"), "status": "afbud"}])


def by_recipient(outs) -> dict[str, str]:
    return {o.recipient: text(o.message) for o in outs}


def test_referat_klar_with_a_link_sends_the_link_to_every_member():
    outs = due_minutes(context(minutes_group(), at_(MAY, 13)))
    assert {o.kind for o in outs} == {"minutes"} and len(outs) == 6
    assert outs[0].message["Subject"] == "Referat af mødet 14. maj 2025"
    assert all(LINK in text(o.message) for o in outs)


def test_who_was_absent_gets_the_decisions_and_the_actions_now_theirs():
    found = by_recipient(due_minutes(context(minutes_group(), at_(MAY, 13))))
    mette = found[email("Mette Lindholt")]
    assert "DET GIK DU GLIP AF" in mette
    assert "  - PFAS: Vi laver en fælles vejledning" in mette
    assert "  - 7: Skriv vejledning (frist 13. juni 2025)" in mette
    assert "Oplæg om prøvetagning" not in mette


def test_who_came_gets_the_minutes_without_what_they_missed():
    found = by_recipient(due_minutes(context(minutes_group(), at_(MAY, 13))))
    assert "DET GIK DU GLIP AF" not in found[email("Ida Engholm")]
    assert "DET GIK DU GLIP AF" in found[email("Jonas Krogsgaard")]  # never answered


def test_no_minutes_without_a_link_or_before_referat_klar_or_during_the_meeting():
    assert due_minutes(context(minutes_group(note="Referatet kommer"), at_(MAY, 13))) == []
    assert due_minutes(context(minutes_group(status="afholdt"), at_(MAY, 13))) == []
    assert due_minutes(context(minutes_group(), at_(MAY, 11))) == []


def test_an_online_meetings_own_link_in_the_note_is_not_taken_for_the_minutes():
    teams = "https://teams.example.org/moede"
    assert due_minutes(context(minutes_group(note=teams, kind="online"), at_(MAY, 13))) == []
    both = minutes_group(note=f"{teams} {LINK}", kind="online")
    assert LINK in text(due_minutes(context(both, at_(MAY, 13)))[0].message)


def test_minutes_of_a_meeting_long_past_are_not_sent():
    assert due_minutes(context(minutes_group(), at_(MAY + dt.timedelta(days=61), 9))) == []


def test_english_group_gets_english_minutes():
    found = by_recipient(due_minutes(context(minutes_group(), at_(MAY, 13), lang="en")))
    mette = found[email("Mette Lindholt")]
    assert "The minutes of the meeting on Wednesday 14 May 2025" in mette
    assert "WHAT YOU MISSED" in mette and "  - PFAS: Vi laver en fælles vejledning" in mette


# --- end to end: ticks on an .xlsx workbook and the local mailbox --------------------------

DAY = "2026-03-04"
TABS = {
    "Møder": [["Dato", "Start", "Slut", "Sted", "Status", "Note"],
              ["04-03-2026", "9.30", "12.00", "Vejle Rådhus", "afholdt", ""]],
    "Dagsorden": [["Møde", "Nr", "Punkt", "Status", "Beslutning"],
                  ["04-03-2026", "1", "PFAS", "behandlet", "Fælles vejledning"]],
}


def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str = "da") -> World:
    return World(tmp_path, monkeypatch, TABS, [due_followup, due_minutes],
                 {"followup": pass_on, "minutes": pass_on, "minutes_corrected": pass_on},
                 settings={"digests": {"followup_days_after": 1}}, lang=lang)


def set_minutes_ready(w: World, note: str) -> None:
    path = w.backend.path
    book = openpyxl.load_workbook(path)
    sheet = book["Møder"]
    sheet["E2"], sheet["F2"] = "referat klar", note
    book.save(path)


def test_referat_klar_set_after_the_followup_went_still_sends_the_minutes_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    w = world(tmp_path, monkeypatch)
    sent = w.tick(w_at("2026-03-05", 10))
    assert {str(m["Subject"]) for m in sent} == {"Opfølgning på mødet 4. marts 2026"}
    set_minutes_ready(w, f"Referatet: {LINK}")
    sent = w.tick(w_at("2026-03-09", 10))
    assert len(sent) == 4 and LINK in body(to(sent, "mette", "Referat"))
    assert w.tick(w_at("2026-03-09", 11)) == [] and w.tick(w_at("2026-03-10", 11)) == []


def test_a_tick_killed_while_sending_the_minutes_is_finished_by_the_next_without_duplicates(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    w = world(tmp_path, monkeypatch)
    w.tick(w_at("2026-03-05", 10))
    set_minutes_ready(w, f"Referatet: {LINK}")
    real_send, count = w.mail.send, []

    def send_then_die(msg):
        refused = real_send(msg)
        count.append(1)
        if len(count) == 2:
            raise Killed
        return refused

    monkeypatch.setattr(w.mail, "send", send_then_die)
    with pytest.raises(Killed):
        w.tick(w_at("2026-03-09", 10))
    monkeypatch.setattr(w.mail, "send", real_send)
    w.tick(w_at("2026-03-09", 10))
    w.tick(w_at("2026-03-09", 11))
    minutes = [m for m in w.sent() if str(m["Subject"]).startswith("Referat")]
    ids = [str(m["Message-ID"]) for m in minutes]
    assert len(ids) == 4 and len(set(ids)) == 4


def test_a_new_link_in_the_note_goes_once_as_corrected_minutes_without_what_they_missed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    w = world(tmp_path, monkeypatch)
    w.tick(w_at("2026-03-05", 10))  # the follow-up
    set_minutes_ready(w, f"Referatet: {LINK}")
    assert len(w.tick(w_at("2026-03-09", 10))) == 4
    fixed = "https://drev.example.org/referat-marts-rettet.pdf"
    set_minutes_ready(w, f"Referatet (rettet): {fixed}")
    sent = w.tick(w_at("2026-03-10", 10))
    assert len(sent) == 4 and {str(m["Subject"]) for m in sent} == {
        "Rettet referat af mødet 4. marts 2026"}
    mette = body(to(sent, "mette"))
    assert fixed in mette and LINK not in mette and "DET GIK DU GLIP AF" not in mette
    assert w.tick(w_at("2026-03-10", 11)) == [] and w.tick(w_at("2026-03-11", 10)) == []
    set_minutes_ready(w, f"Referatet: {LINK}")  # back to a version everyone had: nothing
    assert w.tick(w_at("2026-03-12", 10)) == []


def test_english_group_minutes_end_to_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    w = world(tmp_path, monkeypatch, lang="en")
    set_minutes_ready(w, f"Minutes: {LINK}")
    sent = w.tick(w_at("2026-03-09", 10))
    mette = to(sent, "mette", "Minutes")
    assert str(mette["Subject"]) == "Minutes of the meeting on 4 March 2026"
    assert "WHAT YOU MISSED" in body(mette) and "  - PFAS: Fælles vejledning" in body(mette)


# --- the secretary or the chair replies with the minutes -----------------------------------

PDF = b"%PDF-1.4 referat\n"


def reply_with(w: World, original, text: str, when, *, pdf: str = "") -> str:
    """A reply to ``original`` from its recipient, with a PDF attached when named."""
    msg = EmailMessage()
    msg["From"], msg["To"] = str(original["To"]), str(original["Reply-To"])
    msg["Subject"] = "Re: " + str(original["Subject"])
    msg["Message-ID"], msg["In-Reply-To"] = make_msgid(domain="example.org"), original["Message-ID"]
    msg["Date"] = format_datetime(when)
    msg.set_content(text)
    if pdf:
        msg.add_attachment(PDF, maintype="application", subtype="pdf", filename=pdf)
    w.mail.box.deliver(bytes(msg))
    return str(msg["Message-ID"])


def reply_world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tabs=None) -> World:
    return World(tmp_path, monkeypatch, {**TABS, **(tabs or {})}, [due_followup, due_minutes],
                 {"followup": receiving(handle_action_reply), "minutes": receiving(pass_on),
                  "minutes_corrected": pass_on},
                 settings={"digests": {"followup_days_after": 1}})


def pdfs(msg) -> list[bytes]:
    return [p.get_content() for p in msg.iter_attachments()
            if p.get_content_type() == "application/pdf"]


def test_the_chair_replying_to_the_followup_with_the_minutes_sends_them_to_everyone_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    w = reply_world(tmp_path, monkeypatch)
    followup = to(w.tick(w_at("2026-03-05", 10)), "ida")
    reply_with(w, followup, "Her er referatet.\n\nIda", w_at("2026-03-06", 9), pdf="Referat.pdf")
    sent = w.tick(w_at("2026-03-06", 10))
    assert len(sent) == 4 and all(pdfs(m) == [PDF] for m in sent)
    assert "DET GIK DU GLIP AF" in body(to(sent, "mette", "Referat"))
    assert w.tick(w_at("2026-03-06", 11)) == []


def test_the_secretary_replying_with_a_link_sends_the_link(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    roles = {"Funktioner": [["Funktion", "Varetages af"], ["Formand", "ida.engholm@example.org"],
                            ["Sekretær", "Jonas Krogsgaard"]]}
    w = reply_world(tmp_path, monkeypatch, roles)
    followup = to(w.tick(w_at("2026-03-05", 10)), "jonas")
    reply_with(w, followup, f"Referatet ligger her: {LINK}", w_at("2026-03-06", 9))
    sent = w.tick(w_at("2026-03-06", 10))
    assert len(sent) == 4 and LINK in body(to(sent, "mette", "Referat"))


@pytest.mark.parametrize(("sender", "text", "pdf"), [
    ("mette", "Mine noter til referatet", "Referat.pdf"),  # a member, not the secretary
    ("ida", "Se vedhæftede budget", "budget.pdf"),  # the chair, but no word of minutes
])
def test_a_reply_with_a_file_that_is_not_the_minutes_is_not_taken_for_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sender: str, text: str, pdf: str):
    w = reply_world(tmp_path, monkeypatch)
    followup = to(w.tick(w_at("2026-03-05", 10)), sender)
    reply_with(w, followup, text, w_at("2026-03-06", 9), pdf=pdf)
    w.tick(w_at("2026-03-06", 10))
    assert not [m for m in w.sent() if str(m["Subject"]).startswith("Referat")]
    assert not [e for e in w.workbook().log if e.kind == "minutes_received"]


SECRETARY = {"Funktioner": [["Funktion", "Varetages af"], ["Formand", "ida.engholm@example.org"],
                            ["Sekretær", "Jonas Krogsgaard"]]}


def test_the_secretarys_draft_for_review_reaches_the_chair_and_is_not_sent_round(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    w = reply_world(tmp_path, monkeypatch, SECRETARY)
    w.group.features = made_up([due_followup, due_minutes, due_action_answers, due_pass_on_notes],
                               {"followup": receiving(handle_action_reply)})
    followup = to(w.tick(w_at("2026-03-05", 10)), "jonas")
    reply_with(w, followup, "Her er udkast til referatet, vil du kigge det igennem?",
               w_at("2026-03-06", 9), pdf="Referat.pdf")
    sent = w.tick(w_at("2026-03-06", 10))
    chair = [m for m in sent if "ida" in str(m["To"])]
    assert any("vil du kigge det igennem" in body(m) for m in chair)
    assert any(pdfs(m) == [PDF] for m in chair)
    assert not [m for m in sent if str(m["Subject"]).startswith("Referat")]


def test_the_secretarys_words_with_the_minutes_also_reach_the_chair(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    w = reply_world(tmp_path, monkeypatch, SECRETARY)
    w.group.features = made_up([due_followup, due_minutes, due_pass_on_notes],
                               {"followup": receiving(handle_action_reply)})
    followup = to(w.tick(w_at("2026-03-05", 10)), "jonas")
    reply_with(w, followup, "Referatet er vedhæftet. Jeg er på ferie fra mandag.",
               w_at("2026-03-06", 9), pdf="Referat.pdf")
    sent = w.tick(w_at("2026-03-06", 10))
    assert len([m for m in sent if str(m["Subject"]).startswith("Referat")]) == 4
    assert any("Jeg er på ferie fra mandag" in body(m) for m in sent if "ida" in str(m["To"])
               and not str(m["Subject"]).startswith("Referat"))


def test_the_secretary_answering_the_minutes_with_other_files_sends_the_corrected_version_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    w = reply_world(tmp_path, monkeypatch, SECRETARY)
    followup = to(w.tick(w_at("2026-03-05", 10)), "jonas")
    reply_with(w, followup, "Referatet er vedhæftet.", w_at("2026-03-06", 9), pdf="Referat.pdf")
    first = to(w.tick(w_at("2026-03-06", 10)), "jonas", "Referat")
    monkeypatch.setattr("tests.test_minutes.PDF", b"%PDF-1.4 referat, rettet\n")
    reply_with(w, first, "Rettet referat vedhæftet.", w_at("2026-03-06", 11), pdf="Referat.pdf")
    sent = w.tick(w_at("2026-03-06", 12))
    corrected = [m for m in sent if str(m["Subject"]).startswith("Rettet referat")]
    assert len(corrected) == 4 and all(pdfs(m) == [PDF] for m in corrected)
    assert not [b for m in corrected if "GLIP AF" in (b := body(m))]
    reply_with(w, first, "Rettet referat igen, vedhæftet.", w_at("2026-03-06", 13), pdf="Kopi.pdf")
    assert not [m for m in w.tick(w_at("2026-03-06", 14)) if "eferat" in str(m["Subject"])]


def test_the_chair_thanking_for_the_minutes_with_a_link_sends_no_new_version(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    w = reply_world(tmp_path, monkeypatch)
    followup = to(w.tick(w_at("2026-03-05", 10)), "ida")
    reply_with(w, followup, "Her er referatet.", w_at("2026-03-06", 9), pdf="Referat.pdf")
    first = to(w.tick(w_at("2026-03-06", 10)), "ida", "Referat")
    reply_with(w, first, "Tak for referatet! Mine slides: https://drev.example.org/slides.pdf",
               w_at("2026-03-06", 11))
    assert not [m for m in w.tick(w_at("2026-03-06", 12)) if "eferat" in str(m["Subject"])]
    assert len([e for e in w.workbook().log if e.kind == "minutes_received"]) == 1
