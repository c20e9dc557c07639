"""Writes the blind part 13 of the own-words form replies (issue 14): NAME.eml + NAME.expected.json.

Run (from anywhere, with a Python that has Tovholder installed, e.g. a worktree's .venv):
    python tests/data/form-own-words-unseen13/generate.py [REPO]

REPO (default: $TOVHOLDER_REPO or this repository) is the repository whose sending side is reused:
tests/data/form-own-words/generate.py renders the real competence form and quotes it like each
client (it in turn reuses ../form-replies-heldout/generate.py); common.py gives the case
constructor and signatures. Nothing here reads or runs the parser.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    default = os.environ.get("TOVHOLDER_REPO", HERE.parents[2])
    repo = Path(sys.argv[1] if len(sys.argv) > 1 else default)
    own_words = repo / "tests" / "data" / "form-own-words"
    sys.path.insert(0, str(own_words))  # common.py, for cases.py
    spec = importlib.util.spec_from_file_location("own_words_generate", own_words / "generate.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    spec = importlib.util.spec_from_file_location("own_words_cases_13", HERE / "cases.py")
    cases = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cases)
    gen.write(HERE, cases.CASES)


if __name__ == "__main__":
    main()
