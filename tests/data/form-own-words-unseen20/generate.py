"""Writes blind part 20 of the own-words form replies: NAME.eml + NAME.expected.json, here.

Run: .venv/bin/python tests/data/form-own-words-unseen20/generate.py   (from the repository)

Reuses the repository's sending side unchanged (tests/data/form-own-words/generate.py, which
renders the real form and quotes it like each client via ../form-replies-heldout/generate.py);
only the cases (cases.py) are this part's own.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OWN_WORDS = HERE.parent / "form-own-words"
sys.path.insert(0, str(OWN_WORDS))
sys.path.insert(0, str(HERE))

_spec = importlib.util.spec_from_file_location("own_words_generate", OWN_WORDS / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

from cases import CASES  # noqa: E402

if __name__ == "__main__":
    gen.write(HERE, CASES)
