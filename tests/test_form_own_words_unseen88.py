"""The eighty-eighth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen88.

Written blind in session 15 by a writer who had read neither the parser, its tests nor any other
part, as long Outlook mails from busy officers: answers mixed into news from the municipality,
questions to the chair, absences and who reports back, some answers in the quoted form and others
above it, signatures and disclaimers; a few very short ones; kept outside the repository, unseen,
until it was measured once, at main 77b7556. Tuned on afterwards (the exact lists below are those of
the current parser).

  32 replies, 63 answers given, 61 recorded right (96.8 %), 5 invented values, 1 silent misses; 9
  replies read wrong.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen88.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen88"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow88-da-outlook-html-mere-tid-nyt-fra-byraadet': "flagged True (expected False): ('Lidt nyt fra os, hvis det har interesse: Byrådet vedtog i sidste uge den nye spildevandsplan, og vi har ansat to nye tilsynsmedarbejdere, så vi er endelig fuldt bemandet igen.',)",  # noqa: E501
    'ow88-da-owa-pension-formand-til-foraaret': "funktioner: expected 'Formand; Høringstovholder', got 'Høringstovholder'",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
