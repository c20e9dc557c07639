"""The fifty-second unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen52.

Written blind near the end of session 9 by a writer who had read neither the parser, its tests
nor any other part, as one ordinary autumn round (one or two changes in a sentence or under the
question, many confirmations, a few first answers, some English); kept outside the repository,
unseen, until it was measured once, at main affd0e4, the last parser of session 9. Not tuned on.

  33 replies, 43 answers given, 43 recorded right (100.0 %), 0 invented values, 0 silent
  misses; 4 replies read wrong (each passed to the chair where the writer would not have).

All three of the issue's targets met at the first measurement (>= 95 %, 0 invented, 0 silent).
With part 53, the closing honest figures of session 9.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen52.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen52"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow52-da-iphone-ptx-anlaegget': "flagged True (expected False): ('for det følger med',)",  # noqa: E501
    'ow52-da-tb-ny-i-gruppen': "flagged True (expected False): ('Eksempel Kommune',)",  # noqa: E501
    'ow52-da-outlookmachtml-sekretaer-hvis': "flagged True (expected False): ('Sekretær  hvis ingen andre vil',)",  # noqa: E501
    'ow52-en-gmail-add-pfas': "flagged True (expected False): ('I can stay on as secretary if no one else wants it.',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {}  # case: values recorded the member did not give; exact


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
