"""Part 5 of the unseen own-words form replies (issue 14), by hand, written blind: without reading
the parser, its tests or the other parts. What a careful human secretary records from each reply;
never checked against the parser. People invented, at example.org.

Conventions: tests/data/form-own-words/README.md (answers = the member's whole resulting set in
form order; "ask" = passed on to the chair; flagged also for news that belongs to no question;
unchanged when the member says the rest is as before; Andet/Other only when labelled)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "form-own-words"))

from common import BOTH, E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: E402

# Further pre-filled profiles of this part.
D1 = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn",
      "funktioner": "Høringstovholder", "erfaring": "7", "tid": "Nogen"}
D2 = {"interesser": "PFAS; Affald; Luft", "grupper": BOTH, "funktioner": "Formand",
      "erfaring": "15", "tid": "Meget"}
D3 = {"interesser": "Støj; Luft; VVM", "grupper": "", "funktioner": "", "erfaring": "4",
      "tid": "Lidt"}
E3 = {"interests": "Soil; Climate; EIA", "groups": "PFAS working group", "functions": "Secretary",
      "experience": "6", "time": "Little"}
E4 = {"interests": "PFAS; Wastewater", "groups": "Inspection network",
      "functions": "Consultation coordinator", "experience": "11", "time": "Some",
      "other": "Part-time until March"}

CASES = [
    # ---------------------------------------------------------------- Danish form, in Danish
    c("ow5-da-outlook-stoppet-i-tilsynsnetvaerket", "outlook", "Hanne Vestergaard",
      "Hej\n\nJeg er stoppet i tilsynsnetværket – vi har fået en ny ordning i afdelingen. Jord "
      "skal også ud, det ligger nu hos vores kollega i Byg. Til gengæld er jeg begyndt på "
      "støjsagerne.\nDet øvrige er som før.\n\n" + SIG_SHORT,
      {"grupper": "", "interesser": "Spildevand; Støj"}, sent=D1, unchanged=True,
      note="tilsynsnetværket = the network (removed); støjsagerne = Støj; Jord removed"),

    c("ow5-da-iphone-tilfoej-klima-ellers-det-samme", "iphone", "Kasper Lund",
      "Tilføj klima. Ellers det samme", {"interesser": "PFAS; Støj; Klima"}, sent=S1,
      unchanged=True),

    c("ow5-da-gmail-toogtyve-aar-lidt-vvm", "gmail", "Per Thygesen",
      "Hej Lone\n\nHer kommer mine svar, bedre sent end aldrig:\nJeg arbejder mest med spildevand "
      "og jordforurening, lidt VVM en gang imellem.\nJeg er med i PFAS-arbejdsgruppen, men ikke "
      "i netværket.\nSekretær vil jeg gerne være - formand ikke.\nToogtyve år i faget, de sidste "
      "fem her i kommunen.\nTid: nogen – mest i efteråret.\n\nHilsen\n{first}",
      {"interesser": "Spildevand; Jord; VVM", "grupper": "Arbejdsgruppe om PFAS",
       "funktioner": "Sekretær", "erfaring": "22", "tid": "Nogen"},
      note="'lidt VVM' qualifies the interest, not the time; 22 years in all, 5 of them here"),

    c("ow5-da-outlook-ios-mere-tid-saet-meget", "outlook_ios", "Dorte Kjær",
      "Jeg har mere tid nu end sidste år, så sæt mig på meget.", {"tid": "Meget"}, sent=S3),

    c("ow5-da-android-pension-april", "android", "Birthe Holm",
      "Hej\nJeg går på pension 1. april, så I må finde en ny høringstovholder fra den dato. "
      "Indtil da står alt, som det er.\nMvh {first}",
      {}, sent=S4, unchanged=True, flagged=True,
      note="leaving the group in April: for the chair; nothing changes until then"),

    c("ow5-da-thunderbird-affaldstilsyn-lugt-hvis-plads", "thunderbird", "Ulla Brandt",
      "Hej\nFagområder: affaldstilsyn - og en hel del lugtsager\nNetværk for miljøtilsyn (og "
      "gerne PFAS-gruppen, hvis der er plads)\nErfaring: to år\nTid lidt\nMvh {first}",
      {"interesser": "Affald", "grupper": "Netværk for miljøtilsyn", "erfaring": "2",
       "tid": "Lidt"}, ask=["interesser", "grupper"],
      note="lugtsager is no option (Luft?): asked; the PFAS group only if there is room: asked"),

    c("ow5-da-owa-krydser-pfas-andet-label", "owa", "Signe Dahl",
      "Hej\nJeg har sat kryds ved det, der er nyt. Og så har jeg nu 4 års erfaring.\nPFAS skal "
      "også på – vi har fået to sager med PFAS i spildevandet.\nAndet: Vikariatet er forlænget "
      "til 31. december\nVh {first}",
      {"interesser": "PFAS; Spildevand; Luft; Klima", "funktioner": "Høringstovholder",
       "erfaring": "4", "tid": "Nogen",
       "andet": "Vikariatet er forlænget til 31. december"}, sent=S2,
      edits=[("set", "[ ] Høringstovholder", "[x] Høringstovholder"),
             ("set", "[x] Meget", "[ ] Meget"), ("set", "[ ] Nogen", "[x] Nogen")],
      note="crosses for Høringstovholder and Nogen; 'to sager' is no number of years"),

    c("ow5-da-apple-mail-lad-det-hele-staa", "apple_mail", "Torben Iversen",
      "Der er ikke sket noget nyt hos mig siden sidst, så bare lad det hele stå.\n\nHilsen "
      "Torben", {}, sent=S4, unchanged=True),

    c("ow5-da-outlook-mac-ikke-formand-igen", "outlook_mac", "Lis Mortensen",
      "Kære tovholder\n\nJeg vil ikke stille op som formand igen, men høringerne tager jeg gerne "
      "fortsat. Erfaringen er nu 21 år. Ellers er alt som sidst.\n\n" + SIG_KOMMUNE,
      {"funktioner": "Høringstovholder", "erfaring": "21"}, sent=S3, unchanged=True),

    c("ow5-da-gmail-android-grundvand-meget-lidt-tid", "gmail_android", "Jakob Friis",
      "Jeg laver mest grundvand og drikkevand, og så PFAS. 9 år. Meget lidt tid desværre",
      {"interesser": "PFAS", "erfaring": "9", "tid": "Lidt"}, ask=["interesser"],
      note="grundvand, drikkevand: no options, asked; 'meget lidt tid' = Lidt"),

    c("ow5-da-outlook-html-luft-af-ie-og-vvm-paa", "outlook_html", "Mads Kristoffersen",
      "Tag Luft af listen og sæt IE-direktivet og VVM på i stedet – jeg har overtaget de store "
      "virksomheder. Jeg er gået ud af PFAS-arbejdsgruppen, men bliver i netværket.\n\nAlt andet "
      "gælder stadig.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Affald; VVM; IE-direktivet", "grupper": "Netværk for miljøtilsyn"},
      sent=D2, unchanged=True, note="'Alt andet gælder stadig' is no Andet label"),

    c("ow5-da-iphone-tak-skal-du-have", "iphone", "Rikke Bach",
      "Tak skal du have 👍", {}, sent=S1, note="courtesy only"),

    c("ow5-da-thunderbird-bottom-skrevet-i-skemaet", "thunderbird_bottom", "Anne Skov",
      "Har skrevet i skemaet ovenfor.\n\n{first}",
      {"interesser": "Spildevand; Luft; Jord; Klima", "tid": "Nogen"}, sent=S2,
      edits=[("add", "1. Interesser", "Jord er kommet til i år (jordflytninger)"),
             ("add", "5. Tid", "Nogen nu - tilsynskampagnen er slut")],
      note="typed lines in the quote; the typed Nogen overrides the pre-filled cross at Meget; "
           "'tilsynskampagnen' is no group"),

    c("ow5-da-apple-forward-ny-kollega", "apple_forward", "Karina Nygaard",
      "Hej\n\nVi har fået en ny kollega, Rasmus Holm, som gerne vil være med i "
      "tilsynsnetværket. Kan I sende ham skemaet? Han har rasmus.holm@example.org\n\nMine egne "
      "svar er uændrede.\n\n{first}",
      {}, sent=S1, unchanged=True, flagged=True,
      note="the network is the colleague's wish, not hers: for the chair"),

    c("ow5-da-owa-html-seksogtredive-aar", "owa_html", "Poul Erik Sand",
      "Interesser: jord, spildevand, støj\nGrupper: ingen\nFunktioner: Sekretær hvis det "
      "kniber\nErfaring: seksogtredive år (puha)\nTid: Lidt\n\n" + SIG_SHORT,
      {"interesser": "Spildevand; Støj; Jord", "grupper": "", "funktioner": "Sekretær",
       "erfaring": "36", "tid": "Lidt"}),

    c("ow5-da-outlook-prefix-dansker-paa-engelsk", "outlook_prefix", "Jonas Eriksen",
      "Hi,\nHope it's OK that I answer in English. Please remove noise and add soil and climate "
      "adaptation. I have 13 years of experience now. Rest is unchanged.\n\nBR\n{first}",
      {"interesser": "PFAS; Jord; Klima", "erfaring": "13"}, sent=S1, unchanged=True,
      note="English on the Danish form"),

    c("ow5-da-apple-mail-international-kollega", "apple_mail", "Laura Bianchi",
      "Hi, sorry, my Danish is still basic. I work with wastewater and noise, I'm in the "
      "inspection network, 5 years of experience and some time for the group.\n\n{first}",
      {"interesser": "Spildevand; Støj", "grupper": "Netværk for miljøtilsyn", "erfaring": "5",
       "tid": "Nogen"}, note="English on the Danish form"),

    c("ow5-da-outlook-android-netvaerket-klimatilpasning", "outlook_android", "Mikkel Bech",
      "Jeg er kommet med i netværket for miljøtilsyn og arbejder nu også med klimatilpasning og "
      "spildevandet fra de nye udstykninger. Fem års erfaring. Resten passer.",
      {"grupper": "Netværk for miljøtilsyn",
       "interesser": "Spildevand; Støj; Luft; Klima; VVM", "erfaring": "5"},
      sent=D3, unchanged=True),

    c("ow5-da-android-elleve-heraf-fire", "android", "Gitte Munk",
      "Erfaring 11 år i alt, heraf 4 her i kommunen. Tiden er presset i år, så sæt mig på lidt.",
      {"erfaring": "11", "tid": "Lidt"}, sent=S1),

    c("ow5-da-owa-html-miljoegodkendelser-ask", "owa_html", "Henrik Lauritsen",
      "Luftforurening og miljøgodkendelser, og så sidder jeg i PFAS-gruppen. Tid: Nogen.\n\n"
      + SIG_SHORT,
      {"interesser": "Luft", "grupper": "Arbejdsgruppe om PFAS", "tid": "Nogen"},
      ask=["interesser"],
      note="miljøgodkendelser could be IE-direktivet or not: asked"),

    # ---------------------------------------------------------------- English form
    c("ow5-en-gmail-long-handed-over-noise", "gmail", "Michael Hart",
      "Hi Anna,\n\nThanks for sending this round again. A few things have changed since last "
      "year: I've handed over the noise complaints to a new colleague, so please take Noise off. "
      "I'm now doing a lot of the PFAS screening of our wastewater plants, so add PFAS. I'd also "
      "be glad to stay on as chair for another year, but I can't do the minutes as well.\n\n"
      "Twenty-three years in the field this spring, if you count my time at the county.\n\n"
      "Cheers,\n{first}",
      {"interests": "PFAS; Wastewater", "functions": "Chair", "experience": "23"},
      sent=E1, lang="en"),

    c("ow5-en-iphone-unchanged-one-word", "iphone", "Sarah Quinn", "Unchanged.", {}, sent=E2,
      lang="en", unchanged=True),

    c("ow5-en-outlook-no-changes-course-absence", "outlook", "Oliver Grant",
      "Hello,\n\nNo changes on my side. I won't be able to attend the meeting on 21 January as "
      "I'm on a course that week – apologies.\n\n" + SIG_EN,
      {}, sent=E2, lang="en", unchanged=True, flagged=True, note="absence from a meeting"),

    c("ow5-en-outlook-android-only-change-little", "outlook_android", "Emma Doyle",
      "Only change: little time this spring because of the restructuring.",
      {"time": "Little"}, sent=E1, lang="en", unchanged=True),

    c("ow5-en-thunderbird-crosses-ied-groundwater", "thunderbird", "Ben Carter",
      "Crossed off below. Also industrial emissions permits – we have three IED plants in the "
      "municipality. And please add groundwater even though it's not on the list.\n\nBen",
      {"interests": "Air; EIA; IED", "groups": "Inspection network", "experience": "8",
       "time": "Some"}, lang="en", ask=["interests"],
      edits=[("set", "[ ] Air", "[x] Air"), ("set", "[ ] EIA", "[x] EIA"),
             ("set", "[ ] Inspection network", "[x] Inspection network"),
             ("set", "Answer:", "Answer: 8", "4. Experience"), ("set", "[ ] Some", "[x] Some")],
      note="groundwater is no option: asked; 'three IED plants' is no experience"),

    c("ow5-en-apple-mail-waste-soil-two-numbers", "apple_mail", "Priya Nair",
      "Mostly waste and soil these days.\nExperience: 8 years in total, 3 of them here.\nSome "
      "time, maybe more after the summer.\n\nRegards,\n{first}",
      {"interests": "Waste; Soil", "experience": "8", "time": "Some"}, lang="en"),

    c("ow5-en-owa-leaving-for-private-sector", "owa", "Hannah Fisher",
      "Hi both,\n\nI'm leaving Example Municipality at the end of January for a job in the "
      "private sector, so please take me off the group's lists from February. It's been a "
      "pleasure!\n\n{first}",
      {}, sent=E2, lang="en", flagged=True, note="leaving the group"),

    c("ow5-en-android-every-year-question", "android", "Tom Walsh",
      "Do we have to fill this in every year? Nothing's changed for me anyway.",
      {}, sent=E1, lang="en", unchanged=True, flagged=True, note="a question for the chair"),

    c("ow5-en-outlook-mac-html-coordination-minutes", "outlook_mac_html", "Grace Bennett",
      "I could take on consultation coordination for the EIA cases, and I'm happy to keep doing "
      "the minutes. Seven years now. Otherwise all as it was.\n\n" + SIG_EN,
      {"functions": "Consultation coordinator; Secretary", "experience": "7"}, sent=E3,
      lang="en", unchanged=True),

    c("ow5-en-gmail-android-since-2014-depends", "gmail_android", "Liam Byrne",
      "noise, air quality and odour complaints\nbeen doing this since 2014\ntime: depends on "
      "the month",
      {"interests": "Noise; Air"}, lang="en", ask=["interests", "experience", "time"],
      note="odour: no option; a year, not a number of years; 'depends': all asked"),

    c("ow5-en-outlook-ios-secretary-less-time", "outlook_ios", "Chloe Martin",
      "Please put me down as secretary. I've got less time than last year though, so change it "
      "to some. Still in both groups.",
      {"functions": "Secretary", "time": "Some",
       "groups": "Inspection network; PFAS working group"}, sent=E2, lang="en"),

    c("ow5-en-outlook-mac-thanks-next-week", "outlook_mac", "Daniel Reid",
      "Thanks – I'll do it next week when I'm back at my desk.", {}, sent=E1, lang="en",
      note="courtesy only"),

    c("ow5-en-thunderbird-bottom-ptx-hydrogen-list", "thunderbird_bottom", "Tom Hughes",
      "Updates:\n- I now also handle the PtX plant approvals (Power-to-X) and hydrogen storage\n"
      "- the part-time ended in October, so you can delete that note\n- no longer in the "
      "network\nOtherwise as before.\n\n{first}",
      {"interests": "PFAS; Wastewater; Power-to-X", "groups": "", "other": ""}, sent=E4,
      lang="en", unchanged=True, ask=["interests"],
      note="hydrogen storage: no option, asked; the Other note deleted"),

    c("ow5-en-outlook-html-dashes-fifteen-other", "outlook_html", "Rachel Moore",
      "PFAS and soil. PFAS working group. Chair – no; secretary – yes. Fifteen years. A little "
      "time.\nOther: I speak German and can help with cross-border consultations\n\n" + SIG_EN,
      {"interests": "PFAS; Soil", "groups": "PFAS working group", "functions": "Secretary",
       "experience": "15", "time": "Little",
       "other": "I speak German and can help with cross-border consultations"}, lang="en"),
]
