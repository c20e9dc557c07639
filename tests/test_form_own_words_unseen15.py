"""The fifteenth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen15.

Written blind in session 6 by a writer who had read neither the parser, its tests nor any other
part, as varied as real life (terse lines, Danish without æøå, non-native English, forwards);
kept outside the repository until it was measured once, at main b4f5c2d, the parser after
tuning on parts 10 to 14 and the last parser of session 6. That measurement is the honest
figure for mail the parser was not tuned on, and the session's closing one:

  35 replies, 73 answers given, 64 recorded right (87.7 %), 7 invented values, 5 silent
  misses; 10 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Then, tuned on it with general rules (one test each in test_formtext): "på nær at" is an
exception, not a reason; "gået over til en ny kollega", "af med", "take away" take away; work
named without "jeg" ("og sidder nu med natur og vandløb") gives topics to ask; "ingen andre
ændringer"; help as a role's task holder ("minute taker") is an offer, help with its work is
asked; and a range of years is asked, not recorded (three blind writers ask; the older held-out
case was changed back to what its writer first meant); "et år mere på erfaringen" counts from
the old answer:

  35 replies, 73 answers given, 72 recorded right (98.6 %), 1 invented value, 0 silent misses;
  1 reply read wrong (the judgement below; no unseen figure any more).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen15.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen15"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    # "mest lidt i foråret, men mere fra august": Lidt recorded and the chair told; this writer
    # would only ask (see part 14)
    'ow15-da-gmail-kryds-og-tid-uklar': "tid: expected '', got 'Lidt'",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow15-da-gmail-kryds-og-tid-uklar': ["tid: ['Lidt']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
