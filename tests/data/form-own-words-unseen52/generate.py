"""Writes part 52 of the unseen own-words form replies (NAME.eml + NAME.expected.json) into this
folder, with the repository's own-words generator (the sending side only).

Run (any venv of the project): python generate.py
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]  # tests/data/<this folder>/
OWN = REPO / "tests" / "data" / "form-own-words"
sys.path.insert(0, str(OWN))

_spec = importlib.util.spec_from_file_location("own_words_generate", OWN / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    from cases import CASES  # noqa: E402

    gen.write(HERE, CASES)
