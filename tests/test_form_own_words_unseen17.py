"""The seventeenth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen17.

Written blind at the end of session 6 by a writer who had read neither the parser, its tests nor
any other part, as a round half a year after the last one (new tasks, projects ending,
reorganisations); kept outside the repository until it was measured once, at main e2c9217, the
last parser of session 6 (after tuning on parts 10 to 15). Parts 16 and 17 were both measured at
that commit and not tuned on: they are the closing honest figures.

  34 replies, 57 answers given, 52 recorded right (91.2 %), 4 invented values, 3 silent
  misses; 10 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Not tuned on in session 6; tuned on at the start of session 7, before parts 18 and 19 were
measured (one rule per kind, each with its own test in tests/test_formtext.py):

  98.2 %, 1 invented value, 0 silent misses; 3 replies read wrong, each a judgement call:
  news under "Andet" and leave are passed on to the chair (as three other writers expect), and
  an amount that changes with the season is recorded as said now and passed on (this writer
  would only ask; the reason is kept with the case).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen17.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen17"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    # news under Andet (leave) is recorded and passed on, as three other writers expect
    'ow17-da-iphone-andet-barsel': "flagged True (expected False): ('Jeg går på barsel fra marts til december 2027.',)",  # noqa: E501
    # a colleague who stopped, named by a topic ("Vores PFAS-medarbejder er stoppet"): shown to
    # the chair, since the person is not read as the topic PFAS
    'ow17-da-owa-overtaget-pfas-sager': "flagged True (expected False): ('Vores PFAS-medarbejder er stoppet pr. 1. november, og jeg har overtaget hendes sager.',)",  # noqa: E501
    # "mest lidt i foråret, mere til efteråret": the amount now is recorded and the chair told
    'ow17-da-thunderbird-bottom-skrevet-i-skemaet': "tid: expected 'Nogen', got 'Lidt'",
    # leave from February is news for the chair, beside the role given up
    'ow17-en-outlook-android-not-secretary': 'flagged True (expected False): ("I can\'t be secretary anymore, I\'m on leave from February.",)',  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow17-da-thunderbird-bottom-skrevet-i-skemaet': ["tid: ['Lidt']"],
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
