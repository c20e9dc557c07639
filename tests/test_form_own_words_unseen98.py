"""The ninety-eighth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen98.

Written blind at the start of session 16 and kept unseen through all of its tuning, by a writer who
had read neither the parser, its tests nor any other part, as an ordinary summer round (June 2031):
the usual mix of members, changes and clients; kept outside the repository, unseen, until it was
measured once, at main 0a516e9. Not tuned on (the exact lists below are those of the parser it was
measured on). These are the closing honest figures of session 16.

  34 replies, 60 answers given, 59 recorded right (98.3 %), 1 invented values, 0 silent misses; 4
  replies read wrong.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen98.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen98"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow98-da-outlook-elleve-i-feltet': "flagged True (expected False): ('Erfaringen er rettet',)",  # noqa: E501
    'ow98-da-outlook-intet-nyt': "flagged True (expected False): ('alt er',)",  # noqa: E501
    'ow98-da-outlook-mac-orlov-i-andet': "flagged True (expected False): ('Hej, se mit svar under 6.',)",  # noqa: E501
    'ow98-en-outlook-as-before-except-chair': 'functions: expected \'Consultation coordinator\', got \'Chair; Consultation coordinator\'; flagged True (expected False): ("except that I won\'t stand as chair again after the summer",)',  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow98-en-outlook-as-before-except-chair': ["functions: ['Chair']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
