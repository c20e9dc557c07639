"""Writes blind part 32 of the own-words form replies: NAME.eml + NAME.expected.json.

Run from the repository root:
    .venv/bin/python tests/data/form-own-words-unseen32/generate.py

It reuses the repository's sending side unchanged: tests/data/form-own-words/generate.py (the
form as the service renders it, quoted per client by ../form-replies-heldout/generate.py, plus
Samsung Email) and common.py (case constructor, signatures). Nothing here reads the parser.
The repository is the one this folder sits in (tests/data/...).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


ROOT = HERE.parents[2]
OWN = ROOT / "tests" / "data" / "form-own-words"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(OWN))

_spec = importlib.util.spec_from_file_location("own_words_generate", OWN / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)


def main() -> None:
    spec = importlib.util.spec_from_file_location("unseen32_cases", HERE / "cases.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    gen.write(HERE, mod.CASES)


if __name__ == "__main__":
    main()
