"""The third unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen3.

Written blind in session 5, after the parser had been tuned on the first two unseen parts, by
someone who had read neither the parser, its tests nor any earlier part, leaning towards Outlook
and longer, chattier replies; kept outside the repository until it was measured once, at main
bde2c51. That measurement is the honest figure for mail the parser was not tuned on:

  32 replies, 85 answers given, 71 recorded right (83.5 %), 10 invented values (in 9 replies),
  2 silent misses; 18 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Then, tuned on it with general rules (one test each in test_formtext): "skal ud"/"skal
ind", "væk"/"gone", "givet videre", "moved to" (by its subject) and "step down" say out or in;
"sæt X på", "kommer til", "begyndt", "til gengæld" add; a clause "no thanks" declines the option
named just before it; "not sure" is asked; the number a correction says is old ("25, ikke 20")
is no answer; a labelled answer inside a line ("... Still chair. Time: much more") is read as
labelled; "much more this year" is Much; "about the same" keeps the answer; "Skemaet passer" and
"som det står" keep the rest; seasonal greetings, "I'll look at it" and typed initials ("- SK")
are courtesy; news the chair must act on (leaving, missing a meeting) is passed on even inside
an answer; "so ..." concludes rather than gives a reason; a date "14. januar" ends no sentence:

  32 replies, 85 answers given, 84 recorded right (98.8 %), 0 invented values, 0 silent misses;
  2 replies read wrong (no unseen figure any more); after the rules of session 6, 1.

What is still read wrong is an exact list below, and so are the invented values (kept
exactly, so that the suite stays green and every change to them is seen: a fixed one must be
taken off, a new one fails).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen3.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen3"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow3-en-outlook-leaving-in-june': "functions: expected 'Chair', got ''",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {}  # case: values recorded the member did not give; exact


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
