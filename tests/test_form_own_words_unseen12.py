"""The twelfth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen12.

Written blind in session 6 by a writer who had read neither the parser, its tests nor any other
part, as one ordinary round of a group; kept outside the repository until it was measured once,
at main 6d775ed, the parser after tuning on parts 10 and 11. That measurement is the honest
figure for mail the parser was not tuned on:

  30 replies, 52 answers given, 47 recorded right (90.4 %), 3 invented values, 3 silent
  misses; 9 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Then, tuned on it with general rules (one test each in test_formtext): a comment after an
option in the form sets its mark ("[ ] Sekretær - den tager jeg gerne", "[x] Formand KB: ikke
mere"); "jeg får det udfyldt ..." is courtesy; "Resten er ok"; "stiller op som" offers (and
"ikke længere stille op som" takes away); a statement about its first word ("Efteråret har
været hårdt") is no listed topic; "skal blive stående" keeps; "little from then on" and "less
than before so little" are Little; a wrapped sentence going on before a label is joined:

  30 replies, 52 answers given, 52 recorded right (100 %), 0 invented values, 0 silent misses;
  1 reply read wrong (an extra flag: a kind of work, "virksomhedstilsyn", passed on as a topic;
  no unseen figure any more).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen12.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen12"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow12-da-gmail-ny-medlem': "flagged True (expected False): ('Jeg laver primært virksomhedstilsyn',)",  # noqa: E501
    'ow12-en-gmail-soil-secretary': "flagged True (expected False): ('I could also be secretary if nobody else wants to, but only from March.',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {}  # case: values recorded the member did not give; exact


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
