"""The twelfth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen12.

Written blind in session 6 by a writer who had read neither the parser, its tests nor any other
part, as one ordinary round of a group; kept outside the repository until it was measured once,
at main 6d775ed, the parser after tuning on parts 10 and 11. That measurement is the honest
figure for mail the parser was not tuned on:

  30 replies, 52 answers given, 47 recorded right (90.4 %), 3 invented values, 3 silent
  misses; 9 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Not tuned on yet.

What is read wrong is an exact list below, and so are the invented values (kept exactly, so
that the suite stays green and every change to them is seen: a fixed one must be taken off, a
new one fails).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen12.py -q
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_form_replies import cases, check_unseen_reply

DATA = Path(__file__).parent / "data" / "form-own-words-unseen12"
CASES = cases(DATA)
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow12-da-android-sekretaer-i-skemaet': "funktioner: expected 'Sekretær', got ''",  # noqa: E501
    'ow12-da-gmail-ny-medlem': "flagged True (expected False): ('Jeg laver primært virksomhedstilsyn', 'men måske næste år.')",  # noqa: E501
    'ow12-da-iphone-tak-torsdag': "flagged True (expected False): ('Tak, jeg får det udfyldt når jeg er tilbage på kontoret torsdag',); expected nothing read, got Parsed(answers={}, unchanged=False, not_understood=('Tak, jeg får det udfyldt når jeg er tilbage på kontoret torsdag',), in_form=frozenset(), read_from={})",  # noqa: E501
    'ow12-da-outlook-mac-formand-igen': "flagged True (expected False): ('Jeg stiller gerne op som formand igen', 'Efteråret har været hårdt')",  # noqa: E501
    'ow12-da-outlook-mac-html-var-20': "funktioner: expected 'Sekretær', got 'Formand; Sekretær'",  # noqa: E501
    'ow12-da-outlook-prefix-to-ting': "flagged True (expected False): ('Resten er ok.',); unchanged False (expected True)",  # noqa: E501
    'ow12-da-owa-ud-af-tilsynsnetvaerk': "interesser: expected 'Klima; VVM', got 'Klima'",  # noqa: E501
    'ow12-en-apple-mail-climate-80': 'time: expected \'Little\', got \'Some\'; flagged True (expected False): ("I\'m going down to 80% from January, so time should be little from then on.",)',  # noqa: E501
    'ow12-en-iphone-twenty-two': "time: expected 'Little', got 'Some'; flagged True (expected False): ('Time: a bit less than before so little I guess.',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow12-da-outlook-mac-html-var-20': ["funktioner: ['Formand']"],  # noqa: E501
    'ow12-en-apple-mail-climate-80': ["time: ['Some']"],  # noqa: E501
    'ow12-en-iphone-twenty-two': ["time: ['Some']"],  # noqa: E501
}


@pytest.mark.parametrize("name", CASES)
def test_twelfth_unseen_part_reads_each_reply_as_a_careful_secretary_would(name: str) -> None:
    check_unseen_reply(DATA, name, KNOWN_MISSES, KNOWN_INVENTED)
