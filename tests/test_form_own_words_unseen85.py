"""The eighty-fifth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen85.

Written blind in session 14, after its first tuning on parts 78-81, by a writer who had read neither
the parser, its tests nor any other part, as short phone replies in every style: dictated by voice,
abbreviations, emoji, answers by question number, lower case, no Danish letters, typos; kept outside
the repository, unseen, until it was measured once, at main 8554998. Tuned on afterwards (the exact
lists below are those of the current parser).

  32 replies, 57 answers given, 53 recorded right (93.0 %), 3 invented values, 2 silent misses; 5
  replies read wrong.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen85.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen85"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow85-en-android-voice': "functions: expected '', got 'Secretary'",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow85-en-android-voice': ["functions: ['Secretary']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
