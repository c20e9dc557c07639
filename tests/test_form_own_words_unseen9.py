"""The ninth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen9.

Written blind in session 5 by a writer who had read neither the parser, its tests nor any other
part, as one ordinary round of a group; kept outside the repository until it was measured once,
at main 4b8a6f1, the parser as it stood at the end of session 5 (after tuning on parts 3 to 8).
That measurement is the honest figure for mail the parser was not tuned on:

  32 replies, 53 answers given, 47 recorded right (88.7 %), 2 invented values (in 2 replies),
  1 silent miss; 9 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Then, tuned on it with general rules (one test each in test_formtext): a later clause naming
another option of the question is no qualifier; "8 → 9 år"; "Og X kan fjernes"; "har skiftet
til" names a topic; a labelled answer in sentences is read as sentences; "så er det udfyldt",
"Rettet erfaring, resten passer", "same as now", "ingen kommentarer til skemaet"; a holiday and
a missed meeting are news; "nogen, men ikke meget" is Nogen:

  32 replies, 53 answers given, 53 recorded right (100 %), 0 invented values, 0 silent misses;
  1 reply read wrong (an extra flag; no unseen figure any more).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen9.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen9"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow9-en-apple-mail-twelve': "flagged True (expected False): ('I never have time for the meetings anyway',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {}  # case: values recorded the member did not give; exact


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
