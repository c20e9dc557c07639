"""Writes the unseen own-words form replies of part 22: NAME.eml + NAME.expected.json.

Run: .venv/bin/python tests/data/form-own-words-unseen22/generate.py   (from the repository)

Reuses the repository's sending side unchanged: tests/data/form-own-words/generate.py (which
renders the real form and quotes it per client through ../form-replies-heldout/generate.py).
The cases and their expectations are in cases.py, by hand, written blind.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = Path(os.environ.get("TOVHOLDER_REPO") or HERE.parents[2])
OWN = REPO / "tests" / "data" / "form-own-words"


def _load(name: str, path: Path):  # noqa: ANN202
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    gen = _load("own_words_generate", OWN / "generate.py")
    cases = _load("own_words_unseen22_cases", HERE / "cases.py")
    gen.write(HERE, cases.CASES)


if __name__ == "__main__":
    main()
