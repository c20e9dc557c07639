"""Blind part 14n: one round of the competence form in a working group of 30 municipal
environment officers, after the group changed (new jobs and departments, leave, functions taken
on and given up, experience updated). By hand, written without reading the parser; the answers
are what a careful human secretary records. People invented, at example.org."""

from __future__ import annotations

from common import SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

# --- what each member answered last time (the form comes pre-filled with it) -----------------

LENE = {"interesser": "Affald; VVM", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
        "erfaring": "7", "tid": "Nogen"}
POUL = {"interesser": "Spildevand; Klima", "grupper": "Netværk for miljøtilsyn",
        "funktioner": "Formand", "erfaring": "22", "tid": "Meget"}
SOFIE = {"interesser": "PFAS; Jord", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "Sekretær",
         "erfaring": "5", "tid": "Nogen"}
HENRIK = {"interesser": "Støj; Luft", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
          "erfaring": "9", "tid": "Lidt"}
BIRGITTE = {"interesser": "Støj; Luft; IE-direktivet", "grupper": "", "funktioner": "",
            "erfaring": "14", "tid": "Nogen"}
MARIA = {"interests": "Wastewater; Climate", "groups": "Inspection network", "functions": "",
         "experience": "6", "time": "Some"}
KIRSTEN = {"interesser": "Affald; Jord; Klima", "grupper": "Netværk for miljøtilsyn",
           "funktioner": "Høringstovholder", "erfaring": "18", "tid": "Nogen"}
THOMAS = {"interests": "PFAS; Soil; EIA", "groups": "PFAS working group",
          "functions": "Consultation coordinator", "experience": "11", "time": "Some"}
RASMUS = {"interesser": "PFAS; Spildevand", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "",
          "erfaring": "9", "tid": "Lidt"}
HANNE = {"interesser": "Luft; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
         "funktioner": "", "erfaring": "4", "tid": "Nogen"}
EMMA = {"interests": "Noise; Air", "groups": "Inspection network", "functions": "Secretary",
        "experience": "8", "time": "Little"}
OLE = {"interesser": "Spildevand; Jord; VVM", "grupper": "", "funktioner": "Formand",
       "erfaring": "25", "tid": "Lidt"}
CAMILLA = {"interesser": "Støj", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
           "erfaring": "3", "tid": "Lidt"}
DORTHE = {"interesser": "PFAS; Affald; Klima", "grupper": "Arbejdsgruppe om PFAS",
          "funktioner": "Sekretær", "erfaring": "10", "tid": "Meget"}
PETER = {"interests": "PFAS; Air", "groups": "Inspection network; PFAS working group",
         "functions": "Chair", "experience": "20", "time": "Much"}
PIA = {"interesser": "Jord; Klima", "grupper": "", "funktioner": "", "erfaring": "6",
       "tid": "Nogen"}
JENS_PETER = {"interesser": "PFAS; Støj; Luft", "grupper": "Netværk for miljøtilsyn",
              "funktioner": "", "erfaring": "16", "tid": "Nogen"}
OLIVER = {"interesser": "Spildevand; Klima; Power-to-X", "grupper": "", "funktioner": "",
          "erfaring": "5", "tid": "Nogen"}
GRETHE = {"interesser": "Affald; Støj; VVM",
          "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
          "funktioner": "Høringstovholder", "erfaring": "30", "tid": "Nogen"}
ANNE_METTE = {"interesser": "PFAS; Luft", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "",
              "erfaring": "7", "tid": "Nogen"}
TORBEN = {"interesser": "Spildevand; Støj", "grupper": "Netværk for miljøtilsyn",
          "funktioner": "", "erfaring": "27", "tid": "Lidt"}
REBECCA = {"interests": "Noise; Air", "groups": "", "functions": "Chair", "experience": "15",
           "time": "Some"}
LISE = {"interesser": "Affald; Power-to-X", "grupper": "", "funktioner": "Sekretær",
        "erfaring": "5", "tid": "Nogen"}
INGRID = {"interests": "Soil; Climate", "groups": "Inspection network", "functions": "",
          "experience": "3", "time": "Little"}
NEW: dict[str, str] = {}  # a new member: nothing pre-filled

CASES = [
    # --- Danish -------------------------------------------------------------------------------
    c("ow14-da-outlook-flyttet-til-jordteamet", "outlook", "Lene Bach Kristoffersen",
      "Hej\n\nJeg er flyttet til jord- og grundvandsteamet pr. 1. november, så affald skal ud og "
      "jord ind. VVM beholder jeg.\nErfaring er nu 8 år.\n\nEllers er alt som før.\n\n"
      + SIG_KOMMUNE,
      {"interesser": "Jord; VVM", "erfaring": "8"}, LENE, unchanged=True,
      note="the team's name (grundvand) is a reason, not an interest; the date is no experience"),
    c("ow14-da-iphone-genopstiller-ikke-som-formand", "iphone", "Poul Erik Sandholt",
      "Jeg genopstiller ikke som formand til foråret – jeg har været det i fire år og det er tid "
      "til nye kræfter. Jeg vil gerne fortsætte som almindeligt medlem.\nTid: nogen, ikke meget"
      "\n23 år nu",
      {"funktioner": "", "tid": "Nogen", "erfaring": "23"}, POUL,
      note="'fire år' is the time as chair, not the experience; 'ikke meget' is no Meget"),
    c("ow14-da-gmail-barsel-i-skemaet", "gmail", "Sofie Lykke Damgaard",
      "Hej\nHar rettet i skemaet nedenfor. Jeg kan ikke være sekretær mere, når jeg går på "
      "barsel.\n\nMvh Sofie",
      {"funktioner": "", "tid": "Lidt", "andet": "Barsel fra marts 2027 til februar 2028"},
      SOFIE,
      edits=[("set", "[x] Sekretær", "[ ] Sekretær"), ("set", "[ ] Lidt", "[x] Lidt"),
             ("set", "[x] Nogen", "[ ] Nogen"),
             ("set", "Svar:", "Svar: Barsel fra marts 2027 til februar 2028", "6. Andet")],
      note="the leave is typed as the answer to Andet, so it is recorded there, not flagged"),
    c("ow14-da-outlook-ios-kigger-paa-det", "outlook_ios", "Henrik Mørup",
      "Tak – jeg får kigget på det, når jeg er tilbage på kontoret i næste uge.",
      {}, HENRIK, note="nothing about the form yet"),
    c("ow14-da-owa-overtager-hoeringerne", "owa", "Birgitte Holm Carlsen",
      "Hej Tovholder\n\nJeg har sagt ja til at overtage høringerne efter Karsten, så sæt mig som "
      "høringstovholder. Det betyder også, at jeg har mere tid til gruppen end før – skriv "
      "meget.\n\nMht. erfaring: 15 år til januar, men skriv bare 14 indtil da.\n\nResten passer "
      "stadig.\n\n" + SIG_SHORT,
      {"funktioner": "Høringstovholder", "tid": "Meget", "erfaring": "14"}, BIRGITTE,
      unchanged=True, note="'gruppen' is no label; the member asks for 14, not 15"),
    c("ow14-da-thunderbird-ny-tankestreger", "thunderbird", "Jesper Vinther Aagaard",
      "Hej\n\nFagområder: spildevand – jord – PFAS (mest udledningstilladelser)\nNetværket for "
      "miljøtilsyn er jeg med i\nKan evt. tage referatet ved møderne\nErfaring: tretten år\n"
      "Tid: lidt i foråret, mere efter sommer\n\nJesper",
      {"interesser": "PFAS; Spildevand; Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "13"}, NEW, ask=["tid"],
      note="taking the minutes is the secretary; two time amounts for two seasons are asked"),
    c("ow14-da-android-orlov-og-afbud", "android", "Kirsten Overgaard",
      "Hej. Jeg er på orlov fra januar til og med april og kommer derfor ikke til mødet i marts. "
      "Høringstovholder kan jeg ikke være i den periode, så fjern mig som det. Tid: lidt. Resten "
      "er uændret",
      {"funktioner": "", "tid": "Lidt"}, KIRSTEN, unchanged=True, flagged=True,
      note="the leave and the missed meeting are for the chair (in no question)"),
    c("ow14-da-apple-kryds-og-ptx-linje", "apple_mail", "Rasmus Kjærgaard",
      "Krydset af nedenfor. Og så er jeg også begyndt at sidde med støjsagerne efter "
      "omstruktureringen.",
      {"interesser": "PFAS; Spildevand; Støj; Klima; Power-to-X", "erfaring": "10"}, RASMUS,
      edits=[("set", "[ ] Klima", "[x] Klima"), ("set", "Svar: 9", "Svar: 10"),
             ("add", "[ ] Power-to-X", "+ PtX-anlægget ved havnen fylder meget hos os nu")],
      note="'fylder meget' is about the work, not the time (tid stays Lidt)"),
    c("ow14-da-outlook-html-i-alt-heraf", "outlook_html", "Hanne Vestergaard Lund",
      "Hej\n\nErfaring: 19 år i alt, heraf de 4 her i kommunen – det var vist kun de sidste, jeg "
      "skrev sidst.\nJeg arbejder nu også med VVM-screeninger.\nIntet andet nyt.\n\nVenlig "
      "hilsen\nHanne",
      {"erfaring": "19", "interesser": "Luft; VVM; IE-direktivet"}, HANNE, unchanged=True),
    c("ow14-da-gmail-android-ny-fra-byggesag", "gmail_android", "Mikkel Schou",
      "Hej\nJeg er ny i gruppen og kommer fra byggesag. Arbejder med landbrug og lugtgener, og "
      "lidt med spildevand. Har 2 års erfaring med miljø, 6 med byg før det.\nTid: Meget\nMvh "
      "Mikkel",
      {"interesser": "Spildevand", "erfaring": "2", "tid": "Meget"}, NEW, ask=["interesser"],
      note="landbrug and lugt are no options (asked); the years on the area are 2"),
    c("ow14-da-outlook-prefix-seksogtyve", "outlook_prefix", "Ole Bisgaard Nørgaard",
      "Erfaringen skal rettes til seksogtyve år.\nJeg har meldt mig ind i PFAS-arbejdsgruppen i "
      "efteråret.\nFormand vil jeg gerne fortsætte som, hvis gruppen vil have mig.\nEllers som "
      "sidst.\n\nOle",
      {"erfaring": "26", "grupper": "Arbejdsgruppe om PFAS", "funktioner": "Formand"}, OLE,
      unchanged=True, note="standing for re-election is the usual condition, not someone else's "
      "decision: Formand kept; 'gruppen' is no label"),
    c("ow14-da-iphone-pile-i-skemaet", "iphone", "Camilla Frost",
      "Rettet i skemaet",
      {"interesser": "Støj; Luft", "tid": "Nogen", "erfaring": "4"}, CAMILLA,
      edits=[("set", "[ ] Luft", "[ ] Luft ← også"), ("set", "[x] Lidt", "[ ] Lidt"),
             ("set", "[ ] Nogen", "[ ] Nogen   <-- nu"), ("set", "Svar: 3", "Svar: 4")],
      note="arrows as marks; the cross on Lidt removed"),
    c("ow14-da-outlook-android-mindre-tid", "outlook_android", "Dorthe Ibsen",
      "Har fået ny chef og flere sager, så jeg har mindre tid end sidste år. Sekretær må en "
      "anden tage – men jeg bliver i PFAS-gruppen. 11 års erfaring nu",
      {"funktioner": "", "grupper": "Arbejdsgruppe om PFAS", "erfaring": "11"}, DORTHE,
      ask=["tid"], note="less than Meget is Nogen or Lidt: asked"),
    c("ow14-da-apple-forward-klimatilpasning", "apple_forward", "Lars Thygesen Dahl",
      "Mine svar:\nKlimatilpasning og kystbeskyttelse\nIngen grupper endnu\nIngen funktioner i "
      "år\n8 år\nNogen tid\n\nLars",
      {"interesser": "Klima", "grupper": "", "funktioner": "", "erfaring": "8", "tid": "Nogen"},
      NEW, ask=["interesser"], note="kystbeskyttelse is no option"),
    c("ow14-da-gmail-og-saa-affaldstilsyn", "gmail", "Nanna Bjerregaard",
      "Hej!\n\nJeg arbejder med spildevand og jordforurening, og så er jeg blevet tovholder på "
      "vores affaldstilsyn. Har været i kommunen i ni år, men på miljøområdet i tolv.\nKan godt "
      "hjælpe med høringssvar.\nMin tid er begrænset – lidt.\n\nNanna",
      {"interesser": "Spildevand; Affald; Jord", "erfaring": "12", "tid": "Lidt"}, NEW,
      ask=["funktioner"],
      note="helping with consultation replies is not clearly the coordinator's function"),
    c("ow14-da-outlook-mac-html-initialer", "outlook_mac_html", "Pia Munk Lauridsen",
      "Hej – mine svar står med blåt nedenfor.\n/Pia",
      {"erfaring": "7", "grupper": "Netværk for miljøtilsyn"}, PIA,
      edits=[("add", "2. Grupper", "PML: netværket for miljøtilsyn fra januar"),
             ("add", "4. Erfaring", "PML: 7 nu")]),
    c("ow14-da-owa-html-afbud-intet-andet", "owa_html", "Jens Peter Hvidberg",
      "Hej\n\nJeg kan desværre ikke deltage i mødet den 14. januar, da jeg er på kursus. Har "
      "ikke andet at tilføje til skemaet – det er stadig rigtigt.\n\nJens Peter",
      {}, JENS_PETER, unchanged=True, flagged=True,
      note="an absence from a meeting; 'andet' is no label"),
    c("ow14-da-thunderbird-tre-rettelser", "thunderbird", "Grethe Skov Andreasen",
      "Hej\n\nTre rettelser:\n1) Affald ud, jord ind\n2) Jeg er gået ud af netværket – kun "
      "PFAS-arbejdsgruppen nu\n3) Erfaring 31\n\nHøringstovholder fortsætter jeg gerne med.\n\n"
      "Grethe",
      {"interesser": "Støj; Jord; VVM", "grupper": "Arbejdsgruppe om PFAS", "erfaring": "31",
       "funktioner": "Høringstovholder"}, GRETHE),
    c("ow14-da-outlook-sekretaer-hvis-karina", "outlook", "Anne-Mette Fogh",
      "Hej\n\nHvis Karina ikke fortsætter som sekretær, kan jeg godt overtage. Ellers ingen "
      "ændringer fra mig, bortset fra at jeg nu har 8 års erfaring.\n\n" + SIG_KOMMUNE,
      {"erfaring": "8"}, ANNE_METTE, ask=["funktioner"], unchanged=True,
      note="a condition on someone else: asked"),
    c("ow14-da-android-nogen-tid-et-aar-mere", "android", "Torben Ravnsborg",
      "Hej\nSæt mig op til nogen tid – børnene er blevet store 😊 Og fjern støj, det har vi fået "
      "en ny kollega til. Erfaring: et år mere end sidst.\nTorben",
      {"tid": "Nogen", "interesser": "Spildevand", "erfaring": "28"}, TORBEN),
    c("ow14-da-outlook-ios-en-linje-pr-svar", "outlook_ios", "Bo Ejlersen",
      "Støj\nLuft\nIE\nIngen grupper\nFormand nej, sekretær ja\n10\nMeget",
      {"interesser": "Støj; Luft; IE-direktivet", "grupper": "", "funktioner": "Sekretær",
       "erfaring": "10", "tid": "Meget"}, NEW),
    c("ow14-da-outlook-mac-andet-lokaler", "outlook_mac", "Lise Bundgaard",
      "Hej\nTid: lidt – jeg går ned til 30 timer fra februar.\nAndet: Vi kan gerne lægge "
      "lokaler til et møde i Eksempelby i 2027\nSekretær beholder jeg gerne.\nVh Lise",
      {"tid": "Lidt", "andet": "Vi kan gerne lægge lokaler til et møde i Eksempelby i 2027",
       "funktioner": "Sekretær"}, LISE),
    # --- English ------------------------------------------------------------------------------
    c("ow14-en-gmail-moved-to-climate-adaptation", "gmail", "Maria Lindqvist",
      "Hi,\n\nSmall update from my side. I moved from the wastewater team to climate adaptation "
      "in October, so please take wastewater off and keep climate. I've also started doing "
      "noise inspections two days a week.\n\nExperience: 7 years now.\nOtherwise nothing has "
      "changed.\n\nBest,\nMaria",
      {"interests": "Noise; Climate", "experience": "7"}, MARIA, lang="en", unchanged=True,
      note="'two days a week' is no time amount nor experience"),
    c("ow14-en-outlook-mac-handing-over-coordination", "outlook_mac", "Thomas Brandt Ravn",
      "Hi there,\n\nI'm handing over consultation coordination to Birgitte from January, so "
      "please remove that. Instead I could be secretary if nobody else wants it.\nI've added IED "
      "below since we now have two IED plants in the municipality.\n\nThanks\nThomas",
      {"functions": "Secretary", "interests": "PFAS; Soil; EIA; IED"}, THOMAS, lang="en",
      edits=[("set", "[ ] IED", "[x] IED")],
      note="'if nobody else wants it' is a courtesy like 'if needed'; 'two' plants is no number "
      "of years"),
    c("ow14-en-iphone-leaving-for-the-epa", "iphone", "Emma Hartley",
      "Hi, I've accepted a job with the Danish EPA and will leave the group at the end of "
      "January. Please take me off the list from then. It's been a pleasure!\nEmma",
      {}, EMMA, lang="en", flagged=True, note="leaving the group: for the chair"),
    c("ow14-en-thunderbird-bottom-twenty-one", "thunderbird_bottom", "Peter Haldorsen",
      "Twenty-one years now, not twenty.\nI'd like to stay on as chair for one more term, but "
      "I'll have less time – put me down for some.\nI'm dropping out of the PFAS working group; "
      "the network is enough for me.\nThe rest can stay as it is.\n\nPeter",
      {"experience": "21", "functions": "Chair", "time": "Some", "groups": "Inspection network"},
      PETER, lang="en", unchanged=True),
    c("ow14-en-apple-danish-form", "apple_mail", "Oliver Grant",
      "Hi – sorry, my Danish isn't good enough yet to write this properly. Changes: I no longer "
      "do wastewater, and I've picked up air quality and noise. Experience is 6 years. I could "
      "be the secretary. Rest is fine.\n\n" + SIG_EN,
      {"interesser": "Støj; Luft; Klima; Power-to-X", "erfaring": "6", "funktioner": "Sekretær"},
      OLIVER, unchanged=True, note="English on the Danish form"),
    c("ow14-en-gmail-android-range-of-years", "gmail_android", "Fatima Nouri",
      "Hi\nNew in the group. I work with wastewater permits, plus some EIA screening.\n"
      "Experience: 4-5 years\nTime: some\nNo functions for now, but maybe later.\nThanks, Fatima",
      {"interests": "Wastewater; EIA", "time": "Some", "functions": ""}, NEW, lang="en",
      ask=["experience"], note="a range is asked"),
    c("ow14-en-outlook-html-since-2008", "outlook_html", "Rebecca Moss",
      "Dear Tovholder,\n\nPlease note I've been with the municipality since 2008 – I don't know "
      "what you had down for experience, but it should be from then. I'm stepping down as chair "
      "at the spring meeting and would rather take on consultation coordination.\n\nKind "
      "regards, Rebecca",
      {"functions": "Consultation coordinator"}, REBECCA, lang="en", ask=["experience"],
      note="a year instead of a number of years: asked"),
    c("ow14-en-owa-soil-and-groundwater", "owa", "Ingrid Solberg",
      "Hi,\n\nInterests: soil and PFAS and contaminated groundwater now, climate has moved to "
      "another department.\nI'd like to join the PFAS working group too.\nFour years of "
      "experience.\n\nBest regards\nIngrid",
      {"interests": "PFAS; Soil", "groups": "Inspection network; PFAS working group",
       "experience": "4"}, INGRID, lang="en", ask=["interests"],
      note="groundwater is no option (asked); climate removed"),
]
