"""The thirty-fifth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen35.

Written blind in session 8 by a writer who had read neither the parser, its tests nor any
other part, as a round sent right after the group drew lots for the functions nobody took (the drawn
function accepted, protested or swapped with a named colleague, another function volunteered
instead, beside the usual changes); kept outside the repository until it was measured once, at
main dcbc2d2 (after tuning on parts 30 to 33).

  37 replies, 70 answers given, 59 recorded right (84.3 %), 8 invented values, 2 silent
  misses; 20 replies read wrong.

Tuned on in session 8: from 84.3 %, 8 invented values, 2 silent misses to 95.7 %, 1 invented
value, 0 silent misses.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen35.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen35"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow35-da-android-stopper': 'flagged False (expected True): ()',  # noqa: E501
    'ow35-da-outlook-byttet-med-morten': "flagged True (expected False): ('han tager sekretærjobbet', 'Det har vi aftalt med formanden.')",  # noqa: E501
    'ow35-en-iphone-not-much-time': "flagged True (expected False): ('new baby at home',)",  # noqa: E501
    'ow35-en-owa-cannot-place': "experience: expected '21', got '20'",  # noqa: E501
    'ow35-en-thunderbird-twenty-three': 'flagged True (expected False): ("I\'d take secretary if nobody else wants it.",)',  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
