"""The twentieth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen20.

Written blind in session 7 by a writer who had read neither the parser, its tests nor any
other part, as a spring round answered mostly from phones (short, typos, emoji, answers typed
between the quoted form's lines); kept outside the repository until it was measured once, at main
2e253a8 (after tuning on parts 10 to 19).

  36 replies, 71 answers given, 68 recorded right (95.8 %), 1 invented value, 3 silent
  misses; 10 replies read wrong.

The right share met the issue's >= 95 % at the first measurement, for the first time on an
unseen part; the invented values and silent misses did not meet 0. Tuned on in session 7 (one
general rule per kind, each with its own test in tests/test_formtext.py and tests/test_quotes.py):
from 95.8 %, 1 invented value, 3 silent misses to 100 %, 0 invented values, 0 silent misses; what is
still listed is a reply passed to the chair where the writer would not have passed it.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen20.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen20"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow20-da-iphone-forkortelser-ptx-vvm': "flagged True (expected False): ('vi har fået 2 ansøgninger om brintanlæg 🙂',)",  # noqa: E501
    'ow20-da-outlook-hel-saetning-ny': "flagged True (expected False): ('Jeg kunne godt tage sekretærfunktionen, hvis ingen andre melder sig.',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact

}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
