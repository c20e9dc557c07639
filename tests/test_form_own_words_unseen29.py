"""The twenty-ninth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen29.

Written blind at the end of session 7 by a writer who had read neither the parser, its tests
nor any other part, as a round written by people of different habits (every question answered,
one line from the phone, inline in the form, chatty with news, an English newcomer, a mere
confirmation); kept outside the repository until it was measured once, at main 8bb74d6, the last
parser of the session. Not tuned on.

  28 replies, 65 answers given, 62 recorded right (95.4 %), 2 invented values, 0 silent
  misses; 5 replies read wrong.

The right share met the issue's >= 95 %; the invented values and silent misses did not meet 0.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen29.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen29"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow29-da-outlook_android-brint-biogas': 'unchanged False (expected True)',  # noqa: E501
    'ow29-da-thunderbird-nyt-fra-mig': "flagged True (expected False): ('God jul når vi når så langt!',)",  # noqa: E501
    'ow29-en-thunderbird-contaminated-range': "interests: expected 'Soil', got ''",  # noqa: E501
    'ow29-en-apple_mail-ticked-and-words': "flagged True (expected False): ('I can coordinate consultations if nobody else wants to.',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
