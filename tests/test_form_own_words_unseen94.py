"""The ninety-fourth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen94.

Written blind in session 16 by a writer who had read neither the parser, its tests nor any other
part, as a busy pre-Christmas round (December 2030): most members answer in a hurry from their
phones between other things, tersely, with abbreviations and half sentences, some days late after a
reminder, some only the one question that changed; kept outside the repository, unseen, until it was
measured once, at main c0d2145. Tuned on afterwards (the exact lists below are those of the current
parser).

  33 replies, 55 answers given, 51 recorded right (92.7 %), 2 invented values, 1 silent misses; 11
  replies read wrong.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen94.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen94"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow94-da-gmail-android-pfas-ud-jord-ind': "flagged True (expected False): ('i stedet',)",  # noqa: E501
    'ow94-da-outlook-mac-mangler-i-netvaerket': "grupper: expected 'Netværk for miljøtilsyn', got ''; flagged True (expected False): ('Hvorfor står jeg ikke i netværket for miljøtilsyn?', 'Jeg har været med i tre år.', 'Sæt mig på igen tak.')",  # noqa: E501
    'ow94-da-owa-formand-til-aarsmoedet': "funktioner: expected 'Formand; Høringstovholder', got 'Høringstovholder'",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
