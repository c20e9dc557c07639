"""Writes the blind part 51 of the own-words form replies: NAME.eml + NAME.expected.json.

Run (any venv of the project): python generate.py

Reuses the committed generator (tests/data/form-own-words/generate.py, which in
turn reuses ../form-replies-heldout/generate.py: the real rendered form, quoted as each client
quotes it) on the CASES of this folder's cases.py. Nothing here reads the parser.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAIN = HERE.parents[2]  # tests/data/<this folder>/
GEN = MAIN / "tests" / "data" / "form-own-words" / "generate.py"


def _load(name: str, path: Path):  # noqa: ANN202
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    gen = _load("own_words_generate", GEN)
    cases = _load("own_words_unseen51_cases", HERE / "cases.py")
    gen.write(HERE, cases.CASES)


if __name__ == "__main__":
    main()
