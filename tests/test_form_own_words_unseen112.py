"""Unseen part 112 of the own-words corpus (issue 14): tests/data/form-own-words-unseen112.

Written blind at the start of session 18 by a writer who had read neither the parser, its tests nor
any other part, as a round (November 2033) of chatty replies that name colleagues, other
municipalities and the chair and tell what others do, some answering for a colleague or through a
forward; kept outside the repository, unseen, until it was measured once, at main 5854877. Tuned on
afterwards (the exact lists below are those of the current parser).

  33 replies, 71 answers given, 51 recorded right (71.8 %), 15 invented values, 3 silent misses;
  17 replies read wrong.

Run: .venv/bin/python -m pytest tests/test_form_own_words_unseen112.py -q
"""

from __future__ import annotations

from pathlib import Path

from tests.test_form_replies import unseen_part_test

DATA = Path(__file__).parent / "data" / "form-own-words-unseen112"
KNOWN_MISSES: dict[str, str] = {  # case: what it gets wrong; exact
    'ow112-da-apple_mail-pension-skive': "erfaring: expected '31', got '20'",  # noqa: E501
    'ow112-da-owa-aarhus-har-pfas-enhed': "flagged True (expected False): ('Jeg kan forstå på Jonas at I gerne vil have det opdateret inden mødet i januar, så her kommer det.', 'Kirsten fra Horsens har sagt til Inger at hun gerne tager referaterne fremover')",  # noqa: E501
    'ow112-da-owa_html-tre-kommuner-deler': "flagged True (expected False): ('Skanderborg tager affald for alle tre', 'og Odder har støj', 'så nu deler vi opgaverne')",  # noqa: E501
    'ow112-en-apple_mail-dansk-paa-engelsk': "flagged True (expected False): ('sammen med Malene fra Rudersdal har vi startet et lille projekt om slukningsskum',)",  # noqa: E501
}
KNOWN_INVENTED: dict[str, list[str]] = {  # case: values recorded the member did not give; exact
}


test_each_reply_is_read_as_a_careful_secretary_would = unseen_part_test(
    DATA, KNOWN_MISSES, KNOWN_INVENTED)
