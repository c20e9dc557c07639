"""The eighth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen8.

Written blind in session 5 by a writer who had read neither the parser, its tests nor any other
part, as one ordinary round of a group; kept outside the repository until it was measured once,
at main 1564558 (after tuning on parts 3 to 7). That measurement is the honest figure for mail
the parser was not tuned on:

  33 replies, 54 answers given, 49 recorded right (90.7 %), 4 invented values (in 3 replies),
  4 silent misses; 14 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Then, tuned on it with general rules (one test each in test_formtext): a digit before a
full stop is no initial; "X af", "Y på" are out and in; the English "to" is no Danish two; a
part in brackets is no second number; leaving the group and an absence reach the chair, also
when written under Andet; "det samme som hos Jens" is asked; a role in a body named by its own
words ("chair of our local climate network") is no answer; "much less ..., put me down for
little" is Little; "højst" and "a colleague handles it" only qualify:

  33 replies, 54 answers given, 54 recorded right (100 %), 0 invented values, 0 silent misses;
  3 replies read wrong (extra flags; no unseen figure any more); after the rules of session 6, 2.

What is still read wrong is an exact list below, and so are the invented values (kept
exactly, so that the suite stays green and every change to them is seen: a fixed one must be
taken off, a new one fails).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen8.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen8"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow8-da-gmail-formand-stoppet-dash': "flagged True (expected False): ('Miljø',)",  # noqa: E501
    'ow8-en-apple_mail-ptx-eia-stepped-down': 'flagged True (expected False): ("I\'ve stepped down as chair of our local climate network",)',  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {}  # case: values recorded the member did not give; exact


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
