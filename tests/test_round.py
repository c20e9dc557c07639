"""The written round ("Bordet rundt") end to end through the local mailbox: the question goes
once, 10 days before the meeting; answers land in the Log, "intet nyt" as such; the agenda
digest compiles them by municipality (as a Word file when long); the secretary's copy carries
the minutes draft, read back here with python-docx."""

from __future__ import annotations

import datetime as dt
import io
from email.message import EmailMessage
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from tests.replyworld import CHAIR, World, at, body, to
from tovholder.jobs.base.feature import handlers
from tovholder.jobs.digests.digests import due_agenda
from tovholder.jobs.written_round.feature import FEATURE as ROUND
from tovholder.replies.round_words import nothing_new

MEMBERS = [["Navn", "E-mail", "Kommune", "Status"],
           ["Ida Engholm", CHAIR, "Vejle", "aktiv"],
           ["Mette Lindholt", "mette.lindholt@example.org", "Fredericia", "aktiv"],
           ["Søren Bækgaard", "soren.baekgaard@example.org", "Kolding", "aktiv"],
           ["Jonas Krogsgaard", "jonas.krogsgaard@example.org", "Fredericia", "aktiv"]]
ROLES = [["Funktion", "Varetages af"], ["Formand", CHAIR], ["Sekretær", "Søren Bækgaard"]]
MEETINGS = [["Dato", "Start", "Slut", "Sted", "Status"],
            ["21-01-2026", "9.00", "12.00", "Vejle Rådhus", "afholdt"],
            ["22-04-2026", "9.00", "12.00", "Fredericia Rådhus", "planlagt"]]
AGENDA = [["Møde", "Nr", "Punkt", "Ansvarlig", "Note", "Status"],
          ["21-01-2026", "2", "Jordforurening ved renseanlæg", "Jonas Krogsgaard", "", "ikke nået"],
          ["22-04-2026", "1", "Tilsynskampagne 2026", "Ida Engholm", "", "planlagt"]]
ACTIONS = [["Nr", "Beskrivelse", "Ansvarlig", "Frist", "Status"],
           ["7", "Samle erfaringer med støjklager", "Mette Lindholt", "01-04-2026", "åben"]]
NEWS = ("Vi har fået en ny miljøchef, og vi er i gang med en kampagne om olietanke.\n\n"
        "Jeg vil gerne høre, hvordan I håndterer klager over brændeovne.")


def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str = "da") -> World:
    tabs = {"Medlemmer": MEMBERS, "Funktioner": ROLES, "Møder": MEETINGS, "Dagsorden": AGENDA,
            "Opgaver": ACTIONS}
    return World(tmp_path, monkeypatch, tabs, [due_agenda, *ROUND.due], handlers((ROUND,)),
                 lang=lang)


def answered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[World, list[EmailMessage]]:
    """The question sent, Mette's news and Jonas's "intet nyt" handled; the digest's emails."""
    w = world(tmp_path, monkeypatch)
    asked = w.tick(at("2026-04-13"))
    w.reply(to(asked, "mette"), f"Hej alle\n\n{NEWS}\n\nMvh Mette", at("2026-04-14"))
    w.reply(to(asked, "jonas"), "Intet nyt herfra.", at("2026-04-14"))
    w.tick(at("2026-04-14", 10))
    return w, w.tick(at("2026-04-15"))


def docx_text(msg: EmailMessage, name: str) -> str:
    files = [p for p in msg.iter_attachments() if name in (p.get_filename() or "")]
    assert len(files) == 1, [p.get_filename() for p in msg.iter_attachments()]
    doc = Document(io.BytesIO(files[0].get_content()))
    return "\n".join(p.text for p in doc.paragraphs)


def test_the_question_goes_once_to_every_active_member_ten_days_before(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    assert w.tick(at("2026-04-10")) == []  # a working day, 12 days before
    asked = w.tick(at("2026-04-13"))  # the window opened on Sunday the 12th: Monday
    assert len(asked) == 4 and all("hvad rører sig hos jer" in str(m["Subject"]) for m in asked)
    assert "intet nyt" in body(asked[0])
    assert w.tick(at("2026-04-13", 12)) == []


def test_answers_are_compiled_by_municipality_into_every_digest_and_intet_nyt_is_listed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w, digests = answered(tmp_path, monkeypatch)
    text = body(to(digests, "jonas", "Dagsorden"))
    section = text[text.index("BORDET RUNDT"):]
    assert section.index("Fredericia") < section.index("Mette Lindholt:") < \
        section.index("    Vi har fået en ny miljøchef")
    assert "Mvh Mette" not in section and "Hej alle" not in section
    assert "Intet nyt: Jonas Krogsgaard" in section
    states = [(e.recipient, e.state) for e in w.workbook().log if e.kind == "round_answer"]
    assert sorted(states) == [("jonas.krogsgaard@example.org", "nothing_new"),
                              ("mette.lindholt@example.org", "recorded")]


def test_the_secretary_gets_the_minutes_draft_and_other_members_do_not(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _, digests = answered(tmp_path, monkeypatch)
    draft = docx_text(to(digests, "soren", "Dagsorden"), "referat-udkast-2026-04-22.docx")
    for expected in ("Referat – Miljøgruppen", "Fredericia Rådhus", "Tilsynskampagne 2026",
                     "Ansvarlig: Ida Engholm", "Jordforurening ved renseanlæg",
                     "Overført fra mødet 21. januar 2026; har ventet 1 møde", "Besluttet:",
                     "Ikke svaret: Ida Engholm, Mette Lindholt, Søren Bækgaard, Jonas Krogsgaard",
                     "Bordet rundt",
                     "Vi har fået en ny miljøchef", "Intet nyt: Jonas Krogsgaard",
                     "Har ikke svaret: Ida Engholm, Søren Bækgaard",
                     "7. Samle erfaringer med støjklager, frist 1. april 2026"):
        assert expected in draft, expected
    assert draft.index("Fredericia") < draft.index("Mette Lindholt") < draft.index("ny miljøchef")
    for other in ("mette", "jonas", CHAIR.split("@")[0]):
        names = [p.get_filename() for p in to(digests, other, "Dagsorden").iter_attachments()]
        assert not [n for n in names if n and n.endswith(".docx")], (other, names)


def test_without_a_secretary_the_chair_gets_the_minutes_draft(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tests.test_round.ROLES", [["Funktion", "Varetages af"],
                                                   ["Formand", CHAIR], ["Sekretær", ""]])
    w = world(tmp_path, monkeypatch)
    w.tick(at("2026-04-13"))
    draft = docx_text(to(w.tick(at("2026-04-15")), CHAIR.split("@")[0], "Dagsorden"), "referat")
    assert "Tilsynskampagne 2026" in draft and "Ingen har svaret endnu." in draft


def test_long_answers_go_with_the_digest_as_a_word_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    asked = w.tick(at("2026-04-13"))
    long_news = "\n\n".join(f"Afsnit {n}: " + "Vi arbejder med spildevand og PFAS. " * 12
                            for n in range(1, 8))
    w.reply(to(asked, "mette"), long_news, at("2026-04-14"))
    w.tick(at("2026-04-14", 10))
    digest = to(w.tick(at("2026-04-15")), "jonas", "Dagsorden")
    assert "(svarene er vedhæftet som Word-fil)" in body(digest)
    assert "Afsnit 1" not in body(digest) and "  - Mette Lindholt" in body(digest)
    attached = docx_text(digest, "bordet-rundt-2026-04-22.docx")
    assert "Afsnit 7: Vi arbejder med spildevand" in attached and "Fredericia" in attached


def test_afbud_in_the_answer_is_attendance_and_the_rest_is_the_answer(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    asked = w.tick(at("2026-04-13"))
    w.reply(to(asked, "mette"), "Afbud, jeg er på kursus.\nVi har fået ny miljøchef.",
            at("2026-04-14"))
    w.tick(at("2026-04-14", 10))
    log = w.workbook().log
    assert [e.state for e in log if e.kind == "attendance"] == ["declined"]
    assert [e.detail for e in log if e.kind == "round_answer"] == ["Vi har fået ny miljøchef."]


def test_an_english_group_is_asked_in_english_and_nothing_new_is_understood(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch, lang="en")
    asked = w.tick(at("2026-04-13"))
    assert "what is happening with you" in str(asked[0]["Subject"])
    w.reply(to(asked, "jonas"), "Nothing new from us, thanks!", at("2026-04-14"))
    w.reply(to(asked, "mette"), "We are hiring two inspectors.", at("2026-04-14"))
    w.tick(at("2026-04-14", 10))
    digests = w.tick(at("2026-04-15"))
    section = body(to(digests, "jonas"))
    assert "ROUND THE TABLE" in section and "Nothing new: Jonas Krogsgaard" in section
    assert "    We are hiring two inspectors." in section
    draft = docx_text(to(digests, "soren"), "minutes-draft-2026-04-22.docx")
    assert "Decided:" in draft and "We are hiring two inspectors." in draft


@pytest.mark.parametrize("dies_in", ["apply", "mark_processed"])
def test_a_tick_killed_around_the_write_records_each_answer_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dies_in: str) -> None:
    from tests.test_mail_loop import Killed

    w = world(tmp_path, monkeypatch)
    asked = w.tick(at("2026-04-13"))
    w.reply(to(asked, "mette"), NEWS, at("2026-04-14"))
    target = w.backend if dies_in == "apply" else w.mail

    def die(*args: object) -> None:
        raise Killed

    monkeypatch.setattr(target, dies_in, die)
    with pytest.raises(Killed):
        w.tick(at("2026-04-14", 10))
    monkeypatch.undo()
    w.tick(at("2026-04-14", 11))
    w.tick(at("2026-04-14", 12))
    # the answer's lines as the member wrote them (blank lines between paragraphs dropped)
    assert [e.detail for e in w.workbook().log if e.kind == "round_answer"] == [
        NEWS.replace("\n\n", "\n")]
    assert body(to(w.tick(at("2026-04-15")), "jonas")).count("ny miljøchef") == 1


@pytest.mark.parametrize("text", ["Intet nyt", "intet nyt herfra", "Ikke noget nyt fra os.",
                                  "Nej, intet at berette denne gang", "Nothing new from us",
                                  "No news here, thanks"])
def test_nothing_new_is_recognised(text: str) -> None:
    assert nothing_new(text)


@pytest.mark.parametrize("text", ["Intet nyt, men vi har fået ny miljøchef",
                                  "Vi har intet budget til tilsyn i år", "Ny lokalplan"])
def test_an_answer_with_news_is_not_nothing_new(text: str) -> None:
    assert not nothing_new(text)


def test_the_rounds_log_rows_leave_the_log_with_the_other_rows_of_their_age() -> None:
    from tovholder.jobs.runner.archive_rule import archivable
    from tovholder.sheets.model import LogEntry

    first = LogEntry(2, "2026-01-05 07:00:00", "lease", "", "", "", "held", "")  # stays: earliest
    rows = [LogEntry(3 + n, "2026-04-12 07:00:00", kind, "2026-04-22", "", "", state, "")
            for n, (kind, state) in enumerate((("round", "sent"), ("round_answer", "recorded")))]
    assert archivable([first, *rows], at("2026-12-01"), dt.timedelta(days=60)) == rows


def test_a_meeting_moved_after_its_agenda_went_is_not_asked_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    assert len(w.tick(at("2026-04-13"))) == 4  # asked for the 22nd
    assert len(w.tick(at("2026-04-15"))) == 4  # the agenda digest
    book = openpyxl.load_workbook(w.backend.path)
    book["Møder"]["A3"] = "29-04-2026"  # the chair moves the meeting a week on
    book["Dagsorden"]["A3"] = "29-04-2026"
    book.save(w.backend.path)
    # the moved meeting's window opens on Sunday the 19th: the same meeting, asked once
    assert [m for m in w.tick(at("2026-04-20")) if "hvad rører sig" in str(m["Subject"])] == []


def test_a_meeting_moved_before_its_agenda_keeps_the_answers_and_is_not_asked_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    asked = w.tick(at("2026-04-13"))  # asked for the 22nd
    w.reply(to(asked, "mette"), NEWS, at("2026-04-14"))
    w.tick(at("2026-04-14", 10))
    book = openpyxl.load_workbook(w.backend.path)
    book["Møder"]["A3"] = "29-04-2026"  # the chair moves the meeting a week on, before its agenda
    book["Dagsorden"]["A3"] = "29-04-2026"
    book.save(w.backend.path)
    assert w.tick(at("2026-04-20")) == []  # its question's window opened again: asked once
    digest = to(w.tick(at("2026-04-22")), "jonas", "Dagsorden")
    assert "29. april" in body(digest) and "Vi har fået en ny miljøchef" in body(digest)
