"""Writes the unseen part 41 of the own-words form replies (NAME.eml + NAME.expected.json) with
the repository's generator (tests/data/form-own-words/generate.py: the sending side).

Run: .venv/bin/python tests/data/form-own-words-unseen41/generate.py   (from the repository root)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]  # tests/data/<this folder>/
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data" / "form-own-words"))

_spec = importlib.util.spec_from_file_location(
    "own_words_generate", ROOT / "tests" / "data" / "form-own-words" / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)


def main() -> None:
    spec = importlib.util.spec_from_file_location("own_words_cases_41", HERE / "cases.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    gen.write(HERE, mod.CASES)


if __name__ == "__main__":
    main()
