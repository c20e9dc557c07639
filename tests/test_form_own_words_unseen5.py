"""The fifth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen5.

Written blind in session 5 by a writer who had read neither the parser, its tests nor any other
part, as a balanced round (Danish and English, every client, one-word to chatty replies); kept
outside the repository until it was measured once, at main a7b8b47 (after tuning on the third
and fourth parts). That measurement is the honest figure for mail the parser was not tuned on:

  34 replies, 74 answers given, 68 recorded right (91.9 %), 5 invented values (in 5 replies),
  3 silent misses; 18 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. What is still read wrong is an exact list below, and so are the invented values (kept
exactly, so that the suite stays green and every change to them is seen: a fixed one must be
taken off, a new one fails).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen5.py -q
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus_cases import check_case
from tests.test_form_replies import cases, score

DATA = Path(__file__).parent / "data" / "form-own-words-unseen5"
CASES = cases(DATA)
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow5-da-android-pension-april': 'unchanged False (expected True)',  # noqa: E501
    'ow5-da-apple-forward-ny-kollega': "grupper: expected 'Arbejdsgruppe om PFAS', got 'Netværk for miljøtilsyn; Arbejdsgruppe om PFAS'",  # noqa: E501
    'ow5-da-apple-mail-international-kollega': "grupper: expected 'Netværk for miljøtilsyn', got 'Netværk for miljøtilsyn; Arbejdsgruppe om PFAS'",  # noqa: E501
    'ow5-da-apple-mail-lad-det-hele-staa': "flagged True (expected False): ('Der er ikke sket noget nyt hos mig siden sidst, så bare lad det hele stå.',); unchanged False (expected True)",  # noqa: E501
    'ow5-da-gmail-android-grundvand-meget-lidt-tid': 'flagged False (expected True): (); interesser: to be asked, but nothing was passed on',  # noqa: E501
    'ow5-da-outlook-html-luft-af-ie-og-vvm-paa': "interesser: expected 'PFAS; Affald; VVM; IE-direktivet', got 'Luft; VVM; IE-direktivet'; flagged True (expected False): ('Alt andet gælder stadig.',); unchanged False (expected True)",  # noqa: E501
    'ow5-da-outlook-prefix-dansker-paa-engelsk': 'flagged True (expected False): ("Hope it\'s OK that I answer in English.",)',  # noqa: E501
    'ow5-da-outlook-stoppet-i-tilsynsnetvaerket': "interesser: expected 'Spildevand; Støj', got 'Spildevand; Støj; Jord'",  # noqa: E501
    'ow5-da-owa-html-seksogtredive-aar': "flagged True (expected False): ('hvis det kniber',)",  # noqa: E501
    'ow5-da-thunderbird-affaldstilsyn-lugt-hvis-plads': "grupper: expected 'Netværk for miljøtilsyn', got 'Netværk for miljøtilsyn; Arbejdsgruppe om PFAS'",  # noqa: E501
    'ow5-en-android-every-year-question': 'unchanged False (expected True)',  # noqa: E501
    'ow5-en-gmail-long-handed-over-noise': "flagged True (expected False): ('A few things have changed since last',)",  # noqa: E501
    'ow5-en-outlook-android-only-change-little': 'unchanged False (expected True)',  # noqa: E501
    'ow5-en-outlook-html-dashes-fifteen-other': "flagged True (expected False): ('yes',)",  # noqa: E501
    'ow5-en-outlook-mac-html-coordination-minutes': "flagged True (expected False): ('Otherwise all as it was.',); unchanged False (expected True)",  # noqa: E501
    'ow5-en-outlook-mac-thanks-next-week': 'flagged True (expected False): ("Thanks – I\'ll do it next week when I\'m back at my desk.",); expected nothing read, got Parsed(answers={}, unchanged=False, not_understood=("Thanks – I\'ll do it next week when I\'m back at my desk.",), in_form=frozenset(), read_from={})',  # noqa: E501
    'ow5-en-owa-leaving-for-private-sector': "groups: expected 'Inspection network; PFAS working group', got 'PFAS working group'",  # noqa: E501
    'ow5-en-thunderbird-bottom-ptx-hydrogen-list': "other: expected '', got 'Part-time until March'",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow5-da-apple-forward-ny-kollega': ["grupper: ['Netværk for miljøtilsyn']"],  # noqa: E501
    'ow5-da-apple-mail-international-kollega': ["grupper: ['Arbejdsgruppe om PFAS']"],  # noqa: E501
    'ow5-da-outlook-html-luft-af-ie-og-vvm-paa': ["interesser: ['Luft']"],  # noqa: E501
    'ow5-da-outlook-stoppet-i-tilsynsnetvaerket': ["interesser: ['Jord']"],  # noqa: E501
    'ow5-da-thunderbird-affaldstilsyn-lugt-hvis-plads': ["grupper: ['Arbejdsgruppe om PFAS']"],  # noqa: E501
}


@pytest.mark.parametrize("name", CASES)
def test_fifth_unseen_part_reads_each_reply_as_a_careful_secretary_would(name: str) -> None:
    outcome = score(DATA, name)
    assert outcome.invented == KNOWN_INVENTED.get(name, []), outcome.invented
    check_case(name, outcome.wrong, KNOWN_MISSES)
