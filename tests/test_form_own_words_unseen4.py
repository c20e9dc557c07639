"""The fourth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen4.

Written blind in session 5, at the same time as the third part and by another writer who had
read neither the parser, its tests nor any other part, leaning towards short phone replies,
missing diacritics, mixed Danish/English and answers typed inside the quoted form; kept outside
the repository until it was measured once, at main 6f75616 (after tuning on the third part).
That measurement is the honest figure for mail the parser was not tuned on:

  39 replies, 98 answers given, 92 recorded right (93.9 %), 1 invented value, 3 silent misses;
  12 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it, though closer than on the parts before (76.9 % / 9 / 7, then 83.5 % / 10 / 2). What is still
read wrong is an exact list below, and so are the invented values (kept exactly, so that the
suite stays green and every change to them is seen: a fixed one must be taken off, a new one
fails).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen4.py -q
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus_cases import check_case
from tests.test_form_replies import cases, score

DATA = Path(__file__).parent / "data" / "form-own-words-unseen4"
CASES = cases(DATA)
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow4-da-android-stoej-resten-staaende': "flagged True (expected False): ('Resten kan blive staaende Bo',); unchanged False (expected True)",  # noqa: E501
    'ow4-da-gmail-inline-lidt-vvm': "erfaring: expected '15', got ''; flagged True (expected False): ('15 - heraf 4 her i huset',)",  # noqa: E501
    'ow4-da-gmail-pfas-gruppen-uaendret-i-oevrigt': 'unchanged False (expected True)',  # noqa: E501
    'ow4-da-iphone-inline-lidt-nyt-projekt': "interesser: expected 'PFAS; Støj; Jord', got 'Jord'",  # noqa: E501
    'ow4-da-iphone-ptx-to-tal': "erfaring: expected '', got '3'; flagged False (expected True): (); erfaring: to be asked, but nothing was passed on",  # noqa: E501
    'ow4-da-outlook-vikariat-slut': "andet: expected '', got 'Barselsvikar til juni'; flagged True (expected False): ('Barselsvikariatet er slut – jeg er fastansat fra 1. november, så I kan slette det under Andet.',)",  # noqa: E501
    'ow4-da-outlook_mac-tilsynsnetvaerk-evt-formand': "funktioner: expected 'Sekretær', got ''",  # noqa: E501
    'ow4-da-thunderbird-inline-plus-klima': "interesser: expected 'PFAS; Affald; Klima', got 'Klima'",  # noqa: E501
    'ow4-en-android-hej-from-phone': "flagged True (expected False): ('Hej - writing from my phone.',)",  # noqa: E501
    'ow4-en-iphone-noise-air-yrs': "flagged True (expected False): ('J',)",  # noqa: E501
    'ow4-en-outlook_mac_html-drop-network': "flagged True (expected False): ('quick update',)",  # noqa: E501
    'ow4-en-owa-after-holidays': "flagged True (expected False): ('R',); expected nothing read, got Parsed(answers={}, unchanged=False, not_understood=('R',), in_form=frozenset(), read_from={})",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow4-da-iphone-ptx-to-tal': ["erfaring: ['3']"],  # noqa: E501
}


@pytest.mark.parametrize("name", CASES)
def test_fourth_unseen_part_reads_each_reply_as_a_careful_secretary_would(name: str) -> None:
    outcome = score(DATA, name)
    assert outcome.invented == KNOWN_INVENTED.get(name, []), outcome.invented
    check_case(name, outcome.wrong, KNOWN_MISSES)
