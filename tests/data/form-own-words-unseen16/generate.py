"""Writes blind part 16 (unseen): NAME.eml + NAME.expected.json, with the repository's own sending
machinery (tests/data/form-own-words/generate.py, which renders the real form and quotes it like
each client). Not the parser.

Run (any worktree venv that has the project's dependencies):
  .venv/bin/python tests/data/form-own-words-unseen16/generate.py
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent / "form-own-words"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

_spec = importlib.util.spec_from_file_location("own_words_generate", REPO / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

if __name__ == "__main__":
    from cases import CASES  # by hand

    gen.write(HERE, CASES)
