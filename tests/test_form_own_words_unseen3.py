"""The third unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen3.

Written blind in session 5, after the parser had been tuned on the first two unseen parts, by
someone who had read neither the parser, its tests nor any earlier part, leaning towards Outlook
and longer, chattier replies; kept outside the repository until it was measured once, at main
bde2c51. That measurement is the honest figure for mail the parser was not tuned on:

  32 replies, 85 answers given, 71 recorded right (83.5 %), 10 invented values (in 9 replies),
  2 silent misses; 18 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. What is still read wrong is an exact list below, and so are the invented values (kept
exactly, so that the suite stays green and every change to them is seen: a fixed one must be
taken off, a new one fails).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen3.py -q
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus_cases import check_case
from tests.test_form_replies import cases, score

DATA = Path(__file__).parent / "data" / "form-own-words-unseen3"
CASES = cases(DATA)
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow3-da-gmail-android-aeoeaa': "interesser: expected 'Spildevand; Støj; Klima', got 'Støj; Luft'; tid: expected 'Lidt', got 'Meget'; flagged True (expected False): ('Jeg er gået ned i tid (30 timer) så lidt tid til gruppen',)",  # noqa: E501
    'ow3-da-iphone-i-alt-heraf': 'unchanged False (expected True)',  # noqa: E501
    'ow3-da-iphone-tak-vender-tilbage': "flagged True (expected False): ('Tak for påmindelsen, den havde jeg glemt alt om 🙈 Jeg kigger på det efter weekenden.',); expected nothing read, got Parsed(answers={}, unchanged=False, not_understood=('Tak for påmindelsen, den havde jeg glemt alt om 🙈 Jeg kigger på det efter weekenden.',), in_form=frozenset(), read_from={})",  # noqa: E501
    'ow3-da-outlook-femogtyve-ikke-tyve': "erfaring: expected '25', got '20'; flagged True (expected False): ('Erfaringen skal rettes: det er femogtyve år nu, ikke 20 – tiden går.',)",  # noqa: E501
    'ow3-da-outlook-html-fastansat-og-spildevandet': "interesser: expected 'Spildevand; Klima', got 'Spildevand; Luft; Klima'; flagged True (expected False): ('God jul til jer alle',)",  # noqa: E501
    'ow3-da-outlook-ios-fra-telefonen': "interesser: expected 'PFAS; Klima', got 'PFAS; Støj; Klima'; flagged True (expected False): ('Støj skal ud',)",  # noqa: E501
    'ow3-da-outlook-kollega-gaar-paa-pension': "interesser: expected 'PFAS; Jord', got 'Jord'",  # noqa: E501
    'ow3-da-outlook-orlov-og-afbud': 'unchanged False (expected True)',  # noqa: E501
    'ow3-da-outlook-pile-i-skemaet': "flagged True (expected False): ('SK',)",  # noqa: E501
    'ow3-da-outlook-prefix-rettelser-i-punkter': "funktioner: expected 'Formand', got 'Formand; Høringstovholder'",  # noqa: E501
    'ow3-da-owa-ny-stilling-meget-tid': "interesser: expected 'Affald; Jord; IE-direktivet; Power-to-X', got 'IE-direktivet; Power-to-X'",  # noqa: E501
    'ow3-da-thunderbird-bund-formand-spoergsmaal': "funktioner: expected 'Formand; Høringstovholder', got 'Formand'; unchanged False (expected True)",  # noqa: E501
    'ow3-en-gmail-new-member-plants': "functions: expected 'Consultation coordinator', got 'Chair; Consultation coordinator'; flagged True (expected False): ('no thanks',)",  # noqa: E501
    'ow3-en-outlook-android-total-and-here': "time: expected 'Much', got 'Little'",  # noqa: E501
    'ow3-en-outlook-html-soil-remediation': "interests: expected 'Wastewater; Soil', got 'Wastewater'",  # noqa: E501
    'ow3-en-outlook-ios-add-pfas-eia': "time: expected 'Much', got 'Some'; flagged True (expected False): ('much more this year since my project ended.',)",  # noqa: E501
    'ow3-en-outlook-ten-not-nine': "interests: expected 'Soil; EIA', got 'Waste; EIA'; flagged True (expected False): ('Quick update from me after a busy autumn:', 'time: about the same (a little)')",  # noqa: E501
    'ow3-en-owa-reorganised-secretary-if-needed': 'interests: expected \'PFAS; Air; Soil\', got \'Climate\'; flagged True (expected False): ("haven\'t had time for it in ages",)',  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow3-da-gmail-android-aeoeaa': ["interesser: ['Luft']", "tid: ['Meget']"],  # noqa: E501
    'ow3-da-outlook-html-fastansat-og-spildevandet': ["interesser: ['Luft']"],  # noqa: E501
    'ow3-da-outlook-ios-fra-telefonen': ["interesser: ['Støj']"],  # noqa: E501
    'ow3-da-outlook-prefix-rettelser-i-punkter': ["funktioner: ['Høringstovholder']"],  # noqa: E501
    'ow3-en-gmail-new-member-plants': ["functions: ['Chair']"],  # noqa: E501
    'ow3-en-outlook-android-total-and-here': ["time: ['Little']"],  # noqa: E501
    'ow3-en-outlook-ios-add-pfas-eia': ["time: ['Some']"],  # noqa: E501
    'ow3-en-outlook-ten-not-nine': ["interests: ['Waste']"],  # noqa: E501
    'ow3-en-owa-reorganised-secretary-if-needed': ["interests: ['Climate']"],  # noqa: E501
}


@pytest.mark.parametrize("name", CASES)
def test_third_unseen_part_reads_each_reply_as_a_careful_secretary_would(name: str) -> None:
    outcome = score(DATA, name)
    assert outcome.invented == KNOWN_INVENTED.get(name, []), outcome.invented
    check_case(name, outcome.wrong, KNOWN_MISSES)
