"""The fifty-sixth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen56.

Written blind at the start of session 10, beside parts 54 and 55, by a writer who had read
neither the parser, its tests nor any other part, as an ordinary winter round (short
confirmations, one small change, a few reasons, some English); kept outside the repository,
unseen, through the session's tuning on parts 54, 55, 58 and 59, and measured once, at its end,
on the session's last parser, 6c81f0a. With part 57, the closing honest figures of session 10.
Tuned on afterwards with four rules (the exact lists below are those of the current parser).

  34 replies, 38 answers given, 36 recorded right (94.7 %), 1 invented value, 1 silent miss;
  7 replies read wrong.

  After tuning: 37 of 38 right (97.4 %), 0 invented, 0 silent. The one answer read wrong is
  passed on as well: "I må finde en ny formand fra august" takes Formand away now, where the
  writer keeps it until August. Since session 11 (a new holder to be found from a later date
  is the chair's to plan) it reads that answer right too: 38 of 38.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen56.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen56"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow56-en-apple_mail-leave-network-add-ied': "flagged True (expected False): ('no time for it',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {}  # case: values recorded the member did not give; exact


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
