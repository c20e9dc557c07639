"""The sixth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen6.

Written blind in session 5 by a writer who had read neither the parser, its tests nor any other
part, as one ordinary round of a group (most replies unremarkable, a minority tricky); kept
outside the repository until it was measured once, at main a740091 (after tuning on parts 3, 4
and 5). That measurement is the honest figure for mail the parser was not tuned on:

  34 replies, 65 answers given, 56 recorded right (86.2 %), 2 invented values (in 2 replies),
  2 silent misses; 13 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Then, tuned on it with general rules (one test each in test_formtext): a number said to be
wrong is old; "up to 7" holds no Danish "to" (two); a number typed above the pre-filled one
replaces it; a compound whose head is the option ("industristøj") is that option; "et andet
projekt" names no question; "X or Y, either is fine" is both; a role given up only for a while
is asked; "out of" takes away; a month in a reason is nobody the answer depends on; an unsure
sentence followed by a decision is not asked; "still the same", "updated the years in the
form", "new to the group" need nothing more:

  34 replies, 65 answers given, 65 recorded right (100 %), 0 invented values, 0 silent misses;
  0 replies read wrong (no unseen figure any more).

What is still read wrong is an exact list below, and so are the invented values (kept
exactly, so that the suite stays green and every change to them is seen: a fixed one must be
taken off, a new one fails).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen6.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen6"
KNOWN_MISSES: dict[str, str] = {}  # case: what it gets wrong; exact
KNOWN_INVENTED: dict[str, list[str]] = {}  # case: values recorded the member did not give; exact


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
