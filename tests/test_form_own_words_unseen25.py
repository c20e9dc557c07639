"""The twenty-fifth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen25.

Written blind in session 7 by a writer who had read neither the parser, its tests nor any
other part, as an ordinary round where most changes are about functions (taking on, giving up,
swapping, conditional offers) and time, about a third in English; kept outside the repository
until it was measured once, at main fdf7dbe (after tuning on parts 10 to 23).

  37 replies, 85 answers given, 78 recorded right (91.8 %), 8 invented values, 1 silent
  miss; 15 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Tuned on in session 7 (one general rule per kind, each with its own test in
tests/test_formtext.py):

  98.8 %, 1 invented, 0 silent; 9 replies read wrong.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen25.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen25"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow25-da-gmail-min-erfaring-er': "flagged True (expected False): ('Min erfaring er',)",  # noqa: E501
    'ow25-da-gmail-tid-svinger-med-saesonen': "tid: expected 'Meget', got 'Lidt'",  # noqa: E501
    'ow25-en-apple-mail-interim-chair': "flagged True (expected False): ('Other than that',)",  # noqa: E501
    'ow25-en-outlook-prefix-dash-six-years': "unchanged True (expected False)",  # noqa: E501
    'ow25-en-owa-swap-secretary': "flagged True (expected False): ('fifteen in January',)",  # noqa: E501
    'ow25-da-owa-hoeringstovholder-hvis-ingen-andre': "flagged True (expected False): ('Jeg vil gerne tage over som høringstovholder, hvis ingen andre har meldt sig.',)",  # noqa: E501
    'ow25-en-thunderbird-bottom-inline': "flagged True (expected False): ('Happy to be secretary if nobody else wants it',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow25-da-gmail-tid-svinger-med-saesonen': ["tid: ['Lidt']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
