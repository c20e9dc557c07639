"""Agenda proposals by reply: end to end through the local mailbox (the call goes out 14 days
before the meeting, replies become "foreslået" rows in Dagsorden, the proposer is thanked, the
digest shows only approved items), and the parser on a corpus of real-client replies, each reply
its own test case (a reply read wrong today is listed in KNOWN_MISSES, exactly)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.corpus_cases import check_case, check_summary
from tests.replyworld import CHAIR, World, at, body, to
from tovholder.jobs.agenda_call.feature import FEATURE as AGENDA_CALL
from tovholder.jobs.base.feature import handlers
from tovholder.jobs.digests.digests import due_agenda
from tovholder.mailer.decode import decode_message
from tovholder.replies.proposals import parse_proposals

CORPUS = Path(__file__).parent / "data" / "proposal-replies"
MEETING = dt.date(2026, 4, 22)


def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    tabs = {"Møder": [["Dato", "Start", "Slut", "Sted", "Status"],
                      ["22-04-2026", "9.00", "12.00", "Fredericia Rådhus", "planlagt"]],
            "Dagsorden": [["Møde", "Nr", "Punkt", "Ansvarlig", "Note", "Status"],
                          ["22-04-2026", "1", "Tilsynskampagne 2026", "Ida Engholm", "",
                           "planlagt"]]}
    return World(tmp_path, monkeypatch, tabs, [due_agenda, *AGENDA_CALL.due],
                 handlers((AGENDA_CALL,)))


def test_the_call_goes_once_14_days_before_and_replies_become_proposed_items(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = world(tmp_path, monkeypatch)
    assert w.tick(at("2026-04-07")) == []  # 15 days before
    calls = w.tick(at("2026-04-08"))
    assert len(calls) == 4 and all("Punkter til næste møde" in str(m["Subject"]) for m in calls)
    assert "Tilsynskampagne 2026" in body(calls[0])
    assert w.tick(at("2026-04-08", 12)) == []
    w.reply(to(calls, "mette"), "Hej\n\nJeg har to punkter:\n- Støjklager fra varmepumper\n"
                                "- Erfaringer med den nye affaldsbekendtgørelse\n  Vi har haft "
                                "mange spørgsmål.\n\nMvh Mette", at("2026-04-09"))
    w.reply(to(calls, "jonas"), "Nej tak, ikke denne gang.", at("2026-04-09"))
    w.reply(to(calls, "soren"), "Hvornår får vi referatet fra sidst?", at("2026-04-09"))
    sent = w.tick(at("2026-04-09", 10))
    items = [(i.title, i.responsible, i.status, i.note) for i in w.workbook().agenda]
    assert items[1:] == [
        ("Støjklager fra varmepumper", "Mette Lindholt", "proposed", ""),
        ("Erfaringer med den nye affaldsbekendtgørelse", "Mette Lindholt", "proposed",
         "Vi har haft mange spørgsmål.")]
    thanks = to(sent, "mette", "noteret")
    assert "“Støjklager fra varmepumper”" in body(thanks) and thanks["In-Reply-To"]
    assert not [m for m in sent if "jonas" in str(m["To"])]  # a no needs no answer
    assert "> Hvornår får vi referatet fra sidst?" in body(to(sent, CHAIR.split("@")[0]))
    digest = to(w.tick(at("2026-04-15", 8)), "mette", "Dagsorden")
    assert "Tilsynskampagne 2026" in body(digest)
    assert "Støjklager" not in body(digest)  # not approved by the chair


def test_a_meeting_moved_after_its_agenda_went_gets_no_second_call(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl

    w = world(tmp_path, monkeypatch)
    assert len(w.tick(at("2026-04-08"))) == 4  # the call for the 22nd
    assert len(w.tick(at("2026-04-15", 8))) == 4  # the agenda digest
    book = openpyxl.load_workbook(w.backend.path)
    book["Møder"]["A2"] = "29-04-2026"  # the chair moves the meeting a week on
    book["Dagsorden"]["A2"] = "29-04-2026"
    book.save(w.backend.path)
    # the moved meeting's call window is open (14 days before the 29th): the same meeting
    assert [m for m in w.tick(at("2026-04-16")) if "Punkter til" in str(m["Subject"])] == []


# --- the corpus -------------------------------------------------------------------------------

def corpus() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix in (".eml", ".txt"))


CASES = corpus()
KNOWN_MISSES: dict[str, str] = {}  # case: why it is read wrong; exact (see tests/corpus_cases.py)


def judge(path: Path, invented: Callable[[str, list[str]], bool]) -> tuple[list[str], list[str]]:
    """(what the reply got wrong, the titles it invented): right when its titles equal the
    expected ones, in order, and whether it goes to the chair is as expected."""
    want = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    mail = decode_message(path.read_bytes()) if path.suffix == ".eml" else None
    text = mail.best_text if mail else path.read_text(encoding="utf-8")
    got = parse_proposals(text, signer=mail.from_name if mail else "")  # the Medlemmer name
    titles = [p.title for p in got.items]
    wrong = [f"items: expected {want['items']!r}, got {titles!r}"] if titles != want["items"] else []
    if bool(got.unclear) != want["chair"]:
        wrong.append(f"to the chair: expected {want['chair']}, got {got.unclear!r}")
    return wrong, [t for t in titles if invented(t, want["items"])]


def not_expected(title: str, expected: list[str]) -> bool:
    return title not in expected


def test_the_corpus_is_big_enough() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_a_reply_proposes_exactly_the_items_it_names_and_the_rest_goes_to_the_chair(
        path: Path) -> None:
    wrong, invented = judge(path, not_expected)
    assert not invented, invented
    check_case(path.name, wrong, KNOWN_MISSES)


def test_summary_known_misses_and_nothing_invented() -> None:
    results = {path.name: judge(path, not_expected) for path in CASES}
    check_summary("agenda proposals", {n: w for n, (w, _) in results.items()}, KNOWN_MISSES,
                  {n: i for n, (_, i) in results.items()})


def test_the_digest_lists_proposals_for_the_chair_alone() -> None:
    import datetime as dt
    from zoneinfo import ZoneInfo

    from tovholder.jobs.base.context import Context
    from tovholder.jobs.base.messages import Sender
    from tovholder.jobs.digests.digests import DigestSettings, agenda_emails
    from tovholder.sheets.parse import parse_snapshot

    snapshot = {
        "Medlemmer": [["Navn", "E-mail", "Status"], ["Ida", "ida@example.org", "aktiv"],
                      ["Bo", "bo@example.org", "aktiv"]],
        "Møder": [["Dato", "Start", "Slut", "Sted", "Status"],
                  ["04-12-2026", "10", "12", "Vejle", "planlagt"]],
        "Dagsorden": [["Møde", "Nr", "Punkt", "Ansvarlig", "Status"],
                      ["04-12-2026", "3", "Godkendt punkt", "Ida", "planlagt"],
                      ["04-12-2026", "", "Bos forslag om støj", "Bo", "foreslået"]],
    }
    wb = parse_snapshot(snapshot)
    now = dt.datetime(2026, 11, 28, 9, tzinfo=ZoneInfo("Europe/Copenhagen"))
    ctx = Context(wb, [], Sender("g@example.org", "T", "da", b"k"), now,
                  ("ida@example.org", "Ida"))
    emails = {o.recipient: o.message.get_body(("plain",)).get_content()
              for o in agenda_emails(ctx, DigestSettings(), wb.meetings[0],
                                     lambda *a: False)}
    assert "Bos forslag om støj" in emails["ida@example.org"]
    assert "FORSLAG TIL DAGSORDENEN" in emails["ida@example.org"]
    assert "Bos forslag om støj" not in emails["bo@example.org"]
    assert "Godkendt punkt" in emails["bo@example.org"]
