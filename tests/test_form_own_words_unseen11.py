"""The eleventh unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen11.

Written blind in session 6 by a writer who had read neither the parser, its tests nor any other
part, as one round answered mostly from phones; kept outside the repository until it was
measured once, at main 6b13b07, the parser as it stood at the end of session 5 (after tuning on
parts 3 to 9). Parts 10 and 11 were both measured at that commit before any tuning on either.
That measurement is the honest figure for mail the parser was not tuned on:

  36 replies, 69 answers given, 62 recorded right (89.9 %), 7 invented values, 2 silent
  misses; 15 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Not tuned on yet.

What is read wrong is an exact list below, and so are the invented values (kept exactly, so
that the suite stays green and every change to them is seen: a fixed one must be taken off, a
new one fails).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen11.py -q
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_form_replies import cases, check_unseen_reply

DATA = Path(__file__).parent / "data" / "form-own-words-unseen11"
CASES = cases(DATA)
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow11-da-android-otteogtyve': 'unchanged False (expected True)',  # noqa: E501
    'ow11-da-apple_mail-kontor-stoejsager': "funktioner: expected '', got 'Formand'; flagged False (expected True): ()",  # noqa: E501
    'ow11-da-gmail-linjer-med-andet': "funktioner: expected 'Høringstovholder', got ''; flagged True (expected False): ('Funktioner: kan evt. være høringstovholder',)",  # noqa: E501
    'ow11-da-gmail-skrevet-under-spoergsmaal': "interesser: expected 'Spildevand', got 'Spildevand; Jord'",  # noqa: E501
    'ow11-da-iphone-krydser-og-ptx': "flagged True (expected False): ('sæt gerne den på',)",  # noqa: E501
    'ow11-da-iphone-tak-vender-tilbage': "flagged True (expected False): ('Tak, vender tilbage efter mødet i morgen',); expected nothing read, got Parsed(answers={}, unchanged=False, not_understood=('Tak, vender tilbage efter mødet i morgen',), in_form=frozenset(), read_from={})",  # noqa: E501
    'ow11-da-outlook-kontor-rettelser': "interesser: expected 'PFAS; Affald', got 'PFAS; Affald; Støj'; flagged True (expected False): ('det har jeg ikke kapacitet til ved siden af', 'Vi ses i januar.')",  # noqa: E501
    'ow11-da-outlook_android-fjern-pfas-gruppen': "grupper: expected 'Netværk for miljøtilsyn', got ''; flagged True (expected False): ('Men tilføj netværket',)",  # noqa: E501
    'ow11-da-outlook_ios-biogas-ellers-ingen': "interesser: expected 'PFAS; Støj; Power-to-X', got 'Power-to-X'",  # noqa: E501
    'ow11-da-outlook_ios-klima-ellers-uaendret': "flagged True (expected False): ('jeg har fået klimatilpasningen ind over mit bord siden sommer',)",  # noqa: E501
    'ow11-da-outlook_ios-samme-svar-afbud': "interesser: expected 'PFAS; Affald', got 'Spildevand'",  # noqa: E501
    'ow11-da-outlook_mac-byt-affald': "tid: expected 'Nogen', got 'Lidt'; flagged True (expected False): ('Tid: fra lidt til nogen.', 'Intet andet nyt.'); unchanged False (expected True)",  # noqa: E501
    'ow11-en-outlook-office-swap-air': "interests: expected 'Wastewater; Climate', got 'Wastewater; Air; Climate'",  # noqa: E501
    'ow11-en-outlook_android-waste-inspections': "groups: expected '', got 'Inspection network'",  # noqa: E501
    'ow11-en-owa-secretary-not-chair': 'flagged True (expected False): ("Much time isn\'t realistic - some.",)',  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow11-da-apple_mail-kontor-stoejsager': ["funktioner: ['Formand']"],  # noqa: E501
    'ow11-da-gmail-skrevet-under-spoergsmaal': ["interesser: ['Jord']"],  # noqa: E501
    'ow11-da-outlook-kontor-rettelser': ["interesser: ['Støj']"],  # noqa: E501
    'ow11-da-outlook_ios-samme-svar-afbud': ["interesser: ['Spildevand']"],  # noqa: E501
    'ow11-da-outlook_mac-byt-affald': ["tid: ['Lidt']"],  # noqa: E501
    'ow11-en-outlook-office-swap-air': ["interests: ['Air']"],  # noqa: E501
    'ow11-en-outlook_android-waste-inspections': ["groups: ['Inspection network']"],  # noqa: E501
}


@pytest.mark.parametrize("name", CASES)
def test_eleventh_unseen_part_reads_each_reply_as_a_careful_secretary_would(name: str) -> None:
    check_unseen_reply(DATA, name, KNOWN_MISSES, KNOWN_INVENTED)
