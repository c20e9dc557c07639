"""Writes the unseen part 6 of the own-words form replies (issue 14): NAME.eml + NAME.expected.json.

Run: .venv/bin/python tests/data/form-own-words-unseen6/generate.py

Reuses the repository's sending-side machinery unchanged: tests/data/form-own-words/generate.py
(which renders the real form and quotes it like each client via ../form-replies-heldout/generate.py).
The cases are in cases.py, by hand.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
OWN_WORDS = REPO / "tests" / "data" / "form-own-words"

_spec = importlib.util.spec_from_file_location("own_words_generate", OWN_WORDS / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

if __name__ == "__main__":
    folder = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
    sys.argv = [sys.argv[0], str(folder)]
    gen.main()
