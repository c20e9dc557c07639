"""The sixty-first unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen61.

Written blind in session 11 by a writer who had read neither the parser, its tests nor any other
part, as every kind of member and mail client, as varied as real life, written at the start of the
session as one of its two closing parts; kept outside the repository, unseen, until it was measured
once, at main 2006703. Not tuned on (the exact lists below are those of the parser it was measured
on).

  33 replies, 70 answers given, 69 recorded right (98.6 %), 0 invented values, 1 silent
  misses; 7 replies read wrong. These are the closing honest figures of session 11.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen61.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen61"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow61-da-apple_forward-ny-adresse': "flagged False (expected True): ()",  # noqa: E501
    'ow61-da-outlook_ios-tid-meget-emoji': "unchanged False (expected True)",  # noqa: E501
    'ow61-en-gmail-new-from-netherlands': "flagged True (expected False): ('counting my time at the Dutch agency', 'maybe a lot in spring')",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {}  # case: values recorded the member did not give; exact


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
