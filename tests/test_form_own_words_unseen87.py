"""The eighty-seventh unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen87.

Written blind in session 15 by a writer who had read neither the parser, its tests nor any other
part, as an ordinary round in early summer (May-June 2029): a busy spring, holidays coming, new
tasks told in passing, time with reasons and periods, experience said in many ways, partial changes
with the rest as before; kept outside the repository, unseen, until it was measured once, at main
77b7556. Tuned on afterwards (the exact lists below are those of the current parser).

  34 replies, 70 answers given, 68 recorded right (97.1 %), 3 invented values, 1 silent misses; 12
  replies read wrong.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen87.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen87"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow87-da-apple-mail-ni-aar': "funktioner: expected 'Høringstovholder', got 'Høringstovholder; Sekretær'",  # noqa: E501
    'ow87-da-apple-mail-pfas-foraar': "flagged True (expected False): ('Det har været et vildt forår.', 'og jeg har nærmest ikke lavet andet siden marts')",  # noqa: E501
    'ow87-da-owa-html-tager-over': "flagged True (expected False): ('Jeg er blevet bedt af min chef om at tage over efter Birgit, så her er mine svar:',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow87-da-apple-mail-ni-aar': ["funktioner: ['Sekretær']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
