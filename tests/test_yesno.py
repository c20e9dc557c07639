"""tovholder.replies.yesno on replies shaped like real clients' (Gmail, Outlook, Apple Mail, iPhone,
Thunderbird bottom-posting, Outlook for Android, HTML-only), quoting a question that itself says
"ja" and "nej". Accuracy must be at least 95 %, and an answer that would change the sheet
(yes or no) must never be wrong: when unsure, the reply goes to the chair."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tovholder.mailer.decode import decode_message
from tovholder.replies.yesno import NO, UNCLEAR, YES, classify, classify_reply

CORPUS = Path(__file__).parent / "data" / "yesno"
EXPECTED: dict[str, str] = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
KINDS = ("vacancy", "renewal", "approval", "decline")


def body(name: str) -> str:
    path = CORPUS / name
    if path.suffix == ".eml":
        return decode_message(path.read_bytes()).best_text
    return path.read_text(encoding="utf-8")


def results() -> dict[str, tuple[str, str]]:
    return {name: (want, classify_reply(body(name))) for name, want in EXPECTED.items()}


def test_every_file_has_an_expected_answer_and_each_kind_has_15() -> None:
    files = {p.relative_to(CORPUS).as_posix() for p in CORPUS.glob("*/*") if p.is_file()}
    assert files == set(EXPECTED)
    per_kind = Counter(name.split("/")[0] for name in EXPECTED)
    assert all(per_kind[k] >= 15 for k in KINDS), per_kind
    assert set(EXPECTED.values()) == {YES, NO, UNCLEAR}


def test_accuracy_is_at_least_95_percent_and_nothing_is_invented(
        record_property: pytest.RecordProperty) -> None:
    found = results()
    wrong = {name: got for name, (want, got) in found.items() if got != want}
    accuracy = 1 - len(wrong) / len(found)
    for kind in KINDS:
        mine = {n: r for n, r in found.items() if n.startswith(kind + "/")}
        right = sum(want == got for want, got in mine.values())
        print(f"{kind}: {right}/{len(mine)}")
    print(f"yes/no accuracy: {accuracy:.1%} of {len(found)}; wrong: {wrong}")
    record_property("yesno_accuracy", f"{accuracy:.3f}")
    invented = {n: (found[n][0], got) for n, got in wrong.items() if got in (YES, NO)}
    assert not invented, "a wrong yes/no would change the sheet: " + repr(invented)
    assert accuracy >= 0.95, wrong


@pytest.mark.parametrize(("text", "want"), [
    ("Ja", YES), ("ja tak!", YES), ("Jeg tager to år mere", YES), ("fortsætter", YES),
    ("Godkendt", YES), ("approved", YES), ("I'll continue", YES), ("No problem, I'll do it", YES),
    ("Nej", NO), ("nej tak", NO), ("Jeg fortsætter ikke", NO), ("I won't continue", NO),
    ("Ikke godkendt", NO), ("Desværre", NO), ("Tak, men nej", NO),
    ("", UNCLEAR), ("Måske", UNCLEAR), ("Hvad indebærer det?", UNCLEAR),
    ("Ja, måske", UNCLEAR), ("Jeg kan ikke i år, men gerne næste år", NO),
])
def test_short_answers(text: str, want: str) -> None:
    assert classify(text) == want
