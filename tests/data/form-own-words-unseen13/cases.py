"""Blind part 13 of the own-words form replies (issue 14): one round of the competence form in a
working group of Danish municipal environment officers, mostly answered at the office in
Outlook desktop and Outlook on the web. Written by hand without reading the parser; the expected
answers are what a careful human secretary records, never what a program does.
People invented, at example.org."""

from __future__ import annotations

from common import SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

# What the form showed pre-filled (last year's answers); {} for members new this year.
P1 = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
      "erfaring": "14", "tid": "Nogen"}
P2 = {"interesser": "PFAS; Jord; Klima", "grupper": "Arbejdsgruppe om PFAS",
      "funktioner": "Sekretær", "erfaring": "6", "tid": "Lidt"}
P3 = {"interesser": "Affald; Støj; Luft; IE-direktivet",
      "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "funktioner": "Formand",
      "erfaring": "22", "tid": "Meget"}
P4 = {"interesser": "VVM; Klima; Power-to-X", "grupper": "", "funktioner": "Høringstovholder",
      "erfaring": "9", "tid": "Nogen", "andet": "Deltid (30 t) til marts"}
Q1 = {"interests": "Soil; Climate; EIA", "groups": "PFAS working group", "functions": "Secretary",
      "experience": "5", "time": "Some"}
Q2 = {"interests": "Wastewater; Waste; IED", "groups": "Inspection network", "functions": "",
      "experience": "17", "time": "Little"}

K = "\n\n" + SIG_KOMMUNE
S = "\n\n" + SIG_SHORT
E = "\n\n" + SIG_EN

CASES = [
    # --- Outlook desktop ----------------------------------------------------------------------
    c("ow13-da-outlook-chatty-nyt-team", "outlook", "Rikke Holmgaard",
      "Hej\n\nTak for skemaet – og tak for sidst i Vejle, det var et rigtig godt møde.\n\n"
      "Der er sket lidt siden sidst: jeg er flyttet over i industriteamet pr. 1. oktober, så "
      "spildevand har jeg ikke længere (det har Mette overtaget). Til gengæld sidder jeg nu med "
      "støj og luft fra virksomhederne og en del IE-anlæg.\nJord beholder jeg.\n\n"
      "Erfaringen er vel 15 år nu.\n\nResten er som det står." + K,
      {"interesser": "Støj; Luft; Jord; IE-direktivet", "erfaring": "15"}, P1, unchanged=True,
      note="IE-anlæg are the installations under IE-direktivet"),
    c("ow13-da-outlook-inline-i-skemaet", "outlook", "Karsten Bundgaard",
      "Hej\n\nJeg har skrevet direkte i skemaet herunder. Resten passer stadig.\n\n"
      "/Karsten" + S,
      {"interesser": "Affald; Støj; IE-direktivet", "funktioner": "", "erfaring": "23",
       "tid": "Nogen"}, P3, unchanged=True,
      edits=[("add", "1. Interesser", "Luft har jeg sluppet – det ligger hos Miljøstyrelsen nu"),
             ("add", "3. Funktioner",
              "Fjern formand, jeg har siddet længe nok – lad en anden tage over"),
             ("set", "Svar: 22", "Svar: 23"),
             ("add", "5. Tid", "Mindre end før, så skriv Nogen")],
      note="typed lines inside the quote; the cross at Meget is left, the words say Nogen"),
    c("ow13-da-outlook-tak-vender-tilbage", "outlook", "Henriette Dam",
      "Tak – jeg vender tilbage efter nytår." + S, {}, P4),
    c("ow13-da-outlook-affaldstilsyn-lugt", "outlook", "Anders Mørup",
      "Hej\n\nJeg har fået nye opgaver efter sommerferien: affaldstilsynet og jordflytningerne er "
      "nu mine, og jeg sidder også med lugtklager fra landbruget. VVM og klima har jeg stadig. "
      "Power-to-X-sagen er afsluttet, så den kan I fjerne." + K,
      {"interesser": "Affald; Jord; Klima; VVM"}, P4, ask=["interesser"],
      note="lugtklager fits no option (Luft? another area?)"),
    c("ow13-da-outlook-tilsyn-pfas-gruppe", "outlook", "Louise Krag",
      "Hej\n\nJeg er gået over til virksomhedstilsyn, men fagområderne er de samme. PFAS-"
      "arbejdsgruppen må I melde mig ud af, men sæt mig gerne på netværket for tilsyn i stedet. "
      "Jeg vil stadig gerne skrive referat.\n\nHilsen Louise",
      {"grupper": "Netværk for miljøtilsyn", "funktioner": "Sekretær"}, P2),
    c("ow13-da-outlook-kryds-og-ord", "outlook", "Thomas Vinding",
      "Hej\n\nKrydset ved Jord er nyt – vi har overtaget jordflytningssagerne fra teknik. "
      "Tiden bliver nok meget efter nytår, men sæt Nogen for nu.\n"
      "Erfaring: ti år pr. januar, så skriv 10." + S,
      {"interesser": "Jord; Klima; VVM; Power-to-X", "erfaring": "10", "tid": "Nogen"}, P4,
      edits=[("set", "[ ] Jord", "[x] Jord")]),
    c("ow13-da-outlook-andet-label", "outlook", "Mikkel Aagaard",
      "Hej\n\nAndet: Jeg er uddannet miljørevisor efter ISO 14001\n"
      "Ellers er alt som før." + K,
      {"andet": "Jeg er uddannet miljørevisor efter ISO 14001"}, P1, unchanged=True),
    c("ow13-en-outlook-leaving-in-february", "outlook", "Freya Lindqvist",
      "Hi,\n\nJust to let you know that I am leaving Example Municipality at the end of February, "
      "so this is probably my last form. Until then nothing has changed.\n\nCould you ask the "
      "chair whether someone else from our municipality can take over my seat in the group?" + E,
      {}, Q2, lang="en", unchanged=True, flagged=True,
      note="leaving the group and a request to the chair"),
    c("ow13-da-outlook-html-seksogtyve", "outlook_html", "Jette Kronborg",
      "Hej!\n\nMin erfaring skal rettes: det er nu seksogtyve år siden jeg startede i faget, "
      "heraf elleve i kommunen.\n\nTiden er lidt i år. Jeg sidder med et stort projekt om "
      "klimatilpasning, men der kommer forhåbentlig mere luft efter sommer." + S,
      {"erfaring": "26", "tid": "Lidt"}, P2,
      note="'mere luft' is breathing room, not Luft; klimatilpasning is Klima, already there"),
    c("ow13-da-outlook-prefix-ja-nej", "outlook_prefix", "Bent Overgaard",
      "Spildevand: ja, stadig.\nJord: nej, det er flyttet til regionen hos os.\nNyt: VVM.\n"
      "Jeg har været med i netværket for miljøtilsyn fra starten og fortsætter.\n"
      "Erfaring 14 -> 15.\nEllers samme svar som sidste år.\n\nBent",
      {"interesser": "Spildevand; VVM", "grupper": "Netværk for miljøtilsyn", "erfaring": "15"},
      P1, unchanged=True),
    # --- Outlook on the web -------------------------------------------------------------------
    c("ow13-da-owa-kryds-luft-nogen", "owa", "Camilla Strøm",
      "Hej\n\nHar sat kryds ved luft. Sekretær vil jeg gerne fortsætte med, og jeg har mere tid i "
      "år end sidst, så sæt mig til nogen." + S,
      {"interesser": "PFAS; Luft; Jord; Klima", "funktioner": "Sekretær", "tid": "Nogen"}, P2,
      edits=[("set", "[ ] Luft", "[x] Luft")]),
    c("ow13-en-owa-as-before-except-time", "owa", "Daniel Petersen",
      "Hello,\n\nEverything as before apart from the time – a new colleague starts in January, "
      "so I can give the group a bit more. Put me down for Some.\n\nDaniel",
      {"time": "Some"}, Q2, lang="en", unchanged=True),
    c("ow13-en-owa-inline-notes", "owa", "Rebecca Munk",
      "Hi,\n\nSee my notes in the form below.\n\nRebecca",
      {"interests": "Wastewater; Waste; Noise; IED",
       "other": "I'm on the board of the national wastewater forum"}, Q2, lang="en",
      edits=[("add", "1. Interests", "Add noise - the wind turbine cases are mine now"),
             ("set", "Answer:", "Answer: I'm on the board of the national wastewater forum",
              "6. Other")]),
    c("ow13-da-owa-afbud-og-pfas", "owa", "Søren Kjeldsen",
      "Hej\n\nJeg kan desværre ikke komme til mødet den 14. januar, da jeg er på kursus – "
      "kommentarer til dagsordenen sender jeg på mail inden.\n\nTil skemaet: PFAS er kommet til, "
      "det fylder meget hos os efter fundene ved brandøvelsespladsen. Ellers ingen ændringer." + K,
      {"interesser": "PFAS; Spildevand; Jord"}, P1, unchanged=True, flagged=True,
      note="an absence from a meeting; 'fylder meget' is about PFAS, not Tid"),
    c("ow13-da-owa-pension-formand", "owa", "Ole Brixen",
      "Hej\n\nJeg har besluttet at stoppe i gruppen til sommer, når jeg går på pension. Indtil da "
      "tager jeg ingen nye opgaver, og jeg stiller ikke op som formand igen. Kan I finde en "
      "afløser fra Nordjylland?\n\nSkemaet er ellers korrekt." + K,
      {"funktioner": ""}, P3, unchanged=True, flagged=True,
      note="leaving the group and a request to the chair"),
    c("ow13-da-owa-egne-saetninger-grundvand", "owa", "Maja Thorsen",
      "Hej tovholder\n\nJeg arbejder med jord, PFAS og klima, og så har jeg fået "
      "grundvandsbeskyttelse ind over. Jeg er stadig med i PFAS-arbejdsgruppen. Sekretær kan jeg "
      "godt blive ved med at være. Jeg har været her i 6 år, men i faget i 9. Tid: lidt, som før."
      "\n\nHilsen Maja",
      {"interesser": "PFAS; Jord; Klima", "grupper": "Arbejdsgruppe om PFAS",
       "funktioner": "Sekretær", "erfaring": "9", "tid": "Lidt"}, P2, ask=["interesser"],
      note="grundvandsbeskyttelse fits no option; years on the area: 9"),
    c("ow13-da-owa-html-chatty-jul", "owa_html", "Lone Vestergaard",
      "Kære alle\n\nTak for et godt år i gruppen. Lidt nyt herfra: vi har fået vores første "
      "Power-to-X-anlæg i kommunen, så det fylder en del – VVM-screeningen lander hos mig.\n\n"
      "Jeg sidder fortsat som høringstovholder og vil gerne blive ved. Deltiden stopper 1. marts, "
      "så fra da har jeg nok mere tid, men lad os sige nogen indtil videre.\n\nOg så noget helt "
      "andet: jeg holder jul i Australien og er væk fra 18/12 til 10/1.\n\nGod jul!\nLone",
      {"funktioner": "Høringstovholder", "tid": "Nogen"}, P4, flagged=True,
      note="away 18/12-10/1; 'noget helt andet' is no Andet label"),
    c("ow13-en-owa-html-bullets-restated", "owa_html", "Ingrid Halvorsen",
      "Hi all,\n\nMy answers for this year:\n- PFAS and soil\n- climate adaptation, a lot of it "
      "after the cloudburst in August\n- still in the PFAS working group, and I've joined the "
      "inspection network too\n- I'll keep doing the minutes\n- 5 years\n- some time\n\n"
      "Thanks for organising this!\nIngrid",
      {"interests": "PFAS; Soil; Climate",
       "groups": "Inspection network; PFAS working group", "functions": "Secretary",
       "experience": "5", "time": "Some"}, Q1, lang="en",
      note="the whole answer restated: EIA is no longer in it"),
    # --- Outlook on phones and Mac ------------------------------------------------------------
    c("ow13-da-outlook-ios-som-sidst-lidt", "outlook_ios", "Bo Lauritsen",
      "Alt er som sidst, bortset fra at jeg nu kun har tid til lidt.\n/Bo",
      {"tid": "Lidt"}, P3, unchanged=True),
    c("ow13-da-outlook-ios-english-on-danish-form", "outlook_ios", "Sara Lindgren",
      "Sorry for writing in English. Please remove climate and add wastewater. I can still be "
      "secretary. About 7 years now.\nThanks, Sara",
      {"interesser": "PFAS; Spildevand; Jord", "funktioner": "Sekretær", "erfaring": "7"}, P2),
    c("ow13-da-outlook-android-barsel", "outlook_android", "Nanna Frost",
      "Fjern mig som sekretær – jeg går på barsel i februar og er væk et halvt år. "
      "Resten står ved magt.",
      {"funktioner": ""}, P2, unchanged=True, flagged=True,
      note="an absence of half a year"),
    c("ow13-en-outlook-mac-chair-later", "outlook_mac", "Peter Ashworth",
      "Hi,\n\nSoil, climate and EIA are still right. I'd consider being chair if nobody else "
      "wants it, but only from the autumn when my parental leave ends. Secretary I have to give "
      "up, sorry.\nExperience is 5, make it 6.\nTime: little for now." + E,
      {"interests": "Soil; Climate; EIA", "functions": "", "experience": "6", "time": "Little"},
      Q1, lang="en", ask=["functions"],
      note="Secretary removed for sure; chair only on conditions (others, after leave)"),
    c("ow13-da-outlook-mac-timer-om-ugen", "outlook_mac", "Hanne Riis",
      "Hej\n\nErfaring: 14 år i alt, 3 af dem her i Aarhus.\nTid: ca. 2 timer om ugen.\n\n"
      "Hanne",
      {"erfaring": "14"}, P1, ask=["tid"],
      note="hours a week is no Lidt/Nogen/Meget"),
    # --- other clients ------------------------------------------------------------------------
    c("ow13-da-iphone-ny-i-gruppen", "iphone", "Emil Bech",
      "Hej, jeg er ny i gruppen, så her er mine svar: Spildevand og PFAS primært – lidt jord.\n"
      "Har været i faget i 4 år.\nJeg kan godt være høringstovholder, hvis der er brug for det.\n"
      "Tid: nogen",
      {"interesser": "PFAS; Spildevand; Jord", "funktioner": "Høringstovholder",
       "erfaring": "4", "tid": "Nogen"}, {},
      note="'lidt jord' is a qualifier of Jord, not Tid; 'gruppen' is no label"),
    c("ow13-en-iphone-fine-add-ied", "iphone", "Martin Kowalski",
      "Fine as it is, but add IED – we got two new IED plants this year.",
      {"interests": "Soil; Climate; EIA; IED"}, Q1, lang="en", unchanged=True),
    c("ow13-da-apple-mail-husdyr", "apple_mail", "Per Hvidberg",
      "Hej\n\nJeg arbejder mest med miljøgodkendelser af husdyrbrug for tiden, og så lidt med "
      "naturbeskyttelse. Fortsætter gerne som formand. 22 år er stadig rigtigt, eller 23 til "
      "marts.\n\nPer",
      {"funktioner": "Formand", "erfaring": "22"}, P3, ask=["interesser"],
      note="husdyrbrug and naturbeskyttelse fit no option; are the old areas still his?"),
    c("ow13-da-gmail-tankestreger", "gmail", "Julie Mogensen",
      "Interesser: PFAS – jord – klima – og nu også spildevand\nErfaring: 7\n"
      "Sekretær fortsætter jeg gerne som.\n\nJulie",
      {"interesser": "PFAS; Spildevand; Jord; Klima", "erfaring": "7",
       "funktioner": "Sekretær"}, P2),
    c("ow13-en-gmail-new-from-sweden", "gmail", "Elin Sjöberg",
      "Hello,\n\nI joined the network in November (I moved here from Sweden, so forgive the "
      "English). I work with noise and air quality, and a little with climate. I have around 12 "
      "years of experience, 3 of them in Denmark. I could be secretary for a year, not chair "
      "though. Time: not that much, honestly.\n\nBest wishes\nElin",
      {"interests": "Noise; Air; Climate", "experience": "12", "functions": "Secretary",
       "time": "Little"}, {}, lang="en",
      note="'the network' is the whole group (Miljønetværket), not a working group"),
    c("ow13-da-gmail-det-samme-klimasager", "gmail", "Kasper Winther",
      "Hej igen\n\nDet samme som sidst vil jeg tro, ud over at jeg er begyndt at tage mig af "
      "klimasager.\n\nMvh. Kasper",
      {"interesser": "Spildevand; Jord; Klima"}, P1, unchanged=True),
    c("ow13-en-gmail-android-terse", "gmail_android", "Tobias Reyes",
      "noise, air\n10 yrs\nsome time\nno functions for now",
      {"interests": "Noise; Air", "experience": "10", "time": "Some", "functions": ""}, {},
      lang="en"),
    c("ow13-en-thunderbird-train", "thunderbird", "Niels Harwood",
      "Hello, answers in words as I'm on the train.\n\nWastewater and waste, yes; IED not any "
      "more. Twenty-one years in the job now. I'll say much time — the reorganisation is "
      "finally over. Also happy to help with consultations.\n\nBest, Niels",
      {"interests": "Wastewater; Waste", "experience": "21", "time": "Much"}, Q2, lang="en",
      ask=["functions"],
      note="helping with consultations is not clearly the coordinator role"),
    c("ow13-da-thunderbird-stikord", "thunderbird", "Sofie Dalsgaard",
      "Hej\nHer kommer mine svar\n\nPFAS og spildevandet fra renseanlæggene, desuden støjsager\n"
      "Arbejdsgruppen om PFAS vil jeg gerne være med i\nIngen funktioner lige nu - er ny\n"
      "To år\nMeget\n\nHilsen Sofie",
      {"interesser": "PFAS; Spildevand; Støj", "grupper": "Arbejdsgruppe om PFAS",
       "funktioner": "", "erfaring": "2", "tid": "Meget"}, {}),
    c("ow13-da-thunderbird-bottom-bytter", "thunderbird_bottom", "Kirsten Lund",
      "Jeg har byttet høringerne ud med referaterne, som aftalt med Lone på sidste møde. "
      "Og deltiden er slut, så Andet kan slettes.\n\nKirsten",
      {"funktioner": "Sekretær", "andet": ""}, P4,
      edits=[("set", "[x] Høringstovholder", "[ ] Høringstovholder"),
             ("set", "[ ] Sekretær", "[x] Sekretær")]),
    c("ow13-da-android-samsung-kort", "android", "Jens Kirkegaard",
      "Hej. Støj og luft er stadig mit. Affald er røget ud. Tid: Lidt.\nMvh Jens",
      {"interesser": "Støj; Luft; IE-direktivet", "tid": "Lidt"}, P3),
]
