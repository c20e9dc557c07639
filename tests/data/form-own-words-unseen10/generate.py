"""Writes the tenth blind unseen part of the own-words form replies (issue 14):
NAME.eml (as the client sends it) + NAME.expected.json, in this folder.

Run: .venv/bin/python tests/data/form-own-words-unseen10/generate.py

Nothing of its own: it runs the repository's generator (tests/data/form-own-words/generate.py,
the sending side: the form the service renders, quoted like each client) on the cases.py here.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OWN_WORDS = HERE.parent / "form-own-words"
sys.path.insert(0, str(OWN_WORDS))

_spec = importlib.util.spec_from_file_location("own_words_generate", OWN_WORDS / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

if __name__ == "__main__":
    sys.argv[1:] = [str(HERE)]
    gen.main()
