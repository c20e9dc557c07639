"""The forty-second unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen42.

Written blind at the end of session 8 by a writer who had read neither the parser, its tests
nor any other part, as one ordinary spring round (the everyday mix of clients, styles and small changes,
mostly short and routine); kept outside the repository until it was measured once, at main
8af0063, the last parser of session 8. Not tuned on.

  32 replies, 42 answers given, 39 recorded right (92.9 %), 1 invented value, 3 silent
  misses; 5 replies read wrong.

With part 43, the closing honest figures of session 8.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen42.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen42"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow42-en-gmail_android-range': 'unchanged True (expected False)',  # noqa: E501
    'ow42-en-owa-groundwater-team': 'flagged False (expected True): (); interests: to be asked, but nothing was passed on',  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
