"""The fifty-seventh unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen57.

Written blind at the start of session 10, beside parts 54 and 55, by a writer who had read
neither the parser, its tests nor any other part, as a round as varied as real life; kept
outside the repository, unseen, through the session's tuning on parts 54, 55, 58 and 59, and
measured once, at its end, on the session's last parser (the commit before the one adding this
part). With part 56, the closing honest figures of session 10. Tuned on afterwards with four
rules (the exact lists below are those of the current parser).

  33 replies, 65 answers given, 62 recorded right (95.4 %), 2 invented values, 2 silent
  misses; 10 replies read wrong.

  After tuning: 63 of 65 right (96.9 %), 1 invented, 2 silent: "chair if nobody else wants it"
  is recorded (most writers expect that; this one asks), and "Sekretær ..., men ikke før efter
  sommerferien" is recorded without telling the chair of the timing.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen57.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen57"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow57-da-apple_forward-sender-igen-krydser': "flagged True (expected False): ('Sender igen – den første kom vist ikke afsted.',)",  # noqa: E501
    'ow57-da-gmail-kryds-og-sekretaer-efter-sommer': "flagged False (expected True): (); funktioner: to be asked, but nothing was passed on",  # noqa: E501
    'ow57-da-outlook_android-meget-tid-ikke-formand': "flagged True (expected False): ('og har fået frikøbt tid til netværket',)",  # noqa: E501
    'ow57-da-outlook_mac-ansat-siden-2009': "unchanged False (expected True)",  # noqa: E501
    'ow57-da-owa_html-rettet-andet-i-skemaet': "flagged True (expected False): ('Hej – se min rettelse under punkt 6.',)",  # noqa: E501
    'ow57-en-outlook_android-chair-if-nobody-else': "functions: expected '', got 'Chair'",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow57-en-outlook_android-chair-if-nobody-else': ["functions: ['Chair']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
