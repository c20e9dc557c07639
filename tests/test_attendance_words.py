"""What a member's own words say about coming to a meeting (replies/attendance.py), on a small
blind corpus written before the reader: tests/data/attendance, one reply per file with the
expected status (kommer / afbud / måske, or uklar: nothing recorded, the words reach the chair),
a fragment the comment must hold, and a fragment that must still reach a person. Known misses
are an exact list: a fixed one must leave it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tovholder.mailer.quotes import visible_text
from tovholder.replies.attendance import ABSENT, COMING, MAYBE, read_attendance

DATA = Path(__file__).parent / "data" / "attendance"
NAMES = ["Ida Engholm", "Mette Lindholt", "Søren Bækgaard", "Jonas Krogsgaard"]
STATUS = {"kommer": COMING, "afbud": ABSENT, "måske": MAYBE, "uklar": ""}
KNOWN_MISSES: dict[str, str] = {}


def case(name: str) -> tuple[dict[str, str], str]:
    head, _, text = (DATA / f"{name}.txt").read_text(encoding="utf-8").partition("===\n")
    expected = dict(line.split(":", 1) for line in head.splitlines() if ":" in line)
    return {k.strip(): v.strip() for k, v in expected.items()}, text


def problems(name: str) -> list[str]:
    expected, text = case(name)
    said = read_attendance(visible_text(text), NAMES)
    found = []
    if said.status != STATUS[expected["status"]]:
        found.append(f"status {said.status!r}, expected {expected['status']}")
    if expected.get("comment") and expected["comment"].casefold() not in said.comment.casefold():
        found.append(f"comment {said.comment!r} lacks {expected['comment']!r}")
    if expected.get("passed_on") and expected["passed_on"] not in "\n".join(said.rest):
        found.append(f"not passed on: {expected['passed_on']!r} (rest {said.rest})")
    if not expected.get("passed_on") and said.status and said.rest:
        found.append(f"passed on without need: {said.rest}")
    return found


@pytest.mark.parametrize("name", sorted(p.stem for p in DATA.glob("*.txt")))
def test_each_reply_is_read_for_its_writers_attendance(name: str) -> None:
    wrong = problems(name)
    if name in KNOWN_MISSES:
        assert wrong, f"{name} is right now: remove it from KNOWN_MISSES"
    else:
        assert not wrong, wrong


def test_the_corpus_is_big_enough() -> None:
    assert len(list(DATA.glob("*.txt"))) >= 25
