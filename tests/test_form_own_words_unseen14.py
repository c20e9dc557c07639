"""The fourteenth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen14.

Written blind in session 6 by a writer who had read neither the parser, its tests nor any other
part, as one round after the group changed (new jobs, leave, functions taken on and given up);
kept outside the repository until it was measured once, at main da72f8f, the parser after tuning
on parts 10 to 13. That measurement is the honest figure for mail the parser was not tuned on:

  30 replies, 83 answers given, 69 recorded right (83.1 %), 9 invented values, 3 silent
  misses; 14 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Not tuned on yet.

What is read wrong is an exact list below, and so are the invented values (kept exactly, so
that the suite stays green and every change to them is seen: a fixed one must be taken off, a
new one fails).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen14.py -q
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_form_replies import cases, check_unseen_reply

DATA = Path(__file__).parent / "data" / "form-own-words-unseen14"
CASES = cases(DATA)
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow14-da-android-nogen-tid-et-aar-mere': "erfaring: expected '28', got '27'; flagged True (expected False): ('Erfaring: et år mere end sidst.',)",  # noqa: E501
    'ow14-da-gmail-og-saa-affaldstilsyn': "funktioner: expected '', got 'Høringstovholder'; erfaring: expected '12', got '9'; flagged False (expected True): (); funktioner: to be asked, but nothing was passed on",  # noqa: E501
    'ow14-da-iphone-genopstiller-ikke-som-formand': "tid: expected 'Nogen', got 'Meget'; flagged True (expected False): ('Jeg vil gerne fortsætte som almindeligt medlem.', 'Tid: nogen, ikke meget')",  # noqa: E501
    'ow14-da-outlook-android-mindre-tid': "funktioner: expected '', got 'Sekretær'",  # noqa: E501
    'ow14-da-outlook-flyttet-til-jordteamet': "interesser: expected 'Jord; VVM', got 'Affald; VVM'",  # noqa: E501
    'ow14-da-outlook-ios-kigger-paa-det': "flagged True (expected False): ('Tak – jeg får kigget på det, når jeg er tilbage på kontoret i næste uge.',); expected nothing read, got Parsed(answers={}, unchanged=False, not_understood=('Tak – jeg får kigget på det, når jeg er tilbage på kontoret i næste uge.',), in_form=frozenset(), read_from={})",  # noqa: E501
    'ow14-da-outlook-prefix-seksogtyve': "grupper: expected 'Arbejdsgruppe om PFAS', got ''; flagged True (expected False): ('Jeg har meldt mig ind i PFAS-arbejdsgruppen i efteråret',)",  # noqa: E501
    'ow14-da-owa-html-afbud-intet-andet': 'unchanged False (expected True)',  # noqa: E501
    'ow14-da-owa-overtager-hoeringerne': "flagged True (expected False): ('Mht. erfaring: 15 år til januar, men skriv bare 14 indtil da.',)",  # noqa: E501
    'ow14-da-thunderbird-ny-tankestreger': "tid: expected '', got 'Lidt'",  # noqa: E501
    'ow14-da-thunderbird-tre-rettelser': "interesser: expected 'Støj; Jord; VVM', got 'Affald; Jord'; grupper: expected 'Arbejdsgruppe om PFAS', got 'Netværk for miljøtilsyn; Arbejdsgruppe om PFAS'; erfaring: expected '31', got '30'; flagged True (expected False): ('3) Erfaring 31',)",  # noqa: E501
    'ow14-en-gmail-android-range-of-years': "experience: expected '', got '4-5'",  # noqa: E501
    'ow14-en-outlook-html-since-2008': "functions: expected 'Consultation coordinator', got ''",  # noqa: E501
    'ow14-en-owa-soil-and-groundwater': "interests: expected 'PFAS; Soil', got 'Soil; Climate'",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow14-da-gmail-og-saa-affaldstilsyn': ["funktioner: ['Høringstovholder']"],  # noqa: E501
    'ow14-da-iphone-genopstiller-ikke-som-formand': ["tid: ['Meget']"],  # noqa: E501
    'ow14-da-outlook-android-mindre-tid': ["funktioner: ['Sekretær']"],  # noqa: E501
    'ow14-da-outlook-flyttet-til-jordteamet': ["interesser: ['Affald']"],  # noqa: E501
    'ow14-da-thunderbird-ny-tankestreger': ["tid: ['Lidt']"],  # noqa: E501
    'ow14-da-thunderbird-tre-rettelser': ["interesser: ['Affald']", "grupper: ['Netværk for miljøtilsyn']"],  # noqa: E501
    'ow14-en-gmail-android-range-of-years': ["experience: ['4-5']"],  # noqa: E501
    'ow14-en-owa-soil-and-groundwater': ["interests: ['Climate']"],  # noqa: E501
}


@pytest.mark.parametrize("name", CASES)
def test_fourteenth_unseen_part_reads_each_reply_as_a_careful_secretary_would(name: str) -> None:
    check_unseen_reply(DATA, name, KNOWN_MISSES, KNOWN_INVENTED)
