"""Writes part 31 of the unseen own-words corpus: NAME.eml + NAME.expected.json, by reusing the
repository's sending side (tests/data/form-own-words/generate.py, which renders the real form and
quotes it like each client). Run from anywhere with a project venv:

    .venv/bin/python tests/data/form-own-words-unseen31/generate.py
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = Path(__file__).resolve().parents[3]
OW = REPO / "tests" / "data" / "form-own-words"
sys.path[:0] = [str(REPO), str(OW)]

_spec = importlib.util.spec_from_file_location("own_words_generate", OW / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

if __name__ == "__main__":
    folder = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
    _c = importlib.util.spec_from_file_location("ow31_cases", folder / "cases.py")
    mod = importlib.util.module_from_spec(_c)
    _c.loader.exec_module(mod)
    gen.write(folder, mod.CASES)
