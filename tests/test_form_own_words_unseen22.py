"""The twenty-second unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen22.

Written blind in session 7 by a writer who had read neither the parser, its tests nor any
other part, as a round where a third of the members prefer English (Nordic and German colleagues,
expats) and write it on the Danish or the English form, some with Danish words mixed in; kept
outside the repository until it was measured once, at main 77bf8f1 (after tuning on parts 10 to
21).

  33 replies, 94 answers given, 90 recorded right (95.7 %), 1 invented value, 1 silent
  miss; 11 replies read wrong.

So the issue's targets (>= 95 %, 0 invented, 0 silent misses on an unseen part) were not met on
it. Tuned on in session 7 (one general rule per kind, each with its own test in
tests/test_formtext.py):

  98.9 %, 0 invented values, 0 silent misses; 9 replies read wrong, all but one a
  reply passed to the chair where the writer would not (the one: "4 years here, and 6 in
  Hamburg before that" records 4 and passes the rest on; the writer adds them up).

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen22.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen22"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow22-da-android-25-aar-skriv-3': "flagged True (expected False): ('før var jeg i byggesag',)",  # noqa: E501
    'ow22-da-gmail-android-stoej-under-barsel': "flagged True (expected False): ('Jord og PFAS – og så lidt støj, så længe min kollega er på barsel.',)",  # noqa: E501
    'ow22-da-outlook-mac-alt-paa-naer-ptx': "flagged True (expected False): ('Vi er en lille kommune, så jeg er generalist.',)",  # noqa: E501
    'ow22-en-android-enform-twenty-two': "flagged True (expected False): ('maybe a little',)",  # noqa: E501
    'ow22-en-thunderbird-daform-hydrogen-odour': "erfaring: expected '10', got '4'",  # noqa: E501
    'ow22-da-gmail-hoeringstovholder-hvis-ingen-andre': "flagged True (expected False): ('Jeg vil gerne være høringstovholder igen, hvis ingen andre melder sig – og så stopper jeg som sekretær, det har jeg været i tre år nu.',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact

}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
