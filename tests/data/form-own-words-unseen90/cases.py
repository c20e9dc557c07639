"""Unseen part 90 of the own-words competence-form replies: an ordinary autumn round.

Written blind, by hand: what a careful human secretary records. People invented, at example.org.
"""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

BOTH = "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"

CASES = [
    # --- Danish form ---------------------------------------------------------------------------
    c("ow90-da-outlook-ny-kollega-ellers-uaendret", "outlook", "Anders Vestergaard",
      "Hej\n\n"
      "Vi har fået en ny kollega, Sofie Brandt, som starter 1. november og gerne vil være med i "
      "netværket. Kan I sende skemaet til hende også? Hun har mail sofie.brandt@example.org.\n\n"
      "For mit eget vedkommende: erfaring er nu ni år, og jeg er begyndt at tage støjsagerne, "
      "siden Poul gik. Ellers uændret.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Affald; Støj", "erfaring": "9"}, S4,
      unchanged=True, flagged=True,
      note="Request to send the form to a new colleague is for the chair (flagged). "
           "'støjsagerne' -> Støj added to the sent set."),

    c("ow90-da-iphone-tak", "iphone", "Jonas Kirkegaard",
      "Tak!", {}, S1,
      note="Says nothing about the form."),

    c("ow90-da-gmail-android-uaendret", "gmail_android", "Bent Mikkelsen",
      "Uændret\n\nMvh Bent", {}, S3, unchanged=True),

    c("ow90-da-android-sygemeldt-kort", "android", "Mette Søgaard",
      "Hej. Er stadig sygemeldt og ved ikke hvornår jeg er tilbage. Sæt mig til lidt tid "
      "indtil videre, resten kan bare stå. Mette",
      {"tid": "Lidt"}, S1, unchanged=True, flagged=True,
      note="Long sick leave is news for the chair (absence), not a labelled Andet text. "
           "'resten kan bare stå' = rest as before."),

    c("ow90-da-outlook-mac-pension-naeste-aar", "outlook_mac", "Jørgen Lund",
      "Kære tovholder\n\n"
      "Som nogen af jer ved, går jeg på pension 1. juli næste år. Jeg stiller derfor ikke op som "
      "formand igen ved generalforsamlingen i marts, men høringerne tager jeg gerne, til jeg "
      "stopper. Erfaring: 21 år. Resten er som før.\n\n"
      "Med venlig hilsen\nJørgen Lund",
      {"erfaring": "21"}, S3, ask=["funktioner"], unchanged=True,
      note="Formand until March, not after: a dated change the chair should decide on, so "
           "funktioner is asked rather than dropping Formand now (Høringstovholder stays either "
           "way). Retirement is news for the chair."),

    c("ow90-da-thunderbird-lang-mail-budget", "thunderbird", "Louise Bak",
      "Hej alle\n\n"
      "Tak for skemaet. Der er sket en del siden sidst, så her kommer det hele på én gang:\n\n"
      "- Jeg har fået jord og PFAS ind over skrivebordet, til gengæld har jeg afleveret luft til "
      "en kollega.\n"
      "- Med budgetbesparelserne er vores mødetid skåret, så jeg har nok kun nogen tid "
      "fremover, ikke meget.\n"
      "- Jeg er stadig med i begge grupper.\n"
      "- Sekretær vil jeg gerne prøve at være.\n"
      "- Erfaring: 4 år nu.\n"
      "- Andet: vikariatet er forlænget til 31. marts\n\n"
      "Mvh\nLouise",
      {"interesser": "PFAS; Spildevand; Jord; Klima", "grupper": BOTH, "funktioner": "Sekretær",
       "erfaring": "4", "tid": "Nogen", "andet": "vikariatet er forlænget til 31. marts"}, S2,
      note="grupper restated explicitly ('stadig med i begge'), recorded as said (same as "
           "sent). Andet is labelled and replaces 'Barselsvikar til juni'."),

    c("ow90-da-owa-kryds-i-skemaet", "owa", "Kirsten Holm",
      "Har rettet i skemaet herunder.\n\n/Kirsten",
      {"interesser": "PFAS; Luft", "erfaring": "13"}, S1,
      edits=[("set", "[ ] Luft", "[x] Luft"), ("set", "[x] Støj", "[ ] Støj"),
             ("set", "Svar: 12", "Svar: 13")]),

    c("ow90-da-gmail-ny-i-gruppen", "gmail", "Rasmus Holm",
      "Hej\n\n"
      "Jeg er ny i gruppen (startede i Miljø 1. september), så her er mine svar:\n\n"
      "Jeg arbejder med spildevand og jord, og lidt IE-direktivet, når der kommer virksomheder "
      "ind.\n"
      "Jeg har været i faget i seksten år, de sidste to i en anden kommune.\n"
      "Grupper: netværket for miljøtilsyn\n"
      "Tid: nogen\n\n"
      "Vh\nRasmus Holm",
      {"interesser": "Spildevand; Jord; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
       "erfaring": "16", "tid": "Nogen"}, {},
      note="Nothing pre-filled (new member). 'lidt IE-direktivet' is about a subject, not his "
           "time; tid is given on its own line."),

    c("ow90-da-apple-mail-ae-oe-aa", "apple_mail", "Per Thomsen",
      "hej\n\n"
      "jeg arbejder ikke laengere med stoej, det er flyttet over til teknik og miljoe. Til "
      "gengaeld har jeg faaet klimatilpasning. Erfaring 13 aar.\n\n"
      "mvh Per",
      {"interesser": "PFAS; Klima", "erfaring": "13"}, S1,
      note="'stoej' = Støj removed; 'klimatilpasning' = Klima added."),

    c("ow90-da-outlook-prefix-foraeldreorlov", "outlook_prefix", "Sanne Kjær",
      "Hej\n\n"
      "Jeg går på forældreorlov fra 1. november til 1. maj og kan derfor ikke deltage i møderne i "
      "den periode.\n"
      "Tid: lidt indtil jeg er tilbage.\n"
      "Andet: Orlov 1/11 - 1/5\n\n"
      "Hilsen\nSanne Kjær",
      {"tid": "Lidt", "andet": "Orlov 1/11 - 1/5"}, S4, flagged=True,
      note="Absence from meetings is for the chair. 'lidt indtil jeg er tilbage' records Lidt "
           "(her own time, the current state)."),

    c("ow90-da-owa-html-alle-undtagen", "owa_html", "Karen Dalsgaard",
      "Hej\n"
      "Fagområder: alle undtagen VVM og Power-to-X – vi er en lille kommune, så jeg får det "
      "hele.\n"
      "Grupper: begge to.\n"
      "Erfaring: 22\n"
      "Resten som sidst.\n\n"
      "Venlig hilsen\nKaren",
      {"interesser": "PFAS; Spildevand; Affald; Støj; Luft; Jord; Klima; IE-direktivet",
       "grupper": BOTH, "erfaring": "22"}, S3, unchanged=True),

    c("ow90-da-thunderbird-bottom-kryds-og-pfas-gruppe", "thunderbird_bottom", "Niels Friis",
      "Jeg har krydset klima af ovenfor. Derudover er jeg kommet med i PFAS-arbejdsgruppen "
      "siden sidst.\n\n-- \nNiels Friis\nMiljøtilsyn",
      {"interesser": "Affald; Jord; Klima; VVM", "grupper": "Arbejdsgruppe om PFAS"}, S3,
      edits=[("set", "[ ] Klima", "[x] Klima"), ("add", "[x] VVM", "(kun de store sager nu)")],
      note="The typed '(kun de store sager nu)' qualifies VVM, which stays."),

    c("ow90-da-apple-forward-fra-telefonen", "apple_forward", "Gitte Nørgaard",
      "Videresender lige fra telefonen, kunne ikke finde svar-knappen 🙈\n\n"
      "Erfaring 5 år, og jeg har meget tid nu, hvor kortlægningsprojektet er afsluttet. Ellers "
      "det samme.\n\nGitte",
      {"erfaring": "5", "tid": "Meget"},
      {"interesser": "Støj; Luft", "grupper": "", "funktioner": "", "erfaring": "4",
       "tid": "Lidt"}, unchanged=True),

    c("ow90-da-outlook-html-erfaring-i-alt-og-moede", "outlook_html", "Henrik Overgaard",
      "Hej\n\n"
      "Erfaring: 14 år i alt (heraf 8 her i kommunen – det var vist det, jeg skrev sidst).\n"
      "Jeg stopper som høringstovholder efter tre år, nu må en anden tage over.\n\n"
      "Hvornår er næste møde i øvrigt? Jeg kan ikke finde invitationen.\n\n" + SIG_SHORT,
      {"funktioner": "", "erfaring": "14"}, S4, flagged=True,
      note="14 is the total he gives for the field; 8 is only this municipality. Høringstovholder "
           "was his only function, so funktioner becomes empty. The meeting question is for the "
           "chair."),

    c("ow90-da-iphone-samme-men-meget", "iphone", "Lars Bjerre",
      "Samme som sidst 😊 bare med meget tid i stedet for nogen – vi har fået en ny kollega, "
      "der har taget en stor bunke af mine sager",
      {"tid": "Meget"}, S1, unchanged=True),

    c("ow90-da-gmail-android-engelsk-paa-dansk", "gmail_android", "Pieter van Dijk",
      "Hi, sorry for answering in English, my written Danish is still slow.\n"
      "I don't do air quality any more, I moved fully to wastewater and climate adaptation. "
      "Please add PFAS too. I can be secretary if needed. Experience is 4 years now. "
      "The rest is unchanged.\n\nPieter",
      {"interesser": "PFAS; Spildevand; Klima", "funktioner": "Sekretær", "erfaring": "4"},
      {"interesser": "Spildevand; Luft; Klima", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "", "erfaring": "3", "tid": "Meget"}, unchanged=True,
      note="English on the Danish form. 'secretary if needed' is his own offer: Sekretær."),

    c("ow90-da-outlook-android-affald-ud-drikkevand", "outlook_android", "Helle Munk",
      "Se min kommentar i skemaet. Det er mest drikkevand og boringer nu, og PFAS som før.\n\n"
      "/Helle",
      {"interesser": "PFAS"}, S4, ask=["interesser"],
      edits=[("append", "[x] Affald", "  <- ikke mere, det er flyttet til genbrugsteamet")],
      note="Affald removed by her note on its line; PFAS kept. 'drikkevand og boringer' is no "
           "option (Jord? Spildevand?), so interesser is also asked."),

    c("ow90-da-owa-afbud-oktober", "owa", "Ole Brask",
      "Hej Lene\n\n"
      "Skemaet passer stadig. Men jeg kan ikke komme til mødet den 14. oktober, jeg er på kursus "
      "i Vejle. Kan I sende referatet bagefter?\n\n"
      "Hilsen\nOle",
      {}, S3, unchanged=True, flagged=True,
      note="'Skemaet passer stadig' = unchanged. Absence and referat request for the chair."),

    c("ow90-da-android-ny-interval-erfaring", "android", "Camilla Juhl",
      "hej, her er mine svar\n"
      "fagområder: affald og jord\n"
      "erfaring: 5-6 år\n"
      "efter budgettet er vi kun to tilbage i afdelingen så tid: lidt\n"
      "mvh Camilla Juhl",
      {"interesser": "Affald; Jord", "tid": "Lidt"}, {}, ask=["erfaring"],
      note="Nothing pre-filled. A range is not a number: erfaring asked."),

    c("ow90-da-outlook-mac-html-siden-aarstal", "outlook_mac_html", "Annette Wulff",
      "Hej\n\n"
      "Til punkt 4: jeg har arbejdet med miljøtilsyn siden 2011, så regn selv efter 🙂\n"
      "Og så vil jeg hellere være høringstovholder end sekretær fremover.\n\n"
      "Hilsen\nAnnette",
      {"funktioner": "Høringstovholder"}, S1, ask=["erfaring"],
      note="A year instead of a number of years: erfaring asked. Sekretær swapped for "
           "Høringstovholder."),

    c("ow90-da-outlook-rettet-i-skemaet-betinget-referat", "outlook", "Maja Lindholm",
      "Hej\n\n"
      "Jeg har rettet direkte i skemaet.\n"
      "Referater kan jeg godt tage en gang imellem, hvis Søren ikke har mulighed for det.\n\n"
      "Vh\nMaja",
      {"interesser": "Spildevand; Klima", "andet": "Fastansat fra 1. september"}, S2,
      ask=["funktioner"],
      edits=[("set", "[x] Luft", "[ ] Luft"),
             ("set", "Svar: Barselsvikar til juni", "Svar: Fastansat fra 1. september",
              "6. Andet")],
      note="Secretary (referat) only on a condition on someone else (Søren): asked."),

    c("ow90-da-gmail-skal-jeg-svare-intet-nyt", "gmail", "Troels Damgaard",
      "Hej\n\n"
      "Er det meningen, at man skal svare, selvom intet har ændret sig? I så fald: intet nyt "
      "herfra.\n\n"
      "Mvh Troels",
      {}, S4, unchanged=True, flagged=True,
      note="A question about the form, for the chair; 'intet nyt' = unchanged."),

    c("ow90-da-apple-mail-nyt-job-stopper", "apple_mail", "Birgit Hvidberg",
      "Hej alle\n\n"
      "Jeg har fået nyt job i regionen fra 1. november og stopper derfor i gruppen. Tak for mange "
      "gode år og god sparring! Der er ikke fundet en afløser endnu, men jeg har bedt min chef "
      "om at melde en ny ind, når stillingen er besat.\n\n"
      "De bedste hilsner\nBirgit",
      {},
      {"interesser": "Jord; VVM; IE-direktivet", "grupper": BOTH, "funktioner": "Sekretær",
       "erfaring": "17", "tid": "Nogen"}, flagged=True,
      note="Leaving the group: for the chair; no field is changed by the secretary."),

    c("ow90-da-outlook-ios-ptx-anlaeg", "outlook_ios", "Kasper Ravn",
      "Hej\n"
      "Vi har fået godkendt et PtX-anlæg ved havnen, så det fylder det meste af min tid nu. Sæt "
      "Power-to-X og IE på. Spildevand beholder jeg, støj har jeg givet videre til Camilla.\n"
      "Tid: meget, og det bliver nok ved et par år endnu\n\n"
      "Mvh Kasper",
      {"interesser": "Spildevand; IE-direktivet; Power-to-X", "tid": "Meget"},
      {"interesser": "Spildevand; Støj", "grupper": "Netværk for miljøtilsyn", "funktioner": "",
       "erfaring": "6", "tid": "Nogen"},
      note="'IE' = IE-direktivet."),

    # --- English form --------------------------------------------------------------------------
    c("ow90-en-outlook-no-changes", "outlook", "Susan Clarke",
      "No changes this year.\n\n" + SIG_EN,
      {}, E1, lang="en", unchanged=True),

    c("ow90-en-gmail-pfas-in-group-out", "gmail", "Nadia Rahimi",
      "Hi,\n\n"
      "A few updates: I've taken over the PFAS cases from a colleague who retired, so please add "
      "PFAS. I've left the PFAS working group though (ironic, I know - it was the meeting times). "
      "Experience: 11 years.\n\n"
      "Best,\nNadia",
      {"interests": "PFAS; Air; Climate", "groups": "Inspection network", "experience": "11"},
      E2, lang="en"),

    c("ow90-en-iphone-chair-until-spring", "iphone", "Mikkel Dahl",
      "Much less time this autumn, the budget negotiations are eating everything. Put me down "
      "for little. I'll stay on as chair until the spring meeting, then someone else should take "
      "over.",
      {"time": "Little"}, E1, lang="en", ask=["functions"],
      note="Chair until spring, not after: dated change for the chair to decide."),

    c("ow90-en-thunderbird-marked-in-form", "thunderbird", "Signe Laursen",
      "Marked my changes in the form below.\n\n/Signe",
      {"interests": "Noise; Air; Climate", "functions": "Secretary", "experience": "11"}, E2,
      lang="en",
      edits=[("set", "[ ] Noise", "[x] Noise"), ("set", "[ ] Secretary", "[x] Secretary"),
             ("set", "Answer: 10", "Answer: 11")]),

    c("ow90-en-owa-danish-on-english", "owa", "Henrik Juul",
      "Hej – jeg svarer lige på dansk. Jeg har fået jord og affald oveni, og tiden er stadig "
      "nogen. Resten uændret.\n\nMvh Henrik",
      {"interests": "Wastewater; Waste; Noise; Soil", "time": "Some"}, E1, lang="en",
      unchanged=True,
      note="Danish on the English form; recorded in the English form's spellings. time restated "
           "as sent."),

    c("ow90-en-outlook-android-new-from-gothenburg", "outlook_android", "Ingrid Lindqvist",
      "Hello,\n\n"
      "I'm new in the department (started in September, coming from Gothenburg), so nothing is "
      "filled in for me yet.\n"
      "Interests: noise and air, and some EIA.\n"
      "I have around fifteen years of experience.\n"
      "Groups: none yet, but I'd like to join the inspection network.\n"
      "Time: some.\n\n"
      "Best regards\nIngrid",
      {"interests": "Noise; Air; EIA", "experience": "15", "time": "Some"}, {}, lang="en",
      ask=["groups"],
      note="'around fifteen' recorded as 15. Wanting to join the network is a request, not "
           "membership: groups asked (the chair admits)."),

    c("ow90-en-apple-mail-ied-self-correction", "apple_mail", "Thomas Krogh",
      "Hi\n\n"
      "Two things. I've started on the IED permits as well, so add IED. And time: some -> much, "
      "since the new hire took over my soil cases. Which means soil should come off too, yes - "
      "remove soil.\n\n"
      "Thomas",
      {"interests": "EIA; IED", "time": "Much"},
      {"interests": "Soil; EIA", "groups": "", "functions": "Consultation coordinator",
       "experience": "7", "time": "Some"}, lang="en"),

    c("ow90-en-outlook-prefix-budget-statement", "outlook_prefix", "Eva Mortensen",
      "Hi\n\n"
      "With the budget cuts our unit is merging with the climate team, so from November I'll be "
      "doing climate only. Please remove air. Time: much is still right.\n\n"
      "Also, could the group send a short statement to the council before the budget is "
      "adopted? I think it would carry more weight coming from all of us.\n\n"
      "Eva",
      {"interests": "Climate", "time": "Much"}, E2, lang="en", flagged=True,
      note="The proposal of a statement to the council is for the chair. time restated as sent."),
]
