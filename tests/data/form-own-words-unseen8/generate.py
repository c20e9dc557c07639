"""Writes this unseen part (8): runs the repository's own-words generator on this folder.

Run: .venv/bin/python tests/data/form-own-words-unseen8/generate.py
(the repository is taken from $TOVHOLDER_ROOT, default this checkout)."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = Path(os.environ.get("TOVHOLDER_ROOT", Path(__file__).resolve().parents[3]))
GEN = ROOT / "tests" / "data" / "form-own-words" / "generate.py"

sys.path.insert(0, str(GEN.parent))  # common.py
_spec = importlib.util.spec_from_file_location("own_words_generate", GEN)
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

if __name__ == "__main__":
    sys.argv = [str(GEN), str(HERE)]
    gen.main()
