"""The fourth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen4.

Written blind in session 5, at the same time as the third part and by another writer who had
read neither the parser, its tests nor any other part, leaning towards short phone replies,
missing diacritics, mixed Danish/English and answers typed inside the quoted form; kept outside
the repository until it was measured once, at main 6f75616 (after tuning on the third part).
That measurement is the honest figure for mail the parser was not tuned on:

  39 replies, 98 answers given, 92 recorded right (93.9 %), 1 invented value, 3 silent misses;
  12 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it, though closer than on the parts before (76.9 % / 9 / 7, then 83.5 % / 10 / 2). What is still
read wrong is an exact list below (after tuning on this part with general rules, one test each
in test_formtext: "+ jord" typed on its own line adds; the sure part of a labelled answer is
recorded and the unsure part passed on; two different numbers of years in one sentence are
asked, a conclusion after "altså" wins; a number typed after "Svar:" may carry a part ("15 -
heraf 4 her"); "i øvrigt" is the rest, not Andet; "kan blive stående" keeps; "slette" clears a
text answer; "writing from my phone", "quick update" and a lone initial are courtesy; no client
wraps a line longer than 80 characters, so the name under one is not joined to it:

  39 replies, 98 answers given, 98 recorded right (100 %), 0 invented values, 0 silent misses;
  1 reply read wrong (an extra flag; no unseen figure any more)); after the rules of session 6,
  1 (the pension news under Andet, a judgement),

and so are the invented values (kept exactly, so that the suite stays green and every change to
them is seen: a fixed one must be taken off, a new one fails).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen4.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen4"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    # news in Andet also goes to the chair (three blind parts expect it, this one does not)
    'ow4-da-outlook_html-affaldstilsyn-pension': "flagged True (expected False): ('Går på pension i 2028.',)",  # noqa: E501
    'ow4-da-owa_html-ikke-sekretaer-formand': "flagged True (expected False): ('Formand kan jeg godt være, hvis ingen andre melder sig.',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {}  # case: values recorded the member did not give; exact


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
