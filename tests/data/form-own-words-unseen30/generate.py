"""Writes part 30 of the unseen own-words form replies: NAME.eml + NAME.expected.json.

Run: .venv/bin/python generate.py   (from this folder, or give the folder)

Reuses the repository's sending side unchanged (tests/data/form-own-words/generate.py, which
renders the real form and quotes it like each client); only the cases here are new.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = Path(__file__).resolve().parents[3]
OW = REPO / "tests" / "data" / "form-own-words"

_spec = importlib.util.spec_from_file_location("own_words_generate", OW / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)


def main() -> None:
    folder = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
    spec = importlib.util.spec_from_file_location("unseen30_cases", folder / "cases.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    gen.write(folder, mod.CASES)


if __name__ == "__main__":
    main()
