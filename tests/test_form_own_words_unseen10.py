"""The tenth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen10.

Written blind in session 6 by a writer who had read neither the parser, its tests nor any other
part, as one ordinary round of a group; kept outside the repository until it was measured once,
at main 6b13b07, the parser as it stood at the end of session 5 (after tuning on parts 3 to 9).
Parts 10 and 11 were both measured at that commit before any tuning on either. That measurement
is the honest figure for mail the parser was not tuned on:

  35 replies, 56 answers given, 45 recorded right (80.4 %), 10 invented values, 5 silent
  misses; 13 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Not tuned on yet.

What is read wrong is an exact list below, and so are the invented values (kept exactly, so
that the suite stays green and every change to them is seen: a fixed one must be taken off, a
new one fails).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen10.py -q
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_form_replies import cases, check_unseen_reply

DATA = Path(__file__).parent / "data" / "form-own-words-unseen10"
CASES = cases(DATA)
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow10-da-android-samsung-typos-vvm': "flagged True (expected False): ('ingen ændriner',); unchanged False (expected True)",  # noqa: E501
    'ow10-da-apple-affaldsomraadet': "interesser: expected 'Affald; VVM', got 'Spildevand; Affald'",  # noqa: E501
    'ow10-da-gmail-kommentarer-barsel': "tid: expected 'Lidt', got 'Nogen'; unchanged False (expected True)",  # noqa: E501
    'ow10-da-gmail-kryds-og-ord': "interesser: expected 'PFAS', got 'PFAS; Støj'",  # noqa: E501
    'ow10-da-gmail-spoergsmaal-referat': "funktioner: expected '', got 'Formand'; tid: expected 'Meget', got 'Nogen'",  # noqa: E501
    'ow10-da-iphone-halvt-skema': "interesser: expected 'Jord; Klima', got ''",  # noqa: E501
    'ow10-da-iphone-syvogtyve': 'unchanged False (expected True)',  # noqa: E501
    'ow10-da-outlook-android-fjern-pfas': "interesser: expected 'Støj', got 'PFAS; Støj'; erfaring: expected '12', got '2'",  # noqa: E501
    'ow10-da-outlook-initialer-inline': "erfaring: expected '17', got '16'; flagged True (expected False): ('jeg har ikke tid til den', '[Bo] 17')",  # noqa: E501
    'ow10-da-outlook-omstrukturering': "interesser: expected 'Jord; VVM; IE-direktivet', got 'Spildevand; Jord'; funktioner: expected 'Høringstovholder', got ''",  # noqa: E501
    'ow10-da-owa-html-sekretaer-hvis': "flagged True (expected False): ('Ellers står det hele ved magt.',); unchanged False (expected True)",  # noqa: E501
    'ow10-da-owa-stopper-som-formand': "funktioner: expected 'Høringstovholder; Sekretær', got 'Formand; Høringstovholder; Sekretær'; erfaring: expected '20', got '4'",  # noqa: E501
    'ow10-en-thunderbird-odour-inline': "interests: expected 'Air; Climate', got 'Air'",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow10-da-apple-affaldsomraadet': ["interesser: ['Spildevand']"],  # noqa: E501
    'ow10-da-gmail-kommentarer-barsel': ["tid: ['Nogen']"],  # noqa: E501
    'ow10-da-gmail-kryds-og-ord': ["interesser: ['Støj']"],  # noqa: E501
    'ow10-da-gmail-spoergsmaal-referat': ["funktioner: ['Formand']", "tid: ['Nogen']"],  # noqa: E501
    'ow10-da-outlook-android-fjern-pfas': ["interesser: ['PFAS']", "erfaring: ['2']"],  # noqa: E501
    'ow10-da-outlook-omstrukturering': ["interesser: ['Spildevand']"],  # noqa: E501
    'ow10-da-owa-stopper-som-formand': ["funktioner: ['Formand']", "erfaring: ['4']"],  # noqa: E501
}


@pytest.mark.parametrize("name", CASES)
def test_tenth_unseen_part_reads_each_reply_as_a_careful_secretary_would(name: str) -> None:
    check_unseen_reply(DATA, name, KNOWN_MISSES, KNOWN_INVENTED)
