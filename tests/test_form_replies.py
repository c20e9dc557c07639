"""Accuracy of reading replies to the competence form, measured on tests/data/form-replies.

Each NAME.eml is a reply as a real client sends it; NAME.expected.json holds what the form showed
(``sent``) and the answers a person reads in the reply. Per field (every question the expected
file or the parser names), the answer recorded must equal the expected one. The suite prints
the accuracy, fails below 98 %, and fails on any invented answer: an answer where the expected
file has none, or an option the member did not choose.

Run: /work/main/.venv/bin/python -m pytest tests/test_form_replies.py -q -s
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tovholder.mailer.decode import decode_message
from tovholder.replies.form_reply import Parsed, parse_reply, reply_body
from tovholder.replies.form_text import CHOICE, split_values
from tovholder.sheets.model import Question
from tovholder.sheets.starter import EXAMPLES

DATA = Path(__file__).parent / "data" / "form-replies"
TYPES = {"flere": "multi", "tal": "number", "én": "single", "tekst": "text"}
CASES = sorted(p.name.removesuffix(".expected.json") for p in DATA.glob("*.expected.json"))


def questions(lang: str) -> list[Question]:
    return [Question(i + 2, r["id"], r["question"], TYPES.get(r["type"], r["type"]),
                     tuple(o.strip() for o in r["options"].split(";") if o.strip()))
            for i, r in enumerate(EXAMPLES["form"][lang])]


def read(name: str) -> tuple[dict, Parsed, list[Question]]:
    expected = json.loads((DATA / f"{name}.expected.json").read_text(encoding="utf-8"))
    mail = decode_message((DATA / f"{name}.eml").read_bytes())
    qs = questions(expected["lang"])
    parsed = parse_reply(reply_body(mail.text, mail.html), qs, expected["sent"],
                         names=[mail.from_name])
    return expected, parsed, qs


def score(name: str) -> tuple[int, int, list[str], list[str]]:
    """(fields right, fields, wrong fields, invented answers) for one reply."""
    expected, parsed, qs = read(name)
    sent, want, got = expected["sent"], expected["answers"], parsed.answers
    right, fields, wrong, invented = 0, 0, [], []
    for q in qs:
        if q.id not in want and q.id not in got:
            continue
        fields += 1
        should, has = want.get(q.id, sent.get(q.id, "")), got.get(q.id, sent.get(q.id, ""))
        if _same(q, should, has):
            right += 1
            continue
        wrong.append(f"{name}: {q.id}: expected {should!r}, got {has!r}")
        extra = (set(split_values(has)) - set(split_values(should)) if q.type in CHOICE
                 else {has} if q.id not in want else set())
        if extra:
            invented.append(f"{name}: {q.id}: {sorted(extra)}")
    return right, fields, wrong, invented


def _same(q: Question, a: str, b: str) -> bool:
    if q.type in CHOICE:
        return set(split_values(a)) == set(split_values(b))
    return " ".join(a.split()) == " ".join(b.split())


def test_the_corpus_is_big_enough() -> None:
    assert len(CASES) >= 60
    clients = {json.loads((DATA / f"{n}.expected.json").read_text())["client"] for n in CASES}
    assert len(clients) >= 10


def test_accuracy_per_field_and_no_invented_answers() -> None:
    right = fields = 0
    wrong: list[str] = []
    invented: list[str] = []
    for name in CASES:
        r, f, w, i = score(name)
        right, fields, wrong, invented = right + r, fields + f, wrong + w, invented + i
    accuracy = right / fields if fields else 0.0
    print(f"\nform replies: {len(CASES)} replies, {fields} fields, per-field accuracy "
          f"{accuracy:.1%}, invented answers {len(invented)}")
    for line in wrong:
        print("  wrong:", line)
    assert not invented, invented
    assert accuracy >= 0.98, wrong


@pytest.mark.parametrize("name", CASES)
def test_flags_and_unchanged(name: str) -> None:
    """What cannot be understood is flagged, and "ingen ændringer" is read as such."""
    expected, parsed, _ = read(name)
    assert bool(parsed.not_understood) == expected["flagged"], parsed.not_understood
    assert parsed.unchanged == expected["unchanged"]
    if not expected["answers"] and not expected["unchanged"] and not expected["flagged"]:
        assert parsed.empty
