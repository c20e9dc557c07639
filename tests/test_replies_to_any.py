"""Every reply to any email Tovholder sends is understood and recorded, or reaches the person who
must read it with its files; courtesy alone reaches nobody; a calendar response is attendance.
Blind corpus, one case per reply (tests/data/replies-to-any, README there); the unseen half is
tests/data/replies-to-any-unseen. Known misses are exact lists: a fixed one must leave it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.replies_to_any import Outcome, cases, run

KNOWN_MISSES: dict[str, dict[str, str]] = {
    "replies-to-any": {
        "a20_videresendt_kollega_svar_outlook": "no reply token: quarantined with a notice, not passed on",
        "c01_indsendt_hoeringssvar_pdf_outlook": "judgment: the coordinator wrote it; the chair reads it",
        "c02_mangler_input_thunderbird": "judgment: the coordinator wrote it; the chair reads it",
    },
    "replies-to-any-unseen": {
        "u20_endelig_pdf_og_docx_owa": "judgment: the coordinator wrote it; the chair reads it",
        "u24_videresendt_chef_svar_outlook": "no reply token: quarantined with a notice, not passed on",
    },
}


def problems(out: Outcome) -> list[str]:
    """What went wrong with one reply; [] when everything the corpus expects happened."""
    e = out.expected
    found = []
    if out.mail_state == "quarantined":
        found.append("quarantined instead of handled")
    person = e.get("person")
    if e["courtesy_only"]:
        for who in ("chair", "coordinator"):
            if out.to(who):
                found.append(f"courtesy passed on to the {who}")
    if person:
        text = out.passed_on_text(str(person))
        found += [f"not passed on: {s!r}" for s in e["must_reach_a_person"] if s not in text]
        found += [f"passed on but should not be: {s!r}" for s in e["must_not_be_passed_on"]
                  if s in text]
        files = out.passed_on_files(str(person))
        found += [f"file not passed on: {f}" for f in e["attachments"] if f not in files]
    if e["answers"] in ("invitation", "agenda"):
        found += attendance_problems(out)
    return found


def attendance_problems(out: Outcome) -> list[str]:
    """The member's own attendance recorded with its comment; none where the reply says
    nothing about it (a wrong afbud is worse than none)."""
    e, states = out.expected, [state for state, _ in out.attendance]
    if not e["attendance"]:
        return [f"attendance recorded from nothing: {out.attendance}"] if states else []
    if e["attendance"] not in states:
        return [f"attendance {e['attendance']} not recorded ({out.attendance})"]
    comment = str(e["attendance_comment"])
    if comment and not any(comment in detail for _, detail in out.attendance):
        return [f"comment {comment!r} not recorded ({out.attendance})"]
    return []


@pytest.mark.parametrize("folder,name", [(f, n) for f in KNOWN_MISSES for n in cases(f)])
def test_each_reply_is_recorded_or_reaches_a_person(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    folder: str, name: str) -> None:
    wrong = problems(run(tmp_path, monkeypatch, folder, name))
    if name in KNOWN_MISSES[folder]:
        assert wrong, f"{name} is right now: remove it from KNOWN_MISSES"
    else:
        assert not wrong, wrong


def test_the_corpus_is_big_and_varied() -> None:
    assert len(cases("replies-to-any")) >= 50 and len(cases("replies-to-any-unseen")) >= 20
