"""The hundred-and-seventh unseen part of the own-words corpus (#14): tests/data/form-own-words-unseen107.

Written blind at the start of session 17 and kept unseen through all of its tuning, by a writer who
had read neither the parser, its tests nor any other part, as a round at the end of a two-year term
(September 2033): members renewing or giving up their roles, the usual changes of topics and time;
kept outside the repository, unseen, until it was measured once, at main 1ad6fd2. Not tuned on (the
exact lists below are those of the parser it was measured on). These are the closing honest figures
of session 17.

  33 replies, 63 answers given, 59 recorded right (93.7 %), 3 invented values, 2 silent misses; 11
  replies read wrong.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen107.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen107"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow107-da-apple_mail-ny-afdeling': "flagged True (expected False): ('Der er sket lidt siden sidst: Jeg er flyttet over i virksomhedsteamet pr. 1. november.',)",  # noqa: E501
    'ow107-da-gmail-sekretaer-igen-og-klima': "flagged True (expected False): ('Siden sidste skema har jeg fået klimatilpasning ind over mit bord',)",  # noqa: E501
    'ow107-da-iphone-modtaget': "flagged True (expected False): ('Modtaget, tak.',); expected nothing read, got Parsed(answers={}, unchanged=False, not_understood=('Modtaget, tak.',), in_form=frozenset(), read_from={})",  # noqa: E501
    'ow107-da-outlook_ios-english-on-danish-form': 'flagged True (expected False): ("I would like to step down as consultation coordinator when the term ends, but I\'m happy to stay in the inspection network.",)',  # noqa: E501
    'ow107-da-outlook_mac-formand-hvis-ingen-andre': 'flagged False (expected True): (); funktioner: to be asked, but nothing was passed on',  # noqa: E501
    'ow107-da-outlook_prefix-slipper-hoeringerne': "funktioner: expected '', got 'Sekretær'",  # noqa: E501
    'ow107-da-owa-pension-til-marts': "funktioner: expected 'Sekretær', got ''",  # noqa: E501
    'ow107-da-thunderbird-uden-danske-bogstaver': "tid: expected 'Nogen', got ''; unchanged False (expected True)",  # noqa: E501
    'ow107-da-thunderbird_bottom-formand-en-periode-mere': "funktioner: expected 'Formand', got ''",  # noqa: E501
    'ow107-en-outlook-new-colleague': "flagged True (expected False): ('I joined the environment department in October, so this is my first form.',)",  # noqa: E501
    'ow107-en-outlook_ios-leaving-municipality': "experience: expected '10', got '2'",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
    'ow107-da-outlook_prefix-slipper-hoeringerne': ["funktioner: ['Sekretær']"],  # noqa: E501
    'ow107-en-outlook_ios-leaving-municipality': ["experience: ['2']"],  # noqa: E501
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
