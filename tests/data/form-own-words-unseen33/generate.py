"""Writes part 33 of the unseen own-words form replies: NAME.eml + NAME.expected.json.

Run: .venv/bin/python tests/data/form-own-words-unseen33/generate.py   (from the repository root)

Reuses the repository's own-words generator (tests/data/form-own-words/generate.py: the form the
service really renders, quoted like each client by ../form-replies-heldout/generate.py, plus
Samsung Email) on this folder's cases.py. Nothing here reads or runs the parser's answers.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
OWN = REPO / "tests" / "data" / "form-own-words"

_spec = importlib.util.spec_from_file_location("own_words_generate", OWN / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)


def main() -> None:
    spec = importlib.util.spec_from_file_location("unseen33_cases", HERE / "cases.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    gen.write(HERE, mod.CASES)


if __name__ == "__main__":
    main()
