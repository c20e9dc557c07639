"""Attendance end to end through whole ticks (the local mailbox, an .xlsx workbook): what members
answer to the agenda digest, the reminder or the calendar invitation lands in the Deltagelse tab
(created with its first row); the chair's rows are never overwritten; the reminder goes once,
two working days before, only to those who have not answered; the chair's digest and `show`
list who comes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.replyworld import CHAIR, World, at, body, to
from tovholder.app.show import summary
from tovholder.jobs.base.feature import handlers
from tovholder.jobs.digests.feature import FEATURE as DIGESTS
from tovholder.jobs.notices.feature import FEATURE as NOTICES
from tovholder.sheets.batch import Batch

MEETING = ["22-04-2026", "9.00", "12.00", "Fredericia Rådhus", "planlagt"]  # a Wednesday
METTE, JONAS = "mette.lindholt@example.org", "jonas.krogsgaard@example.org"
DELTAGELSE = ["Møde", "Medlem", "Status", "Kommentar", "Kilde", "Tidspunkt"]


def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str = "da",
          **tabs: list[list[str]]) -> World:
    meetings = {"Møder": [["Dato", "Start", "Slut", "Sted", "Status"], MEETING]}
    return World(tmp_path, monkeypatch, {**meetings, **tabs}, [*DIGESTS.due, *NOTICES.due],
                 handlers((DIGESTS, NOTICES)), lang=lang)


def rows(w: World) -> list[tuple[str, str, str, str]]:
    """(member, status, comment, source) of each Deltagelse row, as the chair reads them."""
    grid = next(v for k, v in w.backend.read().items() if k in ("Deltagelse", "Attendance"))
    cells = [[str(c or "") for c in [*r, *[""] * 6][:6]] for r in grid[1:] if any(r)]
    return [(c[1], c[2], c[3], c[4]) for c in cells]


def test_an_afbud_to_the_agenda_digest_lands_in_a_new_deltagelse_tab_without_a_note(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    digest = to(w.tick(at("2026-04-15")), "mette", "Dagsorden")
    assert 'Svar "kommer" eller "afbud"' in body(digest)
    w.reply(digest, "Afbud – jeg er på kursus hele ugen.\n\nMvh Mette", at("2026-04-15", 11))
    assert w.tick(at("2026-04-15", 12)) == []  # nothing for the chair to read
    assert rows(w) == [("Mette Lindholt", "afbud", "jeg er på kursus hele ugen", "svar")]
    log = w.workbook().log
    assert [(e.recipient, e.state) for e in log if e.kind == "attendance"] == [(METTE, "declined")]


def test_a_member_who_changes_their_mind_updates_their_own_row(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    digest = to(w.tick(at("2026-04-15")), "mette", "Dagsorden")
    w.reply(digest, "Afbud", at("2026-04-15", 11))
    w.tick(at("2026-04-15", 12))
    w.reply(digest, "Jeg kommer alligevel, men først kl. 10.30.", at("2026-04-16", 11))
    w.tick(at("2026-04-16", 12))
    assert rows(w) == [("Mette Lindholt", "kommer", "men først kl. 10.30", "svar")]


def test_two_answers_in_one_tick_make_one_row(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    digest = to(w.tick(at("2026-04-15")), "jonas", "Dagsorden")
    w.reply(digest, "Kommer gerne", at("2026-04-15", 10))
    w.reply(digest, "Beklager, jeg kan desværre ikke alligevel.", at("2026-04-15", 11))
    w.tick(at("2026-04-15", 12))
    assert rows(w) == [("Jonas Krogsgaard", "afbud", "", "svar")]


def test_the_chairs_edit_is_never_overwritten_and_the_members_words_reach_her(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    digest = to(w.tick(at("2026-04-15")), "mette", "Dagsorden")
    w.reply(digest, "Afbud", at("2026-04-15", 11))
    w.tick(at("2026-04-15", 12))
    layout = w.workbook().layouts["attendance"]
    edit = Batch()  # the chair knows better: Mette comes after all, online
    edit.set_cell(layout.title, 2, layout.columns["status"], "kommer",
                  key_col=layout.columns["member"], key_value="Mette Lindholt")
    edit.set_cell(layout.title, 2, layout.columns["comment"], "online",
                  key_col=layout.columns["member"], key_value="Mette Lindholt")
    w.backend.apply(edit)
    w.reply(digest, "Jeg kan ikke komme.", at("2026-04-16", 11))
    sent = w.tick(at("2026-04-16", 12))
    assert rows(w) == [("Mette Lindholt", "kommer", "online", "svar")]  # her word wins
    assert "> Jeg kan ikke komme." in body(to(sent, CHAIR.split("@")[0]))
    assert [e.state for e in w.workbook().log if e.kind == "attendance"] == ["declined"] * 2


def test_a_row_the_chair_typed_is_hers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    typed = [DELTAGELSE, ["22-04-2026", "Jonas Krogsgaard", "afbud", "barsel", "", ""]]
    w = world(tmp_path, monkeypatch, Deltagelse=typed)
    digest = to(w.tick(at("2026-04-15")), "jonas", "Dagsorden")
    w.reply(digest, "Jeg deltager online.", at("2026-04-15", 11))
    sent = w.tick(at("2026-04-15", 12))
    assert rows(w) == [("Jonas Krogsgaard", "afbud", "barsel", "")]
    assert "> Jeg deltager online." in body(to(sent, CHAIR.split("@")[0]))


def test_a_calendar_response_fills_the_tab_with_its_comment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.test_calendar_reply import load

    w = world(tmp_path, monkeypatch)
    w.tick(at("2026-04-15"))
    for name in ("outlook-declined-da", "gmail-accepted-en"):
        w.mail.box.deliver(bytes(load(name)))
    w.tick(at("2026-04-16", 10))
    assert sorted(rows(w)) == [
        ("Jonas Krogsgaard", "kommer", "", "kalender"),
        ("Mette Lindholt", "afbud", "Jeg er desværre på kursus den dag.", "kalender")]


def test_a_comment_to_a_calendar_decline_reaches_the_chair_as_a_comment_to_the_afbud(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.test_calendar_reply import load

    w = world(tmp_path, monkeypatch)
    w.tick(at("2026-04-15"))
    w.mail.box.deliver(bytes(load("outlook-declined-da")))
    note = body(to(w.tick(at("2026-04-16", 10)), CHAIR.split("@")[0]))
    assert "meldte afbud ved at afvise kalenderinvitationen" in note
    assert "kommentar til sit afbud" in note and "Jeg er desværre på kursus den dag." in note
    assert "kunne ikke placeres" not in note


def test_the_reminder_goes_two_working_days_before_once_only_to_who_has_not_answered(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    sent = w.tick(at("2026-04-15"))
    w.reply(to(sent, "mette", "Dagsorden"), "Afbud", at("2026-04-15", 11))
    w.reply(to(sent, "jonas", "Dagsorden"), "Jeg kommer", at("2026-04-15", 11))
    w.tick(at("2026-04-15", 12))
    assert w.tick(at("2026-04-17", 12)) == []  # Friday: three working days before
    reminders = w.tick(at("2026-04-20", 7))  # Monday: two working days before a Wednesday
    assert sorted(str(m["To"]).split("<")[1][:-1] for m in reminders) == sorted(
        [CHAIR, "soren.baekgaard@example.org"])
    assert "Kommer du til mødet" in str(reminders[0]["Subject"])
    assert w.tick(at("2026-04-20", 9)) == []  # once
    w.reply(to(reminders, "soren"), "Ja", at("2026-04-20", 10))  # a plain yes to "kommer du?"
    w.tick(at("2026-04-20", 11))
    assert ("Søren Bækgaard", "kommer", "", "svar") in rows(w)


def test_the_chairs_copy_of_the_digest_shows_who_comes_and_members_copies_do_not(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    typed = [DELTAGELSE, ["22-04-2026", "Mette Lindholt", "afbud", "kursus", "formand", ""],
             ["22-04-2026", "jonas.krogsgaard@example.org", "kommer", "", "formand", ""]]
    w = world(tmp_path, monkeypatch, Deltagelse=typed)
    sent = w.tick(at("2026-04-15"))
    chair = body(to(sent, CHAIR.split("@")[0], "Dagsorden"))
    assert "Kommer:      Jonas Krogsgaard" in chair
    assert "Afbud:       Mette Lindholt (kursus)" in chair
    assert "Ikke svaret: Ida Engholm, Søren Bækgaard" in chair
    assert "HVEM KOMMER" not in body(to(sent, "soren", "Dagsorden"))


def test_an_english_group_gets_an_attendance_tab_in_english(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch, lang="en")
    digest = to(w.tick(at("2026-04-15")), "jonas", "Agenda")
    assert 'Reply "coming" or "absent"' in body(digest)
    w.reply(digest, "Sorry, I can't make it - I'm travelling.", at("2026-04-15", 11))
    w.tick(at("2026-04-15", 12))
    assert rows(w) == [("Jonas Krogsgaard", "absent", "I'm travelling", "reply")]
    assert "Attendance" in w.backend.read()


def test_show_lists_attendance_for_the_next_meeting(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    typed = [DELTAGELSE, ["22-04-2026", "Mette Lindholt", "afbud", "kursus", "formand", ""]]
    w = world(tmp_path, monkeypatch, Deltagelse=typed)
    text = summary(w.workbook(), dt.date(2026, 4, 15), "da")
    assert "afbud (1): Mette Lindholt (kursus)" in text
    assert "ikke svaret (3): Ida Engholm, Søren Bækgaard, Jonas Krogsgaard" in text


def test_an_afbud_to_the_call_for_agenda_items_is_attendance_not_an_item(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tovholder.jobs.agenda_call.feature import FEATURE as AGENDA_CALL

    tabs = {"Møder": [["Dato", "Start", "Slut", "Sted", "Status"], MEETING],
            "Dagsorden": [["Møde", "Nr", "Punkt", "Ansvarlig", "Note", "Status"]]}
    w = World(tmp_path, monkeypatch, tabs, list(AGENDA_CALL.due), handlers((AGENDA_CALL,)))
    calls = w.tick(at("2026-04-08"))
    w.reply(to(calls, "jonas"), "Afbud, jeg er på ferie.", at("2026-04-09"))
    w.reply(to(calls, "mette"), "Jeg kommer først kl. 11.\n- Støj fra varmepumper", at("2026-04-09"))
    w.tick(at("2026-04-09", 10))
    assert [(i.title, i.responsible) for i in w.workbook().agenda] == [
        ("Støj fra varmepumper", "Mette Lindholt")]
    assert sorted(rows(w)) == [("Jonas Krogsgaard", "afbud", "jeg er på ferie", "svar"),
                               ("Mette Lindholt", "kommer", "Jeg kommer først kl. 11", "svar")]


@pytest.mark.parametrize("dies_in", ["apply", "mark_processed"])
def test_a_tick_killed_around_the_write_is_finished_by_the_next_without_a_second_row(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dies_in: str) -> None:
    from tests.test_mail_loop import Killed

    w = world(tmp_path, monkeypatch)
    digest = to(w.tick(at("2026-04-15")), "mette", "Dagsorden")
    w.reply(digest, "Afbud. Kan nogen sende mig slides bagefter?", at("2026-04-15", 11))
    target = w.backend if dies_in == "apply" else w.mail

    def die(*args: object) -> None:
        raise Killed

    monkeypatch.setattr(target, dies_in, die)  # the tab is created; then the process dies
    with pytest.raises(Killed):
        w.tick(at("2026-04-15", 12))
    monkeypatch.undo()
    sent = w.tick(at("2026-04-15", 13))
    w.tick(at("2026-04-15", 14))
    assert rows(w) == [("Mette Lindholt", "afbud", "", "svar")]
    assert "Kan nogen sende mig slides bagefter?" in body(to(sent, CHAIR.split("@")[0]))
    assert [e.state for e in w.workbook().log if e.kind == "attendance"] == ["declined"]


def test_check_names_a_row_without_a_meeting_or_with_a_stranger_and_a_missing_tab_is_fine(
        ) -> None:
    from tests.replyworld import MEMBERS
    from tovholder.sheets.parse import parse_snapshot

    rows_ = [DELTAGELSE, ["", "Mette Lindholt", "afbud", "", "", ""],
             ["22-04-2026", "Karen Holm", "kommer", "", "", ""],
             ["22-04-2026", "mette.lindholt@example.org", "afbud", "", "", ""]]
    wb = parse_snapshot({"Medlemmer": MEMBERS, "Deltagelse": rows_})
    assert [(p.cell, p.code) for p in wb.problems if p.tab == "Deltagelse"] == [
        ("A2", "attendance.no_meeting"), ("B3", "attendance.unknown_member")]
    assert [(r.member, r.status, r.source) for r in wb.attendance] == [
        ("mette.lindholt@example.org", "absent", "chair")]
    assert not [p for p in parse_snapshot({"Medlemmer": MEMBERS}).problems
                if p.tab == "Deltagelse"]


def test_a_calendar_answer_against_the_chairs_row_leaves_it_and_tells_her(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.test_calendar_reply import load

    typed = [DELTAGELSE, ["22-04-2026", "Jonas Krogsgaard", "afbud", "barsel", "formand", ""]]
    w = world(tmp_path, monkeypatch, Deltagelse=typed)
    w.tick(at("2026-04-15"))
    w.mail.box.deliver(bytes(load("gmail-accepted-en")))
    sent = w.tick(at("2026-04-16", 10))
    assert rows(w) == [("Jonas Krogsgaard", "afbud", "barsel", "formand")]
    assert "> Kalendersvar: kommer" in body(to(sent, CHAIR.split("@")[0]))
