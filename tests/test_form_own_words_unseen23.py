"""The twenty-third unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen23.

Written blind in session 7 by a writer who had read neither the parser, its tests nor any
other part, as a round as varied as real life (one-liners, long careful answers, inline answers,
the form rewritten in own words, answers to another question than asked, own marks, bullet
points); kept outside the repository until it was measured once, at main 77bf8f1 (after tuning
on parts 10 to 21).

  31 replies, 75 answers given, 69 recorded right (92.0 %), 4 invented values, 4 silent
  misses; 12 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Tuned on in session 7 (one general rule per kind, each with its own test in
tests/test_formtext.py):

  97.3 %, 1 invented value, 0 silent misses; 5 replies read wrong.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen23.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen23"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow23-da-android-industri-husdyr': "tid: expected 'Lidt', got ''",  # noqa: E501
    'ow23-da-gmail_android-punkter': "tid: expected 'Nogen', got 'Lidt'",  # noqa: E501
    'ow23-en-outlook-new-in-job': 'flagged True (expected False): (\'I only joined Example Municipality in August, so this is my first round.\', "probably more once I\'m settled in")',  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow23-da-gmail_android-punkter': ["tid: ['Lidt']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
