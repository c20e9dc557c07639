"""The sixty-fourth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen64.

Written blind in session 11 by a writer who had read neither the parser, its tests nor any other
part, as mostly English: expats and English-preferring members, Scandinavian English, Swedish and
Norwegian words, idioms and hedges, on both forms; kept outside the repository, unseen, until it
was measured once, at main b354908. Tuned on afterwards (the exact lists below are those of the
current parser).

  33 replies, 71 answers given, 57 recorded right (80.3 %), 6 invented values, 1 silent
  misses; 19 replies read wrong.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen64.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen64"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow64-da-gmail_android-norwegian-groundwater': "tid: expected 'Nogen', got ''",  # noqa: E501
    'ow64-da-owa-american-new-member': 'tid: expected \'Nogen\', got \'\'; flagged True (expected False): ("I\'d say I have a moderate amount of time for the group.",)',  # noqa: E501
    'ow64-da-owa_html-danglish-twenty-two': "flagged True (expected False): ('Jeg er stadig on board 🙂',)",  # noqa: E501
    'ow64-da-thunderbird-swedish-permanent-job': "andet: expected '', got 'Barselsvikar til juni'; flagged True (expected False): ('Jag har fått fast tjänst nu, så vikariatet är inte längre aktuellt – ta gärna bort det under Andet.',)",  # noqa: E501
    'ow64-en-android-new-baby': "flagged True (expected False): ('new baby at home 👶',)",  # noqa: E501
    'ow64-en-apple_mail-faroese-ticked': "flagged True (expected False): ('Góðan dag from Tórshavn!',)",  # noqa: E501
    'ow64-en-outlook_prefix-reckon-eleven': "flagged True (expected False): ('give', 'take')",  # noqa: E501
    'ow64-en-thunderbird-swedish-new-member': "flagged True (expected False): ('Erik from Malmö here, new in the group.',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {}  # case: values recorded the member did not give; exact


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
