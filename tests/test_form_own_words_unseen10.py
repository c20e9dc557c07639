"""The tenth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen10.

Written blind in session 6 by a writer who had read neither the parser, its tests nor any other
part, as one ordinary round of a group; kept outside the repository until it was measured once,
at main 6b13b07, the parser as it stood at the end of session 5 (after tuning on parts 3 to 9).
Parts 10 and 11 were both measured at that commit before any tuning on either. That measurement
is the honest figure for mail the parser was not tuned on:

  35 replies, 56 answers given, 45 recorded right (80.4 %), 10 invented values, 5 silent
  misses; 13 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Then, tuned on parts 10 and 11 together with general rules (one test each in test_formtext):
"står det hele ved magt", "intet andet nyt", "ingen kommentarer til resten af skemaet" and a
mistyped "ingen ændriner" keep the rest; an emoji ends a sentence; "fra X til Y" and "swap X
for Y" take X out and Y in; "tiden må ned på lidt" is Lidt; "fjernet krydset ved støj" takes
Støj away; "kan også gå ud", "trække mig som formand" take away; a bracket is a clause of its own
that only qualifies; "til formanden" is the person, not the role; "kommentarer til høringen om
X" names X as a topic; "efter fire år" and "ikke haft en sag i to år" date something else;
"[Bo] 17" marks an inline answer; "jeg har ikke tid til den", "sæt gerne den på" point back;
"Much time isn't realistic - some" is Some; "vender tilbage efter mødet" and "vi ses" are
courtesy; "tilføj netværket" adds the network; a clause naming again what was just added only
tells why; "X, ellers ingen ændringer" adds X; "kan man ...?" asks; "waste inspections" is
Waste; "kan evt. være" offers; "mainly X" under a question takes nothing away; a note for the
chair under Andet is passed on; and a sentence starting "Fra 1. januar ..." is no quoted header
(it cut off the rest of the reply, silently):

  35 replies, 56 answers given, 56 recorded right (100 %), 0 invented values, 0 silent misses;
  0 replies read wrong (no unseen figure any more).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen10.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen10"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow10-en-outlook-secretary-not-chair': "flagged True (expected False): ('I could be secretary if nobody else wants to.',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {}  # case: values recorded the member did not give; exact


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
