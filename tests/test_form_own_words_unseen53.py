"""The fifty-third unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen53.

Written blind near the end of session 9 by a writer who had read neither the parser, its tests
nor any other part, as a round as varied as real life (terse phone replies, long mails with
signatures and disclaimers, answers typed into the quoted form, one paragraph for everything,
news and questions for the chair, English); kept outside the repository, unseen, until it was
measured once, at main affd0e4. Tuned on afterwards with two rules (the exact lists below
are those of the current parser).

  30 replies, 70 answers given, 69 recorded right (98.6 %), 2 invented values, 1 silent miss;
  5 replies read wrong.

With part 52, the closing honest figures of session 9 (both measured on the same parser).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen53.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen53"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow53-da-gmail-android-skrevet-i-skemaet': "flagged True (expected False): ('måske mere senere',)",  # noqa: E501
    'ow53-da-iphone-ae-oe-aa': "flagged True (expected False): ('Per',)",  # noqa: E501
    'ow53-da-owa-html-affaldstilsynet-tid-varierer': "tid: expected '', got 'Meget'",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow53-da-owa-html-affaldstilsynet-tid-varierer': ["tid: ['Meget']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
