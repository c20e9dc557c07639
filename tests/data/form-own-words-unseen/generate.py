"""Writes the unseen own-words form replies with the committed generator of the seen part:
python tests/data/form-own-words-unseen/generate.py  (from any directory)."""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
gen = HERE.parent / "form-own-words" / "generate.py"
sys.path.insert(0, str(gen.parent))
sys.argv = [str(gen), str(HERE)]
runpy.run_path(str(gen), run_name="__main__")
