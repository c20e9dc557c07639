"""The sixth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen6.

Written blind in session 5 by a writer who had read neither the parser, its tests nor any other
part, as one ordinary round of a group (most replies unremarkable, a minority tricky); kept
outside the repository until it was measured once, at main a740091 (after tuning on parts 3, 4
and 5). That measurement is the honest figure for mail the parser was not tuned on:

  34 replies, 65 answers given, 56 recorded right (86.2 %), 2 invented values (in 2 replies),
  2 silent misses; 13 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. What is still read wrong is an exact list below, and so are the invented values (kept
exactly, so that the suite stays green and every change to them is seen: a fixed one must be
taken off, a new one fails).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen6.py -q
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus_cases import check_case
from tests.test_form_replies import cases, score

DATA = Path(__file__).parent / "data" / "form-own-words-unseen6"
CASES = cases(DATA)
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow6-da-android-24-aar-ikke-formand': "erfaring: expected '24', got '22'",  # noqa: E501
    'ow6-da-outlook-initialer-i-skemaet': "erfaring: expected '8', got '7'; flagged True (expected False): ('8\\n7',)",  # noqa: E501
    'ow6-da-outlook-mac-html-godkendelser-lidt-til-nogen': "interesser: expected 'Støj', got ''",  # noqa: E501
    'ow6-da-owa-html-meget-tid-andet': "flagged True (expected False): ('Jeg er blevet færdig med et andet projekt',)",  # noqa: E501
    'ow6-da-thunderbird-sekretaer-ikke-i-foraaret': "funktioner: expected 'Sekretær', got ''",  # noqa: E501
    'ow6-en-android-still-same-little': "flagged True (expected False): ('Yes still the same',); unchanged False (expected True)",  # noqa: E501
    'ow6-en-apple-on-danish-form': "interesser: expected 'PFAS; Spildevand; Jord', got 'Spildevand; Jord'; flagged True (expected False): ('I work with wastewater and soil as before, plus PFAS since October.',)",  # noqa: E501
    'ow6-en-gmail-android-ied-and-group-out': "groups: expected '', got 'PFAS working group'",  # noqa: E501
    'ow6-en-gmail-new-member': "flagged True (expected False): ('New to the group, so here goes.',)",  # noqa: E501
    'ow6-en-outlook-all-as-before-except': 'experience: expected \'7\', got \'6\'; flagged True (expected False): ("except I\'m up to 7 years now",)',  # noqa: E501
    'ow6-en-outlook-ios-some-for-now-soil': "time: expected 'Some', got 'Little'; flagged True (expected False): ('Hard to say re time - depends on whether we get the new inspector hired.', 'Put me down as some for now I guess.')",  # noqa: E501
    'ow6-en-owa-odour-since-2011': "functions: expected 'Chair; Secretary', got ''",  # noqa: E501
    'ow6-en-thunderbird-bottom-years-not-secretary': "flagged True (expected False): ('Updated the years in the form.',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow6-en-gmail-android-ied-and-group-out': ["groups: ['PFAS working group']"],  # noqa: E501
    'ow6-en-outlook-ios-some-for-now-soil': ["time: ['Little']"],  # noqa: E501
}


@pytest.mark.parametrize("name", CASES)
def test_sixth_unseen_part_reads_each_reply_as_a_careful_secretary_would(name: str) -> None:
    outcome = score(DATA, name)
    assert outcome.invented == KNOWN_INVENTED.get(name, []), outcome.invented
    check_case(name, outcome.wrong, KNOWN_MISSES)
