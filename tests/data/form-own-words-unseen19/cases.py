"""Blind part 19 of the own-words form replies (issue 14): one round of a working group of 30
municipal environment officers, just after four new members joined and the group agreed who
takes the functions for the next two years. Written by hand without reading the parser; the
expected answers are what a careful human secretary records. People invented, at example.org."""

from __future__ import annotations

from common import SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

BOTH = "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"

# pre-filled profiles of old members (what the form showed)
ERIK = {"interesser": "Spildevand; Jord; VVM", "grupper": "Netværk for miljøtilsyn",
        "funktioner": "Formand", "erfaring": "22", "tid": "Meget"}
MAJA = {"interesser": "Støj; Luft", "grupper": "", "funktioner": "", "erfaring": "7",
        "tid": "Nogen"}
GITTE = {"interesser": "Affald; Jord", "grupper": "Netværk for miljøtilsyn",
         "funktioner": "Høringstovholder", "erfaring": "14", "tid": "Nogen"}
LONE = {"interesser": "PFAS; Spildevand; Klima", "grupper": "Arbejdsgruppe om PFAS",
        "funktioner": "Sekretær", "erfaring": "10", "tid": "Nogen"}
KARSTEN = {"interesser": "Spildevand; Støj; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
           "funktioner": "", "erfaring": "14", "tid": "Nogen"}
SOEREN = {"interesser": "Luft; Klima", "grupper": "", "funktioner": "Høringstovholder",
          "erfaring": "11", "tid": "Nogen"}
BENTE = {"interesser": "PFAS; Affald; Jord", "grupper": "Arbejdsgruppe om PFAS",
         "funktioner": "Høringstovholder; Sekretær", "erfaring": "16", "tid": "Nogen"}
OLE = {"interesser": "Affald; Støj; VVM", "grupper": "", "funktioner": "Formand; Høringstovholder",
       "erfaring": "19", "tid": "Nogen"}
TOVE = {"interesser": "Jord; Klima", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
        "erfaring": "5", "tid": "Lidt"}
MORTEN = {"interesser": "Spildevand; Luft", "grupper": "", "funktioner": "Sekretær",
          "erfaring": "16", "tid": "Meget"}
JYTTE = {"interesser": "PFAS; Jord", "grupper": BOTH, "funktioner": "Høringstovholder",
         "erfaring": "8", "tid": "Nogen"}
PALLE = {"interesser": "Spildevand; Affald; VVM", "grupper": "Netværk for miljøtilsyn",
         "funktioner": "Formand; Sekretær", "erfaring": "37", "tid": "Nogen"}
LENE = {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
        "erfaring": "12", "tid": "Nogen"}
HENRIK = {"interesser": "Støj; Luft; VVM", "grupper": "", "funktioner": "", "erfaring": "9",
          "tid": "Nogen"}
ANNE = {"interesser": "Spildevand; Støj", "grupper": "Netværk for miljøtilsyn",
        "funktioner": "", "erfaring": "4", "tid": "Nogen"}
MICHAEL = {"interests": "Wastewater; Air", "groups": "Inspection network", "functions": "Chair",
           "experience": "18", "time": "Some"}
SARAH = {"interests": "Noise; EIA", "groups": "", "functions": "Secretary", "experience": "20",
         "time": "Little"}

CASES = [
    # ---- new members, Danish --------------------------------------------------------------
    c("ow19-da-outlook-ny-seks-heraf-to", "outlook", "Signe Vestergaard",
      "Hej\n\nTak for en god modtagelse på mødet i Vejle. Her er mine svar:\n\n"
      "Jeg arbejder primært med spildevand og jord – og en del VVM-screeninger, når der kommer "
      "større projekter ind. Jeg er ikke med i nogen af arbejdsgrupperne endnu, men er lige "
      "kommet med i netværket for miljøtilsyn.\n"
      "Funktioner: ingen lige nu, jeg skal lige lande først.\n"
      "Jeg har været miljøsagsbehandler i 6 år, heraf 2 her i kommunen.\n"
      "Tid: nogen\n\n" + SIG_KOMMUNE,
      {"interesser": "Spildevand; Jord; VVM", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "", "erfaring": "6", "tid": "Nogen"},
      note="new member in prose; 6 years in all (2 of them here) is the answer; 'ikke med i "
           "nogen' is no time answer"),
    c("ow19-da-iphone-ny-kort-punktum", "iphone", "Anja Brix",
      "Jord og PFAS. ni år – og lidt tid, jeg har to små børn 🙂\n\nMvh Anja",
      {"interesser": "PFAS; Jord", "erfaring": "9", "tid": "Lidt"},
      note="full stop before lower case, a dash; 'to små børn' is no number of years"),
    c("ow19-da-gmail-ny-kryds-plus-luft-lugt", "gmail", "Nina Storm",
      "Hej\n\nJeg har sat kryds nedenfor. Vil bare lige tilføje, at jeg også har luftsagerne "
      "ved virksomhederne – og lugtgener, hvis det tæller med et sted.\n\nMvh\nNina",
      {"interesser": "Affald; Støj; Luft", "erfaring": "4"},
      edits=[("set", "[ ] Affald", "[x] Affald"), ("set", "[ ] Støj", "[x] Støj"),
             ("set", "Svar:", "Svar: 4", "4. Erfaring")],
      ask=["interesser"],
      note="crosses plus words; 'luftsagerne' is Luft; odour has no option and is asked"),
    c("ow19-da-android-ny-treogtyve-aar", "android", "Poul Kristiansen",
      "Hej!\nJeg er ny i Haderslev, men har arbejdet med affaldstilsyn og jordforurening i "
      "treogtyve år, så helt grøn er jeg ikke 😊\nLidt tid.\nMvh Poul",
      {"interesser": "Affald; Jord", "erfaring": "23", "tid": "Lidt"},
      note="compounds map to their subject areas; 'affaldstilsyn' is no group"),
    c("ow19-da-gmail-ny-etiketter-husdyr", "gmail", "Kirstine Dahl",
      "Hej\n\nInteresser: miljøgodkendelse af husdyrbrug, støj og lidt jord\n"
      "Grupper: ingen endnu\nFunktioner: -\n"
      "Erfaring: 3 år i kommunen, før det 5 år som rådgiver\nTid: Nogen\n"
      "Andet: Jeg er uddannet agronom.\n\nVh Kirstine",
      {"interesser": "Støj; Jord", "grupper": "", "funktioner": "", "tid": "Nogen",
       "andet": "Jeg er uddannet agronom."},
      ask=["interesser", "erfaring"],
      note="livestock permits have no option; whether the consultancy years count is for the "
           "chair; 'lidt jord' is no time answer"),
    c("ow19-da-gmail_android-ny-ie-netvaerket", "gmail_android", "Mikkel Thorsen",
      "Hej\nJeg arbejder med luft og støj og er også begyndt på IE-virksomhederne, og så sidder "
      "jeg i netværket om tilsyn. Erfaring har jeg ikke så meget af endnu, kun to år. "
      "Funktioner må vente til næste runde.\nHilsen Mikkel",
      {"interesser": "Støj; Luft; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "2", "funktioner": ""},
      note="'ikke så meget' is about experience, not time; no time answer"),
    c("ow19-da-apple_forward-ny-slettet-mail", "apple_forward", "Hanne Mikkelsen",
      "Jeg kom til at slette den første mail, så her er mine svar:\nPFAS, jord og spildevand\n"
      "10 års erfaring\nMeget tid frem til sommer\nMvh Hanne",
      {"interesser": "PFAS; Spildevand; Jord", "erfaring": "10", "tid": "Meget"}),
    c("ow19-da-android-ny-vandloeb-regnvand", "android", "Lærke Holm",
      "Hej\n\nJeg arbejder mest med vandløb og spildevandstilladelser og lidt med "
      "regnvandsbassiner. Jeg har 7 år på bagen, og tid har jeg nogen af.\n\nVh Lærke",
      {"interesser": "Spildevand", "erfaring": "7", "tid": "Nogen"},
      ask=["interesser"],
      note="watercourses have no option, rain basins could be Klima or Spildevand: asked; "
           "'lidt med' is no time answer"),
    c("ow19-da-gmail-ny-inline-elleve", "gmail", "Jens Lauridsen",
      "Svar inde i teksten.\n\nJens",
      {"interesser": "Støj; Luft; VVM", "grupper": "", "funktioner": "Sekretær",
       "erfaring": "11", "tid": "Nogen"},
      edits=[("add", "1. Interesser", "Støj og luft, og så lidt VVM"),
             ("add", "2. Grupper", "ingen"),
             ("add", "3. Funktioner", "Sekretær, hvis der mangler en"),
             ("set", "Svar:", "Svar: elleve", "4. Erfaring"),
             ("add", "5. Tid", "nogen")],
      note="typed under each question outside the quote"),
    c("ow19-da-owa_html-ny-pil-to-tal", "owa_html", "Trine Bak",
      "Se nedenfor.\n\nVenlig hilsen\nTrine",
      {"interesser": "Spildevand; Klima", "erfaring": "4", "tid": "Nogen"},
      edits=[("set", "[ ] Spildevand", "[x] Spildevand"), ("set", "[ ] Klima", "[X] Klima"),
             ("set", "Svar:", "Svar: 4 (5 til sommer)", "4. Erfaring"),
             ("append", "[ ] Nogen", "  <--")],
      note="an arrow as the mark for time; two numbers, the current one is 4"),
    c("ow19-da-outlook_android-ny-kryds-rettet", "outlook_android", "Camilla Winther",
      "Har krydset af nedenfor. Jeg satte kryds ved meget, men ret det til nogen – jeg har vist "
      "overvurderet mig selv lidt. Erfaring: 2 år.",
      {"interesser": "PFAS; Jord", "tid": "Nogen", "erfaring": "2"},
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[ ] Jord", "[x] Jord"),
             ("set", "[ ] Meget", "[x] Meget")],
      note="the words correct the cross: Nogen, not Meget"),

    # ---- old members, Danish ---------------------------------------------------------------
    c("ow19-da-outlook_mac-formand-stopper", "outlook_mac", "Erik Sandberg",
      "Hej\n\nSom aftalt på novembermødet stopper jeg som formand efter seks år, så det skal ud. "
      "Jeg tager gerne høringerne i stedet, som vi talte om. Tid: nu kun nogen.\n"
      "Ellers er alt, som det står.\n\nMvh\nErik",
      {"funktioner": "Høringstovholder", "tid": "Nogen"}, sent=ERIK, unchanged=True,
      note="'seks år' is his term as chair, not experience; taking the consultations is the "
           "consultation coordinator"),
    c("ow19-da-owa-ny-sekretaer-meget", "owa", "Maja Rasmussen",
      "Hej\n\nJeg sagde jo ja til at tage referaterne de næste to år, så sæt mig på som "
      "sekretær. Og skriv meget tid – referater tager sin tid 😉\nResten passer stadig.\n\n"
      "Vh\nMaja",
      {"funktioner": "Sekretær", "tid": "Meget"}, sent=MAJA, unchanged=True,
      note="'to år' is the term, not experience"),
    c("ow19-da-thunderbird-affald-ud-klima-ind", "thunderbird", "Gitte Overgaard",
      "Hej\n\nAffald kan I tage af – det er flyttet over til driften fra 1. januar. Til gengæld "
      "er jeg kommet mere ind i klimatilpasningen. Tiden er den samme.\n\nHilsen\nGitte",
      {"interesser": "Jord; Klima"}, sent=GITTE,
      note="remove with a reason, add by an inflected compound; time confirmed, nothing else "
           "said about the rest"),
    c("ow19-da-gmail_android-nedsat-tid", "gmail_android", "Lone Fabricius",
      "Jeg går ned på 30 timer fra februar, så sæt tiden ned til lidt. Sekretær må en af de "
      "andre overtage. Resten er uændret\n\nMvh Lone",
      {"tid": "Lidt", "funktioner": ""}, sent=LONE, unchanged=True,
      note="'30 timer' is no experience"),
    c("ow19-da-outlook_ios-afbud-og-ptx", "outlook_ios", "Karsten Lykke",
      "Hej Birgitte\n\nTillykke med formandsposten! Jeg kan desværre ikke komme til mødet den "
      "14. januar – vi har byrådsmøde samme dag.\n\nTil skemaet: Tilføj gerne Power-to-X, vi "
      "har fået to ansøgninger om PtX-anlæg på havnen. Og jeg har nu 15 års erfaring.\n\n"
      "Hilsen Karsten",
      {"interesser": "Spildevand; Støj; IE-direktivet; Power-to-X", "erfaring": "15"},
      sent=KARSTEN, flagged=True,
      note="an absence from the January meeting goes to the chair"),
    c("ow19-da-outlook_html-rettet-plus-pfas-gruppen", "outlook_html", "Søren Kjeldsen",
      "Hej\n\nJeg har rettet i skemaet nedenfor. Derudover er jeg kommet med i "
      "PFAS-arbejdsgruppen siden sidst.\n\n" + SIG_KOMMUNE,
      {"tid": "Meget", "erfaring": "12", "grupper": "Arbejdsgruppe om PFAS"}, sent=SOEREN,
      edits=[("set", "[x] Nogen", "[ ] Nogen"), ("set", "[ ] Meget", "[x] Meget"),
             ("set", "Svar: 11", "Svar: 12")],
      note="the PFAS working group is a group, not the subject area PFAS"),
    c("ow19-da-apple-kommentarer-gruppen", "apple_mail", "Bente Nørgaard",
      "Hej\n\nIngen kommentarer til selve skemaet, men mine funktioner skal rettes: Jeg tager "
      "gerne høringstovholder en periode mere, men ikke sekretær. Gruppen har fået fire nye "
      "medlemmer, så der må være en anden, der har lyst til at skrive referat.\n\nMvh\nBente",
      {"funktioner": "Høringstovholder"}, sent=BENTE,
      note="'kommentarer' and 'Gruppen' are no labels; 'fire nye' is no experience"),
    c("ow19-da-thunderbird_bottom-som-sidste-aar", "thunderbird_bottom", "Ole Brandt",
      "Alt står som sidste år, bare med to rettelser: Formand skal ud, nu hvor Birgitte har "
      "overtaget, og jeg har faktisk mere tid nu – sæt mig på meget.\n\nMvh Ole",
      {"funktioner": "Høringstovholder", "tid": "Meget"}, sent=OLE, unchanged=True),
    c("ow19-da-iphone-bare-tak", "iphone", "Rikke Lund",
      "Tak, jeg kigger på det i weekenden 👍",
      {}, sent={"interesser": "Støj; VVM", "grupper": "", "funktioner": "", "erfaring": "6",
                "tid": "Lidt"},
      note="says nothing about the form"),
    c("ow19-da-owa-intet-nyt", "owa", "Tove Hansen",
      "Fra min side er der intet nyt i år.\n\nVh Tove",
      {}, sent=TOVE, unchanged=True),
    c("ow19-da-outlook_prefix-initialer", "outlook_prefix", "Morten Juhl",
      "Mine svar står med MJ nedenfor.\n\nMorten Juhl",
      {"funktioner": "", "erfaring": "17", "tid": "Lidt"}, sent=MORTEN,
      edits=[("add", "3. Funktioner", "MJ: ingen – har været sekretær i to perioder, det må "
                                      "være nok"),
             ("add", "4. Erfaring", "MJ: 17 nu"),
             ("add", "5. Tid", "MJ: lidt, jeg er tillidsrepræsentant fra nytår")],
      note="'sekretær' after the dash is the reason for giving it up"),
    c("ow19-da-outlook-forslag-og-erfaring", "outlook", "Jytte Mortensen",
      "Kære Birgitte\n\nVelkommen til de fire nye – dejligt med flere kræfter i gruppen.\n\n"
      "Jeg har et forslag til næste møde: Kan vi få en fra Miljøstyrelsen til at fortælle om de "
      "nye regler for støj fra varmepumper? Det ville mange af os have gavn af.\n\n"
      "Skemaet: Jeg er stadig med i begge grupper og fortsætter som høringstovholder. Eneste "
      "ændring er, at jeg nu har 9 års erfaring.\n\n" + SIG_SHORT,
      {"erfaring": "9"}, sent=JYTTE, unchanged=True, flagged=True,
      note="an agenda proposal for the chair; noise from heat pumps is the proposal's topic, "
           "not a new subject area"),
    c("ow19-da-gmail-pension-otteogtredive", "gmail", "Palle Iversen",
      "Hej\n\nSå er det sidste gang, jeg udfylder den her: jeg har været i faget i otteogtredive "
      "år og går på pension til sommer. Skriv derfor lidt tid og ingen funktioner – der er "
      "heldigvis nye kræfter nok.\n\nMvh\nPalle",
      {"erfaring": "38", "tid": "Lidt", "funktioner": ""}, sent=PALLE, flagged=True,
      note="retiring in the summer: leaving the group goes to the chair"),
    c("ow19-da-outlook-svarer-for-kollega", "outlook", "Lene Kjær",
      "Hej\n\nRasmus Bech er en af de nye hos os, men han er på kursus hele ugen og bad mig svare "
      "for ham: Han arbejder med støj og luft, har 3 års erfaring og har nogen tid.\n\n"
      "Mine egne svar er de samme som sidste år.\n\nMvh Lene",
      {}, sent=LENE, unchanged=True, flagged=True,
      note="a colleague's answers are not hers: passed on, nothing recorded on her row"),
    c("ow19-da-iphone-klima-i-stedet-for-luft", "iphone", "Henrik Skov",
      "Kan du ikke bare skrive det samme som sidst, men med klima i stedet for luft?\n\n/Henrik",
      {"interesser": "Støj; Klima; VVM"}, sent=HENRIK, unchanged=True),

    c("ow19-da-owa-lang-mail-nyheder", "owa", "Anne Villadsen",
      "Hej alle\n\nUndskyld den lange mail, men der er sket en del her i Ringkøbing siden sidst. "
      "Vi har fået ny miljøchef, og vi er i gang med en tilsynskampagne på autoværksteder, som "
      "jeg gerne fortæller om på et møde, hvis der er interesse.\n\n"
      "Skemaet: Jeg har overtaget jordsagerne efter Bo, som er gået på pension, så sæt også "
      "kryds ved jord. Støj har jeg stadig. Erfaringen er nu fem år.\n\n"
      "Og så et spørgsmål til Birgitte: Skal vi ikke finde en ny dato for julefrokosten?\n\n"
      "De bedste hilsner\nAnne",
      {"interesser": "Spildevand; Støj; Jord", "erfaring": "5"}, sent=ANNE, flagged=True,
      note="an offer to present and a question for the chair; the inspection campaign is no "
           "group; a colleague's retirement is not hers"),

    # ---- English ---------------------------------------------------------------------------
    c("ow19-en-outlook-new-twelve-four", "outlook", "Daniel Frost",
      "Hi,\n\nPlease find my answers below.\n\nI work mainly with wastewater and soil "
      "remediation, and I also do some EIA screenings. I'm not in any of the groups yet. I'd be "
      "happy to be secretary if needed – I took the minutes in my previous network. "
      "Experience: twelve years in total, four of them in Denmark. Time: quite a lot, at least "
      "until the summer.\n\n" + SIG_EN,
      {"interests": "Wastewater; Soil; EIA", "groups": "", "functions": "Secretary",
       "experience": "12", "time": "Much"}, lang="en",
      note="'some EIA screenings' is no time answer"),
    c("ow19-en-gmail-chair-to-coordinator", "gmail", "Michael Ross",
      "Hi,\n\nSame as last year except: please remove Chair (Birgitte has taken over from "
      "January) and add consultation coordinator instead. My time drops to little after March "
      "because of parental leave.\n\nCheers\nMichael",
      {"functions": "Consultation coordinator", "time": "Little"}, sent=MICHAEL, lang="en",
      unchanged=True),
    c("ow19-en-iphone-new-lowercase", "iphone", "Ella Quinn",
      "noise and air mostly. 5 yrs. not much time right now sorry",
      {"interests": "Noise; Air", "experience": "5", "time": "Little"}, lang="en"),
    c("ow19-en-owa-only-experience", "owa", "Sarah Lindqvist",
      "Hello,\n\nNo changes this year apart from my experience, which is now 21 years.\n\n"
      "Regards\nSarah",
      {"experience": "21"}, sent=SARAH, lang="en", unchanged=True),
    c("ow19-en-thunderbird-new-circular", "thunderbird", "Oliver Grant",
      "Hello,\n\nI'm interested in the circular economy and microplastics, and I've just joined "
      "the PFAS group. I can't commit to any function this year. Time: depends on how the "
      "spring goes.\n\nBest,\nOliver",
      {"groups": "PFAS working group", "functions": ""}, lang="en",
      ask=["interests", "time"],
      note="neither subject has an option; the time depends on something not yet known"),
    c("ow19-en-outlook_mac-new-crosses-absence", "outlook_mac", "Emma Holt",
      "Hi, I've marked it below. Also, I won't make the January meeting – I'm at a conference "
      "in Brussels that week.\n\nBest regards\nEmma",
      {"interests": "Climate; Power-to-X", "time": "Some"}, lang="en",
      edits=[("set", "[ ] Climate", "[x] Climate"), ("set", "[ ] Power-to-X", "[x] Power-to-X"),
             ("set", "Answer:", "Answer: 3 (plus 2 as a student assistant)", "4. Experience"),
             ("set", "[ ] Some", "[x] Some")],
      ask=["experience"],
      note="whether student years count is for the chair; the absence is flagged"),
    c("ow19-en-apple-english-on-danish-form", "apple_mail", "Lukas Becker",
      "Hi, sorry for answering in English – my Danish is still a work in progress. I work with "
      "PFAS and groundwater, and I'm in the PFAS working group. Four years. Some time, I "
      "think.\n\nBest\nLukas",
      {"interesser": "PFAS", "grupper": "Arbejdsgruppe om PFAS", "erfaring": "4",
       "tid": "Nogen"}, lang="da",
      ask=["interesser"],
      note="English on the Danish form; groundwater has no option"),
    c("ow19-en-android-new-consultations", "android", "Freya Nielsen",
      "Hi! Soil, waste and climate adaptation. Experience: 2 years, I only finished uni last year. Lots of "
      "time – happy to help out with consultations!",
      {"interests": "Waste; Soil; Climate", "experience": "2", "time": "Much"}, lang="en",
      ask=["functions"],
      note="helping with consultations is not necessarily taking the coordinator role: asked"),
]
