"""The fifth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen5.

Written blind in session 5 by a writer who had read neither the parser, its tests nor any other
part, as a balanced round (Danish and English, every client, one-word to chatty replies); kept
outside the repository until it was measured once, at main a7b8b47 (after tuning on the third
and fourth parts). That measurement is the honest figure for mail the parser was not tuned on:

  34 replies, 74 answers given, 68 recorded right (91.9 %), 5 invented values (in 5 replies),
  3 silent misses; 18 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Then, tuned on it with general rules (one test each in test_formtext): "gruppen" alone is
the working group itself; "tag X af", "sæt Y på" and "skal også ud" in one clause; a
colleague's wish is the chair's; a topic after "jeg laver mest" is asked in any clause; "lad
det hele stå", "nothing's changed", "gælder stadig", "som det er", "as it was" keep the rest;
"Only change:" and a lead-in about changes; answering in English, "I'll do it next week", "yes"
after an option are courtesy; a condition after a labelled answer only qualifies it; "that
note" is the Other question; a wrapped line starting "year:" is no label:

  34 replies, 74 answers given, 73 recorded right (98.6 %), 1 invented value, 0 silent
  misses; 1 reply read wrong (a group offered "if there is room", not asked; no unseen figure
  any more).

What is still read wrong is an exact list below, and so are the invented values (kept
exactly, so that the suite stays green and every change to them is seen: a fixed one must be
taken off, a new one fails).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen5.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen5"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    # "så I må finde en ny høringstovholder fra den dato": a role given up from a date is taken
    # away now, as "Jeg stopper som høringstovholder fra 1. april" is; the chair is told (news)
    'ow5-da-android-pension-april': "funktioner: expected 'Høringstovholder', got ''",  # noqa: E501
    'ow5-da-thunderbird-affaldstilsyn-lugt-hvis-plads': "grupper: expected 'Netværk for miljøtilsyn', got ''",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
