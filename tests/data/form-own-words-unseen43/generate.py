"""Writes the unseen part 43 (NAME.eml + NAME.expected.json) with the committed own-words
generator.
Run: .venv/bin/python tests/data/form-own-words-unseen43/generate.py (from the repository root)"""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]  # tests/data/<this folder>/
sys.path.insert(0, str(ROOT))
_spec = importlib.util.spec_from_file_location(
    "own_words_generate", ROOT / "tests" / "data" / "form-own-words" / "generate.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

if __name__ == "__main__":
    _c = importlib.util.spec_from_file_location("unseen43_cases", HERE / "cases.py")
    mod = importlib.util.module_from_spec(_c)
    _c.loader.exec_module(mod)
    gen.write(HERE, mod.CASES)
