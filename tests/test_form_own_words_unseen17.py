"""The seventeenth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen17.

Written blind at the end of session 6 by a writer who had read neither the parser, its tests nor
any other part, as a round half a year after the last one (new tasks, projects ending,
reorganisations); kept outside the repository until it was measured once, at main e2c9217, the
last parser of session 6 (after tuning on parts 10 to 15). Parts 16 and 17 were both measured at
that commit and not tuned on: they are the closing honest figures.

  34 replies, 57 answers given, 52 recorded right (91.2 %), 4 invented values, 3 silent
  misses; 10 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Not tuned on.

What is read wrong is an exact list below, and so are the invented values (kept exactly, so
that the suite stays green and every change to them is seen: a fixed one must be taken off, a
new one fails).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen17.py -q
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_form_replies import cases, check_unseen_reply

DATA = Path(__file__).parent / "data" / "form-own-words-unseen17"
CASES = cases(DATA)
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow17-da-gmail-vvm-flyttet-stoej-kommet': "interesser: expected 'Støj; Luft', got 'Støj'",  # noqa: E501
    'ow17-da-iphone-andet-barsel': "flagged True (expected False): ('Jeg går på barsel fra marts til december 2027.',)",  # noqa: E501
    'ow17-da-iphone-med-paa-pfas': 'flagged False (expected True): (); grupper: to be asked, but nothing was passed on',  # noqa: E501
    'ow17-da-iphone-spildevand-fra-pensionist': "flagged True (expected False): ('efter at vores spildevandsmand er gået på pension',)",  # noqa: E501
    'ow17-da-outlook-android-formand-hvis-brug': "tid: expected 'Nogen', got 'Meget'",  # noqa: E501
    'ow17-da-outlook-gaaet-ned-i-tid': "tid: expected 'Meget', got 'Lidt'; flagged True (expected False): ('Jeg er gået ned på 30 timer i min faste stilling og har derfor mere luft til gruppen – sæt mig gerne på meget fremover.',)",  # noqa: E501
    'ow17-da-thunderbird-bottom-skrevet-i-skemaet': "tid: expected 'Nogen', got 'Lidt'; flagged False (expected True): (); tid: to be asked, but nothing was passed on",  # noqa: E501
    'ow17-en-outlook-android-not-secretary': 'flagged True (expected False): ("I can\'t be secretary anymore, I\'m on leave from February.",)',  # noqa: E501
    'ow17-en-outlook-mac-english-on-danish-form': "flagged True (expected False): ('Groups the same.',)",  # noqa: E501
    'ow17-en-outlook-soil-instead-of-air': "time: expected 'Little', got 'Much'; flagged True (expected False): ('Time is little these months because of the budget.',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow17-da-outlook-android-formand-hvis-brug': ["tid: ['Meget']"],  # noqa: E501
    'ow17-da-outlook-gaaet-ned-i-tid': ["tid: ['Lidt']"],  # noqa: E501
    'ow17-da-thunderbird-bottom-skrevet-i-skemaet': ["tid: ['Lidt']"],  # noqa: E501
    'ow17-en-outlook-soil-instead-of-air': ["time: ['Much']"],  # noqa: E501
}


@pytest.mark.parametrize("name", CASES)
def test_seventeenth_unseen_part_reads_each_reply_as_a_careful_secretary_would(name: str) -> None:
    check_unseen_reply(DATA, name, KNOWN_MISSES, KNOWN_INVENTED)
