"""Unseen part 37 of the own-words form replies (issue 14): one autumn round of a working group of
30 municipal environment officers. Written blind, by hand, without reading the parser; the
expectations are a careful human secretary's. People invented, at example.org."""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
_spec = importlib.util.spec_from_file_location(
    "own_words_common", ROOT / "tests" / "data" / "form-own-words" / "common.py")
_common = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_common)

c = _common.c
S1, S2, S3, S4, E1, E2 = _common.S1, _common.S2, _common.S3, _common.S4, _common.E1, _common.E2
SIG_KOMMUNE, SIG_SHORT, SIG_EN = _common.SIG_KOMMUNE, _common.SIG_SHORT, _common.SIG_EN

CASES = [
    # --- Danish, ordinary -------------------------------------------------------------------------
    c("ow37-da-outlook-klimateam-affald-kollega", "outlook", "Birthe Kjærsgaard",
      "Hej\n\nJeg er skiftet over i klimateamet her i efteråret, så tilføj gerne Klima. Affald kan I "
      "fjerne – det ligger nu hos min kollega i driften. Resten er som sidst.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Klima"}, S4, unchanged=True),
    c("ow37-da-iphone-deltid-lidt", "iphone", "Jonas Vestergaard",
      "Kun lidt tid i år, jeg er på deltid frem til marts. Ellers intet nyt",
      {"tid": "Lidt"}, S1, unchanged=True),
    c("ow37-da-gmail-seksogtyve-lidt-stoej", "gmail", "Hanne Østergaard",
      "Hej\n\nMine områder er spildevand og jord — og lidt støj ind imellem. Jeg har været i faget "
      "i seksogtyve år, de sidste fire her i kommunen. Nogen tid har jeg.\n\n"
      + SIG_SHORT,
      {"interesser": "Spildevand; Støj; Jord", "erfaring": "26", "tid": "Nogen"},
      note="'lidt støj' qualifies the topic, not the time; 26 years in all"),
    c("ow37-da-android-afbud-moede", "android", "Karin Holst",
      "Hej, jeg kan ikke komme til mødet den 14. pga. en tilsynskampagne. Skemaet er uændret.\n\n"
      "Mvh Karin",
      {}, S2, unchanged=True, flagged=True, note="absence from a meeting"),
    c("ow37-da-owa-tak", "owa", "Poul Brandt", "Tak!", {}, S3),
    c("ow37-da-outlook-ios-paragraf3-ask", "outlook_ios", "Signe Dalgaard",
      "Jeg arbejder mest med PFAS og §3-natur. 9 år. Nogen tid.",
      {"interesser": "PFAS", "erfaring": "9", "tid": "Nogen"}, ask=["interesser"],
      note="§3-natur is no option"),
    c("ow37-da-gmail-android-hast-typos", "gmail_android", "Mads Krogh",
      "hej. tilføj spildvand og luft. fjern støj. har 13 år nu. ellers uændret\nsendt i farten",
      {"interesser": "PFAS; Spildevand; Luft", "erfaring": "13"}, S1, unchanged=True),
    c("ow37-da-apple-affaldstilsyn-jordflytning", "apple_mail", "Lene Bach",
      "Jeg sidder med affaldstilsyn og jordflytninger, og så er jeg kommet med i "
      "tilsynsnetværket.\nErfaring: 5 år.\nTid: lidt, desværre.\n\nLene",
      {"interesser": "Affald; Jord", "grupper": "Netværk for miljøtilsyn", "erfaring": "5",
       "tid": "Lidt"}),
    c("ow37-da-outlook-mac-ie-vvm-lugt", "outlook_mac", "Anders Holm",
      "Primært godkendelse af IE-virksomheder og en del VVM-screeninger. Derudover lugtklager.\n\n"
      + SIG_SHORT,
      {"interesser": "VVM; IE-direktivet"}, ask=["interesser"],
      note="lugtklager: Luft or not is for the chair"),
    c("ow37-da-iphone-to-tal-resten-passer", "iphone", "Tove Mikkelsen",
      "Erfaring: 15 år samlet, heraf 6 i Eksempel Kommune. Resten passer.",
      {"erfaring": "15"}, S1, unchanged=True),
    c("ow37-da-outlook-html-ud-af-pfas-andet", "outlook_html", "Rikke Svendsen",
      "Jeg er gået ud af PFAS-arbejdsgruppen efter sommerferien, men bliver i netværket.\n"
      "Andet: Barselsvikariatet er slut, jeg er fastansat nu.\n\n" + SIG_KOMMUNE,
      {"grupper": "Netværk for miljøtilsyn",
       "andet": "Barselsvikariatet er slut, jeg er fastansat nu."}, S2),
    c("ow37-da-thunderbird-bottom-pension", "thunderbird_bottom", "Erik Laursen",
      "Hej. Jeg går på pension 1. februar og melder mig derfor ud af gruppen. Tak for mange gode "
      "år.\n\nErik",
      {}, S3, flagged=True, note="leaving the group"),
    c("ow37-da-gmail-punkt-stoejvejledning", "gmail", "Ida Frandsen",
      "Kan vi få et punkt om den nye støjvejledning på næste møde?\n\nTil skemaet: tid er nu "
      "nogen, og jeg har 21 år.\n\nIda",
      {"erfaring": "21", "tid": "Nogen"}, S3, flagged=True, note="agenda request to the chair"),
    c("ow37-da-owa-html-kryds-og-sekretaer", "owa_html", "Morten Skov",
      "Se rettelser i skemaet. Derudover: skriv mig op som sekretær også.",
      {"funktioner": "Høringstovholder; Sekretær", "tid": "Meget"}, S4,
      edits=[("set", "[x] Nogen", "[ ] Nogen"), ("set", "[ ] Meget", "[x] Meget")]),
    c("ow37-da-android-formand-betinget", "android", "Gitte Nørgaard",
      "Høringstovholder fortsætter jeg gerne med, formand kun hvis ingen andre melder sig.",
      {}, S3, ask=["funktioner"],
      note="Formand depends on others; the set cannot be written with confidence"),
    c("ow37-da-outlook-android-spildevandet-otte", "outlook_android", "Kasper Lund",
      "Spildevandet fylder det meste, og så klimatilpasningen. Otte år i kommunen. Tid: ikke så "
      "meget, så sæt lidt.",
      {"interesser": "Spildevand; Klima", "erfaring": "8", "tid": "Lidt"}),
    c("ow37-da-gmail-luft-af-oevrige-som-foer", "gmail", "Camilla Juhl",
      "Luft kan godt komme af listen, men det øvrige er som før.",
      {"interesser": "Spildevand; Klima"}, S2, unchanged=True),
    c("ow37-da-iphone-ptx-anlaeg", "iphone", "Rasmus Bjerre",
      "PtX-anlæg og VVM. 3 år. Meget tid!",
      {"interesser": "VVM; Power-to-X", "erfaring": "3", "tid": "Meget"}),
    c("ow37-da-outlook-prefix-siden-2011", "outlook_prefix", "Bente Kirk",
      "Jeg har arbejdet med miljøtilsyn siden 2011 og er med i netværket for tilsyn.\n\n"
      + SIG_SHORT,
      {"grupper": "Netværk for miljøtilsyn"}, ask=["erfaring"],
      note="a year instead of a number of years"),
    c("ow37-da-apple-lang-status-ny-kollega", "apple_mail", "Susanne Friis",
      "Hej tovholder\n\nTak for skemaet. Kort status fra mig: Vi har fået ny miljøchef, og jeg har "
      "derfor fået flere af de store PFAS-sager tilbage (brandøvelsespladsen). Støj er overgået "
      "til en ny kollega, Mette Lind, som I meget gerne må invitere med i gruppen. Jeg fortsætter "
      "som sekretær. Tid er stadig nogen, men i november bliver det nok lidt mindre.\n\n"
      "Ellers uændret.\n\nSusanne",
      {"interesser": "PFAS", "funktioner": "Sekretær", "tid": "Nogen"}, S1, unchanged=True,
      flagged=True, note="invite a new colleague: for the chair; 'meget gerne' is no time"),
    c("ow37-da-owa-linjeskift-liste", "owa", "Jesper Aagaard",
      "Jord\nPFAS\nklimatilpasning\n\n17 år\nmeget",
      {"interesser": "PFAS; Jord; Klima", "erfaring": "17", "tid": "Meget"}),
    c("ow37-da-gmail-android-begge-grupper-referat", "gmail_android", "Louise Winther",
      "Jeg er med i både tilsynsnetværket og PFAS-gruppen og kan godt tage referatet, hvis det "
      "hjælper.",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "funktioner": "Sekretær"},
      note="taking the minutes is the Sekretær function"),
    c("ow37-da-android-tak-vender-tilbage", "android", "Niels Thygesen",
      "Tak – jeg kigger på det i weekenden.", {}, S4),
    c("ow37-da-thunderbird-kryds-og-ord", "thunderbird", "Hans Jørgen Riis",
      "Har rettet et par ting nedenfor. Formand vil jeg gerne fortsætte som, men "
      "høringstovholder må en anden overtage – jeg når det ikke med det nye biogasprojekt.\n\n"
      "HJ",
      {"interesser": "Affald; Jord; VVM; Power-to-X", "funktioner": "Formand", "erfaring": "21"},
      S3, edits=[("set", "[ ] Power-to-X", "[x] Power-to-X"), ("set", "Svar: 20", "Svar: 21")]),
    c("ow37-da-outlook-ios-ny-adresse-uaendret", "outlook_ios", "Pia Clausen",
      "Stop med at sende mig skemaet til den gamle adresse, jeg bruger kun denne nu. Svaret: "
      "uændret.",
      {}, S4, unchanged=True, flagged=True, note="a request about addresses, for the chair"),
    # --- English words on the Danish form ---------------------------------------------------------
    c("ow37-en-outlook-mac-da-form-sorry-english", "outlook_mac", "Oliver Bennett",
      "Sorry for English – add climate and soil to my topics, and I can be the consultation "
      "coordinator. Otherwise as before.\n\nOliver",
      {"interesser": "PFAS; Støj; Jord; Klima", "funktioner": "Høringstovholder; Sekretær"}, S1,
      unchanged=True),
    # --- English form -----------------------------------------------------------------------------
    c("ow37-en-outlook-not-chair-secretary", "outlook", "Emma Thorsen",
      "Hi,\n\nI'd rather not be chair any more – please take me off that. I can be secretary if "
      "needed. Add soil please, we've had a lot of contaminated land cases lately. Everything else "
      "as before.\n\n" + SIG_EN,
      {"interests": "Wastewater; Noise; Soil", "functions": "Secretary"}, E1, lang="en",
      unchanged=True),
    c("ow37-en-gmail-much-more-time", "gmail", "Lucas Berg",
      "Much more time this autumn now that the big permit case is closed. Otherwise unchanged.",
      {"time": "Much"}, E1, lang="en", unchanged=True),
    c("ow37-en-iphone-twelve-years", "iphone", "Sofia Lindqvist",
      "Twelve years, mostly air and noise permits. Some time.",
      {"interests": "Noise; Air", "experience": "12", "time": "Some"}, lang="en"),
    c("ow37-en-thunderbird-add-left-pfas-group", "thunderbird", "Daniel Moore",
      "Please add PFAS and wastewater. I left the PFAS working group in the spring, so take me "
      "off that one. Years: 11.\n\nDaniel",
      {"interests": "PFAS; Wastewater; Air; Climate", "groups": "Inspection network",
       "experience": "11"}, E2, lang="en"),
    c("ow37-en-owa-reduced-hours-little", "owa", "Hannah Clarke",
      "I'm working reduced hours until spring, so little time this season. Nothing else has "
      "changed.\n\n" + SIG_EN,
      {"time": "Little"}, E1, lang="en", unchanged=True),
    c("ow37-en-gmail-android-groundwater-odour", "gmail_android", "Noah Jensen",
      "Hi – I mostly do contaminated land and groundwater, plus some odour complaints. 7 yrs. Not "
      "sure about time yet, will let you know.",
      {"interests": "Soil", "experience": "7"}, lang="en", ask=["interests"],
      note="groundwater and odour are no options; time not answered"),
    c("ow37-en-apple-mail-crosses-fifteen", "apple_mail", "Grace Holloway",
      "Marked it up below.\n\nGrace",
      {"interests": "Noise", "experience": "15", "time": "Some"}, lang="en",
      edits=[("set", "[ ] Noise", "[x] Noise"), ("set", "Answer:", "Answer: fifteen"),
             ("set", "[ ] Some", "[x] Some")]),
]
