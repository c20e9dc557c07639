"""The seventy-seventh unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen77.

Written blind in session 13 by a writer who had read neither the parser, its tests nor any other
part, as an ordinary winter round (December-January) when the two-year role period ends and roles
are up for renewal, with ordinary changes to the other answers, every kind of client, written at
the start of the session as one of its two closing parts; kept outside the repository, unseen,
until it was measured once, at main a0d27b9, the session's last parser. Not tuned on (the exact
lists below are those of the parser it was measured on).

  33 replies, 60 answers given, 54 recorded right (90.0 %), 3 invented values, 0 silent misses;
  9 replies read wrong. These are the closing honest figures of session 13.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen77.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen77"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow77-da-apple_mail-ny-stilling': "flagged True (expected False): ('Roller må I ikke regne med i denne omgang.',)",  # noqa: E501
    'ow77-da-gmail-english-ptx': "interesser: expected 'PFAS; Affald; Power-to-X', got 'PFAS; Affald'; flagged True (expected False): ('Since a new Power-to-X plant came to our municipality I also work with Power-to-X now.',)",  # noqa: E501
    'ow77-da-iphone-ikke-sekretaer-mere': "flagged True (expected False): ('har faaet for meget andet paa bordet',)",  # noqa: E501
    'ow77-da-outlook-formand-krydser': "flagged True (expected False): ('Referaterne vil jeg til gengæld gerne give videre til en anden.',)",  # noqa: E501
    'ow77-da-owa-to-roller': "funktioner: expected 'Høringstovholder; Sekretær', got 'Høringstovholder'",  # noqa: E501
    'ow77-da-owa_html-pension': "funktioner: expected '', got 'Høringstovholder'",  # noqa: E501
    'ow77-da-thunderbird_bottom-vikariat-forlaenget': "flagged True (expected False): ('for jeg ved ikke',)",  # noqa: E501
    'ow77-en-outlook-chair-steps-down': "flagged True (expected False): ('time for fresh eyes',)",  # noqa: E501
    'ow77-en-thunderbird-edited-form-leave': "flagged True (expected False): ('Someone else should chair from January', 'On parental leave February–April 2028')",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow77-da-owa_html-pension': ["funktioner: ['Høringstovholder']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
