"""The thirty-sixth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen36.

Written blind in session 8 by a writer who had read neither the parser, its tests nor any
other part, as one ordinary spring round (the everyday mix of clients, styles and small changes,
mostly short and routine); kept outside the repository until it was measured once, at main
620a73a (after tuning on parts 30 to 35).

  31 replies, 48 answers given, 44 recorded right (91.7 %), 4 invented values, 2 silent
  misses; 8 replies read wrong.

Tuned on in session 8 (one general rule per kind, each with its own test in
tests/test_formtext.py): from 91.7 %, 4 invented values, 2 silent misses to 97.9 %, 1 invented
value, 0 silent misses.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen36.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen36"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow36-da-apple_mail-andet-fastansat': "flagged True (expected False): ('Mit barselsvikariat er blevet til en fast stilling.',)",  # noqa: E501
    'ow36-da-thunderbird-seksogtyve-heraf-ni': "tid: expected '', got 'Meget'",  # noqa: E501
    'ow36-en-thunderbird-fifteen-six-here': "flagged True (expected False): ('mostly permits', 'inspections')",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow36-da-thunderbird-seksogtyve-heraf-ni': ["tid: ['Meget']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
