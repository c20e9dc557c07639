"""Writes the blind part 42 (NAME.eml + NAME.expected.json) with the repository's own-words
generator (tests/data/form-own-words/generate.py: the real form, quoted per client).

Run: .venv/bin/python tests/data/form-own-words-unseen42/generate.py   (from the repository root)"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]  # tests/data/<this folder>/
sys.path.insert(0, str(ROOT))


def _load(name: str, path: Path):  # noqa: ANN202
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    gen = _load("own_words_generate", ROOT / "tests" / "data" / "form-own-words" / "generate.py")
    cases = _load("own_words_cases_42", HERE / "cases.py")
    gen.write(HERE, cases.CASES)


if __name__ == "__main__":
    main()
