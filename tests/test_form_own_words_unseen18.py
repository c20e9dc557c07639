"""The eighteenth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen18.

Written blind at the start of session 7 by a writer who had read neither the parser, its tests nor
any other part, as one ordinary round (mostly short replies, a minority tricky); kept outside the
repository until it was measured once, at main 2731c84 (after tuning on parts 10 to 17).

  36 replies, 74 answers given, 68 recorded right (91.9 %), 4 invented values, 4 silent
  misses; 10 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Tuned on in session 7 (one general rule per kind, each with its own test in
tests/test_formtext.py and tests/test_flowed.py, parts 18 and 19 together):

  93.2 %, 4 invented values, 3 silent misses; 9 replies read wrong. After the rules from
  parts 20 and 21 (same session): 94.6 %, 2 invented values, 2 silent misses; 6 replies.

The clauses still wrong are written in ways no rule reads yet ("høringer vil jeg gerne tage"
after a refusal in the same sentence, "Still chair for now, but I'd rather hand it over ...
please take me off", "meget fra nytår", "Ingen grupper endnu, men jeg vil gerne være med i
PFAS-gruppen", which is recorded where the writer would ask); each is in the list below.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen18.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen18"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow18-da-gmail-andet-barsel': "flagged True (expected False): ('Jeg er på barsel fra marts til oktober 2027',)",  # noqa: E501
    'ow18-da-outlook-html-meget-tid-vil-gerne-med': "grupper: expected '', got 'Arbejdsgruppe om PFAS'",  # noqa: E501
    'ow18-en-gmail-android-eia-ied-secretary': "flagged True (expected False): ('EIA + IED, 30 yrs, and happy to be secretary if nobody else wants to.',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow18-da-outlook-html-meget-tid-vil-gerne-med': ["grupper: ['Arbejdsgruppe om PFAS']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
