"""The ninety-third unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen93.

Written blind in session 15, after its first round of tuning on parts 86-89, by a writer who had
read neither the parser, its tests nor any other part, as a round after a municipal reorganisation
(autumn 2030): departments merged or split, tasks moved to or from colleagues, new titles, shared
tasks, new members and one leaving; kept outside the repository, unseen, until it was measured once,
at main deafaa0. Tuned on afterwards (the exact lists below are those of the current parser).

  34 replies, 65 answers given, 57 recorded right (87.7 %), 4 invented values, 3 silent misses; 16
  replies read wrong.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen93.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen93"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow93-da-apple-mail-ny-jurist-fra-plan': "flagged True (expected False): ('Jeg er jurist og kommer fra den tidligere Teknik- og Miljøforvaltning, som nu er slået sammen med Plan.',)",  # noqa: E501
    'ow93-da-outlook-ios-foraeldreorlov': "funktioner: expected 'Sekretær', got ''; flagged False (expected True): (); funktioner: to be asked, but nothing was passed on",  # noqa: E501
    'ow93-da-outlook-mac-afdeling-delt-i-to': "flagged True (expected False): ('grundvandsteam',)",  # noqa: E501
    'ow93-da-owa-html-stilling-nedlagt': "grupper: expected 'Netværk for miljøtilsyn; Arbejdsgruppe om PFAS', got 'Netværk for miljøtilsyn'",  # noqa: E501
    'ow93-da-thunderbird-deler-netvaerk-med-kollega': "flagged True (expected False): ('skiftes Kirsten',)",  # noqa: E501
    'ow93-en-gmail-new-after-merger': "flagged True (expected False): ('none yet',)",  # noqa: E501
    'ow93-en-thunderbird-unit-split': "flagged True (expected False): ('Our unit was split in two on 1 September.',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
