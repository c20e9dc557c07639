"""Writes the unseen part 4 of the own-words form replies (issue 14): NAME.eml + NAME.expected.json.

Run: .venv/bin/python tests/data/form-own-words-unseen4/generate.py

Reuses the repository's sending side unchanged: tests/data/form-own-words/generate.py (the form
the service renders, quoted per client by ../form-replies-heldout/generate.py, plus Samsung
Email) and its common.py (case constructor, sent profiles, signatures). Only the cases are here.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OWN = HERE.parent / "form-own-words"

sys.path.insert(0, str(OWN))
_spec = importlib.util.spec_from_file_location("own_words_generate", OWN / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)


def main() -> None:
    sys.path.insert(0, str(HERE))
    spec = importlib.util.spec_from_file_location("unseen4_cases", HERE / "cases.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    gen.write(HERE, mod.CASES)


if __name__ == "__main__":
    main()
