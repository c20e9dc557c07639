"""The twenty-fourth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen24.

Written blind in session 7 by a writer who had read neither the parser, its tests nor any
other part, as a round from members in the larger municipalities answering from the office in
Outlook (formal tone, long signatures and disclaimers, many answers inline in the quoted form,
with initials); kept outside the repository until it was measured once, at main fdf7dbe (after
tuning on parts 10 to 23).

  33 replies, 72 answers given, 66 recorded right (91.7 %), 3 invented values, 2 silent
  misses; 10 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Tuned on in session 7 (one general rule per kind, each with its own test in
tests/test_formtext.py):

  97.2 %, 1 invented, 1 silent; 6 replies read wrong.

The invented value left is a judgement call: "chair if nobody else wants it" is recorded, as
five other writers expect for such an offer; this writer would ask.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen24.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen24"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow24-da-outlook-bekraefter-korrekt': 'unchanged False (expected True)',  # noqa: E501
    'ow24-da-outlook-mac-treogtyve': "flagged True (expected False): ('Tid: Nogen, måske lidt mindre i sommerhalvåret.',)",  # noqa: E501
    'ow24-da-outlook-roed-skrift-initialer': "erfaring: expected '10', got '9'; flagged True (expected False): ('9 MKJ: 10 nu',)",  # noqa: E501
    'ow24-en-outlook-android-terse-condition': "functions: expected '', got 'Chair'",  # noqa: E501
    'ow24-en-outlook-ios-from-the-bus': "flagged True (expected False): ('new baby in Feb',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow24-en-outlook-android-terse-condition': ["functions: ['Chair']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
