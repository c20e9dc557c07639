"""Writes the blind part 38 of the own-words form replies: NAME.eml + NAME.expected.json.

Run: .venv/bin/python tests/data/form-own-words-unseen38/generate.py (from the repository root).
Reuses the sending side of the repository:
tests/data/form-own-words/generate.py (which quotes the really rendered form like each client via
../form-replies-heldout/generate.py).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def repo() -> Path:
    return HERE.parents[2]  # tests/data/<this folder>/


ROOT = repo()
sys.path.insert(0, str(ROOT))


def _load(name: str, path: Path):  # noqa: ANN202
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    gen = _load("own_words_generate", ROOT / "tests" / "data" / "form-own-words" / "generate.py")
    cases = _load("own_words_unseen38_cases", HERE / "cases.py")
    gen.write(HERE, cases.CASES)


if __name__ == "__main__":
    main()
