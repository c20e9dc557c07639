"""The ninety-fifth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen95.

Written blind in session 16 by a writer who had read neither the parser, its tests nor any other
part, as a round at the start of a new two-year role period (spring 2031): chair, secretary and
consultation coordinator all up for grabs, members saying which they will or will not take and why,
with conditions, shared offers, reluctance and refusals; kept outside the repository, unseen, until
it was measured once, at main c0d2145. Tuned on afterwards (the exact lists below are those of the
current parser).

  33 replies, 57 answers given, 50 recorded right (87.7 %), 8 invented values, 2 silent misses; 13
  replies read wrong.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen95.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen95"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow95-da-owa-html-skriver-i-skemaet': "funktioner: expected '', got 'Høringstovholder'; flagged True (expected False): ('Ingen af dem denne gang.', 'Jeg er blevet teamleder og har ikke overskud til mere.')",  # noqa: E501
    'ow95-en-gmail-consultations': "flagged True (expected False): ('The big permit project is done, so I have the time.',)",  # noqa: E501
    'ow95-en-iphone-stepping-down-chair': "functions: expected '', got 'Secretary'",  # noqa: E501
    'ow95-en-outlook-prefix-all-three': "functions: expected 'Chair; Consultation coordinator; Secretary', got 'Consultation coordinator'; flagged True (expected False): ('Since nobody seems to be queuing up: put me down for all three.',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow95-da-owa-html-skriver-i-skemaet': ["funktioner: ['Høringstovholder']"],  # noqa: E501
    'ow95-en-iphone-stepping-down-chair': ["functions: ['Secretary']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
