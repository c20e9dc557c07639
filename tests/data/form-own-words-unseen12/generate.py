"""Writes the twelfth blind part of the own-words form replies (issue 14): NAME.eml + NAME.expected.json.

Run: .venv/bin/python tests/data/form-own-words-unseen12/generate.py

Reuses the repository's sending side unchanged (tests/data/form-own-words/generate.py, which
renders the real form with form_context + render and quotes it like each client, itself reusing
../form-replies-heldout/generate.py). Only the cases (cases.py) are new. The repository is found
at $TOVHOLDER_ROOT, default this repository.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = Path(os.environ.get("TOVHOLDER_ROOT", HERE.parents[2]))
OWN_WORDS = ROOT / "tests" / "data" / "form-own-words"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(OWN_WORDS))

_spec = importlib.util.spec_from_file_location("own_words_generate", OWN_WORDS / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    from cases import CASES  # noqa: E402

    gen.write(HERE, CASES)
