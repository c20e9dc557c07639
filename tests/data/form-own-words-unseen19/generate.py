"""Writes blind part 19 of the own-words form replies: NAME.eml + NAME.expected.json here.

Run: .venv/bin/python tests/data/form-own-words-unseen19/generate.py   (from the repository)

Reuses the repository's sending side unchanged (tests/data/form-own-words/generate.py, which
renders the real form and quotes it like each client); only the cases (cases.py) are new.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
OWN_WORDS = REPO / "tests" / "data" / "form-own-words"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(OWN_WORDS))

_spec = importlib.util.spec_from_file_location("own_words_generate", OWN_WORDS / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

_cspec = importlib.util.spec_from_file_location("unseen19_cases", HERE / "cases.py")
cases = importlib.util.module_from_spec(_cspec)
_cspec.loader.exec_module(cases)

if __name__ == "__main__":
    gen.write(HERE, cases.CASES)
