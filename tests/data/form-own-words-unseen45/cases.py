"""Blind part 45: replies to the competence form in members' own words, written by hand without
reading the parser. The round: the form went to 28 members just before the two-year functions
(formand, sekretær, høringstovholder) change hands. People invented, at example.org."""

from __future__ import annotations

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

P1 = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn",
      "funktioner": "", "erfaring": "5", "tid": "Nogen"}

CASES = [
    # --- Danish -------------------------------------------------------------------------------
    c("ow45-da-outlook-formand-en-periode-til", "outlook", "Henning Kjærsgaard",
      "Hej\n\nJeg tager gerne en periode mere som formand. Høringstovholder vil jeg gerne give "
      "videre – det har jeg haft i fire år nu.\n\nEllers er alt som det står.\n\n" + SIG_KOMMUNE,
      {"funktioner": "Formand"}, S3, unchanged=True),
    c("ow45-da-iphone-sekretaer-hvis-noedvendigt", "iphone", "Maja Thorsen",
      "Spildevand og klimatilpasning, 6 år. Nogen tid. Jeg kan godt være sekretær hvis det "
      "bliver nødvendigt",
      {"interesser": "Spildevand; Klima", "erfaring": "6", "tid": "Nogen",
       "funktioner": "Sekretær"}),
    c("ow45-da-gmail-krydser-og-delt-tovholder", "gmail", "Rasmus Bech",
      "Har sat krydser nedenfor. Mht. funktioner: høringstovholder, men kun hvis jeg kan dele "
      "det med en anden.\n14 års erfaring og meget lidt tid i foråret.\n\nRasmus",
      {"interesser": "PFAS; Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Høringstovholder", "erfaring": "14", "tid": "Lidt"},
      ask=["funktioner"],
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[ ] Jord", "[x] Jord"),
             ("set", "[ ] Netværk for miljøtilsyn", "[x] Netværk for miljøtilsyn")]),
    c("ow45-da-outlook-ios-stopper-som-sekretaer", "outlook_ios", "Lise Gormsen",
      "Jeg stopper som sekretær ved periodens udgang – to perioder er nok 🙂 Resten står ved "
      "magt.\n\nMvh Lise",
      {"funktioner": ""}, S1, unchanged=True),
    c("ow45-da-thunderbird-formand-hvis-karsten", "thunderbird", "Birgit Lykke",
      "Hej\nJeg vil gerne stille op som formand, hvis Karsten fortsætter som sekretær – ellers "
      "ikke.\nJeg er desuden gået over til at arbejde med spildevandet, så affald kan fjernes."
      "\n\nMvh Birgit",
      {"interesser": "PFAS; Spildevand"}, S4, ask=["funktioner"]),
    c("ow45-da-android-tak", "android", "Frede Holst", "Tak.", {}, S4),
    c("ow45-da-owa-seksogtyve-grundvand", "owa", "Anne-Grethe Sønderby",
      "Hej\n\nJeg har seksogtyve års erfaring, primært med jord og grundvand. Jeg deltager i "
      "netværket for miljøtilsyn, ikke i PFAS-gruppen. Sekretær eller høringstovholder kan jeg "
      "godt tage, formand nej tak.\nTid: lidt.\n\n" + SIG_SHORT,
      {"erfaring": "26", "interesser": "Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Høringstovholder; Sekretær", "tid": "Lidt"},
      ask=["interesser"]),
    c("ow45-da-gmail-android-to-tal-tovholderjob", "gmail_android", "Søren Vad",
      "Erfaring: 9 år i alt, heraf 3 i kommunen. Og jeg kan godt tage høringstovholderjobbet i "
      "den næste periode.",
      {"erfaring": "9", "funktioner": "Høringstovholder"}, P1),
    c("ow45-da-outlook-html-byttet-funktioner", "outlook_html", "Karen Mørup",
      "Jeg har byttet om på funktionerne i skemaet. Og sæt mig på meget tid fra nu af – jeg er "
      "blevet frikøbt til netværksarbejde en dag om ugen.\n\n" + SIG_KOMMUNE,
      {"funktioner": "Formand", "tid": "Meget"}, S1,
      edits=[("set", "[x] Sekretær", "[ ] Sekretær"), ("set", "[ ] Formand", "[x] Formand")]),
    c("ow45-da-apple-ud-af-pfas-gruppen", "apple_mail", "Tove Rask",
      "Jeg melder mig ud af PFAS-arbejdsgruppen og går over i netværket for miljøtilsyn. "
      "Sekretær fortsætter jeg gerne som. Ellers som sidst.\n\nTove",
      {"grupper": "Netværk for miljøtilsyn", "funktioner": "Sekretær"}, S1, unchanged=True),
    c("ow45-da-iphone-afbud-og-sekretaer", "iphone", "Mikkel Aagaard",
      "Jeg kan ikke komme til mødet den 14. januar, men I kan sætte mig på som sekretær fra "
      "næste periode.",
      {"funktioner": "Høringstovholder; Sekretær"}, S4, flagged=True),
    c("ow45-da-thunderbird-bottom-nogen-i-stedet", "thunderbird_bottom", "Jonas Krogh",
      "Nogen i stedet for meget – jeg har fået et nyt tilsynsområde.\nIkke flere ændringer."
      "\n\n/Jonas",
      {"tid": "Nogen"}, S2, unchanged=True),
    c("ow45-da-outlook-android-lugt-referater", "outlook_android", "Gitte Ravn",
      "Jeg sidder mest med husdyrgodkendelser og lugt, lidt støj. Formand har jeg ikke tid til, "
      "men jeg kan godt tage referater.",
      {"interesser": "Støj"}, ask=["interesser", "funktioner"]),
    c("ow45-da-gmail-ptx-kryds-og-formandspost", "gmail", "Niels Overgaard",
      "Har krydset Power-to-X af, vi har fået to ansøgninger om anlæg. Og så tager jeg gerne "
      "formandsposten ved siden af høringerne.\n\nVh Niels",
      {"interesser": "PFAS; Affald; Power-to-X", "funktioner": "Formand; Høringstovholder"}, S4,
      edits=[("set", "[ ] Power-to-X", "[x] Power-to-X")]),
    c("ow45-da-android-streger-og-tid-efter-marts", "android", "Pia Hedegaard",
      "Affald – jord – PFAS\n11 år\nmeget tid efter 1. marts, før da lidt",
      {"interesser": "PFAS; Affald; Jord", "erfaring": "11"}, ask=["tid"]),
    c("ow45-da-owa-html-andet-vikariat", "owa_html", "Camilla Frost",
      "Andet: Barselsvikariatet er forlænget til december, så jeg kan ikke være tovholder på "
      "noget.\nFunktioner: ingen.",
      {"andet": "Barselsvikariatet er forlænget til december, så jeg kan ikke være tovholder "
                "på noget.", "funktioner": ""}, S2),
    c("ow45-da-outlook-prefix-labels-toogtyve", "outlook_prefix", "Poul Erik Damsgaard",
      "Hej\n\nInteresser: VVM, IE-direktivet og luft\nGrupper: ingen\nErfaring: toogtyve år\n"
      "Tid: nogen\n\nJeg er ikke interesseret i nogen af funktionerne i denne omgang – måske "
      "om to år.\n\n/Poul Erik",
      {"interesser": "Luft; VVM; IE-direktivet", "grupper": "", "erfaring": "22",
       "tid": "Nogen", "funktioner": ""}),
    c("ow45-da-apple-forward-foreslaar-ny-formand", "apple_forward", "Ole Bisgaard",
      "Jeg giver formandsposten videre efter denne periode. Mit forslag til ny formand er Hanne "
      "Dal fra Eksempel Kommune, hun har sagt ja til at blive spurgt.",
      {"funktioner": "Høringstovholder"}, S3, flagged=True),
    c("ow45-da-gmail-english-on-danish-form", "gmail", "Katrine Wolff",
      "Hi, sorry, my Danish is not great yet. I have 5 years of experience, mostly noise and "
      "air. I could be secretary. Not much time though.\n\nKatrine",
      {"interesser": "Støj; Luft", "erfaring": "5", "funktioner": "Sekretær", "tid": "Lidt"}),
    c("ow45-da-outlook-skrevet-i-skemaet", "outlook", "Jesper Laursen",
      "Svar i skemaet nedenfor.\n\n" + SIG_SHORT,
      {"funktioner": "Sekretær", "tid": "Nogen"}, S2,
      edits=[("add", "3. Funktioner", "Sekretær – men først fra april"),
             ("set", "[x] Meget", "[ ] Meget"), ("set", "[ ] Nogen", "[x] Nogen")]),
    # --- English ------------------------------------------------------------------------------
    c("ow45-en-outlook-stepping-down-as-chair", "outlook", "Helen Brandt",
      "Hi,\n\nAfter two terms I'm stepping down as chair. Happy to stay on as consultation "
      "coordinator if that helps the new chair get started. Everything else is unchanged.\n\n"
      + SIG_EN,
      {"functions": "Consultation coordinator"}, E1, lang="en", unchanged=True),
    c("ow45-en-iphone-secretary-shared-with-maria", "iphone", "Thomas Reilly",
      "Wastewater, soil and PFAS. 15 yrs. Some time.\nSecretary – but only if I can share it "
      "with Maria Holm, we've talked about it.",
      {"interests": "PFAS; Wastewater; Soil", "experience": "15", "time": "Some",
       "functions": "Secretary"}, lang="en", ask=["functions"]),
    c("ow45-en-gmail-android-eleven-years", "gmail_android", "Ingrid Sloth",
      "Experience is now eleven years. Please add wastewater, and take me off the PFAS working "
      "group – I was never really in it.",
      {"experience": "11", "interests": "Wastewater; Air; Climate",
       "groups": "Inspection network"}, E2, lang="en"),
    c("ow45-en-owa-new-not-sure", "owa", "Daniel Frisk",
      "Hello,\n\nI'm new in the group, so I'm not sure yet what I could take on. I work with "
      "industrial permits and a bit of groundwater. Two years in this job, before that five in "
      "consulting.\n\nBest,\nDaniel",
      {}, lang="en", ask=["interests", "experience"]),
    c("ow45-en-thunderbird-bottom-give-up-chair", "thunderbird_bottom", "Ruth Callaghan",
      "Same as last time, but I'll give up the chair. I'd be glad to do the secretary job "
      "instead.\n\nRuth",
      {"functions": "Secretary"}, E1, lang="en", unchanged=True),
    c("ow45-en-outlook-ios-parental-leave", "outlook_ios", "Mads Winther",
      "I'm on parental leave from February to August, so please put my time down as little "
      "this year. I'll miss the March meeting.",
      {"time": "Little"}, E2, lang="en", flagged=True),
    c("ow45-en-android-chair-if-nobody-else", "android", "Sanne Kirk",
      "Climate and EIA. Much time – our department gave me 4 hours a week for the network. "
      "Could be chair if nobody else wants it. 8 years.",
      {"interests": "Climate; EIA", "time": "Much", "functions": "Chair", "experience": "8"},
      lang="en"),
    c("ow45-en-outlook-mac-html-also-air-soil", "outlook_mac_html", "Peter Lund",
      "Thanks for the reminder. Nothing has changed for me, except that I now also do air and "
      "soil inspections.\n\n" + SIG_EN,
      {"interests": "Wastewater; Noise; Air; Soil"}, E1, lang="en", unchanged=True),
]
