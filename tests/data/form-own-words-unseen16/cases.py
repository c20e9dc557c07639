"""Blind part 16 (unseen): one ordinary round in a working group of 30 Danish municipal
environment officers, written by hand without reading the parser. Most replies are plain (a few
changes in words, crosses, 'no changes', one-liners); a minority are tricky. The expected answers
are what a careful human secretary records; `ask` is what she passes on to the chair.
People invented, at example.org."""

from __future__ import annotations

from common import SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

# The values the form showed pre-filled (last year's answers).
P1 = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
      "erfaring": "7", "tid": "Nogen"}
P2 = {"interesser": "PFAS; Affald; Støj", "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
      "funktioner": "Høringstovholder", "erfaring": "15", "tid": "Lidt"}
P3 = {"interesser": "Luft; Klima; Power-to-X", "grupper": "", "funktioner": "Sekretær",
      "erfaring": "4", "tid": "Meget"}
P4 = {"interesser": "Støj; VVM; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
      "funktioner": "Formand", "erfaring": "22", "tid": "Nogen"}
P5 = {"interesser": "Luft; Klima; Power-to-X", "grupper": "", "funktioner": "",
      "erfaring": "4", "tid": "Meget"}
EP1 = {"interests": "Waste; Soil", "groups": "Inspection network", "functions": "Secretary",
       "experience": "6", "time": "Some"}
EP2 = {"interests": "PFAS; Wastewater; Climate", "groups": "PFAS working group", "functions": "",
       "experience": "11", "time": "Little"}

CASES = [
    # --- Danish ---------------------------------------------------------------------------
    c("ow16-da-outlook-ingen-aendriger", "outlook", "Birthe Kjærgaard",
      "Hej\n\nIngen ændriger fra mig i år.\n\n" + SIG_KOMMUNE,
      {}, P1, unchanged=True, note="typo in 'ændringer'"),
    c("ow16-da-iphone-tak", "iphone", "Søren Vestergaard", "Tak!", {}, P4,
      note="a bare thank-you: nothing read"),
    c("ow16-da-gmail-kryds-jord", "gmail", "Karin Holm",
      "Se mine rettelser nedenfor.\n/Karin", {"interesser": "PFAS; Affald; Jord"}, P2,
      edits=[("set", "[ ] Jord", "[x] Jord"), ("set", "[x] Støj", "[ ] Støj")]),
    c("ow16-da-outlook-mac-klimatilpasning", "outlook_mac", "Bo Riis",
      "Hej\nJeg arbejder nu også med klimatilpasning, og så er jeg gået ned i tid, så sæt mig "
      "til lidt. Ellers som sidst.\nMvh Bo",
      {"interesser": "Spildevand; Jord; Klima", "tid": "Lidt"}, P1, unchanged=True),
    c("ow16-da-owa-stoej-ud-grund", "owa", "Hanne Dalgaard",
      "Støj kan I fjerne – det ligger nu hos en anden afdeling efter omstruktureringen. "
      "Resten passer.\n\n" + SIG_SHORT,
      {"interesser": "PFAS; Affald"}, P2, unchanged=True),
    c("ow16-da-android-ny-seksten-aar", "android", "Mikkel Bach",
      "Hej. Jeg er ny i gruppen. PFAS og grundvandsbeskyttelse, jordforurening. Har arbejdet "
      "med miljø i seksten år, de tre af dem her i kommunen. Nogen tid.\nMikkel",
      {"interesser": "PFAS; Jord", "erfaring": "16", "tid": "Nogen"}, {},
      ask=["interesser"],
      note="jordforurening = Jord; grundvandsbeskyttelse is no option (asked); 16 years in all"),
    c("ow16-da-thunderbird-sekretaer-deles", "thunderbird", "Lene Frost",
      "Jeg vil gerne fortsætte som sekretær, men kun hvis jeg kan dele det med en anden – jeg "
      "har mindre tid end sidst, så skriv nogen i stedet for meget.\n\nVenlig hilsen\nLene",
      {"tid": "Nogen"}, P3, ask=["funktioner"],
      note="secretary only if shared with someone else: a condition on others, asked"),
    c("ow16-da-iphone-23-aar", "iphone", "Ole Brandt", "23 år nu. Ellers uændret",
      {"erfaring": "23"}, P4, unchanged=True),
    c("ow16-da-samsung-afbud-januar", "android", "Jesper Lund",
      "Hej, jeg kan desværre ikke komme til mødet d. 14. januar pga. kursus. Skemaet er "
      "uændret.\nMvh Jesper",
      {}, P1, unchanged=True, flagged=True, note="an absence for the chair"),
    c("ow16-da-outlook-html-pfas-formand-marts", "outlook_html", "Ulla Skov",
      "Jeg har sat kryds ved PFAS, vi har fået to nye sager. Og så vil jeg gerne stoppe som "
      "formand efter mødet i marts, det har jeg sagt til Ole.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Støj; VVM; IE-direktivet"}, P4, ask=["funktioner"],
      edits=[("set", "[ ] PFAS", "[x] PFAS")],
      note="stepping down as chair from a later date: passed on, not recorded now"),
    c("ow16-da-gmail-android-streger", "gmail_android", "Nanna Thygesen",
      "PFAS - spildevand - IE\nTilsynsnetværket\nHøringstovholder hvis der ikke er andre\n9 år"
      "\nmeget",
      {"interesser": "PFAS; Spildevand; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Høringstovholder", "erfaring": "9", "tid": "Meget"}, {},
      note="IE = IE-direktivet; an offer 'if nobody else' is an offer"),
    c("ow16-da-apple-nitten-aar", "apple_mail", "Gitte Mogensen",
      "Hej Tovholder\n\nErfaring er nu nitten år. Og tiden er lidt bedre end sidst, sæt den "
      "til nogen.\n\nHilsen\nGitte",
      {"erfaring": "19", "tid": "Nogen"}, P2,
      note="'lidt bedre' is no time answer; the answer is nogen"),
    c("ow16-da-outlook-ios-affaldstilsynet", "outlook_ios", "Rasmus Krogh",
      "Støj og luft, og så har jeg også affaldstilsynet. 5 år. Lidt tid.",
      {"interesser": "Affald; Støj; Luft", "erfaring": "5", "tid": "Lidt"}, {}),
    c("ow16-da-outlook-prefix-andet-barsel", "outlook_prefix", "Line Bertelsen",
      "Andet: Jeg går på barsel fra 1. april til 1. oktober.\nResten er som før.\n\nLine",
      {"andet": "Jeg går på barsel fra 1. april til 1. oktober."}, P3, unchanged=True),
    c("ow16-da-thunderbird-bund-rettet", "thunderbird_bottom", "Per Hauge",
      "Har rettet lidt i skemaet ovenfor.\n/Per",
      {"tid": "Meget"}, P4, ask=["erfaring"],
      edits=[("set", "Svar: 22", "Svar: 22 (24 hvis min tid i regionen tæller med)",
              "4. Erfaring"),
             ("set", "[x] Nogen", "[ ] Nogen"), ("set", "[ ] Meget", "[x] Meget")],
      note="two numbers, which one is meant is the member's call: asked"),
    c("ow16-da-owa-html-regional-jordgruppe", "owa_html", "Anders Wulff",
      "Hej\nJeg sidder også i den regionale jordgruppe og i Miljøstyrelsens følgegruppe om "
      "PCB. Tid: nogen, som før.\nMvh Anders",
      {"tid": "Nogen"}, P1, ask=["grupper"],
      note="outside groups are no options of the internal-groups question"),
    c("ow16-da-gmail-uaendret-paa-naer-tid", "gmail", "Tove Kirkegaard",
      "Uændret på nær tiden – kun lidt i foråret, da vi mangler en kollega.\n\nTove",
      {"tid": "Lidt"}, P4, unchanged=True),
    c("ow16-da-iphone-ikke-formand", "iphone", "Henrik Damgaard",
      "Ikke formand mere tak. Men gerne sekretær", {"funktioner": "Sekretær"}, P4),
    c("ow16-da-outlook-lang-mail", "outlook", "Pia Lindholm",
      "Hej alle\n\nUndskyld det sene svar, det har været en travl måned med "
      "tilsynskampagnen.\n\nJeg har kigget skemaet igennem. Affald skal ud, det er Mette der "
      "har det nu. Til gengæld er jeg begyndt på VVM-screeninger, så sæt kryds der. Jeg stopper "
      "i PFAS-gruppen, men bliver i netværket. Høringstovholder: fortsætter gerne.\n\n"
      "Mht. erfaring: 15 år i kommunen plus 2 i et rådgivningsfirma før det.\n\nGod jul når vi "
      "kommer så langt!\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Støj; VVM", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Høringstovholder"}, P2, ask=["erfaring"],
      note="whether consultancy years count is the member's call: asked"),
    c("ow16-da-outlook-android-pil", "outlook_android", "Camilla Juhl",
      "Se pil. Ellers samme.", {"tid": "Nogen"}, P3, unchanged=True,
      edits=[("set", "[ ] Nogen", "[ ] Nogen   <-- denne")],
      note="an arrow as the mark; one time only, so Nogen replaces Meget"),
    # --- English ----------------------------------------------------------------------------
    c("ow16-en-outlook-no-changes", "outlook", "Emma Foss",
      "Hi,\n\nNo changes on my side this year.\n\n" + SIG_EN, {}, EP1, lang="en",
      unchanged=True),
    c("ow16-en-gmail-add-pfas-off-network", "gmail", "Jonas Weber",
      "Please add PFAS and take me off the inspection network - I moved to the planning "
      "department in October. Otherwise the same.\n\nJonas",
      {"interests": "PFAS; Waste; Soil", "groups": ""}, EP1, lang="en", unchanged=True),
    c("ow16-en-iphone-air-quality", "iphone", "Sofie Andersen",
      "Air quality and noise mostly. About twelve years. Some time, maybe more after summer.",
      {"interests": "Noise; Air", "experience": "12", "time": "Some"}, {}, lang="en"),
    c("ow16-en-thunderbird-if-nobody-else", "thunderbird", "Martin Kjeldsen",
      "I could be consultation coordinator if nobody else wants to. Still little time though. "
      "Wastewater is no longer mine, the rest stands.\n\nMartin",
      {"interests": "PFAS; Climate", "functions": "Consultation coordinator", "time": "Little"},
      EP2, lang="en", unchanged=True),
    c("ow16-en-samsung-twelve-soil", "android", "Laura Petersen",
      "Twelve years now (was 11). I've also started on contaminated soil cases. Time: much more "
      "than last year.",
      {"interests": "PFAS; Wastewater; Soil; Climate", "experience": "12", "time": "Much"},
      EP2, lang="en"),
    c("ow16-en-owa-groundwater-forum", "owa", "Thomas Hviid",
      "Hi. I'm also part of the regional groundwater forum, and I'd like to help organise the "
      "study trip in spring. Experience still 6 years.\n\n" + SIG_EN,
      {"experience": "6"}, EP1, lang="en", ask=["groups"], flagged=True,
      note="an outside forum is no option; help with the study trip is for the chair"),
    c("ow16-en-outlook-android-leaving", "outlook_android", "Ida Norup",
      "Hi, I'm leaving the municipality at the end of January so please take me off the list. "
      "Thanks for the good cooperation!",
      {}, EP2, lang="en", flagged=True, note="leaving the group"),
    c("ow16-en-apple-on-danish-form", "apple_mail", "Daniel Moore",
      "Sorry, my Danish is still poor. Please remove Power-to-X and add Noise. I can be "
      "secretary again. 5 years now.\n\nBest\nDaniel",
      {"interesser": "Støj; Luft; Klima", "funktioner": "Sekretær", "erfaring": "5"}, P5,
      note="English on the Danish form"),
]
