"""Writes this unseen part (5) of the own-words form corpus: NAME.eml + NAME.expected.json.

Run (from anywhere, with any worktree's venv):
    .venv/bin/python tests/data/form-own-words-unseen5/generate.py [REPO]

REPO (default: this checkout) is the Tovholder checkout whose sending side is reused: the form the
service really renders and the per-client quoting of tests/data/form-own-words/generate.py (which
itself reuses ../form-replies-heldout/generate.py). Nothing of the parser is imported.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parents[3]
OWN_WORDS = REPO / "tests" / "data" / "form-own-words"
sys.path.insert(0, str(OWN_WORDS))


def _load(name: str, path: Path):  # noqa: ANN202
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    gen = _load("own_words_generate", OWN_WORDS / "generate.py")
    cases = _load("own_words_unseen5_cases", HERE / "cases.py")
    gen.write(HERE, cases.CASES)


if __name__ == "__main__":
    main()
