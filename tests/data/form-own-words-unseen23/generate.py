"""Writes the blind part 23 of the own-words form replies: NAME.eml + NAME.expected.json.

Run (from the repository): .venv/bin/python tests/data/form-own-words-unseen23/generate.py [REPO]

REPO (default: the repository holding this file) is the repository whose
tests/data/form-own-words/generate.py (the sending side: the form the service really renders,
quoted like each client) is reused; the cases are in cases.py beside this file.
Nothing here reads or runs the parser.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    repo = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE.parents[2]
    own_words = repo / "tests" / "data" / "form-own-words"
    sys.path.insert(0, str(own_words))
    spec = importlib.util.spec_from_file_location("own_words_generate", own_words / "generate.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    cspec = importlib.util.spec_from_file_location("unseen23_cases", HERE / "cases.py")
    cases = importlib.util.module_from_spec(cspec)
    cspec.loader.exec_module(cases)
    gen.write(HERE, cases.CASES)


if __name__ == "__main__":
    main()
