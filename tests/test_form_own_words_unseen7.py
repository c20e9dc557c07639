"""The seventh unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen7.

Written blind in session 5 by a writer who had read neither the parser, its tests nor any other
part, as one ordinary round of a group; kept outside the repository until it was measured once,
at main 1877b39 (after tuning on parts 3 to 6). That measurement is the honest figure for mail
the parser was not tuned on:

  34 replies, 64 answers given, 59 recorded right (92.2 %), 4 invented values (in 4 replies),
  1 silent miss; 14 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Then, tuned on it with general rules (one test each in test_formtext): "ikke lige nu",
"ingen endnu" are none; "røget ud", "moved off" take away; asked to join and "add me" add, no
conversation reported; a sentence saying "så det skal med" adds what it named; a plain
answer, then a hedge naming no option, is the answer; "i øvrigt" makes no Andet label; "Som
sidste år." alone keeps everything; a new job as the reason for less time is no news; a topic
with where it comes from ("odour complaints from the plants") is still a topic, asked:

  34 replies, 64 answers given, 64 recorded right (100 %), 0 invented values, 0 silent misses;
  2 replies read wrong (extra flags; no unseen figure any more); after the rules of session 6, 0.

What is still read wrong is an exact list below, and so are the invented values (kept
exactly, so that the suite stays green and every change to them is seen: a fixed one must be
taken off, a new one fails).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen7.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen7"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
}
KNOWN_INVENTED: dict[str, list[str]] = {}  # case: values recorded the member did not give; exact


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
