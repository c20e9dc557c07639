"""Writes the own-words replies to a consultation notice: NAME.eml (as the client sends it) +
NAME.expected.json.

Run: PYTHONPATH=. .venv/bin/python tests/data/consultation-own-words/generate.py [FOLDER]

FOLDER (default: this folder) must hold a cases.py with CASES (the unseen part lives outside the
repository). The notice the member answers is the one the service sends (rendered through
tests/replyworld.World on Tuesday 1 December 2026), quoted per client by
../action-replies-heldout/generate.py (the sending side, not the parser). Written blind: the
expected input is what a careful secretary puts in the coordinator's draft, by hand.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

_spec = importlib.util.spec_from_file_location(
    "heldout_action_generate", HERE.parent / "action-replies-heldout" / "generate.py")
ag = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ag)

from tests.replyworld import at  # noqa: E402
from tovholder.jobs.base.feature import handlers  # noqa: E402
from tovholder.jobs.consultations.feature import FEATURE as CONSULTATIONS  # noqa: E402


def notice(lang: str) -> EmailMessage:
    tabs = {
        "Høringer": [["Titel", "Myndighed", "Frist", "Link", "Tovholder", "Status", "Note"],
                     ["Udkast til vejledning om PFAS i jord", "Miljøstyrelsen", "29-01-2027",
                      "https://hoeringsportalen.example.org/pfas", "", "åben", ""]],
        "Skema": [["Id", "Spørgsmål", "Type", "Valgmuligheder"],
                  ["interesser", "Hvilke fagområder?", "flere", "PFAS; Spildevand; Støj; Jord"]],
        "Svar": [["Medlem", "Runde", "Modtaget", "Message-ID", "Rå tekst", "interesser"],
                 ["mette.lindholt@example.org", "2026", "2026-01-10 10:00:00", "<a@x>", "",
                  "PFAS; Støj"],
                 ["jonas.krogsgaard@example.org", "2026", "2026-01-10 10:00:00", "<b@x>", "",
                  "Spildevand"]]}
    w = ag._world(tabs, [*CONSULTATIONS.due], handlers((CONSULTATIONS,)), lang)
    sent = w.tick(at(dt.date(2026, 12, 1), 9))
    return next(m for m in sent if "mette" in str(m["To"]))


def expected(case: dict) -> dict:
    return {"lang": case.get("lang", "da"), "client": case["client"], "input": case["input"],
            "none": case.get("none", False), "note": case.get("note", "")}


def main() -> None:
    folder = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
    spec = importlib.util.spec_from_file_location("consultation_own_cases", folder / "cases.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    ids = [c["id"] for c in mod.CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    notices = {lang: notice(lang) for lang in ("da", "en")}
    ag.write(folder, mod.CASES, lambda c: notices[c.get("lang", "da")], expected)


if __name__ == "__main__":
    main()
