"""Writes part 29 of the unseen own-words form replies: NAME.eml + NAME.expected.json.

Run: .venv/bin/python tests/data/form-own-words-unseen29/generate.py   (from the repository)

Reuses the repository's sending side unchanged: tests/data/form-own-words/generate.py (which
renders the real form and quotes it like each client via ../form-replies-heldout/generate.py).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = Path(__file__).resolve().parents[3]
OWN = REPO / "tests" / "data" / "form-own-words"
sys.path.insert(0, str(OWN))

_spec = importlib.util.spec_from_file_location("own_words_generate", OWN / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

_cspec = importlib.util.spec_from_file_location("unseen29_cases", HERE / "cases.py")
cases = importlib.util.module_from_spec(_cspec)
_cspec.loader.exec_module(cases)

if __name__ == "__main__":
    gen.write(HERE, cases.CASES)
