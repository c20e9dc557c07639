"""Writes the unseen part 76 of the own-words form replies with the repository's generator:
NAME.eml + NAME.expected.json, from cases.py in this folder.

Run (any venv of the project): python generate.py
"""

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]  # tests/data/<this folder>/
sys.path.insert(0, str(ROOT / "tests" / "data" / "form-own-words"))
_spec = importlib.util.spec_from_file_location(
    "own_words_generate", ROOT / "tests" / "data" / "form-own-words" / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

if __name__ == "__main__":
    sys.argv = [sys.argv[0], str(HERE)]
    gen.main()
