"""Writes the blind part 35 of the own-words form replies: NAME.eml + NAME.expected.json.

Run: .venv/bin/python tests/data/form-own-words-unseen35/generate.py   (from the repository root)

Reuses the committed generator (tests/data/form-own-words/generate.py: the rendered form and the
quoting per client, i.e. the sending side) on this folder's cases.py.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent


def repo_root() -> Path:
    return HERE.parents[2]  # tests/data/<this folder>/


ROOT = repo_root()


def _load(name: str, path: Path):  # noqa: ANN202
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    gen = _load("own_words_generate", ROOT / "tests" / "data" / "form-own-words" / "generate.py")
    cases = _load("own_words_unseen35_cases", HERE / "cases.py")
    gen.write(HERE, cases.CASES)


if __name__ == "__main__":
    main()
