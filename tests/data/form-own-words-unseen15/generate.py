"""Writes the blind part 15 of the own-words form replies: NAME.eml + NAME.expected.json.

Run: .venv/bin/python tests/data/form-own-words-unseen15/generate.py

Reuses the sending side of the repository (tests/data/form-own-words/generate.py and, through
it, ../form-replies-heldout/generate.py): the real rendered form, quoted as each client does.
The cases and their expectations are in cases.py, written by hand, blind.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
OWN = REPO / "tests" / "data" / "form-own-words"
sys.path.insert(0, str(OWN))

_spec = importlib.util.spec_from_file_location("own_words_generate", OWN / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)


def main() -> None:
    folder = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
    sys.path.insert(0, str(folder))
    spec = importlib.util.spec_from_file_location("unseen15_cases", folder / "cases.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    gen.write(folder, mod.CASES)


if __name__ == "__main__":
    main()
