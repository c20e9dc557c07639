"""Writes the blind part 34 of the own-words form replies: NAME.eml + NAME.expected.json.

Run: .venv/bin/python tests/data/form-own-words-unseen34/generate.py   (from the repository root)

Reuses the sending-side machinery of tests/data/form-own-words/generate.py (which renders the
real form and quotes it like each client, via ../form-replies-heldout/generate.py).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def repo_root() -> Path:
    return HERE.parents[2]  # tests/data/<this folder>/


ROOT = repo_root()
OWN = ROOT / "tests" / "data" / "form-own-words"


def main() -> None:
    spec = importlib.util.spec_from_file_location("own_words_generate", OWN / "generate.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    sys.path.insert(0, str(HERE))
    spec = importlib.util.spec_from_file_location("own_words_cases_34", HERE / "cases.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    gen.write(HERE, mod.CASES)


if __name__ == "__main__":
    main()
