"""The seventh unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen7.

Written blind in session 5 by a writer who had read neither the parser, its tests nor any other
part, as one ordinary round of a group; kept outside the repository until it was measured once,
at main 1877b39 (after tuning on parts 3 to 6). That measurement is the honest figure for mail
the parser was not tuned on:

  34 replies, 64 answers given, 59 recorded right (92.2 %), 4 invented values (in 4 replies),
  1 silent miss; 14 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. What is still read wrong is an exact list below, and so are the invented values (kept
exactly, so that the suite stays green and every change to them is seen: a fixed one must be
taken off, a new one fails).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen7.py -q
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus_cases import check_case
from tests.test_form_replies import cases, score

DATA = Path(__file__).parent / "data" / "form-own-words-unseen7"
CASES = cases(DATA)
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow7-da-apple-forward-begge-grupper': "flagged True (expected False): ('Hej, den kom på min private mail, så jeg svarer herfra.',)",  # noqa: E501
    'ow7-da-gmail-app-meget-tid': "flagged True (expected False): ('Ellers er alt som det var',); unchanged False (expected True)",  # noqa: E501
    'ow7-da-gmail-power-to-x-spoergsmaal': "interesser: expected 'Støj; VVM; Power-to-X', got 'Power-to-X'; andet: expected '', got 'kan man melde sig til netværket uden at være tilsynsmedarbejder?'",  # noqa: E501
    'ow7-da-iphone-smaa-bogstaver': "flagged True (expected False): ('er gået ned til lidt tid pga nyt job i forvaltningen..',)",  # noqa: E501
    'ow7-da-outlook-ios-som-sidste-aar': "flagged True (expected False): ('Som sidste år.',); unchanged False (expected True)",  # noqa: E501
    'ow7-da-outlook-nogen-tid-ikke-formand': "flagged True (expected False): ('Måske igen fra efteråret.',)",  # noqa: E501
    'ow7-da-outlook-prefix-nummereret': "flagged True (expected False): ('2. Ingen endnu',)",  # noqa: E501
    'ow7-da-thunderbird-bindestreger': "flagged True (expected False): ('Funktioner: ikke lige nu',)",  # noqa: E501
    'ow7-da-thunderbird-bottom-ellers-som-sidste-aar': "interesser: expected 'PFAS; Støj; Jord', got 'PFAS; Støj; Jord; Klima'; flagged True (expected False): ('klima er røget ud',)",  # noqa: E501
    'ow7-da-thunderbird-ny-fjorten-heraf-fire': "flagged True (expected False): ('mest fra februar',)",  # noqa: E501
    'ow7-en-outlook-android-pfas-group': 'groups: expected \'Inspection network; PFAS working group\', got \'Inspection network\'; flagged True (expected False): ("I\'ve been asked to join the PFAS working group", \'no time for minutes\')',  # noqa: E501
    'ow7-en-outlook-drop-eia': "interests: expected 'Soil; Climate', got 'EIA'",  # noqa: E501
    'ow7-en-outlook-mac-html-odour': "time: expected 'Some', got 'Little'",  # noqa: E501
    'ow7-en-thunderbird-english-on-danish-form': 'unchanged False (expected True)',  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow7-da-gmail-power-to-x-spoergsmaal': ["andet: ['kan man melde sig til netværket uden at være tilsynsmedarbejder?']"],  # noqa: E501
    'ow7-da-thunderbird-bottom-ellers-som-sidste-aar': ["interesser: ['Klima']"],  # noqa: E501
    'ow7-en-outlook-drop-eia': ["interests: ['EIA']"],  # noqa: E501
    'ow7-en-outlook-mac-html-odour': ["time: ['Little']"],  # noqa: E501
}


@pytest.mark.parametrize("name", CASES)
def test_seventh_unseen_part_reads_each_reply_as_a_careful_secretary_would(name: str) -> None:
    outcome = score(DATA, name)
    assert outcome.invented == KNOWN_INVENTED.get(name, []), outcome.invented
    check_case(name, outcome.wrong, KNOWN_MISSES)
