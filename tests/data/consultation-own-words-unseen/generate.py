"""Writes the own-words consultation replies of the part kept unseen until the end of issue 14, with
the generator of tests/data/consultation-own-words: python generate.py (from any directory)."""
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
GEN = HERE.parent / "consultation-own-words" / "generate.py"
sys.path.insert(0, str(ROOT))
sys.argv = [str(GEN), str(HERE)]
runpy.run_path(str(GEN), run_name="__main__")
