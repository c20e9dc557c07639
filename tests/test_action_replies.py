"""Actions by reply: end to end through the local mailbox (a reminder goes out, the member
replies, Opgaver changes, the member gets one line, the chair gets what was not understood), and
the parser on a corpus of real-client replies with expected results written by hand, each reply
its own test case (a reply read wrong today is listed in KNOWN_MISSES, exactly)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.corpus_cases import check_case, check_summary
from tests.features import made_up
from tests.replyworld import CHAIR, World, at, body, to
from tovholder.jobs.actions import replies as action_replies
from tovholder.jobs.actions.feature import FEATURE as ACTIONS_FEATURE
from tovholder.jobs.base.feature import handlers
from tovholder.jobs.digests.digests import due_followup
from tovholder.jobs.digests.feature import FEATURE as DIGESTS
from tovholder.mailer.decode import decode_message
from tovholder.replies.actions import ActionInfo, parse_action_reply

CORPUS = Path(__file__).parent / "data" / "action-replies"
TODAY = dt.date(2026, 3, 5)


def opgaver(*rows: list[str]) -> list[list[str]]:
    return [["Nr", "Møde", "Opgave", "Ansvarlig", "Frist", "Status", "Note"], *rows]


def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str = "da",
          meetings: list[list[str]] | None = None) -> World:
    tabs = {"Møder": [["Dato", "Status"], *(meetings or [])], "Opgaver": opgaver(
        ["3", "", "Skriv udkast til høringssvar om PFAS", "Mette Lindholt", "07-03-2026", "åben",
         ""],
        ["5", "", "Ring til kommunen om støjmålinger", "Mette Lindholt", "01-03-2026", "åben",
         "aftalt på mødet"],
        ["7", "", "Book lokale til mødet i juni", "Mette Lindholt", "06-03-2026", "åben", ""],
        ["8", "", "Send referat", "Søren Bækgaard", "06-03-2026", "åben", ""])}
    return World(tmp_path, monkeypatch, tabs,
                 ACTIONS_FEATURE.due, handlers((ACTIONS_FEATURE, DIGESTS)), lang=lang)


def action(w: World, aid: str):  # noqa: ANN201
    return next(a for a in w.workbook().actions if a.id == aid)


def test_a_reply_to_a_reminder_updates_the_actions_and_is_confirmed_in_thread(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    sent = w.tick(at(TODAY))
    reminder = to(sent, "mette", "Påmindelse")
    assert "3: Skriv udkast" in body(reminder)
    reply_id = w.reply(reminder, "Hej Ida\n\n3 er færdig. Nr. 5 udsættes til 1. juni.\n"
                                 "7: lokalet er reserveret, mangler bekræftelse\n\nMvh Mette",
                       at(TODAY, 10))
    sent = w.tick(at(TODAY, 11))
    assert action(w, "3").status == "done"
    assert action(w, "5").due == dt.date(2026, 6, 1)
    assert action(w, "5").note == "aftalt på mødet"
    assert action(w, "7").note.endswith("Mette: lokalet er reserveret, mangler bekræftelse")
    assert action(w, "8").status == "open"  # someone else's
    confirm = to(sent, "mette", "noteret")
    assert str(confirm["In-Reply-To"]) == reply_id
    line = body(confirm)
    assert "Opgave 3 er markeret som færdig" in line and "1. juni 2026" in line
    assert not [m for m in sent if CHAIR in str(m["To"])]  # everything was understood
    assert w.tick(at(TODAY, 12)) == []  # once


def test_not_mine_and_what_is_not_understood_go_to_the_chair_quoted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    reminder = to(w.tick(at(TODAY)), "mette", "Påmindelse")
    w.reply(reminder, "7 er ikke min, det er Jonas der har den.\n"
                      "Skal vi ikke tage støjmålingerne op på næste møde?", at(TODAY, 10))
    sent = w.tick(at(TODAY, 11))
    note = to(sent, "ida.engholm", "Mette Lindholt")
    text = body(note)
    assert "Opgave 7 (Book lokale til mødet i juni) er ikke min" in text
    assert "> Skal vi ikke tage støjmålingerne op på næste møde?" in text
    assert [a.status for a in w.workbook().actions] == ["open"] * 4  # nothing invented
    assert "formanden" in body(to(sent, "mette", "noteret"))


def test_a_reply_to_the_follow_up_in_english(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch, lang="en", meetings=[["03-03-2026", "afholdt"]])
    w.group.settings["digests"] = {"followup_days_after": 1}
    w.group.features = made_up([due_followup, action_replies.due_action_answers],
                               handlers((ACTIONS_FEATURE, DIGESTS)))
    followup = to(w.tick(at(TODAY)), "mette")
    w.reply(followup, "Number 3 and 7 are done.", at(TODAY, 10))
    w.tick(at(TODAY, 11))
    assert action(w, "3").status == "done" and action(w, "7").status == "done"
    assert action(w, "5").status == "open"


# --- the corpus -------------------------------------------------------------------------------

ACTIONS = [ActionInfo("3", "Skriv udkast til høringssvar om PFAS", dt.date(2026, 3, 7)),
           ActionInfo("5", "Ring til kommunen om støjmålinger", dt.date(2026, 3, 1)),
           ActionInfo("7", "Book lokale til mødet i juni", dt.date(2026, 3, 6))]


def corpus() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix in (".eml", ".txt")
                  and not p.name.endswith(".expected.json"))


CASES = corpus()
KNOWN_MISSES: dict[str, str] = {}  # case: why it is read wrong; exact (see tests/corpus_cases.py)


def run(path: Path) -> dict[str, object]:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    mail = decode_message(path.read_bytes()) if path.suffix == ".eml" else None
    text = mail.best_text if mail else path.read_text(encoding="utf-8")
    actions = ACTIONS[:expected.get("actions", 3)]
    parsed = parse_action_reply(text, actions, TODAY)
    got = sorted([c.action, c.op] + ([c.value] if c.op == "due" else [])
                 for c in parsed.changes if c.op != "note")
    notes = sorted(c.action for c in parsed.changes if c.op == "note")
    chair = bool(parsed.unclear) or any(c.op == "not_mine" for c in parsed.changes)
    return {"changes": got, "notes": notes, "chair": chair, "expected": expected}


def judge(r: dict[str, object]) -> tuple[list[str], list[list]]:
    """``r`` as ``run`` gives it: (what the reply got wrong, the changes it invented: a done or a
    due date the expected file does not have)."""
    want = r["expected"]
    want_changes = sorted(want["changes"])
    wrong = [f"{key}: expected {expected!r}, got {r[key]!r}" for key, expected in
             (("changes", want_changes), ("notes", sorted(want.get("notes", []))),
              ("chair", want["chair"])) if r[key] != expected]
    invented = [c for c in r["changes"] if c not in want_changes and c[1] != "not_mine"]
    return wrong, invented


def check(path: Path) -> tuple[list[str], list[list]]:
    return judge(run(path))


def test_the_corpus_is_big_enough() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_a_reply_changes_exactly_the_actions_it_names_and_the_rest_goes_to_the_chair(
        path: Path) -> None:
    wrong, invented = check(path)
    assert not invented, invented
    check_case(path.name, wrong, KNOWN_MISSES)


def test_summary_known_misses_and_nothing_invented() -> None:
    results = {path.name: check(path) for path in CASES}
    check_summary("actions by reply", {n: w for n, (w, _) in results.items()}, KNOWN_MISSES,
                  {n: i for n, (_, i) in results.items()})


# --- a shared action: the co-owners hear what one owner did (issue 15) ------------------------

def shared_world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    tabs = {"Møder": [["Dato", "Status"]], "Opgaver": opgaver(
        ["3", "", "Skriv udkast til høringssvar om PFAS", "Mette Lindholt, Søren Bækgaard",
         "07-03-2026", "åben", ""],
        ["7", "", "Book lokale til mødet i juni", "Mette Lindholt, Jonas Krogsgaard",
         "06-03-2026", "åben", ""],
        ["9", "", "Saml data om støj", "Mette Lindholt", "06-03-2026", "åben", ""])}
    return World(tmp_path, monkeypatch, tabs,
                 ACTIONS_FEATURE.due, handlers((ACTIONS_FEATURE, DIGESTS)))


def test_closing_or_moving_a_shared_action_tells_its_other_owners_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = shared_world(tmp_path, monkeypatch)
    reminder = to(w.tick(at(TODAY)), "mette", "Påmindelse")
    w.reply(reminder, "3 er færdig. 7 udsættes til 1. april. 9 er færdig.", at(TODAY, 10))
    sent = w.tick(at(TODAY, 11))
    soren = to(sent, "soren", "Mette Lindholt har meldt opgave 3 færdig")
    assert "3: Skriv udkast til høringssvar om PFAS – meldt færdig" in body(soren)
    jonas = to(sent, "jonas", "Mette Lindholt har flyttet fristen for opgave 7")
    assert "7: Book lokale til mødet i juni – ny frist onsdag den 1. april 2026" in body(jonas)
    assert "Saml data" not in body(soren) + body(jonas)  # 9 is Mette's alone
    assert not [m for m in sent if "mette" in str(m["To"]) and "Mette Lindholt har" in
                str(m["Subject"])]  # the owner who answered is not told what she did
    assert w.tick(at(TODAY, 12)) == []  # once


def test_a_tick_killed_while_telling_the_co_owners_is_finished_without_a_second_note(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.test_mail_loop import Killed

    w = shared_world(tmp_path, monkeypatch)
    reminder = to(w.tick(at(TODAY)), "mette", "Påmindelse")
    w.reply(reminder, "3 er færdig og 7 er færdig", at(TODAY, 10))
    real_send = w.mail.send

    def send_then_die(msg):  # noqa: ANN001, ANN202
        refused = real_send(msg)
        if "har meldt opgave" in str(msg["Subject"]):
            raise Killed  # the server has the first co-owner note; its sent row is not written
        return refused

    monkeypatch.setattr(w.mail, "send", send_then_die)
    with pytest.raises(Killed):
        w.tick(at(TODAY, 11))
    monkeypatch.undo()
    w.tick(at(TODAY, 12))
    w.tick(at(TODAY, 13))
    notes = [m for m in w.sent() if "har meldt opgave" in str(m["Subject"])]
    assert sorted(str(m["To"]).split("<")[0].strip() for m in notes) == ["Jonas Krogsgaard",
                                                                         "Søren Bækgaard"]
