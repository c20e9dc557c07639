"""The thirty-first unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen31.

Written blind at the start of session 8 by a writer who had read neither the parser, its tests
nor any other part, as an autumn round answered mostly from phones and Outlook on the go (one-liners,
answers above or inside the quoted form, corrections in the same mail, a few in English, form
answers mixed with news or a question for the chair); kept outside the repository until it was
measured once, at main 182d405, the last parser of session 7.

  36 replies, 66 answers given, 65 recorded right (98.5 %), 0 invented values, 1 silent
  miss; 6 replies read wrong.

Tuned on in session 8: from 98.5 %, 0 invented values, 1 silent miss to 100 %, 0, 0; what is
still listed are three replies passed to the chair where the writer would not have passed them.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen31.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen31"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow31-da-apple-retter-sig-selv': "flagged True (expected False): ('Har lige set kalenderen for foråret.',)",  # noqa: E501
    'ow31-en-iphone-not-much-time': "flagged True (expected False): ('new baby in January',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {}  # case: values recorded the member did not give; exact


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
