"""Writes part 17 of the blind own-words form replies: NAME.eml + NAME.expected.json.

Run: .venv/bin/python tests/data/form-own-words-unseen17/generate.py   (from anywhere)

Reuses the repository's sending-side machinery (tests/data/form-own-words/generate.py, which
renders the real form and quotes it like each client); only the cases are here (cases.py).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_GEN = HERE.parent / "form-own-words" / "generate.py"

_spec = importlib.util.spec_from_file_location("own_words_generate", REPO_GEN)
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

if __name__ == "__main__":
    folder = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
    sys.argv = [sys.argv[0], str(folder)]
    gen.main()
