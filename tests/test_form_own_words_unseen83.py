"""The eighty-third unseen part of the own-words corpus (issue 14): tests/data/form-own-words-unseen83.

Written blind in session 14 by a writer who had read neither the parser, its tests nor any other
part, as an ordinary round before the spring meeting (February 2029): ordinary changes to every
question, roles kept, offered or given up, absences, questions for the chair, written at the start
of the session as one of its two closing parts; kept outside the repository, unseen, until it was
measured once, at main 4ee1b34, the session's last parser. Not tuned on (the exact lists below are
those of the parser it was measured on).

  33 replies, 55 answers given, 47 recorded right (85.5 %), 6 invented values, 2 silent misses; 12
  replies read wrong. These are the closing honest figures of session 14.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen83.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen83"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow83-da-android-ny-tekniker': "erfaring: expected '2', got ''",  # noqa: E501
    'ow83-da-apple-mail-hvad-kraever-sekretaer': "tid: expected 'Nogen', got 'Lidt'",  # noqa: E501
    'ow83-da-gmail-30-timer': "funktioner: expected '', got 'Sekretær'",  # noqa: E501
    'ow83-da-gmail-tillidsrepraesentant': "andet: expected 'jeg er tillidsrepræsentant fra januar, så enkelte møder kan kollidere', got 'jeg er tillidsrepræsentant fra januar, så enkelte møder kan kollidere.'",  # noqa: E501
    'ow83-da-outlook-android-ptx': "flagged True (expected False): ('Ring hvis I skal vide mere.',)",  # noqa: E501
    'ow83-da-outlook-barsel-i-skemaet': "flagged True (expected False): ('Jeg er på barsel fra marts til december',)",  # noqa: E501
    'ow83-da-outlook-html-stopper-som-formand': "flagged True (expected False): ('Jeg har i øvrigt fået lidt mere luft i kalenderen',)",  # noqa: E501
    'ow83-da-outlook-mac-html-ny-afdeling': "interesser: expected 'PFAS; Spildevand', got 'PFAS; Spildevand; Affald'",  # noqa: E501
    'ow83-en-thunderbird-new-from-sweden': "experience: expected '', got '8'; flagged False (expected True): (); experience: to be asked, but nothing was passed on",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow83-da-apple-mail-hvad-kraever-sekretaer': ["tid: ['Lidt']"],  # noqa: E501
    'ow83-da-gmail-30-timer': ["funktioner: ['Sekretær']"],  # noqa: E501
    'ow83-da-outlook-mac-html-ny-afdeling': ["interesser: ['Affald']"],  # noqa: E501
    'ow83-en-thunderbird-new-from-sweden': ["experience: ['8']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
