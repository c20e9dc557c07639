"""The second unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen2.

Written blind after the parser work and after the first unseen part had been measured and tuned
on, by someone who had read neither the parser, its tests nor either earlier part, and kept
outside the repository until it was measured once, at main 1ccd433. That measurement is the
honest figure for mail the parser was not tuned on:

  32 replies, 78 answers given, 60 recorded right (76.9 %), 9 invented values (in 8 replies),
  7 silent misses; 19 replies read wrong.

After tuning on this part (so no longer an unseen figure), with general rules: an answer the
member is unsure of ("måske") or offers as a choice ("secretary or chair") is asked; "can't" and
"udgået" take an option away; a question the member asks records nothing from it; two amounts of
time in one sentence are asked:

  32 replies, 78 answers given, 65 recorded right (83.3 %), 3 invented values (in 2 replies),
  5 silent misses; 15 replies read wrong.

Then "from January" after a labelled answer only qualifies it, and a short lead-in ending in a
colon ("Two changes:") is nothing for the chair (after tuning on this part too):

  32 replies, 78 answers given, 66 recorded right (84.6 %), 2 invented values (in 2 replies),
  5 silent misses; 14 replies read wrong.

Then what "er kommet til" is added, not the whole answer (after tuning on this part too):

  32 replies, 78 answers given, 67 recorded right (85.9 %), 2 invented values (in 2 replies),
  4 silent misses; 13 replies read wrong.

Then a listed part after a label that is no option ("Interesser: PFAS og grundvand") is passed
on, not dropped (after tuning on this part too):

  32 replies, 78 answers given, 68 recorded right (87.2 %), 2 invented values (in 2 replies),
  3 silent misses; 12 replies read wrong.

Then (session 5, after tuning on this part too, each rule with its own test in test_formtext):
a particle in a fixed phrase ("ind imellem") is no unclear verb; a topic after "jeg laver/
arbejder med" that is no option is asked; a wrapped line after a labelled sentence is joined;
keeping an option and a cross said in words add; "Tiden er den samme" keeps only the time;
"ikke så meget tid" is the least amount; a softener ("I guess") leaves the answer standing;
"changed my time" points at the marks; an option's long name ("environmental impact
assessment", "contaminated land") is that option; the number said to be the total is the
answer; "help with consultations" is asked unless nobody else would:

  32 replies, 78 answers given, 78 recorded right (100 %), 0 invented values, 0 silent misses;
  1 reply read wrong (a flag three other corpora disagree with, below).

These after-tuning figures are no unseen figures: the issue's targets (>= 95 %, 0 invented, 0
silent misses on an unseen part) are judged on the later blind parts. What is still read wrong
here is an exact list below, and so are the invented values (a project rule says an invented answer is
never a known miss; this module records them exactly instead, so that the suite stays green and
every change to them is seen: a fixed one must be taken off, a new one fails).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen2.py -q -s
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import cases, figures, unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen2"
CASES = cases(DATA)
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
}
KNOWN_INVENTED: dict[str, list[str]] = {}  # case: values recorded the member did not give; exact


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)


def test_second_unseen_part_figures_are_the_ones_measured_or_better() -> None:
    got = figures([DATA])
    print("\nsecond unseen part:", got)
    assert set(KNOWN_MISSES) <= set(CASES) and set(KNOWN_INVENTED) <= set(KNOWN_MISSES)
    assert got["form_invented"] <= 2 and got["form_silent_misses"] <= 3
