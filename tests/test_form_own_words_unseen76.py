"""The seventy-sixth unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen76.

Written blind in session 13 by a writer who had read neither the parser, its tests nor any other
part, as an ordinary autumn round (October-November): most members change little, some a lot,
budgets and workloads, one-word replies and long mails, every kind of client, written at the start
of the session as one of its two closing parts; kept outside the repository, unseen, until it was
measured once, at main a0d27b9, the session's last parser. Not tuned on (the exact lists below are
those of the parser it was measured on).

  34 replies, 64 answers given, 59 recorded right (92.2 %), 2 invented values, 2 silent misses;
  11 replies read wrong. These are the closing honest figures of session 13.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen76.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen76"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow76-da-android-sygemeldt': "tid: expected 'Lidt', got 'Meget'",  # noqa: E501
    'ow76-da-gmail-budget-ud-af-pfas-gruppen': "flagged True (expected False): ('Kort svar fra mig: vores budget til næste år er blevet beskåret, og vi mister en stilling i afdelingen, så jeg kan ikke lægge lige så mange timer i gruppen som i år.',)",  # noqa: E501
    'ow76-da-gmail-engelsk-paa-dansk-skema': "flagged True (expected False): ('Time:',)",  # noqa: E501
    'ow76-da-outlook-html-krydser-klima': "interesser: expected 'Affald; Jord; Klima; VVM', got 'Klima'",  # noqa: E501
    'ow76-da-outlook-mac-fastansat': "andet: expected '', got 'Barselsvikar til juni'; flagged True (expected False): ('Der er kun én ting: under Andet står der stadig barselsvikar til juni, men jeg er blevet fastansat pr. 1. november 🎉', 'Så det kan I slette.')",  # noqa: E501
    'ow76-da-outlook-mac-html-kollega-overtager': "grupper: expected '', got 'Arbejdsgruppe om PFAS'",  # noqa: E501
    'ow76-da-outlook-omorganisering': "flagged True (expected False): ('Vi blev omorganiseret pr. 1. oktober, og jeg sidder nu i virksomhedsteamet i stedet for jord- og affaldsteamet.',)",  # noqa: E501
    'ow76-da-outlook-prefix-krydser-i-mailen': "interesser: expected 'Jord; VVM; Power-to-X', got 'Power-to-X'",  # noqa: E501
    'ow76-en-gmail-step-down-add-pfas': 'flagged True (expected False): ("The budget for next year cuts our inspection hours, so I\'ll have to step down as chair when my term ends at New Year.",)',  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow76-da-android-sygemeldt': ["tid: ['Meget']"],  # noqa: E501
    'ow76-da-outlook-mac-html-kollega-overtager': ["grupper: ['Arbejdsgruppe om PFAS']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
