"""The twenty-eighth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen28.

Written blind at the end of session 7 by a writer who had read neither the parser, its tests
nor any other part, as an ordinary winter round (mostly short routine changes); kept outside the
repository until it was measured once, at main 8bb74d6, the last parser of the session (after
tuning on parts 10 to 27). Parts 28 and 29 are the session's closing honest figures and were
not tuned on.

  32 replies, 46 answers given, 44 recorded right (95.7 %), 2 invented values, 1 silent
  miss; 7 replies read wrong.

The right share met the issue's >= 95 %; the invented values and silent misses did not meet 0.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen28.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen28"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow28-da-android-mindre-tid': "flagged True (expected False): ('Vi er to mand ned på tilsynet',)",  # noqa: E501
    'ow28-en-outlook-line-per-topic': "flagged True (expected False): ('handed over in September',)",  # noqa: E501
    'ow28-en-outlook-mac-no-longer-secretary': "functions: expected '', got 'Chair; Consultation coordinator'",  # noqa: E501
    'ow28-en-thunderbird-bottom-chair-if-nobody': 'flagged True (expected False): ("I can step in as chair if nobody else wants it, but I\'d rather stay on as secretary.",)',  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow28-en-outlook-mac-no-longer-secretary': ["functions: ['Chair', 'Consultation coordinator']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
