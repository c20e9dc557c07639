"""The thirteenth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen13.

Written blind in session 6 by a writer who had read neither the parser, its tests nor any other
part, as one round written mostly at the office in Outlook, chatty, with news and asides; kept
outside the repository until it was measured once, at main 804ad0c, the parser after tuning on
parts 10 to 12. That measurement is the honest figure for mail the parser was not tuned on:

  34 replies, 82 answers given, 72 recorded right (87.8 %), 8 invented values, 2 silent
  misses; 19 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Not tuned on yet.

What is read wrong is an exact list below, and so are the invented values (kept exactly, so
that the suite stays green and every change to them is seen: a fixed one must be taken off, a
new one fails).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen13.py -q
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_form_replies import cases, check_unseen_reply

DATA = Path(__file__).parent / "data" / "form-own-words-unseen13"
CASES = cases(DATA)
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow13-da-android-samsung-kort': "interesser: expected 'Støj; Luft; IE-direktivet', got 'Støj; Luft'",  # noqa: E501
    'ow13-da-outlook-affaldstilsyn-lugt': "interesser: expected 'Affald; Jord; Klima; VVM', got 'Affald; Jord; Klima; VVM; Power-to-X'",  # noqa: E501
    'ow13-da-outlook-chatty-nyt-team': "flagged True (expected False): ('Tak for skemaet – og tak for sidst i Vejle, det var et rigtig godt møde.',)",  # noqa: E501
    'ow13-da-outlook-html-seksogtyve': "interesser: expected 'PFAS; Jord; Klima', got 'Luft; Klima'; erfaring: expected '26', got '6'; flagged True (expected False): ('Min erfaring skal rettes: det er nu seksogtyve år siden jeg startede i faget, heraf elleve i kommunen.',)",  # noqa: E501
    'ow13-da-outlook-inline-i-skemaet': "interesser: expected 'Affald; Støj; IE-direktivet', got 'Luft'",  # noqa: E501
    'ow13-da-outlook-kryds-og-ord': "erfaring: expected '10', got '9'; tid: expected 'Nogen', got 'Meget'; flagged True (expected False): ('Erfaring: ti år pr. januar, så skriv 10.',)",  # noqa: E501
    'ow13-da-outlook-prefix-ja-nej': "flagged True (expected False): ('fortsætter',)",  # noqa: E501
    'ow13-da-outlook-tilsyn-pfas-gruppe': "flagged True (expected False): ('Jeg vil stadig gerne skrive referat.',); unchanged True (expected False)",  # noqa: E501
    'ow13-da-owa-egne-saetninger-grundvand': "erfaring: expected '9', got '6'",  # noqa: E501
    'ow13-da-owa-html-chatty-jul': "andet: expected 'Deltid (30 t) til marts', got 'jeg holder jul i Australien og er væk fra 18/12 til 10/1.'",  # noqa: E501
    'ow13-da-owa-pension-formand': 'unchanged False (expected True)',  # noqa: E501
    'ow13-da-thunderbird-bottom-bytter': "flagged True (expected False): ('Jeg har byttet høringerne ud med referaterne, som aftalt med Lone på sidste møde.',)",  # noqa: E501
    'ow13-da-thunderbird-stikord': "flagged True (expected False): ('Ingen funktioner lige nu - er ny',)",  # noqa: E501
    'ow13-en-gmail-android-terse': "flagged True (expected False): ('no functions for now',)",  # noqa: E501
    'ow13-en-gmail-new-from-sweden': "groups: expected '', got 'Inspection network'; time: expected 'Little', got ''; flagged True (expected False): ('Time: not that much, honestly.',)",  # noqa: E501
    'ow13-en-iphone-fine-add-ied': "experience: expected '5', got '2'",  # noqa: E501
    'ow13-en-outlook-mac-chair-later': "functions: expected '', got 'Chair; Secretary'; experience: expected '6', got '5'",  # noqa: E501
    'ow13-en-owa-as-before-except-time': "flagged True (expected False): ('a new colleague starts in January',)",  # noqa: E501
    'ow13-en-owa-html-bullets-restated': 'flagged True (expected False): ("I\'ll keep doing the minutes",)',  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow13-da-outlook-affaldstilsyn-lugt': ["interesser: ['Power-to-X']"],  # noqa: E501
    'ow13-da-outlook-html-seksogtyve': ["interesser: ['Luft']"],  # noqa: E501
    'ow13-da-outlook-inline-i-skemaet': ["interesser: ['Luft']"],  # noqa: E501
    'ow13-da-outlook-kryds-og-ord': ["tid: ['Meget']"],  # noqa: E501
    'ow13-da-owa-html-chatty-jul': ["andet: ['jeg holder jul i Australien og er væk fra 18/12 til 10/1.']"],  # noqa: E501
    'ow13-en-gmail-new-from-sweden': ["groups: ['Inspection network']"],  # noqa: E501
    'ow13-en-iphone-fine-add-ied': ["experience: ['2']"],  # noqa: E501
    'ow13-en-outlook-mac-chair-later': ["functions: ['Chair', 'Secretary']"],  # noqa: E501
}


@pytest.mark.parametrize("name", CASES)
def test_thirteenth_unseen_part_reads_each_reply_as_a_careful_secretary_would(name: str) -> None:
    check_unseen_reply(DATA, name, KNOWN_MISSES, KNOWN_INVENTED)
