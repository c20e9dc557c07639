"""Writes blind part 21 of the own-words form replies: NAME.eml + NAME.expected.json.

Run (from the repository): .venv/bin/python tests/data/form-own-words-unseen21/generate.py

It reuses the repository's own-words generator (tests/data/form-own-words/generate.py: the
sending side, which in turn reuses ../form-replies-heldout/generate.py for the quoting per
client) and only adds two things for this part, a reminder round:
- a case with "reminder": True quotes the service's reminder (templates/<lang>/form_reminder,
  rendered with form_context and the catalog's form.reminder_intro) instead of the first form;
- a case with "date" gets that Date header (late replies, a week after the reminder).
The expectations are in cases.py, by hand, never checked against the parser.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
OWN_WORDS = REPO / "tests" / "data" / "form-own-words"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(OWN_WORDS))  # common.py

_spec = importlib.util.spec_from_file_location("own_words_generate", OWN_WORDS / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)
hg = gen.hg

from tovholder.core.i18n import t  # noqa: E402
from tovholder.jobs.form.form import form_context  # noqa: E402
from tovholder.mailer.render import render  # noqa: E402

_TEMPLATE = {"name": "form"}
ROUND = "2026"
DEFAULT_DATE = b"Date: Tue, 01 Dec 2026 11:40:00 +0100"


def _original(lang: str, first: str, sent: dict[str, str]) -> tuple[str, str, str]:
    ctx = {**form_context(hg.questions(lang), sent, lang, ROUND, hg.GROUP_NAME),
           "recipient_name": first}
    if _TEMPLATE["name"] == "form_reminder":
        ctx["intro"] = t(lang, "form.reminder_intro", round=ROUND)
    r = render(_TEMPLATE["name"], lang, ctx)
    return r.subject, r.text, re.sub(r"<body[^>]*>", "<body>", r.html or "", count=1)


hg.original = _original
_message = gen.message


def message(case: dict) -> bytes:
    _TEMPLATE["name"] = "form_reminder" if case.get("reminder") else "form"
    try:
        eml = _message(case)
    finally:
        _TEMPLATE["name"] = "form"
    if case.get("date"):
        assert DEFAULT_DATE in eml
        eml = eml.replace(DEFAULT_DATE, b"Date: " + case["date"].encode(), 1)
    return eml


gen.message = message


def main() -> None:
    spec = importlib.util.spec_from_file_location("own_words_cases_21", HERE / "cases.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    gen.write(HERE, mod.CASES)


if __name__ == "__main__":
    main()
