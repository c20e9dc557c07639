"""The thirtieth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen30.

Written blind at the start of session 8 by a writer who had read neither the parser, its tests
nor any other part, as a spring round just after a meeting where two functions changed hands
and three members started (functions confirmed, given up, handed to a colleague; time now;
partial answers); kept outside the repository until it was measured once, at main 182d405, the
last parser of session 7.

  36 replies, 59 answers given, 51 recorded right (86.4 %), 4 invented values, 3 silent
  misses; 12 replies read wrong.

Tuned on in session 8 (one general rule per kind, each with its own test in
tests/test_formtext.py): from 86.4 %, 4 invented values, 3 silent misses to 96.6 %, 1 invented
value, 0 silent misses. Still listed: a newcomer's "men ikke i faget" passed to the chair,
"høringerne om Power-to-X-anlæg" passed on rather than read as the topic, and "meget lidt i
foråret ..., mere efter sommerferien" passed to the chair with the old amount kept (a rule that
read it was tried and taken back: it recorded part 10's "Lidt i foråret, mere til efteråret",
which that writer asks about; the commit message of 03ca9d0 gave 98.3 %, measured before that).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen30.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen30"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow30-da-apple-ny-talord-tilsynet': "flagged True (expected False): ('men ikke i faget',)",  # noqa: E501
    'ow30-da-gmail-android-begge-grupper-men': "interesser: expected 'PFAS; Affald; VVM; Power-to-X', got 'PFAS; Affald; VVM'; flagged True (expected False): ('og så er jeg kommet med i høringerne om Power-to-X-anlæg',)",  # noqa: E501
    'ow30-da-outlook-mac-html-kun-tid': "tid: expected 'Lidt', got 'Nogen'; flagged True (expected False): ('Kan kun svare på tiden lige nu: meget lidt i foråret pga. byggesagerne, mere efter sommerferien.',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow30-da-outlook-mac-html-kun-tid': ["tid: ['Nogen']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
