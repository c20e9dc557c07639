"""Writes the unseen part 37 of the own-words form replies (issue 14): NAME.eml + NAME.expected.json.

Run: .venv/bin/python tests/data/form-own-words-unseen37/generate.py

Reuses the repository's own-words generator (tests/data/form-own-words/generate.py), which renders
the real form and quotes it like each client (the sending side, not the parser).
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
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(OWN))

_spec = importlib.util.spec_from_file_location("own_words_generate", OWN / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)


def main() -> None:
    folder = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
    spec = importlib.util.spec_from_file_location("own_words_cases_37", folder / "cases.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    gen.write(folder, mod.CASES)


if __name__ == "__main__":
    main()
