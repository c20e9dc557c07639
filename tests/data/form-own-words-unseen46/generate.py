"""Writes blind part 46 of the own-words form replies (issue 14): NAME.eml + NAME.expected.json.

Run (any venv of the project): python generate.py

Reuses the repository's sending side unchanged: tests/data/form-own-words/generate.py (which
renders the real form and quotes it per client through ../form-replies-heldout/generate.py,
plus Samsung Email on Android). Only the cases (cases.py, by hand) are new.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]  # tests/data/<this folder>/
OWN = REPO / "tests" / "data" / "form-own-words"
sys.path.insert(0, str(REPO))


def _load(name: str, path: Path):  # noqa: ANN202
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    gen = _load("own_words_generate", OWN / "generate.py")
    cases = _load("own_words_unseen46_cases", HERE / "cases.py")
    gen.write(HERE, cases.CASES)


if __name__ == "__main__":
    main()
