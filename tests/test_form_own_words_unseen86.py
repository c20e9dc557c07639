"""The eighty-sixth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen86.

Written blind in session 15 by a writer who had read neither the parser, its tests nor any other
part, as an ordinary winter round (December 2028 - January 2029) at the end of the two-year role
period: roles kept, given up, offered, shared or swapped, named by the role or by its task, with
conditions and dates; ordinary changes to the other questions; kept outside the repository, unseen,
until it was measured once, at main 77b7556. Tuned on afterwards (the exact lists below are those of
the current parser).

  34 replies, 63 answers given, 53 recorded right (84.1 %), 6 invented values, 4 silent misses; 15
  replies read wrong.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen86.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen86"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow86-da-gmail-rettelser-god-jul': "flagged True (expected False): ('stopper efter januar-mødet, skriver det sidste referat der',)",  # noqa: E501
    'ow86-en-gmail-takes-over-consultations': 'flagged True (expected False): ("I\'ve got more room for it now that our big permit project is finished.",)',  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
