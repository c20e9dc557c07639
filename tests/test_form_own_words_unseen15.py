"""The fifteenth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen15.

Written blind in session 6 by a writer who had read neither the parser, its tests nor any other
part, as varied as real life (terse lines, Danish without æøå, non-native English, forwards);
kept outside the repository until it was measured once, at main b4f5c2d, the parser after
tuning on parts 10 to 14 and the last parser of session 6. That measurement is the honest
figure for mail the parser was not tuned on, and the session's closing one:

  35 replies, 73 answers given, 64 recorded right (87.7 %), 7 invented values, 5 silent
  misses; 10 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Not tuned on yet.

What is read wrong is an exact list below, and so are the invented values (kept exactly, so
that the suite stays green and every change to them is seen: a fixed one must be taken off, a
new one fails).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen15.py -q
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_form_replies import cases, check_unseen_reply

DATA = Path(__file__).parent / "data" / "form-own-words-unseen15"
CASES = cases(DATA)
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow15-da-apple-mail-english-wastewater': "funktioner: expected 'Sekretær', got ''; flagged True (expected False): ('I can help as minute taker for the meetings.',)",  # noqa: E501
    'ow15-da-gmail-android-landbrug': "grupper: expected '', got 'Netværk for miljøtilsyn'",  # noqa: E501
    'ow15-da-gmail-kryds-og-tid-uklar': "tid: expected '', got 'Lidt'",  # noqa: E501
    'ow15-da-outlook-html-kryds-og-ord': "interesser: expected 'Støj; IE-direktivet; Power-to-X', got 'Støj; Luft; IE-direktivet; Power-to-X'; funktioner: expected 'Sekretær', got 'Høringstovholder; Sekretær'",  # noqa: E501
    'ow15-da-outlook-natur-og-vandloeb': 'flagged False (expected True): (); interesser: to be asked, but nothing was passed on',  # noqa: E501
    'ow15-da-owa-html-uaendret-paa-naer': "grupper: expected 'Netværk for miljøtilsyn', got 'Netværk for miljøtilsyn; Arbejdsgruppe om PFAS'; flagged True (expected False): ('der var ikke tid til begge dele',)",  # noqa: E501
    'ow15-da-owa-leder-videresendt': "flagged True (expected False): ('Ingen andre ændringer.',); unchanged False (expected True)",  # noqa: E501
    'ow15-da-thunderbird-sgu-et-aar-mere': "erfaring: expected '9', got '8'",  # noqa: E501
    'ow15-en-outlook-take-away-chair': "functions: expected 'Secretary', got 'Chair; Secretary'",  # noqa: E501
    'ow15-en-owa-groundwater-range': "experience: expected '', got '8-10'",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow15-da-gmail-android-landbrug': ["grupper: ['Netværk for miljøtilsyn']"],  # noqa: E501
    'ow15-da-gmail-kryds-og-tid-uklar': ["tid: ['Lidt']"],  # noqa: E501
    'ow15-da-outlook-html-kryds-og-ord': ["interesser: ['Luft']", "funktioner: ['Høringstovholder']"],  # noqa: E501
    'ow15-da-owa-html-uaendret-paa-naer': ["grupper: ['Arbejdsgruppe om PFAS']"],  # noqa: E501
    'ow15-en-outlook-take-away-chair': ["functions: ['Chair']"],  # noqa: E501
    'ow15-en-owa-groundwater-range': ["experience: ['8-10']"],  # noqa: E501
}


@pytest.mark.parametrize("name", CASES)
def test_fifteenth_unseen_part_reads_each_reply_as_a_careful_secretary_would(name: str) -> None:
    check_unseen_reply(DATA, name, KNOWN_MISSES, KNOWN_INVENTED)
