"""The seventy-second unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen72.

Written blind in session 13 by a writer who had read neither the parser, its tests nor any other
part, as members joining or leaving: new members answering the form for the first time, members
about to leave or retire, members who hand their areas and roles over to a colleague, and the
colleagues who take them on; kept outside the repository, unseen, until it was measured once, at
main 8420ea9. Tuned on afterwards (the exact lists below are those of the current parser).

  33 replies, 84 answers given, 81 recorded right (96.4 %), 3 invented values, 0 silent misses;
  12 replies read wrong.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen72.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen72"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow72-da-gmail-arvet-skema': "unchanged True (expected False)",  # noqa: E501
    'ow72-da-outlook-android-pfas-efter-lars': "flagged True (expected False): ('så sæt det på mig',)",  # noqa: E501
    'ow72-da-outlook-mac-html-udfyldt-ny': "flagged True (expected False): ('Ved ikke endnu - spørg mig igen til sommer',)",  # noqa: E501
    'ow72-da-outlook-sekretaer-til-amalie': "flagged True (expected False): ('hun allerede har fået skemaet',)",  # noqa: E501
    'ow72-da-thunderbird-overtaget-affald': "flagged True (expected False): ('startede 1. december',)",  # noqa: E501
    'ow72-en-iphone-jytte-takes-chair': "flagged True (expected False): ('Niels asked me to take over as chair when he retires in February',)",  # noqa: E501
    'ow72-en-owa-priya-hands-over-soil': 'flagged True (expected False): ("and I\'m down to half time",)',  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
