"""``tovholder draw --verify``: re-run a draw from the numbers in its announcement. Pure.

The input is the announcement's block (pasted, or the whole e-mail, even quoted with ``>``)::

    funktion: sekretær
    dato: 2026-03-01
    anna@example.org 3
    bo@example.org 1
    frø: 9f2c…        (optional: compared with the recomputed seed)

English labels (role:, date:, seed:) and dates as dd-mm-yyyy work too. Lines that are neither
are ignored, so the whole announcement can be given as it is.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tovholder.core.dates import parse_date
from tovholder.core.i18n import t
from tovholder.jobs.roles.lottery import Result, draw, make_seed

_LABEL = re.compile(r"^(funktion|role|dato|date|frø|froe|seed)\s*:\s*(.+?)\s*$", re.IGNORECASE)
_ROW = re.compile(r"^(\S+@\S+\.\S+)\s+(\d+)\s*$")


@dataclass(frozen=True)
class Verified:
    role: str
    day: dt.date | None
    table: tuple[tuple[str, int], ...]
    claimed_seed: str  # "" when the text gave none
    seed: str = ""
    result: Result | None = None
    error: str = ""  # an i18n code when the text lacks something

    @property
    def seed_matches(self) -> bool:
        return not self.claimed_seed or self.claimed_seed.casefold() == self.seed


def verify_from_text(text: str) -> Verified:
    role, day, seed, rows = "", None, "", []
    for raw in text.splitlines():
        line = raw.lstrip(" \t>").strip()
        label = _LABEL.match(line)
        if label:
            name, value = label.group(1).casefold(), label.group(2)
            if name in ("funktion", "role"):
                role = value
            elif name in ("dato", "date"):
                try:
                    day = parse_date(value)
                except ValueError:
                    day = None
            else:
                seed = value.split()[0]
            continue
        row = _ROW.match(line)
        if row:
            rows.append((row.group(1).casefold(), int(row.group(2))))
    table = tuple(rows)
    if not role or day is None or not table:
        return Verified(role, day, table, seed, error="lottery.verify_incomplete")
    try:
        computed = make_seed(role, day, table)
        return Verified(role, day, table, seed, computed, draw(table, computed))
    except ValueError:
        return Verified(role, day, table, seed, error="lottery.verify_bad_table")


def format_verification(v: Verified, lang: str) -> tuple[str, int]:
    """(text to print, exit code): 0 when the draw is reproduced, 1 when the seed differs,
    2 when the text lacks the numbers."""
    if v.error or v.result is None or v.day is None:
        return t(lang, v.error or "lottery.verify_incomplete"), 2
    r = v.result
    lines = [t(lang, "lottery.verify_seed", seed=v.seed),
             t(lang, "lottery.verify_ticket", ticket=r.ticket, last=r.total - 1,
               total=r.total),
             t(lang, "lottery.verify_winner", winner=r.winner, role=v.role,
               date=v.day.isoformat())]
    if not v.seed_matches:
        lines.append(t(lang, "lottery.verify_seed_differs", claimed=v.claimed_seed))
        return "\n".join(lines), 1
    return "\n".join(lines), 0


def draw_verify_command(text: str, lang: str) -> tuple[str, int]:
    """What ``tovholder draw --verify [FILE]`` prints and exits with (FILE or stdin as text)."""
    return format_verification(verify_from_text(text), lang)
