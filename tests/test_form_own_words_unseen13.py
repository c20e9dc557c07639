"""The thirteenth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen13.

Written blind in session 6 by a writer who had read neither the parser, its tests nor any other
part, as one round written mostly at the office in Outlook, chatty, with news and asides; kept
outside the repository until it was measured once, at main 804ad0c, the parser after tuning on
parts 10 to 12. That measurement is the honest figure for mail the parser was not tuned on:

  34 replies, 82 answers given, 72 recorded right (87.8 %), 8 invented values, 2 silent
  misses; 19 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Then, tuned on it with general rules (one test each in test_formtext): "er stadig mit",
"fortsætter", "still" keep (and so replace nothing); "..., så den kan I fjerne" takes away the
option before it; "for nu" says which amount holds; "så skriv 10", "make it 6"; "ingen
funktioner", "no functions"; "noget helt andet:" is no Andet label; "fagområderne er de samme"
keeps that question only ("-ne" is a Danish plural ending); a project on a topic adds it; "mere
luft" is no topic; years "i faget" are the total; "this year" is no unit; a role's task said for
the role ("skrive referat", "doing the minutes", "byttet høringerne ud med referaterne"); "tak
for sidst" and a good meeting are courtesy; a topic taken on that is no option is asked;
"sluppet", "give up" take away; "consider" is unsure; a softener after a labelled answer:

  34 replies, 82 answers given, 82 recorded right (100 %), 1 invented value, 0 silent misses;
  1 reply read wrong (the network judgement, see the list; no unseen figure any more).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen13.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen13"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    # "meget efter nytår, men sæt Nogen for nu": the amount for now is recorded and, since
    # session 7, the chair is told of the later one (part 23's writer would only ask)
    'ow13-da-outlook-kryds-og-ord': "flagged True (expected False): ('Tiden bliver nok meget efter nytår, men sæt Nogen for nu.',)",  # noqa: E501
    # "I joined the network in November": the writer reads the group itself (whose name says
    # network); Tovholder reads the inspection network, the only option named so
    'ow13-en-gmail-new-from-sweden': "groups: expected '', got 'Inspection network'",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    # "I joined the network in November": the writer reads the group itself (whose name says
    # network); Tovholder reads the inspection network, the only option named so
    'ow13-en-gmail-new-from-sweden': ["groups: ['Inspection network']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
