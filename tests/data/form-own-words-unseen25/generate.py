"""Writes the unseen part 25 of the own-words form replies: NAME.eml + NAME.expected.json.

Run: .venv/bin/python tests/data/form-own-words-unseen25/generate.py   (from the repository)

Reuses the repository's sending side unchanged (tests/data/form-own-words/generate.py, which
renders the real form and quotes it like each client, and its common.py for profiles and
signatures); only the cases (cases.py) are new. Expectations are by hand, never from the parser.
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

sys.path.insert(0, str(HERE))
from cases import CASES  # noqa: E402

if __name__ == "__main__":
    gen.write(HERE, CASES)
