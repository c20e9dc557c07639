"""Writes part 44 of the unseen own-words form replies: NAME.eml + NAME.expected.json.

Run (any venv of the project): python generate.py
Reuses the repository's own-words generator (tests/data/form-own-words/generate.py: the sending
side, which quotes the really rendered form like each client) and its common.py; nothing of the
parser is used. Expectations in cases.py are by hand.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]  # tests/data/<this folder>/
OWN = REPO / "tests" / "data" / "form-own-words"
sys.path.insert(0, str(OWN))
sys.path.insert(0, str(HERE))

_spec = importlib.util.spec_from_file_location("own_words_generate", OWN / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

if __name__ == "__main__":
    import cases

    gen.write(HERE, cases.CASES)
