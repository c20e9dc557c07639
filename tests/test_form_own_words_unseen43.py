"""The forty-third unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen43.

Written blind at the end of session 8 by a writer who had read neither the parser, its tests
nor any other part, as one round as varied as real life (long and short, prose and inline answers,
changes of topics, years, time or functions, news and questions for the chair, English, haste);
kept outside the repository until it was measured once, at main 8af0063, the last parser of
session 8. Not tuned on.

  29 replies, 60 answers given, 59 recorded right (98.3 %), 0 invented values, 0 silent
  misses; 5 replies read wrong (each passed to the chair where the writer would not have, or
  one offer in English on the Danish form passed on instead of recorded).

The first unseen part on which all three of the issue's targets were met at the first
measurement (>= 95 %, 0 invented, 0 silent). With part 42, the closing honest figures of
session 8.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen43.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen43"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow43-en-outlook-danish-form': "funktioner: expected 'Formand; Sekretær', got 'Sekretær'; flagged True (expected False): ('I could also take the chairman role.',)",  # noqa: E501
    'ow43-en-thunderbird-new-member': "flagged True (expected False): ('mostly from the Danish EPA',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {}  # case: values recorded the member did not give; exact


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
