"""Writes part 36 of the unseen own-words form replies: NAME.eml + NAME.expected.json.

Run: .venv/bin/python tests/data/form-own-words-unseen36/generate.py   (from the repository root)

Reuses the repository's own-words generator (tests/data/form-own-words/generate.py), which in
turn quotes the really rendered form per client with the held-out corpus's sending side.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def repo_root() -> Path:
    return HERE.parents[2]  # tests/data/<this folder>/


ROOT = repo_root()


def main() -> None:
    spec = importlib.util.spec_from_file_location(
        "own_words_generate", ROOT / "tests" / "data" / "form-own-words" / "generate.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    sys.path.insert(0, str(HERE))
    cspec = importlib.util.spec_from_file_location("unseen36_cases", HERE / "cases.py")
    cases = importlib.util.module_from_spec(cspec)
    cspec.loader.exec_module(cases)
    gen.write(HERE, cases.CASES)


if __name__ == "__main__":
    main()
