"""Writes this unseen part (26): NAME.eml + NAME.expected.json, with the repository's own-words
generator (tests/data/form-own-words/generate.py: the form the service really renders, quoted
like each client). Expectations are by hand in cases.py, never checked against the parser.

Run: .venv/bin/python tests/data/form-own-words-unseen26/generate.py [REPO]
     (from the repository; REPO defaults to the one holding this file)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parents[3]
OWN = REPO / "tests" / "data" / "form-own-words"
sys.path.insert(0, str(OWN))  # common.py (signatures, case constructor)


def _load(name: str, path: Path):  # noqa: ANN202
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    gen = _load("own_words_generate", OWN / "generate.py")
    cases = _load("ow26_cases", HERE / "cases.py").CASES
    gen.write(HERE, cases)


if __name__ == "__main__":
    main()
