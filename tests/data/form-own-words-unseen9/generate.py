"""Part 9 of the unseen own-words corpus: runs the repository's generator on this folder.
Run: .venv/bin/python tests/data/form-own-words-unseen9/generate.py"""
import runpy
import sys
from pathlib import Path

GEN = Path(__file__).resolve().parent.parent / "form-own-words" / "generate.py"
sys.argv = [str(GEN), str(Path(__file__).resolve().parent)]
runpy.run_path(str(GEN), run_name="__main__")
