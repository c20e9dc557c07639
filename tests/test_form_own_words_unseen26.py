"""The twenty-sixth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen26.

Written blind in session 7 by a writer who had read neither the parser, its tests nor any
other part, as an ordinary autumn round (most replies short and routine); kept outside the
repository until it was measured once, at main cb6f7b7 (after tuning on parts 10 to 25).

  34 replies, 53 answers given, 50 recorded right (94.3 %), 1 invented value, 1 silent
  miss; 4 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Tuned on in session 7 (one general rule per kind, each with its own test in
tests/test_formtext.py):

  98.1 %, 0 invented, 0 silent; 2 replies read wrong.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen26.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen26"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow26-en-outlook_mac-25-years-not-much': "flagged True (expected False): ('the rest in Sweden',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {}  # case: values recorded the member did not give; exact


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
