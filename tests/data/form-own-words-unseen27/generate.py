"""Writes blind part 27 of the own-words form replies: NAME.eml + NAME.expected.json.

Run: .venv/bin/python tests/data/form-own-words-unseen27/generate.py   (from the repository)

Reuses the repository's sending side unchanged (tests/data/form-own-words/generate.py, which
renders the real form and quotes it like each client); the cases are in cases.py, by hand.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_GENERATE = Path(__file__).resolve().parent.parent / "form-own-words" / "generate.py"

if __name__ == "__main__":
    spec = importlib.util.spec_from_file_location("own_words_generate", REPO_GENERATE)
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    sys.argv = [str(REPO_GENERATE), str(HERE)]
    gen.main()
