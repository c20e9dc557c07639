"""Members' own words in replies to the competence form (issue 14): tests/data/form-own-words.

That corpus was written blind (the parser unread) before the parser was changed for issue 14;
a further part is kept outside the repository and measured once at the end. Same format and
checks as tests/test_form_replies.py, reply by reply, plus ``ask``: the questions a careful
secretary passes on to the chair instead of recording; such a question keeps its sent value
(or only the confident part the file names) and the reply must be flagged, so the member's
words reach the chair. A reply read wrong is listed in KNOWN_MISSES, exactly.

Figures (``python -m bench replies`` prints them for every form corpus):
given = answers the member gave (expected answers and questions to ask); right = recorded as
expected (an asked one: passed on); invented = values the member did not give; silent misses =
answers given, not recorded right and not passed on.

BEFORE any parser change (main at 2a95fe6): 83 replies, 123 answers given, 57 recorded right
(46.3 %), 21 invented values (in 19 replies), 9 silent misses (in 8 replies); 66 of 83 replies
read wrong.

Run: .venv/bin/python -m pytest tests/test_form_own_words.py -q -s
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_form_replies import cases, check_corpus_summary, check_reply, figures

DATA = Path(__file__).parent / "data" / "form-own-words"
CASES = cases(DATA)
KNOWN_MISSES: dict[str, str] = {  # case: why it is read wrong; exact (see tests/corpus_cases.py)
    "ow-da-apple-erfaring-word-in-sentence": "before issue 14",
    "ow-da-apple-forward-colleague": "before issue 14",
    "ow-da-apple-klima-fordi-ny-stilling": "before issue 14",
    "ow-da-apple-prefilled-plus-one-year": "before issue 14",
    "ow-da-apple-tilsyn-ambiguous": "before issue 14",
    "ow-da-apple-tre-aar-saetning": "before issue 14",
    "ow-da-gmail-android-dash-list": "before issue 14",
    "ow-da-gmail-arbejdsgruppen-inflected": "before issue 14",
    "ow-da-gmail-arrow-mark": "before issue 14",
    "ow-da-gmail-fireogtredive": "before issue 14",
    "ow-da-gmail-grupper-word-in-sentence": "before issue 14",
    "ow-da-gmail-jordforurening-stoejsager": "before issue 14",
    "ow-da-gmail-meget-tid": "before issue 14",
    "ow-da-gmail-nogen-tid-til-gruppen": "before issue 14",
    "ow-da-gmail-prefilled-andet-ended": "before issue 14",
    "ow-da-gmail-typed-under-question": "before issue 14",
    "ow-da-iphone-dog-kun-lidt-tid-orlov": "before issue 14",
    "ow-da-iphone-jord-pfas-klima-8-aar": "before issue 14",
    "ow-da-iphone-mixed-known-unknown-tail": "before issue 14",
    "ow-da-iphone-ptx-brint": "before issue 14",
    "ow-da-iphone-saet-mig-paa-nogen": "before issue 14",
    "ow-da-iphone-uaendret-ellers": "before issue 14",
    "ow-da-outlook-affaldstilsyn-klimatilpasning": "before issue 14",
    "ow-da-outlook-alle-undtagen": "before issue 14",
    "ow-da-outlook-android-terse": "before issue 14",
    "ow-da-outlook-crosses-and-sentence": "before issue 14",
    "ow-da-outlook-fjern-affald-kollega": "before issue 14",
    "ow-da-outlook-hoeringstovholder-igen": "before issue 14",
    "ow-da-outlook-html-chatty": "before issue 14",
    "ow-da-outlook-ios-crosses-and-fjern": "before issue 14",
    "ow-da-outlook-ios-lowercase-sentences": "before issue 14",
    "ow-da-outlook-lidt-in-parens": "before issue 14",
    "ow-da-outlook-mac-miljoevurdering": "before issue 14",
    "ow-da-outlook-mac-prefilled-swap": "before issue 14",
    "ow-da-outlook-missed-meeting-kommentarer": "before issue 14",
    "ow-da-outlook-pfas-spildevand-og-affaldstilsyn": "before issue 14",
    "ow-da-outlook-prefix-ph-initials": "before issue 14",
    "ow-da-outlook-som-sidst-ellers": "before issue 14",
    "ow-da-outlook-tak-for-paamindelsen": "before issue 14",
    "ow-da-outlook-two-numbers-heraf": "before issue 14",
    "ow-da-owa-alt-andet-er-det-samme": "before issue 14",
    "ow-da-owa-andet-word-in-sentence": "before issue 14",
    "ow-da-owa-html-bullets-mixed": "before issue 14",
    "ow-da-owa-netvaerket-for-miljoetilsyn": "before issue 14",
    "ow-da-owa-prefilled-change-two": "before issue 14",
    "ow-da-owa-sekretaer-hvis-noedvendigt": "before issue 14",
    "ow-da-thunderbird-arrow-and-star": "before issue 14",
    "ow-da-thunderbird-bottom-inline-answers": "before issue 14",
    "ow-da-thunderbird-english-on-danish-form": "before issue 14",
    "ow-da-thunderbird-formand-kun-et-aar": "before issue 14",
    "ow-da-thunderbird-grundvand-ask": "before issue 14",
    "ow-da-thunderbird-intet-nyt": "before issue 14",
    "ow-da-thunderbird-seksogtyve": "before issue 14",
    "ow-en-android-danish-mixed": "before issue 14",
    "ow-en-apple-soil-contamination": "before issue 14",
    "ow-en-gmail-android-fine-as-is": "before issue 14",
    "ow-en-gmail-climate-adaptation": "before issue 14",
    "ow-en-gmail-secretary-if-needed": "before issue 14",
    "ow-en-iphone-missed-meeting": "before issue 14",
    "ow-en-iphone-some-time": "before issue 14",
    "ow-en-outlook-ios-crosses-and-words": "before issue 14",
    "ow-en-outlook-mac-two-numbers": "before issue 14",
    "ow-en-outlook-please-add-pfas": "before issue 14",
    "ow-en-owa-html-bullets": "before issue 14",
    "ow-en-owa-not-chair-anymore": "before issue 14",
    "ow-en-thunderbird-twenty-six": "before issue 14",
}


def test_the_corpus_is_big_enough() -> None:
    langs = [json.loads((DATA / f"{n}.expected.json").read_text())["lang"] for n in CASES]
    assert len(CASES) >= 80 and langs.count("en") >= 10
    clients = {json.loads((DATA / f"{n}.expected.json").read_text())["client"] for n in CASES}
    assert len(clients) >= 12


@pytest.mark.parametrize("name", CASES)
def test_own_words_record_what_the_member_said_and_pass_on_what_cannot_be_placed(
        name: str) -> None:
    check_reply(DATA, name, KNOWN_MISSES)


def test_own_words_summary_no_invented_answers_and_no_silent_misses() -> None:
    check_corpus_summary("own-words form replies", DATA, KNOWN_MISSES)
    assert figures([DATA])["form_silent_misses"] == 0
