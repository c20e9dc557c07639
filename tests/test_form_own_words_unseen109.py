"""The hundred-and-ninth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen109.

Written blind in session 17, after its first round of tuning, by a writer who had read neither the
parser, its tests nor any other part, as a round (June 2033) in which most members type or move
crosses inside the quoted form and add a line or two above it, some with conditions or corrections
of what they typed, and a few new or leaving members; kept outside the repository, unseen, until it
was measured once, at main 2a9f514. Tuned on afterwards (the exact lists below are those of the
current parser).

  34 replies, 57 answers given, 51 recorded right (89.5 %), 6 invented values, 2 silent misses; 11
  replies read wrong.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen109.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen109"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow109-da-android-formand-var-en-fejl': "funktioner: expected 'Høringstovholder; Sekretær', got 'Formand; Høringstovholder; Sekretær'",  # noqa: E501
    'ow109-da-gmail-lang-mail-med-punkter': "grupper: expected 'Netværk for miljøtilsyn', got 'Netværk for miljøtilsyn; Arbejdsgruppe om PFAS'; funktioner: expected '', got 'Sekretær'",  # noqa: E501
    'ow109-da-gmail-ny-udfyldt-med-krydser': 'unchanged True (expected False)',  # noqa: E501
    'ow109-da-gmail_android-ud-af-begge-grupper': "grupper: expected '', got 'Netværk for miljøtilsyn; Arbejdsgruppe om PFAS'; flagged True (expected False): ('Meld mig ud af begge grupper, har ikke overskud med to små børn derhjemme.',)",  # noqa: E501
    'ow109-da-iphone-skrev-5-mente-4': "flagged True (expected False): ('Tastefejl 🙈', 'Resten er rigtigt'); unchanged False (expected True)",  # noqa: E501
    'ow109-da-outlook_mac_html-ptx-ved-havnen': "flagged True (expected False): ('Opdateret',)",  # noqa: E501
    'ow109-da-owa-spildevand-og-ni-aar': "flagged True (expected False): ('Rensningsanlæggene er kommet over til mig fra 1. maj.',)",  # noqa: E501
    'ow109-da-thunderbird-formand-fjernet': "flagged True (expected False): ('Høringer tager jeg gerne stadig.',)",  # noqa: E501
    'ow109-da-thunderbird-to-krydser-ved-tid': "tid: expected 'Nogen', got 'Lidt'",  # noqa: E501
    'ow109-en-apple_mail-leaving-for-epa': "groups: expected 'Inspection network; PFAS working group', got 'PFAS working group'",  # noqa: E501
    'ow109-en-outlook_android-noise-off-desk': "interests: expected 'Wastewater', got 'Noise'",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow109-da-android-formand-var-en-fejl': ["funktioner: ['Formand']"],  # noqa: E501
    'ow109-da-gmail-lang-mail-med-punkter': ["grupper: ['Arbejdsgruppe om PFAS']", "funktioner: ['Sekretær']"],  # noqa: E501
    'ow109-da-gmail_android-ud-af-begge-grupper': ["grupper: ['Arbejdsgruppe om PFAS', 'Netværk for miljøtilsyn']"],  # noqa: E501
    'ow109-da-thunderbird-to-krydser-ved-tid': ["tid: ['Lidt']"],  # noqa: E501
    'ow109-en-outlook_android-noise-off-desk': ["interests: ['Noise']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
