"""Reading replies to the competence form, checked reply by reply on tests/data/form-replies.

Each NAME.eml is a reply as a real client sends it; NAME.expected.json holds what the form showed
(``sent``) and the answers a person reads in the reply. Each reply is its own test case: per
field (every question the expected file or the parser names) the answer recorded must equal the
expected one, the flag ("not understood") and "ingen ændringer" must be as expected, and no
answer may be invented (one where the expected file has none, or an option the member did not
choose). A reply read wrong today is listed in KNOWN_MISSES, exactly (tests/corpus_cases.py).
The summary test prints the per-field accuracy.

Run: .venv/bin/python -m pytest tests/test_form_replies.py -q -s
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.corpus_cases import check_case, check_summary
from tovholder.mailer.decode import decode_message
from tovholder.replies.form_reply import Parsed, parse_reply, reply_body
from tovholder.replies.form_text import CHOICE, split_values
from tovholder.sheets.model import Question
from tovholder.sheets.starter import EXAMPLES

DATA = Path(__file__).parent / "data" / "form-replies"
TYPES = {"flere": "multi", "tal": "number", "én": "single", "tekst": "text"}
KNOWN_MISSES: dict[str, str] = {  # case: why it is read wrong; exact (see tests/corpus_cases.py)
    "da-gmail-inline": "'Jeg går på pension næste år' under Andet is recorded and also passed "
                       "on to the chair (news in Andet; three blind parts expect the flag)",
}


def cases(folder: Path) -> list[str]:
    return sorted(p.name.removesuffix(".expected.json") for p in folder.glob("*.expected.json"))


CASES = cases(DATA)


def questions(lang: str) -> list[Question]:
    return [Question(i + 2, r["id"], r["question"], TYPES.get(r["type"], r["type"]),
                     tuple(o.strip() for o in r["options"].split(";") if o.strip()))
            for i, r in enumerate(EXAMPLES["form"][lang])]


@functools.cache
def read(folder: Path, name: str) -> tuple[dict, Parsed, list[Question]]:
    expected = json.loads((folder / f"{name}.expected.json").read_text(encoding="utf-8"))
    mail = decode_message((folder / f"{name}.eml").read_bytes())
    qs = questions(expected["lang"])
    parsed = parse_reply(reply_body(mail.text, mail.html), qs, expected["sent"],
                         names=[mail.from_name])
    return expected, parsed, qs


@dataclass(frozen=True)
class Outcome:
    right: int  # fields recorded as expected
    fields: int  # every question the expected file or the parser names
    wrong: list[str]  # wrong fields, flag, "ingen ændringer" or emptiness
    invented: list[str]  # answers where the expected file has none, options not chosen
    given: int = 0  # questions the member answered (expected answers and questions to ask)
    given_right: int = 0  # of those, recorded as expected (an asked one: passed on)
    silent: tuple[str, ...] = ()  # answers given, not recorded right and not passed on


def score(folder: Path, name: str) -> Outcome:
    expected, parsed, qs = read(folder, name)
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
        wrong.append(f"{q.id}: expected {should!r}, got {has!r}")
        extra = (set(split_values(has)) - set(split_values(should)) if q.type in CHOICE
                 else {has} if q.id not in want else set())
        if extra:
            invented.append(f"{q.id}: {sorted(extra)}")
    if bool(parsed.not_understood) != expected["flagged"]:
        wrong.append(f"flagged {bool(parsed.not_understood)} (expected {expected['flagged']}): "
                     f"{parsed.not_understood}")
    if parsed.unchanged != expected["unchanged"]:
        wrong.append(f"unchanged {parsed.unchanged} (expected {expected['unchanged']})")
    if (not expected["answers"] and not expected["unchanged"] and not expected["flagged"]
            and not parsed.empty):
        wrong.append(f"expected nothing read, got {parsed}")
    given, given_right, silent = _given(qs, expected, parsed)
    for qid in expected.get("ask", []):
        if not parsed.not_understood:
            wrong.append(f"{qid}: to be asked, but nothing was passed on")
    return Outcome(right, fields, wrong, invented, given, given_right, tuple(silent))


def _given(qs: list[Question], expected: dict, parsed: Parsed) -> tuple[int, int, list[str]]:
    """(answers given, of those recorded right, those neither recorded right nor passed on).
    An answer given is an expected answer or a question the secretary asks about ("ask"); an
    asked question without a confident part is right when nothing is recorded and the words
    are passed on (the reply is flagged)."""
    sent, want, got = expected["sent"], expected["answers"], parsed.answers
    asked, passed = set(expected.get("ask", [])), bool(parsed.not_understood)
    given, right, silent = 0, 0, []
    for q in qs:
        if q.id not in want and q.id not in asked:
            continue
        given += 1
        should, has = want.get(q.id, sent.get(q.id, "")), got.get(q.id, sent.get(q.id, ""))
        ok = _same(q, should, has) and (q.id not in asked or passed)
        right += ok
        if not ok and not passed:
            silent.append(f"{q.id}: expected {should!r}, got {has!r}, nothing passed on")
    return given, right, silent


def _same(q: Question, a: str, b: str) -> bool:
    if q.type in CHOICE:
        return set(split_values(a)) == set(split_values(b))
    return " ".join(a.split()) == " ".join(b.split())


def check_reply(folder: Path, name: str, known_misses: dict[str, str]) -> None:
    outcome = score(folder, name)
    assert not outcome.invented, outcome.invented
    check_case(name, outcome.wrong, known_misses)


def check_unseen_reply(folder: Path, name: str, known_misses: dict[str, str],
                       known_invented: dict[str, list[str]]) -> None:
    """A blind part's case: read right, or wrong exactly as listed; its invented values (if
    any) exactly as listed too, so a new one fails and a fixed one must be taken off."""
    outcome = score(folder, name)
    assert outcome.invented == known_invented.get(name, []), outcome.invented
    check_case(name, outcome.wrong, known_misses)


def unseen_part_test(folder: Path, known_misses: dict[str, str],
                     known_invented: dict[str, list[str]]) -> Callable[[str], None]:
    """The test of one blind part, a case per reply (tests/test_form_own_words_unseenN.py). What
    is read wrong is listed exactly in the part's module, and so are the invented values, so
    that the suite stays green and every change to them is seen: a fixed one must be taken off,
    a new one fails."""
    @pytest.mark.parametrize("name", cases(folder))
    def test(name: str) -> None:
        check_unseen_reply(folder, name, known_misses, known_invented)
    return test


def check_corpus_summary(label: str, folder: Path, known_misses: dict[str, str]) -> None:
    outcomes = {name: score(folder, name) for name in cases(folder)}
    right = sum(o.right for o in outcomes.values())
    fields = sum(o.fields for o in outcomes.values())
    check_summary(label, {n: o.wrong for n, o in outcomes.items()}, known_misses,
                  {n: o.invented for n, o in outcomes.items()},
                  f"{fields} fields, per-field accuracy {right / fields:.1%}")


def figures(folders: list[Path], suffix: str = "") -> dict[str, object]:
    """The form figures over the corpora in ``folders``: answers given and recorded right
    (share), values invented, answers given that were neither recorded nor passed on."""
    outcomes = [score(folder, name) for folder in folders for name in cases(folder)]
    given = sum(o.given for o in outcomes)
    right = sum(o.given_right for o in outcomes)
    return {f"form_replies{suffix}": len(outcomes), f"form_answers_given{suffix}": given,
            f"form_fields_right{suffix}": f"{100 * right / max(given, 1):.1f}%",
            f"form_invented{suffix}": sum(len(o.invented) for o in outcomes),
            f"form_silent_misses{suffix}": sum(len(o.silent) for o in outcomes)}


def test_the_corpus_is_big_enough() -> None:
    assert len(CASES) >= 60
    clients = {json.loads((DATA / f"{n}.expected.json").read_text())["client"] for n in CASES}
    assert len(clients) >= 10


@pytest.mark.parametrize("name", CASES)
def test_a_reply_records_the_answers_the_member_gave_and_flags_what_is_not_understood(
        name: str) -> None:
    """Every field as expected, no invented answer, what cannot be understood flagged,
    "ingen ændringer" read as such, and nothing read from a reply that says nothing."""
    check_reply(DATA, name, KNOWN_MISSES)


def test_summary_per_field_accuracy_known_misses_and_no_invented_answers() -> None:
    check_corpus_summary("form replies", DATA, KNOWN_MISSES)
