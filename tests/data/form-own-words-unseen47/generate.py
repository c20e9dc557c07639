"""Writes the blind part 47 of the own-words form replies (issue 14): NAME.eml + NAME.expected.json.

Run (any venv of the project): python generate.py

Reuses the repository's sending-side machinery unchanged: tests/data/form-own-words/generate.py
(the form as the service renders it, the quoting per client of ../form-replies-heldout/generate.py,
Samsung Email) and common.py (signatures, case constructor). The cases are in cases.py, by hand.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]  # tests/data/<this folder>/
OWN_WORDS = REPO / "tests" / "data" / "form-own-words"
sys.path.insert(0, str(OWN_WORDS))
sys.path.insert(0, str(REPO))


def main() -> None:
    spec = importlib.util.spec_from_file_location("own_words_generate", OWN_WORDS / "generate.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    cspec = importlib.util.spec_from_file_location("unseen47_cases", HERE / "cases.py")
    cases = importlib.util.module_from_spec(cspec)
    cspec.loader.exec_module(cases)
    gen.write(HERE, cases.CASES)


if __name__ == "__main__":
    main()
