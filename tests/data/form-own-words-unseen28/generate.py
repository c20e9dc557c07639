"""Writes part 28 of the unseen own-words form replies: NAME.eml + NAME.expected.json.

Run: .venv/bin/python tests/data/form-own-words-unseen28/generate.py   (from the repository)

Reuses the repository's sending side (tests/data/form-own-words/generate.py, which quotes the
form the service really renders like each client); the cases are in cases.py, by hand.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OW = Path(__file__).resolve().parent.parent / "form-own-words"
sys.path.insert(0, str(OW))
sys.path.insert(0, str(HERE))

_spec = importlib.util.spec_from_file_location("own_words_generate", OW / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

if __name__ == "__main__":
    from cases import CASES
    gen.write(HERE, CASES)
