"""tovholder.replies.yesno on replies shaped like real clients' (Gmail, Outlook, Apple Mail, iPhone,
Thunderbird bottom-posting, Outlook for Android, HTML-only), quoting a question that itself says
"ja" and "nej". Each reply is its own test case: read as expected, or listed in KNOWN_MISSES,
exactly (tests/corpus_cases.py). An answer that would change the sheet (yes or no) must never
be wrong, not even as a known miss: when unsure, the reply goes to the chair."""

from __future__ import annotations

import functools
import json
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus_cases import check_case, check_summary
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


KNOWN_MISSES = {  # case: why it is read wrong; exact (see tests/corpus_cases.py)
    "vacancy/34_gmail_en.txt": "\"Unfortunately I don't have the capacity right now.\" is a no "
                               "without a no-word; read as unclear, it goes to the chair",
}


@functools.cache
def answer(name: str) -> str:
    return classify_reply(body(name))


def judge(name: str) -> tuple[list[str], list[str]]:
    """(what is wrong, the yes or no that is wrong: it would change the sheet)."""
    want, got = EXPECTED[name], answer(name)
    if got == want:
        return [], []
    return [f"expected {want}, got {got}"], [got] if got in (YES, NO) else []


def test_every_file_has_an_expected_answer_and_each_kind_has_15() -> None:
    files = {p.relative_to(CORPUS).as_posix() for p in CORPUS.glob("*/*") if p.is_file()}
    assert files == set(EXPECTED)
    per_kind = Counter(name.split("/")[0] for name in EXPECTED)
    assert all(per_kind[k] >= 15 for k in KINDS), per_kind
    assert set(EXPECTED.values()) == {YES, NO, UNCLEAR}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_reply_is_read_as_the_yes_no_or_unclear_it_is(name: str) -> None:
    """A yes or no read wrong would change the sheet: never, not even as a known miss."""
    wrong, invented = judge(name)
    assert not invented, f"{name}: a wrong yes/no would change the sheet: {wrong}"
    check_case(name, wrong, KNOWN_MISSES)


def test_summary_per_kind_known_misses_and_no_wrong_yes_or_no(
        record_property: pytest.RecordProperty) -> None:
    found = {name: judge(name) for name in sorted(EXPECTED)}
    right = {kind: sum(not w for n, (w, _) in found.items() if n.startswith(kind + "/"))
             for kind in KINDS}
    per_kind = Counter(name.split("/")[0] for name in EXPECTED)
    accuracy = sum(not w for w, _ in found.values()) / len(found)
    record_property("yesno_accuracy", f"{accuracy:.3f}")
    check_summary("yes/no", {n: w for n, (w, _) in found.items()}, KNOWN_MISSES,
                  {n: i for n, (_, i) in found.items()},
                  ", ".join(f"{kind} {right[kind]}/{per_kind[kind]}" for kind in KINDS))


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
