"""The forty-seventh unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen47.

Written blind at the start of session 9 by a writer who had read neither the parser, its tests
nor any other part, as a round as varied as real life (terse phone replies, long Outlook mails
with signatures and disclaimers, answers under each question, one paragraph for everything,
English); kept outside the repository, unseen, until it was measured once at the end of
session 9, at main ac360ca. Tuned on
afterwards (the exact lists below are those of the current parser).

  33 replies, 81 answers given, 76 recorded right (93.8 %), 3 invented values, 1 silent miss;
  12 replies read wrong.

With part 46, the first closing figures of session 9 (parts 52 and 53 were measured
last).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen47.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen47"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow47-da-outlook_android-syvogtyve': "erfaring: expected '26', got '27'",  # noqa: E501
    'ow47-da-outlook_html-punktliste': "grupper: expected 'Netværk for miljøtilsyn', got 'Netværk for miljøtilsyn; Arbejdsgruppe om PFAS'; flagged True (expected False): ('Arbejdsgruppen om PFAS: melder mig ud, har ikke tid',)",  # noqa: E501
    'ow47-da-outlook_mac-ikke-ret-meget': "flagged True (expected False): ('Hvis I mangler en høringstovholder til PFAS-høringerne, står jeg stadig til rådighed.',)",  # noqa: E501
    'ow47-en-owa-range-and-groundwater': "functions: expected 'Consultation coordinator', got ''",  # noqa: E501
    'ow47-en-thunderbird-typed-in-quote': "flagged True (expected False): ('none for now, maybe next year',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow47-da-outlook_html-punktliste': ["grupper: ['Arbejdsgruppe om PFAS']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
