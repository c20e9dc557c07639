"""`python -m bench fuzz [--mails N] [--seed S] [--batch B]`: the seeded fuzz of issue 12 in full.

Hostile mails (tests/hostile.py: broken MIME, bogus charsets, NUL bytes, 1 MB headers, 20 MB
bodies, 200-deep nesting, forged From, a member's valid token from a stranger, header
injection, formula text, odd and reused Message-IDs) go through real ticks of the whole service
on the demo group (.xlsx workbook, local mailbox), a batch a day; after every batch
tests/fuzzrun.py checks that no tick failed, every mail has one outcome, nothing from a stranger
was written, no cell became a formula and the group's due emails went. Every figure but
`mails`, `ticks` and `seconds` must be 0.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench import report
from tests.fuzzrun import run_fuzz


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench fuzz")
    parser.add_argument("--mails", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--verbose", action="store_true")
    opts = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        result = run_fuzz(Path(folder), seed=opts.seed, mails=opts.mails, batch=opts.batch,
                          say=print if opts.verbose else lambda _: None)
    headline = {**result.headline(), "seed": opts.seed, "seconds": result.seconds}
    report("fuzz", headline, {"kinds": dict(result.kinds), "outcomes": dict(result.outcomes),
                              "failures": result.failures[:20]})
    bad = [k for k, v in result.headline().items() if k not in ("mails", "ticks", "warnings") and v]
    return 1 if bad else 0
