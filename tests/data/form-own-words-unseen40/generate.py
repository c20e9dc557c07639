"""Writes the unseen part 40 of the own-words form replies (NAME.eml + NAME.expected.json).

Run: .venv/bin/python tests/data/form-own-words-unseen40/generate.py   (from the repository root)

Reuses the repository's own-words generator (tests/data/form-own-words/generate.py), which
renders the real form and quotes it like each client.
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
    sys.path.insert(0, str(ROOT))
    spec = importlib.util.spec_from_file_location(
        "own_words_generate", ROOT / "tests" / "data" / "form-own-words" / "generate.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    cspec = importlib.util.spec_from_file_location("own_words_cases_unseen40", HERE / "cases.py")
    cases = importlib.util.module_from_spec(cspec)
    cspec.loader.exec_module(cases)
    gen.write(HERE, cases.CASES)


if __name__ == "__main__":
    main()
