"""The sixty-second unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen62.

Written blind in session 11 by a writer who had read neither the parser, its tests nor any other
part, as the round just before a lottery for functions nobody has taken: members take, refuse,
share, swap and set conditions on roles, list what they carry; kept outside the repository, unseen,
until it was measured once, at main b354908. Tuned on afterwards (the exact lists below are those
of the current parser).

  34 replies, 45 answers given, 33 recorded right (73.3 %), 13 invented values, 6 silent
  misses; 17 replies read wrong.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen62.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen62"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow62-da-apple_mail-siden-2011-hvis-ingen': "funktioner: expected 'Høringstovholder', got 'Høringstovholder; Sekretær'",  # noqa: E501
    'ow62-da-outlook-pil-ved-sekretaer': "flagged True (expected False): ('så er sekretærposten i hvert fald ikke med i lodtrækningen',)",  # noqa: E501
    'ow62-da-owa-opgaver-jeg-allerede-har': "unchanged False (expected True)",  # noqa: E501
    'ow62-da-thunderbird-kan-jeg-bytte': "flagged True (expected False): ('Kan jeg bytte?', 'Høringsperioden i foråret falder oven i vores store tilsynskampagne, og så bliver det for meget.')",  # noqa: E501
    'ow62-en-gmail-off-chair': 'flagged True (expected False): ("and I already run the inspection network\'s noise subgroup and represent us in two regional fora",)',  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow62-da-apple_mail-siden-2011-hvis-ingen': ["funktioner: ['Sekretær']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
