"""The eleventh unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen11.

Written blind in session 6 by a writer who had read neither the parser, its tests nor any other
part, as one round answered mostly from phones; kept outside the repository until it was
measured once, at main 6b13b07, the parser as it stood at the end of session 5 (after tuning on
parts 3 to 9). Parts 10 and 11 were both measured at that commit before any tuning on either.
That measurement is the honest figure for mail the parser was not tuned on:

  36 replies, 69 answers given, 62 recorded right (89.9 %), 7 invented values, 2 silent
  misses; 15 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Then, tuned on parts 10 and 11 together with general rules (listed in
tests/test_form_own_words_unseen10.py, one test each in test_formtext):

  36 replies, 69 answers given, 69 recorded right (100 %), 0 invented values, 0 silent misses;
  0 replies read wrong (no unseen figure any more).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen11.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen11"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
}
KNOWN_INVENTED: dict[str, list[str]] = {}  # case: values recorded the member did not give; exact


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
