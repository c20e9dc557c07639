"""Writes the own-words proposal replies of the part kept unseen until the end of issue 14, with
the generator of tests/data/proposal-own-words: python generate.py (from any directory)."""
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
GEN = HERE.parent / "proposal-own-words" / "generate.py"
sys.path.insert(0, str(ROOT))
sys.argv = [str(GEN), str(HERE)]
runpy.run_path(str(GEN), run_name="__main__")
