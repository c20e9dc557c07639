"""The ninety-first unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen91.

Written blind in session 15 by a writer who had read neither the parser, its tests nor any other
part, as an ordinary new-year round (January 2030): new plans, interests, groups and roles changed
or confirmed, questions for the chair, absences from the coming meeting; written at the start of the
session as one of its two closing parts; kept outside the repository, unseen, until it was measured
once, at main e7cf461. Not tuned on (the exact lists below are those of the parser it was measured
on).

  34 replies, 50 answers given, 47 recorded right (94.0 %), 2 invented values, 1 silent misses; 12
  replies read wrong. These are the closing honest figures of session 15.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen91.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen91"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow91-da-gmail-ptx-ind-affald-ud': "flagged True (expected False): ('Nyt år, nye opgaver.',)",  # noqa: E501
    'ow91-da-iphone-fem-seks-aar': "unchanged False (expected True)",  # noqa: E501
    'ow91-da-outlook_prefix-nyt-job-region': "unchanged False (expected True)",  # noqa: E501
    'ow91-da-thunderbird-formand-stopper-kryds': "flagged True (expected False): ('det er tid til',)",  # noqa: E501
    'ow91-da-thunderbird_bottom-ud-af-netvaerket': "flagged True (expected False): ('nye prioriteter',)",  # noqa: E501
    'ow91-en-apple_mail-new-officer': 'flagged True (expected False): ("I\'m the new environmental officer at Example Municipality from 1 January, taking over from Hanne.",)',  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
