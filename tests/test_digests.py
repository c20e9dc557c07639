"""The digests as due functions: who gets what when, exactly once, after downtime, after a
meeting moved; reminders bundled one a day; English; bad rows never stop the rest."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.digest_fixtures import (
    GROUP,
    NAMES,
    at,
    calendar,
    context,
    d,
    email,
    entry,
    hours,
    html,
    members,
    simulate,
    skipped,
    text,
    workbook,
)
from tovholder.core.errors import ConfigError, TovholderError
from tovholder.core.schema import read
from tovholder.jobs.actions.reminders import due_action_reminders
from tovholder.jobs.digests import tools, when
from tovholder.jobs.digests.corrections import due_corrections
from tovholder.jobs.digests.digests import (
    DigestSettings,
    due_agenda,
    due_followup,
)
from tovholder.mailer.ics import meeting_uid
from tovholder.mailer.outbox import plan

MAY = dt.date(2025, 5, 14)  # a Wednesday
AUG = dt.date(2025, 8, 20)
ALL = [due_agenda, due_followup, due_action_reminders, due_corrections]


def meeting(day: dt.date, status: str = "planlagt", **more: str) -> dict[str, str]:
    return {"date": d(day), "start": "9.30", "end": "12.00", "place": "Vejle Rådhus",
            "status": status, **more}


def group(*, meetings=None, agenda=None, actions=None, extra_members=(), **tabs):
    rows = dict(meetings=meetings if meetings is not None else [meeting(MAY), meeting(AUG)],
                agenda=agenda if agenda is not None else [
                    {"meeting": d(MAY), "no": "1", "title": "PFAS i overfladevand"},
                    {"meeting": d(MAY), "no": "2", "title": "Hemmeligt forslag",
                     "status": "foreslået"}],
                actions=actions or [], **tabs)
    if extra_members:
        rows["members"] = members(extra_members)
    return workbook(**rows)


# --- settings ------------------------------------------------------------------------------

def test_settings_default_and_from_a_config_table():
    assert DigestSettings().agenda_days_before == 7
    assert DigestSettings().standard("en")[0] == "Welcome"

    s = read(DigestSettings, {"agenda_days_before": 5, "standard_agenda": [" Velkomst", "*"]})
    assert (s.agenda_days_before, s.standard("da")) == (5, ("Velkomst", "*"))
    for bad in ({"agenda_days_before": "7"}, {"agenda_days_before": -1}, {"nope": 1},
                {"standard_agenda": ["*", "*"]}, {"standard_agenda": ["Velkomst", " "]},
                {"followup_days_after": True},
                {"term_warning_days": 30}):  # from [terms], not a key of [digests]
        with pytest.raises(ConfigError) as err:
            read(DigestSettings, bad)
        assert err.value.params["key"] == next(iter(bad))


# --- the agenda digest ---------------------------------------------------------------------

def test_agenda_goes_seven_days_before_to_active_members_only_with_an_invitation():
    wb = group(extra_members=[{"name": "Hanne Ny", "email": "hanne@example.org",
                               "status": "afventer"},
                              {"name": "Peter Gået", "email": "peter@example.org",
                               "status": "udtrådt"}])
    assert due_agenda(context(wb, at(MAY - dt.timedelta(days=8), 12))) == []
    assert due_agenda(context(wb, at(MAY - dt.timedelta(days=7), 6))) == []  # before 7 o'clock
    outs = due_agenda(context(wb, at(MAY - dt.timedelta(days=7), 7)))
    assert sorted(o.recipient for o in outs) == sorted(email(n) for n in NAMES)
    chair = next(o for o in outs if o.recipient == email(NAMES[0]))  # Ida chairs the group
    assert "Hemmeligt forslag" in text(chair.message)  # proposals: for the chair's eyes only
    outs = [o for o in outs if o is not chair]
    msg = outs[0].message
    assert (outs[0].kind, outs[0].key) == ("agenda", "2025-05-14")
    assert msg["Precedence"] == "bulk"
    assert msg["Subject"] == "Dagsorden til mødet onsdag den 14. maj 2025"
    body = text(msg)
    assert "onsdag den 14. maj 2025 kl. 9.30–12.00" in body and "Vejle Rådhus" in body
    assert "PFAS i overfladevand" in body and "Hemmeligt forslag" not in body
    assert "Hemmeligt forslag" not in html(msg)
    ics = Calendar.from_ical(calendar(msg))
    ev = next(iter(ics.walk("VEVENT")))
    assert str(ics["method"]) == "REQUEST" and int(ev["sequence"]) == 0
    assert str(ev["uid"]) == meeting_uid(GROUP, MAY)


def test_agenda_is_not_sent_once_the_meeting_has_started():
    wb = group()
    assert due_agenda(context(wb, at(MAY, 9, 29)))
    assert due_agenda(context(wb, at(MAY, 9, 30))) == []


def test_agenda_lists_open_actions_per_owner_with_overdue_marked_roles_and_consultations():
    wb = group(actions=[
        {"id": "1", "description": "Skriv udkast", "owners": "Mette Lindholt",
         "due": d(MAY - dt.timedelta(days=10)), "status": "åben"},
        {"id": "2", "description": "Book lokale", "owners": "Jonas Krogsgaard",
         "due": d(MAY + dt.timedelta(days=10)), "status": "åben"},
        {"id": "3", "description": "Færdig sag", "owners": "Jonas Krogsgaard", "status": "færdig"}],
        roles=[{"role": "Formand", "holder": email("Ida Engholm"), "term_start": "01-06-2023"},
               {"role": "Sekretær", "holder": ""}],
        consultations=[{"title": "Høring om spildevand", "deadline": d(MAY + dt.timedelta(30)),
                        "status": "åben"},
                       {"title": "Høring efter august", "deadline": d(AUG + dt.timedelta(3))}])
    body = text(due_agenda(context(wb, at(MAY - dt.timedelta(days=7), 8)))[0].message)
    assert "Mette Lindholt\n  - 1: Skriv udkast (frist 4. maj 2025, OVERSKREDET med 3 dage)" \
        in body
    assert "Jonas Krogsgaard\n  - 2: Book lokale (frist 24. maj 2025)" in body
    assert "Færdig sag" not in body
    assert "Sekretær er ledig" in body
    assert "Ida Engholm som formand: perioden udløber 1. juni 2025" in body
    assert "Høring om spildevand" in body and "Høring efter august" not in body


def test_agenda_names_members_who_have_not_answered_the_competence_form():
    wb = group(answers=[{"member": email("Ida Engholm"), "round": "2025-1",
                         "received": "2025-04-01 10:00"}])
    body = text(due_agenda(context(wb, at(MAY - dt.timedelta(days=7), 8),
                                   settings={"form": {"round": "2025-1"}}))[0].message)
    assert "KOMPETENCESKEMAET (2025-1)" in body and "Søren Bækgaard" in body
    assert "Ida Engholm, " not in body.split("KOMPETENCESKEMAET")[1].split("Kommer du?")[0]
    without = text(due_agenda(context(wb, at(MAY - dt.timedelta(days=7), 8)))[0].message)
    assert "KOMPETENCESKEMAET" not in without


def test_html_is_escaped_and_the_text_part_reads_alone():
    wb = group(agenda=[{"meeting": d(MAY), "no": "1", "title": "<script>alert(1)</script> & co"}])
    msg = due_agenda(context(wb, at(MAY - dt.timedelta(days=7), 8)))[0].message
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html(msg)
    assert "<script>" not in html(msg)
    assert "<script>alert(1)</script> & co" in text(msg)
    assert "<" not in text(msg).replace("<script>alert(1)</script>", "")


# --- catch-up ------------------------------------------------------------------------------

def test_catch_up_after_a_week_of_downtime_sends_each_useful_digest_exactly_once():
    soon = MAY + dt.timedelta(days=3)
    wb = group(meetings=[meeting(MAY), meeting(soon), meeting(AUG)], agenda=[])
    down_from, back = at(MAY - dt.timedelta(days=8), 0), at(MAY + dt.timedelta(days=1), 8)
    nows = hours(at(MAY - dt.timedelta(days=20), 0), down_from) + \
        hours(back, at(MAY + dt.timedelta(days=30), 0))
    sent = simulate(lambda now: wb, nows, [due_agenda, due_followup])
    keys = [(o.kind, o.key, o.recipient) for _, o in sent]
    assert len(keys) == len(set(keys))  # exactly once
    assert {(k, key) for k, key, _ in keys} == {
        ("agenda", soon.isoformat()),  # still useful after the downtime
        ("followup", MAY.isoformat()), ("followup", soon.isoformat())}
    # not the agenda of the meeting that passed during the downtime: stale
    assert len(keys) == 3 * len(NAMES)
    assert {now for now, o in sent if o.kind == "agenda"} == {back}


def test_stale_digests_are_reported_once_for_a_log_row():
    wb = group(meetings=[meeting(MAY), meeting(AUG)], agenda=[])
    now = at(MAY + dt.timedelta(days=25), 9)
    ctx = context(wb, now, log=[])
    found = tools.stale_digests(ctx)
    assert [(k, key) for k, key, _ in found] == [("agenda", "2025-05-14"),
                                                 ("followup", "2025-05-14")]
    assert "mødet var begyndt" in found[0][2]
    log = [skipped(now, k, key, reason) for k, key, reason in found]
    assert tools.stale_digests(context(wb, now, log=log)) == []
    assert due_followup(context(wb, now, log=log)) == []


# --- moved and cancelled meetings --------------------------------------------------------------

def test_moved_meeting_gets_a_correction_with_the_same_uid_not_a_second_digest():
    before = group()
    sent_at = at(MAY - dt.timedelta(days=7), 8)
    log = [entry(sent_at, o) for o in due_agenda(context(before, sent_at))]
    moved_to = MAY + dt.timedelta(days=7)
    after = group(meetings=[meeting(moved_to), meeting(AUG)])
    now = at(MAY - dt.timedelta(days=5), 11)
    assert due_agenda(context(after, now, log=log)) == []
    outs = due_corrections(context(after, now, log=log))
    assert len(outs) == len(NAMES)
    assert (outs[0].kind, outs[0].key) == ("correction", "2025-05-14>2025-05-21")
    msg = outs[0].message
    assert msg["Subject"] == "Mødet 14. maj 2025 er flyttet til onsdag den 21. maj 2025"
    ev = next(iter(Calendar.from_ical(calendar(msg)).walk("VEVENT")))
    assert str(ev["uid"]) == meeting_uid(GROUP, MAY) and int(ev["sequence"]) == 1
    assert ev.decoded("dtstart").date() == moved_to
    # sent once; moved again: the next correction, same UID, SEQUENCE 2
    log += [entry(now, o) for o in outs]
    assert plan(due_corrections(context(after, now, log=log)), log).send == []
    again = group(meetings=[meeting(moved_to + dt.timedelta(days=1)), meeting(AUG)])
    outs = due_corrections(context(again, now, log=log))
    assert outs[0].key == "2025-05-14>2025-05-22"
    ev = next(iter(Calendar.from_ical(calendar(outs[0].message)).walk("VEVENT")))
    assert str(ev["uid"]) == meeting_uid(GROUP, MAY) and int(ev["sequence"]) == 2
    assert "21. maj 2025 er flyttet" in outs[0].message["Subject"]
    assert due_agenda(context(again, now, log=log)) == []


def test_cancelled_meeting_after_the_digest_gets_a_cancellation():
    sent_at = at(MAY - dt.timedelta(days=7), 8)
    log = [entry(sent_at, o) for o in due_agenda(context(group(), sent_at))]
    wb = group(meetings=[meeting(MAY, "aflyst"), meeting(AUG)])
    outs = due_corrections(context(wb, at(MAY - dt.timedelta(days=3)), log=log))
    assert outs[0].key == "2025-05-14>cancelled"
    cal = Calendar.from_ical(calendar(outs[0].message))
    assert str(cal["method"]) == "CANCEL"
    assert outs[0].message["Subject"].startswith("Aflyst: mødet")


def test_a_deleted_meeting_with_no_replacement_is_a_problem_for_the_chair():
    sent_at = at(MAY - dt.timedelta(days=7), 8)
    log = [entry(sent_at, o) for o in due_agenda(context(group(), sent_at))]
    wb = group(meetings=[meeting(AUG + dt.timedelta(days=90))])
    ctx = context(wb, at(MAY - dt.timedelta(days=3)), log=log)
    assert due_corrections(ctx) == []
    assert any("14. maj 2025" in line and "aflyst" in line for line in tools.digest_problems(ctx))


# --- the follow-up -------------------------------------------------------------------------

def followup_group(status: str = "referat klar"):
    return group(meetings=[meeting(MAY, status), meeting(AUG)], agenda=[
        {"meeting": d(MAY), "no": "1", "title": "PFAS", "status": "behandlet",
         "note": "Oplæg om prøvetagning", "decision": "Vi laver en fælles vejledning"},
        {"meeting": d(MAY), "no": "2", "title": "Støj", "status": "ikke nået"},
        {"meeting": d(AUG), "no": "1", "title": "Power-to-X"}], actions=[
        {"id": "7", "meeting": d(MAY), "description": "Skriv vejledning",
         "owners": "Mette Lindholt", "due": d(MAY + dt.timedelta(days=30)), "status": "åben"},
        {"id": "8", "description": "Gammel sag", "owners": "Mette Lindholt",
         "due": d(MAY - dt.timedelta(days=30)), "status": "åben"}])


def test_followup_goes_when_minutes_are_ready_with_decisions_actions_and_next_meeting():
    wb = followup_group()
    assert due_followup(context(wb, at(MAY, 11))) == []  # the meeting is still on
    outs = due_followup(context(wb, at(MAY, 12, 5)))
    assert len(outs) == len(NAMES) and outs[0].kind == "followup"
    mine = next(o for o in outs if o.recipient == email("Mette Lindholt"))
    body = text(mine.message)
    assert "  - PFAS (behandlet)\n    Beslutning: Vi laver en fælles vejledning" in body
    assert "  - Støj (ikke nået – kommer automatisk på næste møde)" in body
    assert "Mette Lindholt\n  - 7: Skriv vejledning (frist 13. juni 2025)" in body
    assert "onsdag den 20. august 2025 kl. 9.30–12.00" in body
    assert "Støj (udskudt fra mødet 14. maj 2025)" in body and "Power-to-X" in body
    assert "DINE ÅBNE OPGAVER" in body and "8: Gammel sag" in body
    other = text(next(o for o in outs if o.recipient == email("Ida Engholm")).message)
    assert "DINE ÅBNE OPGAVER" not in other


def test_followup_shows_outcomes_and_decisions_never_the_agenda_notes():
    wb = followup_group()
    for out in due_followup(context(wb, at(MAY, 13))):
        assert "Oplæg om prøvetagning" not in text(out.message)
        assert "Oplæg om prøvetagning" not in html(out.message)


def test_followup_marks_a_deferred_item_and_a_carried_item_finally_discussed():
    wb = group(meetings=[meeting(MAY), meeting(AUG, "referat klar")], agenda=[
        {"meeting": d(MAY), "no": "1", "title": "Støj", "status": "ikke nået"},
        {"meeting": d(AUG), "no": "1", "title": "Støj", "status": "behandlet",
         "decision": "Mette samler erfaringer"},
        {"meeting": d(AUG), "no": "2", "title": "Jordflytning", "status": "udsat"}])
    body = text(due_followup(context(wb, at(AUG, 13)))[0].message)
    assert "  - Jordflytning (udsat)" in body
    assert "UDSKUDTE PUNKTER, NU BEHANDLET\n  - Støj (udskudt fra mødet 14. maj 2025)\n" \
        "    Beslutning: Mette samler erfaringer" in body


def test_proposals_not_taken_up_reach_the_chair_and_the_proposer_only():
    wb = group(meetings=[meeting(MAY, "referat klar"), meeting(AUG)], agenda=[
        {"meeting": d(MAY), "no": "1", "title": "PFAS", "status": "behandlet"},
        {"meeting": d(MAY), "title": "Grundvandskort", "status": "foreslået",
         "responsible": "Søren Bækgaard"}])
    outs = {o.recipient: text(o.message) for o in due_followup(context(wb, at(MAY, 13)))}
    assert "  - Grundvandskort (ikke taget stilling til)" in outs[email("Ida Engholm")]  # chair
    assert "Grundvandskort" in outs[email("Søren Bækgaard")]  # who proposed it
    assert "Grundvandskort" not in outs[email("Mette Lindholt")]


def test_followup_without_minutes_goes_three_days_after_and_is_stale_after_the_next_meeting():
    wb = followup_group("afholdt")
    assert due_followup(context(wb, at(MAY + dt.timedelta(days=2), 12))) == []
    assert due_followup(context(wb, at(MAY + dt.timedelta(days=3), 7)))
    assert due_followup(context(wb, at(MAY + dt.timedelta(days=17), 12)))
    assert due_followup(context(wb, at(MAY + dt.timedelta(days=18), 12))) == []


# --- action reminders ----------------------------------------------------------------------

def reminder_group(*actions: tuple[str, str, dt.date]):
    return group(actions=[{"id": i, "description": f"Opgave {i}", "owners": owner,
                           "due": d(due), "status": "åben"} for i, owner, due in actions])


def test_reminders_bundle_all_of_a_persons_actions_in_one_email():
    day = dt.date(2025, 6, 2)
    wb = reminder_group(("1", "Mette Lindholt", day + dt.timedelta(days=3)),
                        ("2", "Mette Lindholt", day - dt.timedelta(days=1)),
                        ("3", "Jonas Krogsgaard", day + dt.timedelta(days=3)),
                        ("4", "Mette Lindholt", day + dt.timedelta(days=20)))
    outs = due_action_reminders(context(wb, at(day, 8)))
    assert sorted(o.recipient for o in outs) == [email("Jonas Krogsgaard"),
                                                 email("Mette Lindholt")]
    mette = next(o for o in outs if o.recipient == email("Mette Lindholt")).message
    assert mette["Subject"] == "Påmindelse: 2 opgaver, 1 overskredet"
    body = text(mette)
    assert "1: Opgave 1" in body and "2: Opgave 2" in body
    assert "Dine andre åbne opgaver:\n  - 4: Opgave 4" in body
    assert "Precedence" not in mette


def test_at_most_one_reminder_a_day_and_weekly_while_overdue():
    due = dt.date(2025, 6, 10)
    wb = reminder_group(("1", "Mette Lindholt", due), ("2", "Mette Lindholt", due + dt.timedelta(3)))
    sent = simulate(lambda now: wb, hours(at(due - dt.timedelta(days=10), 0),
                                          at(due + dt.timedelta(days=20), 0)),
                    [due_action_reminders])
    days = [o.key for _, o in sent]
    assert len(days) == len(set(days))  # one a day
    assert days == ["2025-06-07", "2025-06-10", "2025-06-11", "2025-06-14", "2025-06-18",
                    "2025-06-21", "2025-06-25", "2025-06-28"]
    assert all(now.hour == 7 for now, _ in sent)


def test_no_reminder_email_without_actions_and_none_to_owners_who_left():
    day = dt.date(2025, 6, 2)
    wb = group(extra_members=[{"name": "Peter Gået", "email": "peter@example.org",
                               "status": "udtrådt"}], actions=[
        {"id": "1", "description": "x", "owners": "Peter Gået", "due": d(day), "status": "åben"},
        {"id": "2", "description": "y", "owners": "", "due": d(day), "status": "åben"},
        {"id": "3", "description": "z", "owners": "Mette Lindholt", "due": d(day),
         "status": "færdig"}])
    assert due_action_reminders(context(wb, at(day, 8))) == []


def test_a_reminder_day_missed_during_downtime_is_made_up_once():
    due = dt.date(2025, 6, 10)
    wb = reminder_group(("1", "Mette Lindholt", due))
    nows = hours(at(due - dt.timedelta(days=5), 0), at(due - dt.timedelta(days=4), 0)) + \
        hours(at(due - dt.timedelta(days=1), 12), at(due + dt.timedelta(days=1), 23))
    sent = simulate(lambda now: wb, nows, [due_action_reminders])
    # 7 June (3 days before) fell in the downtime: made up on 9 June, not again on the 10th;
    # the first overdue reminder follows on the 11th
    assert [o.key for _, o in sent] == ["2025-06-09", "2025-06-11"]


# --- English, bad input, preview -----------------------------------------------------------

def test_english_group_gets_english_digests():
    wb = followup_group()
    outs = due_agenda(context(wb, at(AUG - dt.timedelta(days=7), 8), lang="en"))
    msg = outs[0].message
    assert msg["Subject"] == "Agenda for the meeting on Wednesday 20 August 2025"
    body = text(msg)
    assert "Wednesday 20 August 2025, 9:30–12:00" in body and "1. Welcome" in body
    assert "Postponed from the meeting on 14 May 2025 – waited 1 meeting" in body
    assert "OVERDUE" in body and "Any other business" in body
    follow = due_followup(context(wb, at(MAY, 13), lang="en"))[0].message
    assert follow["Subject"] == "Follow-up on the meeting on 14 May 2025"
    assert "  - PFAS (discussed)\n    Decision: Vi laver en fælles vejledning" in text(follow)
    reminders = due_action_reminders(context(wb, at(MAY, 13), lang="en"))
    assert reminders[0].message["Subject"] == "Reminder: 1 action, 1 overdue"


def test_bad_rows_are_reported_and_the_rest_of_the_digest_still_goes(tmp_path: Path):
    wb = group(meetings=[meeting(MAY), {"date": d(AUG), "start": "12", "end": "9"},
                         {"date": "", "place": "Et sted"}],
               agenda=[{"meeting": d(MAY), "no": "1", "title": "Godt punkt"},
                       {"meeting": d(MAY + dt.timedelta(days=2)), "title": "Forkert dato"}],
               extra_members=[{"name": "Peter Gået", "email": "peter@example.org",
                               "status": "udtrådt"}],
               actions=[{"id": "1", "description": "Uden ejer", "status": "åben"},
                        {"id": "2", "description": "Ejer gået", "owners": "Peter Gået",
                         "status": "åben"}])
    ctx = context(wb, at(MAY - dt.timedelta(days=7), 8))
    outs = due_agenda(ctx)
    assert len(outs) == len(NAMES) and "Godt punkt" in text(outs[0].message)
    assert "Peter Gået (udtrådt – opgaverne skal have en ny ansvarlig)" in text(outs[0].message)
    assert "Uden ansvarlig\n  - 1: Uden ejer" in text(outs[0].message)
    problems = "\n".join(tools.digest_problems(ctx))
    for expected in ("slutter før det begynder", "Forkert dato", "ingen ansvarlig",
                     "Peter Gået er udtrådt"):
        assert expected in problems


def test_a_broken_chair_template_falls_back_and_is_reported(tmp_path: Path):
    (tmp_path / "agenda-body.txt").write_text("Hej {{ recipient_name }\n", encoding="utf-8")
    ctx = context(group(), at(MAY - dt.timedelta(days=7), 8))
    from dataclasses import replace
    ctx.sender = replace(ctx.sender, templates=tmp_path)
    outs = due_agenda(ctx)
    assert len(outs) == len(NAMES) and "DAGSORDEN" in text(outs[0].message)
    assert any("agenda-body.txt" in p for p in tools.digest_problems(ctx))


def test_preview_renders_whether_due_or_already_sent_and_filters_by_recipient():
    wb = followup_group()
    now = at(MAY - dt.timedelta(days=20), 8)  # not due yet
    assert due_agenda(context(wb, now)) == []
    outs = tools.preview(context(wb, now), "agenda", to=email("Ida Engholm"))
    assert [o.recipient for o in outs] == [email("Ida Engholm")]
    assert tools.preview(context(wb, now), "followup", meeting_date=MAY)
    with pytest.raises(TovholderError):
        tools.preview(context(wb, now), "newsletter")
    with pytest.raises(TovholderError):
        tools.preview(context(wb, now), "agenda", meeting_date=dt.date(2030, 1, 1))


def test_next_wake_is_the_next_moment_a_decision_can_change():
    wb = group()
    assert when.next_wake(context(wb, at(MAY - dt.timedelta(days=9), 12))) == \
        at(MAY - dt.timedelta(days=8), 7)
    assert when.next_wake(context(wb, at(MAY, 8))) == at(MAY, 9, 30)
    assert when.next_wake(context(wb, at(MAY, 10))) == at(MAY, 12)


def test_a_reminder_says_what_to_answer_in_words_the_reply_reader_understands():
    # issue 15: "giv formanden besked" sent members to the chair for what a reply does itself
    from tovholder.replies.actions import ActionInfo, parse_action_reply

    day = dt.date(2025, 6, 2)
    wb = reminder_group(("7", "Mette Lindholt", day + dt.timedelta(days=3)))
    [out] = due_action_reminders(context(wb, at(day, 8)))
    body = " ".join(text(out.message).split())
    assert 'svar på denne mail med "7 er færdig"' in body and "formanden" not in body
    said = re.findall(r'"(7 [^"]+)"', body)
    mine = [ActionInfo("7", "Opgave 7", day + dt.timedelta(days=3), True)]
    assert [parse_action_reply(s, mine, day).changes[0].op for s in said] == ["done", "due"]


def test_a_reminder_to_the_chair_about_her_own_action_does_not_send_her_to_herself():
    day = dt.date(2025, 6, 2)
    wb = reminder_group(("1", "Ida Engholm", day + dt.timedelta(days=3)))
    [out] = due_action_reminders(context(wb, at(day, 8)))
    assert out.recipient == email("Ida Engholm")
    assert "formand" not in text(out.message).casefold()


def test_the_sign_off_is_the_sender_and_the_calendar_title_is_the_meeting():
    # issue 15: "Tovholder for MIG virksomheder – tovholder", and a calendar entry named after
    # the sender instead of the meeting
    wb = group()
    ctx = context(wb, at(MAY - dt.timedelta(days=7), 7))
    ctx = dataclasses.replace(ctx, sender=dataclasses.replace(
        ctx.sender, name="MIG virksomheder – tovholder", group="MIG virksomheder"))
    msg = due_agenda(ctx)[0].message
    assert text(msg).rstrip().endswith("Venlig hilsen\nMIG virksomheder – tovholder")
    assert "Tovholder for" not in text(msg) and "Tovholder for" not in html(msg)
    ev = next(iter(Calendar.from_ical(calendar(msg)).walk("VEVENT")))
    assert str(ev["summary"]) == "MIG virksomheder: møde 14. maj 2025"
