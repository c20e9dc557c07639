"""Writes the own-words replies to the agenda call: NAME.eml (as the client sends it) +
NAME.expected.json.

Run: PYTHONPATH=. .venv/bin/python tests/data/proposal-own-words/generate.py [FOLDER]

FOLDER (default: this folder) must hold a cases.py with CASES (the unseen part lives outside the
repository and runs this generator on its own folder). The agenda call the members answer is the
one the service sends ("ét punkt pr. linje"), rendered and quoted per client by
../action-replies-heldout/generate.py (the sending side, not the parser). Written blind: the
expected items are a careful human secretary's, by hand.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

_spec = importlib.util.spec_from_file_location(
    "heldout_action_generate", HERE.parent / "action-replies-heldout" / "generate.py")
ag = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ag)


def expected(case: dict) -> dict:
    return {"lang": case.get("lang", "da"), "client": case["client"], "items": case["items"],
            "chair": case.get("chair", False), "why": case.get("why", "")}


def main() -> None:
    folder = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
    spec = importlib.util.spec_from_file_location("proposal_own_cases", folder / "cases.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    ids = [c["id"] for c in mod.CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    calls = {lang: ag.agenda_call_mail(lang) for lang in ("da", "en")}
    ag.write(folder, mod.CASES, lambda c: calls[c.get("lang", "da")], expected)


if __name__ == "__main__":
    main()
