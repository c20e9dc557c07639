"""Writes the unseen part 39 (own-words form replies): NAME.eml + NAME.expected.json.

Run: .venv/bin/python tests/data/form-own-words-unseen39/generate.py
Reuses the repository's own-words generator (tests/data/form-own-words/generate.py), which quotes
the form the service really renders like each client (the held-out corpus's sending side).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]  # tests/data/<this folder>/
sys.path.insert(0, str(ROOT))


def main() -> None:
    spec = importlib.util.spec_from_file_location(
        "own_words_generate", ROOT / "tests" / "data" / "form-own-words" / "generate.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    spec = importlib.util.spec_from_file_location("unseen39_cases", HERE / "cases.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    gen.write(HERE, mod.CASES)


if __name__ == "__main__":
    main()
