"""The fourteenth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen14.

Written blind in session 6 by a writer who had read neither the parser, its tests nor any other
part, as one round after the group changed (new jobs, leave, functions taken on and given up);
kept outside the repository until it was measured once, at main da72f8f, the parser after tuning
on parts 10 to 13. That measurement is the honest figure for mail the parser was not tuned on:

  30 replies, 83 answers given, 69 recorded right (83.1 %), 9 invented values, 3 silent
  misses; 14 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Then, tuned on it with general rules (one test each in test_formtext): "et år mere end
sidst" counts from the old answer; help with a role's work is asked; years "på miljøområdet"
are the total; "som almindeligt medlem" and "jeg får kigget på det" are courtesy; "Tid: lidt,
ikke meget"; "Sekretær må en anden tage"; each option's own particle ("affald skal ud og jord
ind"); "meldt mig ind"; "har ikke andet at tilføje til skemaet"; "men skriv bare 14"; an amount
that will change later is recorded and passed on; "3) Erfaring 31" in a list of changes; a
labelled answer in sentences is recorded with its unknown topic asked; "and would rather ..."
starts a clause:

  30 replies, 83 answers given, 79 recorded right (95.2 %), 4 invented values, 2 silent misses;
  3 replies read wrong (the judgements and the numbered list below; no unseen figure any more);
  after part 15's rules a range is asked (as this writer expects): 2.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen14.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen14"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    # "lidt i foråret, mere efter sommer": Lidt is recorded and the chair told it will change;
    # this writer would only ask (part 4's writer records "some, more after March")
    'ow14-da-thunderbird-ny-tankestreger': "tid: expected '', got 'Lidt'",  # noqa: E501
    # "Tre rettelser: 1) Affald ud, jord ind 2) ...": a numbered list of changes read as answers
    # to questions 1 and 2 (only "3) Erfaring 31", which names its question, is read as a change)
    'ow14-da-thunderbird-tre-rettelser': "interesser: expected 'Støj; Jord; VVM', got 'Affald; Jord'",  # noqa: E501
    'ow14-en-outlook-mac-handing-over-coordination': "flagged True (expected False): ('Instead I could be secretary if nobody else wants it.',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow14-da-thunderbird-ny-tankestreger': ["tid: ['Lidt']"],  # noqa: E501
    'ow14-da-thunderbird-tre-rettelser': ["interesser: ['Affald']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
