"""Writes the unseen part 3 of the own-words form replies (issue 14): NAME.eml + NAME.expected.json.

Run: .venv/bin/python tests/data/form-own-words-unseen3/generate.py

Reuses the repository's sending side unchanged (tests/data/form-own-words/generate.py, which
renders the real form and quotes it like each client) on the CASES of this folder's cases.py.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_GENERATOR = HERE.parent / "form-own-words" / "generate.py"


def main() -> None:
    spec = importlib.util.spec_from_file_location("own_words_generate", REPO_GENERATOR)
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    spec = importlib.util.spec_from_file_location("own_words_unseen3_cases", HERE / "cases.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    gen.write(HERE, mod.CASES)


if __name__ == "__main__":
    sys.exit(main())
