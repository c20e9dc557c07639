"""Writes the unseen part 48 (issue 14): NAME.eml + NAME.expected.json, from cases.py here.

Run (any venv of the project): python generate.py

Reuses the repository's own-words generator (tests/data/form-own-words/generate.py: the form the
service renders, quoted per client by ../form-replies-heldout/generate.py, plus Samsung Email).
Written blind: expectations are a careful human secretary's, by hand, never the parser's.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]  # tests/data/<this folder>/


def _load(name: str, path: Path):  # noqa: ANN202
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


if __name__ == "__main__":
    gen = _load("own_words_generate", REPO / "tests/data/form-own-words/generate.py")
    cases = _load("own_words_unseen48_cases", HERE / "cases.py")
    gen.write(HERE, cases.CASES)
