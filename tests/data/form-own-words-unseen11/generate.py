"""Writes the blind part 11 (issue 14) of the own-words form replies: NAME.eml + NAME.expected.json.

Run: .venv/bin/python tests/data/form-own-words-unseen11/generate.py

Kept outside the repository. It reuses the repository's sending side unchanged
(tests/data/form-own-words/generate.py, which quotes the form the service really renders the way
each client does, via ../form-replies-heldout/generate.py) and writes into this folder.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE.parents[2]
OWN_WORDS = REPO / "tests" / "data" / "form-own-words"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(OWN_WORDS))  # common.py (profiles, signatures, the case constructor)
sys.path.insert(0, str(HERE))

_spec = importlib.util.spec_from_file_location("own_words_generate", OWN_WORDS / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)


def main() -> None:
    from cases import CASES  # by hand, blind

    gen.write(HERE, CASES)


if __name__ == "__main__":
    main()
