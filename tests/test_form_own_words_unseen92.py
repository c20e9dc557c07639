"""The ninety-second unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen92.

Written blind in session 15, after its first round of tuning on parts 86-89, by a writer who had
read neither the parser, its tests nor any other part, as an ordinary spring round (March-April
2030): most members change little, some a lot; new projects, a colleague on leave, roles kept,
offered or given up, absences, questions for the chair; kept outside the repository, unseen, until
it was measured once, at main deafaa0. Tuned on afterwards (the exact lists below are those of the
current parser).

  33 replies, 56 answers given, 51 recorded right (91.1 %), 4 invented values, 0 silent misses; 9
  replies read wrong.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen92.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen92"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow92-da-thunderbird-kollega-barsel': "tid: expected 'Lidt', got 'Nogen'",  # noqa: E501
    'ow92-en-gmail-pfas-waste-secretary': "functions: expected '', got 'Secretary'",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow92-da-thunderbird-kollega-barsel': ["tid: ['Nogen']"],  # noqa: E501
    'ow92-en-gmail-pfas-waste-secretary': ["functions: ['Secretary']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
