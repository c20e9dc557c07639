"""Writes the unseen part 7 of the own-words form replies: NAME.eml + NAME.expected.json.

Run: .venv/bin/python tests/data/form-own-words-unseen7/generate.py

Reuses the repository's sending side unchanged (tests/data/form-own-words/generate.py, which
renders the real form and quotes it like each client via ../form-replies-heldout/generate.py);
only the cases (cases.py, by hand) live here, outside the repository.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parents[3]
OWN = REPO / "tests" / "data" / "form-own-words"
sys.path.insert(0, str(OWN))

_spec = importlib.util.spec_from_file_location("own_words_generate", OWN / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

if __name__ == "__main__":
    _cspec = importlib.util.spec_from_file_location("own_words_cases_unseen7", HERE / "cases.py")
    cases = importlib.util.module_from_spec(_cspec)
    _cspec.loader.exec_module(cases)
    gen.write(HERE, cases.CASES)
