"""The twenty-seventh unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen27.

Written blind in session 7 by a writer who had read neither the parser, its tests nor any
other part, as a round where many members answer in prose without touching the quoted form (own
order and words, some unrelated news); kept outside the repository until it was measured once,
at main cb6f7b7 (after tuning on parts 10 to 25).

  30 replies, 104 answers given, 97 recorded right (93.3 %), 4 invented values, 2 silent
  misses; 7 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Tuned on in session 7 (one general rule per kind, each with its own test in
tests/test_formtext.py):

  96.2 %, 2 invented, 1 silent; 6 replies read wrong.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen27.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen27"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow27-da-outlook-interval-og-betingelse': "tid: expected 'Meget', got ''",  # noqa: E501
    'ow27-da-outlookprefix-syv-heraf-tre': "funktioner: expected 'Høringstovholder; Sekretær', got ''; flagged True (expected False): ('Sekretær eller høringstovholder',)",  # noqa: E501
    'ow27-en-applemail-twenty-three': "flagged True (expected False): ('Chair?', 'No thanks.')",  # noqa: E501
    'ow27-en-owa-secretary-if-nobody': "functions: expected '', got 'Secretary'",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow27-en-owa-secretary-if-nobody': ["functions: ['Secretary']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
