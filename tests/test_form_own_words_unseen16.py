"""The sixteenth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen16.

Written blind at the end of session 6 by a writer who had read neither the parser, its tests nor
any other part, as one ordinary round of a group; kept outside the repository until it was
measured once, at main e2c9217, the last parser of session 6 (after tuning on parts 10 to 15).
Parts 16 and 17 were both measured at that commit before any tuning: they are the closing honest
figures.

  28 replies, 50 answers given, 46 recorded right (92.0 %), 1 invented value, 4 silent
  misses; 8 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. At the very end of the session a few general rules were found on it (one test each in
test_formtext): "som før på nær tiden" with no time given goes to the chair; "Se pil", "Ellers
samme", "Resten står"; a number in the form with another one "hvis ... tæller med" is passed on:

  28 replies, 50 answers given, 47 recorded right (94.0 %), 1 invented value, 2 silent misses;
  5 replies read wrong (no unseen figure any more; part 17 was not tuned on).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen16.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen16"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow16-da-outlook-html-pfas-formand-marts': "funktioner: expected 'Formand', got ''; flagged False (expected True): (); funktioner: to be asked, but nothing was passed on",  # noqa: E501
    'ow16-da-outlook-prefix-andet-barsel': "flagged True (expected False): ('Jeg går på barsel fra 1. april til 1. oktober.',)",  # noqa: E501
    'ow16-en-iphone-air-quality': "flagged True (expected False): ('maybe more after summer',)",  # noqa: E501
    'ow16-en-thunderbird-if-nobody-else': "flagged True (expected False): ('I could be consultation coordinator if nobody else wants to.',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
