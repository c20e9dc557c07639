"""The eighth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen8.

Written blind in session 5 by a writer who had read neither the parser, its tests nor any other
part, as one ordinary round of a group; kept outside the repository until it was measured once,
at main 1564558 (after tuning on parts 3 to 7). That measurement is the honest figure for mail
the parser was not tuned on:

  33 replies, 54 answers given, 49 recorded right (90.7 %), 4 invented values (in 3 replies),
  4 silent misses; 14 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. What is still read wrong is an exact list below, and so are the invented values (kept
exactly, so that the suite stays green and every change to them is seen: a fixed one must be
taken off, a new one fails).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen8.py -q
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus_cases import check_case
from tests.test_form_replies import cases, score

DATA = Path(__file__).parent / "data" / "form-own-words-unseen8"
CASES = cases(DATA)
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow8-da-android-erfaring-ellers-det-samme': 'unchanged False (expected True)',  # noqa: E501
    'ow8-da-gmail-formand-stoppet-dash': "flagged True (expected False): ('Miljø',)",  # noqa: E501
    'ow8-da-gmail-samme-som-kollega': 'flagged False (expected True): (); unchanged True (expected False)',  # noqa: E501
    'ow8-da-gmail_android-kryds-og-pension': 'flagged False (expected True): ()',  # noqa: E501
    'ow8-da-iphone-melder-mig-ud': 'flagged False (expected True): ()',  # noqa: E501
    'ow8-da-outlook_android-ikke-meget-tid': "flagged True (expected False): ('højst',)",  # noqa: E501
    'ow8-da-outlook_html-andet-barsel': 'flagged False (expected True): ()',  # noqa: E501
    'ow8-da-outlook_mac-luft-ikke-laengere': "flagged True (expected False): ('Som sidste år i øvrigt.',); unchanged False (expected True)",  # noqa: E501
    'ow8-da-thunderbird-seksogtyve-heraf-elleve': "flagged True (expected False): ('der melder sig.',)",  # noqa: E501
    'ow8-da-thunderbird_bottom-rettelser': "interesser: expected 'PFAS; IE-direktivet', got 'Affald; IE-direktivet'",  # noqa: E501
    'ow8-en-apple_mail-ptx-eia-stepped-down': "interests: expected 'Air; Climate; EIA; Power-to-X', got 'Climate; EIA; Power-to-X'; groups: expected 'Inspection network; PFAS working group', got 'Inspection network'; functions: expected '', got 'Chair'; experience: expected '10', got '2'",  # noqa: E501
    'ow8-en-gmail-add-pfas-noise-can-go': "flagged True (expected False): ('a colleague handles it now',)",  # noqa: E501
    'ow8-en-outlook_android-much-less': "time: expected 'Little', got 'Much'",  # noqa: E501
    'ow8-en-thunderbird-english-on-danish-form': "erfaring: expected '5', got ''; flagged True (expected False): ('5 years of experience (2 of them in Denmark).',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow8-da-thunderbird_bottom-rettelser': ["interesser: ['Affald']"],  # noqa: E501
    'ow8-en-apple_mail-ptx-eia-stepped-down': ["functions: ['Chair']", "experience: ['2']"],  # noqa: E501
    'ow8-en-outlook_android-much-less': ["time: ['Much']"],  # noqa: E501
}


@pytest.mark.parametrize("name", CASES)
def test_eighth_unseen_part_reads_each_reply_as_a_careful_secretary_would(name: str) -> None:
    outcome = score(DATA, name)
    assert outcome.invented == KNOWN_INVENTED.get(name, []), outcome.invented
    check_case(name, outcome.wrong, KNOWN_MISSES)
