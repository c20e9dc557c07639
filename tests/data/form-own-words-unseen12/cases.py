"""Blind part 12 of the own-words form replies (issue 14): one ordinary round in a working group of
30 Danish municipal environment officers, some of whom prefer English. Written by hand, without
reading the parser; the expectations are a careful human secretary's and were never checked
against the parser. People invented, at example.org.

Conventions (tests/data/form-own-words/README.md): `answers` per question in the form's option
spelling, a multi answer as the whole resulting set in form order; `ask` = questions passed on
to the chair (the confident part may still be recorded); `flagged` also for news for the chair
that belongs to no question; `unchanged` when the member says the rest is as before.
"""

from __future__ import annotations

from common import SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- Danish form ------------------------------------------------------------------------
    c("ow12-da-outlook-ingen-aendringer", "outlook", "Ejnar Holst",
      "Hej\n\nIngen ændringer hos mig i år.\n\n" + SIG_KOMMUNE,
      {},
      sent={"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn",
            "funktioner": "", "erfaring": "15", "tid": "Nogen"},
      unchanged=True),

    c("ow12-da-outlook-kryds-klima", "outlook", "Lone Dalsgaard",
      "Hej\n\nHar sat kryds ved klima og rettet antal år.\n\nVh\nLone",
      {"interesser": "Støj; Luft; Klima", "erfaring": "7"},
      sent={"interesser": "Støj; Luft", "grupper": "", "funktioner": "Sekretær",
            "erfaring": "6", "tid": "Nogen"},
      edits=[("set", "[ ] Klima", "[x] Klima"), ("set", "Svar: 6", "Svar: 7")]),

    c("ow12-da-owa-ud-af-tilsynsnetvaerk", "owa", "Jakob Brandt",
      "Hej\n\nI må gerne melde mig ud af tilsynsnetværket – jeg er flyttet over i "
      "planafdelingen og laver ikke tilsyn mere. Til gengæld arbejder jeg rigtig meget med "
      "klimatilpasning nu, så klima skal blive stående.\n\nResten er som før.\n\n"
      "Mange hilsner\nJakob Brandt\nPlanlægger, Eksempel Kommune",
      {"grupper": "", "interesser": "Klima; VVM"},
      sent={"interesser": "Klima; VVM", "grupper": "Netværk for miljøtilsyn",
            "funktioner": "Sekretær", "erfaring": "9", "tid": "Nogen"},
      unchanged=True,
      note="'meget med klimatilpasning' is about the work, not time"),

    c("ow12-da-gmail-ny-medlem", "gmail", "Sara Lykke",
      "Hej\n\nJeg er ny i gruppen (startede i Eksempel Kommune i september), så her er mine "
      "svar med egne ord:\n\nJeg laver primært virksomhedstilsyn, mest støj og luft, men også en "
      "del jordforurening og en gang imellem en VVM-screening. Jeg har været i faget i syv år, "
      "heraf to år her. Jeg tør ikke påtage mig nogen af funktionerne endnu, men måske næste år. "
      "Tid: lidt til at starte med.\n\nVenlig hilsen\nSara Lykke",
      {"interesser": "Støj; Luft; Jord; VVM", "funktioner": "", "erfaring": "7",
       "tid": "Lidt"},
      note="'virksomhedstilsyn' is her job, not the network; 'nogen af funktionerne' is no time"),

    c("ow12-da-outlook-html-kun-kryds", "outlook_html", "Kim Søgaard",
      "Hej\nSe mine rettelser nedenfor.\nVh Kim",
      {"interesser": "PFAS; Affald", "tid": "Lidt"},
      sent={"interesser": "Affald", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
            "erfaring": "4", "tid": "Nogen"},
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[x] Nogen", "[ ] Nogen"),
             ("set", "[ ] Lidt", "[x] Lidt")]),

    c("ow12-da-outlook-ios-pension", "outlook_ios", "Birthe Nørgaard",
      "Hej\nJeg går på pension til april, så jeg udfylder ikke skemaet i år. Det har været "
      "rigtig godt at være med 🙂\nHilsen Birthe",
      {},
      sent={"interesser": "Jord; Affald", "grupper": "", "funktioner": "", "erfaring": "31",
            "tid": "Lidt"},
      flagged=True, note="leaving: for the chair"),

    c("ow12-da-iphone-tak-torsdag", "iphone", "Mads Winther",
      "Tak, jeg får det udfyldt når jeg er tilbage på kontoret torsdag",
      {},
      sent={"interesser": "Spildevand", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
            "erfaring": "5", "tid": "Nogen"}),

    c("ow12-da-thunderbird-bund-i-skemaet", "thunderbird_bottom", "Peter Vinther",
      "Rettet i skemaet.\n\n-- \nPeter Vinther\nEksempel Kommune",
      {"erfaring": "18",
       "andet": "Jeg sidder også i DANVA's spildevandsudvalg, hvis det er relevant"},
      sent={"interesser": "Spildevand; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
            "funktioner": "Høringstovholder", "erfaring": "17", "tid": "Nogen"},
      edits=[("set", "Svar: 17", "Svar: 18 år, heraf de 5 i Eksempel Kommune"),
             ("set", "Svar:", "Svar: Jeg sidder også i DANVA's spildevandsudvalg, hvis det er "
              "relevant", "6. Andet")]),

    c("ow12-da-gmail-android-affaldsomraadet", "gmail_android", "Ulla Krogh",
      "Hej\nAffaldsområdet er givet videre til min nye kolega så det skal ud. Resten står som "
      "det skal\nMvh Ulla",
      {"interesser": "PFAS; Jord"},
      sent={"interesser": "PFAS; Affald; Jord", "grupper": "Arbejdsgruppe om PFAS",
            "funktioner": "", "erfaring": "11", "tid": "Nogen"},
      unchanged=True),

    c("ow12-da-outlook-mac-formand-igen", "outlook_mac", "Henning Aagaard",
      "Hej\n\nJeg stiller gerne op som formand igen, hvis gruppen vil have mig. Efteråret har "
      "været hårdt, men det ser bedre ud fra februar, så I kan sætte mig til meget tid.\n\n"
      "Alt andet er uændret.\n\nMvh\nHenning Aagaard",
      {"funktioner": "Formand", "tid": "Meget"},
      sent={"interesser": "Spildevand; Klima",
            "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
            "funktioner": "Formand", "erfaring": "22", "tid": "Nogen"},
      unchanged=True),

    c("ow12-da-iphone-fireogtyve", "iphone", "Vibeke Lund",
      "Erfaring er nu fireogtyve år 😅 og sæt mig gerne på nogen i stedet for lidt. resten passer",
      {"erfaring": "24", "tid": "Nogen"},
      sent={"interesser": "Luft; IE-direktivet", "grupper": "", "funktioner": "",
            "erfaring": "23", "tid": "Lidt"},
      unchanged=True),

    c("ow12-da-owa-html-pfas-gruppen-ud", "owa_html", "Maria Kjær",
      "Hej\n\nJeg har meldt mig ud af PFAS-gruppen, da vi har fået en ny medarbejder til "
      "PFAS-sagerne, så PFAS kan også fjernes fra mine områder. Til gengæld er jeg kommet med i "
      "netværket for miljøtilsyn.\n\nBedste hilsner\nMaria Kjær",
      {"interesser": "Spildevand; IE-direktivet", "grupper": "Netværk for miljøtilsyn"},
      sent={"interesser": "PFAS; Spildevand; IE-direktivet", "grupper": "Arbejdsgruppe om PFAS",
            "funktioner": "", "erfaring": "13", "tid": "Nogen"}),

    c("ow12-da-outlook-prefix-to-ting", "outlook_prefix", "Hans Jessen",
      "Kun to ting: erfaring er nu 16 år, og tiden er blevet til lidt pga. ny stilling som "
      "teamleder. Resten er ok.\n\nHans",
      {"erfaring": "16", "tid": "Lidt"},
      sent={"interesser": "Støj; VVM", "grupper": "", "funktioner": "Sekretær",
            "erfaring": "15", "tid": "Meget"},
      unchanged=True),

    c("ow12-da-iphone-afbud-kommentarer", "iphone", "Camilla Friis",
      "Hej! Jeg kan desværre ikke være med til mødet i januar pga. ferie, men sender gerne mine "
      "kommentarer til høringen om spildevandsplanen på mail inden. Skemaet er fint som det er."
      "\n\nKh Camilla",
      {},
      sent={"interesser": "Spildevand; Klima", "grupper": "Netværk for miljøtilsyn",
            "funktioner": "Høringstovholder", "erfaring": "10", "tid": "Nogen"},
      unchanged=True, flagged=True, note="an absence from the meeting: for the chair"),

    c("ow12-da-gmail-bindestreg", "gmail", "Anders Bach",
      "Hej\n\nMine områder er nu spildevand, støj og luft - og så er jeg begyndt på IE "
      "direktivet. Klima og VVM har jeg ikke mere.\nErfaring: 5 år. Tid: nogen\n\nMvh\nAnders",
      {"interesser": "Spildevand; Støj; Luft; IE-direktivet", "erfaring": "5", "tid": "Nogen"},
      sent={"interesser": "Spildevand; Klima; VVM", "grupper": "", "funktioner": "",
            "erfaring": "4", "tid": "Lidt"}),

    c("ow12-da-android-sekretaer-i-skemaet", "android", "Rikke Holm",
      "Hej, har skrevet i skemaet nedenfor",
      {"funktioner": "Sekretær", "erfaring": "4"},
      sent={"interesser": "Jord; Klima", "grupper": "", "funktioner": "", "erfaring": "3",
            "tid": "Nogen"},
      edits=[("set", "[ ] Sekretær", "[ ] Sekretær - den tager jeg gerne"),
             ("set", "Svar: 3", "Svar: 4")]),

    c("ow12-da-outlook-siden-2011", "outlook", "Tove Mikkelsen",
      "Hej\n\nErfaring: siden 2011\nTid: afhænger af hvad min chef siger, vi er midt i en "
      "omorganisering\nFunktioner: høringstovholder kunne jeg godt\n\nMed venlig hilsen\n"
      "Tove Mikkelsen",
      {"funktioner": "Høringstovholder"},
      sent={"interesser": "Affald; Støj"},
      ask=["erfaring", "tid"], note="a year, not a number of years; time depends on the boss"),

    c("ow12-da-outlook-mac-html-var-20", "outlook_mac_html", "Karsten Bech",
      "Hej\n\nMine rettelser står med KB i skemaet.\n\nKarsten Bech",
      {"funktioner": "Sekretær", "erfaring": "21"},
      sent={"interesser": "PFAS; Jord; Power-to-X", "grupper": "Arbejdsgruppe om PFAS",
            "funktioner": "Formand; Sekretær", "erfaring": "20", "tid": "Nogen"},
      edits=[("set", "[x] Formand", "[x] Formand   KB: ikke mere, 4 år er nok"),
             ("set", "Svar: 20", "Svar: 21 (var 20)")],
      note="the cross is left on Formand, but his words take it off"),

    c("ow12-da-owa-lugtsager", "owa", "Rasmus Thygesen",
      "Hej\n\nJeg har fået lugtsagerne fra landbruget oveni, og jeg ved ikke om det hører under "
      "luft? Det må I vurdere. Støj er der stadig.\n\nErfaring 9 år nu.\n\nHilsen\nRasmus",
      {"interesser": "Støj", "erfaring": "9"},
      sent={"interesser": "Støj", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
            "erfaring": "8", "tid": "Nogen"},
      ask=["interesser"], note="odour cases: Luft or not is for the chair"),

    c("ow12-da-apple-mail-meget-travlt", "apple_mail", "Sofie Damgaard",
      "Hej\n\nVi har meget travlt i afdelingen i øjeblikket, så jeg kan kun give lidt tid til "
      "gruppen i første halvår. Resten passer stadig.\n\nVh Sofie",
      {"tid": "Lidt"},
      sent={"interesser": "PFAS; Spildevand", "grupper": "Arbejdsgruppe om PFAS",
            "funktioner": "Høringstovholder", "erfaring": "12", "tid": "Meget"},
      unchanged=True),

    c("ow12-da-outlook-andet-ptx", "outlook", "Troels Mørk",
      "Hej\n\nVi har fået et power to x-anlæg på havnen, så det er jeg begyndt at arbejde med, "
      "sammen med VVM'en for anlægget.\n\nAndet: har en master i miljøret hvis I får brug for "
      "det til høringer\n\nEllers som sidst.\n\n" + SIG_SHORT,
      {"interesser": "Spildevand; VVM; Power-to-X",
       "andet": "har en master i miljøret hvis I får brug for det til høringer"},
      sent={"interesser": "Spildevand; VVM", "grupper": "", "funktioner": "",
            "erfaring": "7", "tid": "Nogen"},
      unchanged=True),

    # --- English form -----------------------------------------------------------------------
    c("ow12-en-outlook-no-changes", "outlook", "Niels Ortmann",
      "Hi,\n\nNo changes from my side this year.\n\n" + SIG_EN,
      {},
      sent={"interests": "Wastewater; Soil", "groups": "Inspection network", "functions": "",
            "experience": "8", "time": "Some"},
      lang="en", unchanged=True),

    c("ow12-en-gmail-soil-secretary", "gmail", "Emma Lindqvist",
      "Hi there,\n\nPlease add soil - I've taken over the contaminated sites cases from a "
      "colleauge who left. I could also be secretary if nobody else wants to, but only from "
      "March.\n\nOtherwise everything is still correct.\n\nCheers,\nEmma",
      {"interests": "Wastewater; Noise; Soil", "functions": "Secretary"},
      sent={"interests": "Wastewater; Noise", "groups": "Inspection network", "functions": "",
            "experience": "6", "time": "Some"},
      lang="en", unchanged=True),

    c("ow12-en-iphone-twenty-two", "iphone", "Lars Meyer",
      "Experience twenty-two years now. Time: a bit less than before so little I guess. "
      "Everything else the same\n\nLars",
      {"experience": "22", "time": "Little"},
      sent={"interests": "Air; Climate; EIA", "groups": "", "functions": "Chair",
            "experience": "21", "time": "Some"},
      lang="en", unchanged=True),

    c("ow12-en-owa-crosses", "owa", "Julia Berg",
      "Hi,\n\nSee my marks below.\n\nThanks,\nJulia",
      {"interests": "Waste; Noise; Air", "functions": ""},
      sent={"interests": "Noise; Air", "groups": "Inspection network", "functions": "Chair",
            "experience": "14", "time": "Some"},
      lang="en", edits=[("set", "[ ] Waste", "[x] Waste"), ("set", "[x] Chair", "[ ] Chair")]),

    c("ow12-en-thunderbird-odour", "thunderbird", "Mikkel Storm",
      "Hello,\n\nI mostly do industrial inspections these days, so noise and air are still "
      "right, and odour has become a big part of it too - not sure where that goes. I joined "
      "the PFAS working group in October. 11 years in total, 4 of them here.\n\nBest,\n"
      "Mikkel Storm",
      {"interests": "Noise; Air", "groups": "PFAS working group", "experience": "11"},
      sent={"interests": "Noise; Air", "groups": "", "functions": "", "experience": "9",
            "time": "Little"},
      lang="en", ask=["interests"],
      note="'industrial inspections' is his job, not the network; odour is for the chair"),

    c("ow12-en-android-leaving", "android", "Anna Kowalski",
      "Hi, I'm leaving Example Municipality at the end of January for a job in the private "
      "sector, so please take me off the group. Thanks for everything!\nAnna",
      {},
      sent={"interests": "PFAS; Wastewater", "groups": "PFAS working group",
            "functions": "Consultation coordinator", "experience": "5", "time": "Some"},
      lang="en", flagged=True, note="leaving: for the chair"),

    c("ow12-en-outlook-ios-some-time", "outlook_ios", "David Rask",
      "Some time is fine this year. I can coordinate the consultation responses again if needed.",
      {"time": "Some", "functions": "Consultation coordinator"},
      sent={"interests": "Climate; EIA", "groups": "", "functions": "", "experience": "16",
            "time": "Little"},
      lang="en"),

    c("ow12-en-outlook-android-vice-chair", "outlook_android", "Ole Fenger",
      "Could I be vice chair instead of chair this time? Less time this year - little. 14 yrs "
      "experience.\n\nOle",
      {"time": "Little", "experience": "14"},
      sent={"interests": "Wastewater; Climate", "groups": "Inspection network",
            "functions": "Chair", "experience": "13", "time": "Some"},
      lang="en", ask=["functions"], note="vice chair is no option; a question for the chair"),

    c("ow12-en-apple-mail-climate-80", "apple_mail", "Helle Munk",
      "Hi\n\nTicked climate below. I'm going down to 80% from January, so time should be little "
      "from then on.\n\nRegards\nHelle",
      {"interests": "Wastewater; Waste; Climate", "time": "Little"},
      sent={"interests": "Wastewater; Waste", "groups": "", "functions": "Secretary",
            "experience": "10", "time": "Some"},
      lang="en", edits=[("set", "[ ] Climate", "[x] Climate")]),
]
