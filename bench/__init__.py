"""Benchmarks: ``python -m bench NAME`` runs bench/NAME.py, prints ``key: value`` lines and writes
bench/results/NAME.json. They are not timed tests; compare ratios measured in the same run."""

from __future__ import annotations

import json
import sys
from pathlib import Path

RESULTS = Path(__file__).parent / "results"


def report(name: str, headline: dict[str, object], details: dict[str, object] | None = None) -> None:
    """Print the headline figures as ``key: value`` lines and write them (plus details) as JSON."""
    for key, value in headline.items():
        print(f"{key}: {value}")
    RESULTS.mkdir(exist_ok=True)
    payload = {"bench": name, **headline, "details": details or {}}
    (RESULTS / f"{name}.json").write_text(json.dumps(payload, indent=2, default=str) + "\n")
    sys.stdout.flush()
