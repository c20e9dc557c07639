"""Writes the blind part 24 of the own-words form replies: NAME.eml + NAME.expected.json.

Run (from the repository; TOVHOLDER_ROOT overrides the repository path):

    .venv/bin/python tests/data/form-own-words-unseen24/generate.py

It reuses the repository's sending side unchanged: tests/data/form-own-words/generate.py (which
renders the real form and quotes it like each client, through
tests/data/form-replies-heldout/generate.py) and its common.py. The cases are in cases.py here.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = Path(os.environ.get("TOVHOLDER_ROOT") or Path(__file__).resolve().parents[3])
OWN_WORDS = ROOT / "tests" / "data" / "form-own-words"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(OWN_WORDS))


def _load(name: str, path: Path):  # noqa: ANN202
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    gen = _load("own_words_generate", OWN_WORDS / "generate.py")
    cases = _load("own_words_unseen24_cases", HERE / "cases.py")
    gen.write(HERE, cases.CASES)


if __name__ == "__main__":
    main()
