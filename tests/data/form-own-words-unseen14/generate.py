"""Writes this blind part (14n) of the own-words form replies: NAME.eml + NAME.expected.json.

Run: .venv/bin/python tests/data/form-own-words-unseen14/generate.py   (from any directory)

Reuses the repository's sending side unchanged: tests/data/form-own-words/generate.py (the form
the service really renders, quoted per client by ../form-replies-heldout/generate.py, plus
Samsung Email) and common.py (signatures, the case constructor). The expectations in cases.py
are by hand, never checked against the parser.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = Path(os.environ.get("TOVHOLDER_REPO", Path(__file__).resolve().parents[3]))
OWN_WORDS = REPO / "tests" / "data" / "form-own-words"
sys.path.insert(0, str(OWN_WORDS))
sys.path.insert(0, str(HERE))

_spec = importlib.util.spec_from_file_location("own_words_generate", OWN_WORDS / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)


def main() -> None:
    from cases import CASES

    gen.write(HERE, CASES)


if __name__ == "__main__":
    main()
