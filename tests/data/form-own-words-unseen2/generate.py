"""Writes the second unseen part of the own-words form replies (issue 14): NAME.eml (as the client
sends it) + NAME.expected.json, from cases.py in this folder.

Run: .venv/bin/python tests/data/form-own-words-unseen2/generate.py

Reuses the repository's own generator unchanged (tests/data/form-own-words/generate.py: the form
the service really renders, quoted like each client by ../form-replies-heldout/generate.py, plus
Samsung Email), so this part is made exactly like the committed corpus; only the cases differ.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = Path(os.environ.get("TOVHOLDER_REPO") or Path(__file__).resolve().parents[3])
GEN = REPO / "tests" / "data" / "form-own-words" / "generate.py"


def main() -> None:
    spec = importlib.util.spec_from_file_location("own_words_generate", GEN)
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    cspec = importlib.util.spec_from_file_location("own_words_unseen2_cases", HERE / "cases.py")
    cases = importlib.util.module_from_spec(cspec)
    cspec.loader.exec_module(cases)
    gen.write(HERE, cases.CASES)


if __name__ == "__main__":
    sys.exit(main())
