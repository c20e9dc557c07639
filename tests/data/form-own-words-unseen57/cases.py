"""Unseen part 57 of the own-words form replies: a round as varied as real life. By hand, blind
(7 December 2026); people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c  # noqa: F401

CASES = [
    # --- Danish form -------------------------------------------------------------------------
    c("ow57-da-outlook-lang-mail-med-signatur", "outlook", "Helle Sørensen",
      "Hej\n\nTak for skemaet, og undskyld at jeg er lidt sent på den.\n\n"
      "Der er sket en del siden sidst. Støj er flyttet over til en ny kollega i byggesagsteamet, "
      "så det kan I fjerne fra min liste. Til gengæld har jeg fået alle jordforureningssagerne "
      "og en del VVM-screeninger.\n\n"
      "Sekretær fortsætter jeg gerne som – det fungerer fint med referaterne.\n\n"
      "Erfaring: 13 år.\n\nResten er som før.\n\n" + SIG_KOMMUNE,
      {"interesser": "PFAS; Jord; VVM", "funktioner": "Sekretær", "erfaring": "13"},
      sent=S1, unchanged=True,
      note="'jordforureningssagerne' is Jord, 'VVM-screeninger' is VVM; Sekretær is restated "
           "(same as sent) and recorded as confirmed."),
    c("ow57-da-iphone-tak-tommel", "iphone", "Niels Bak", "Tak 👍", {}, sent=S4,
      note="Says nothing about the form: no answers, not unchanged, not flagged."),
    c("ow57-da-gmail-andet-label-ellers-uaendret", "gmail", "Sofie Kjær",
      "Hej!\n\nAndet: barselsvikariatet er forlænget til december\n"
      "Jeg er stoppet i netværket for miljøtilsyn, da vi har fået en tilsynsmedarbejder mere.\n\n"
      "Ellers uændret.\n\nMvh Sofie",
      {"andet": "barselsvikariatet er forlænget til december",
       "grupper": "Arbejdsgruppe om PFAS"},
      sent=S2, unchanged=True),
    c("ow57-da-outlook_android-meget-tid-ikke-formand", "outlook_android", "Arne Thomsen",
      "Sæt mig på meget tid i år – jeg er gået ned på 30 timer i driften og har fået frikøbt "
      "tid til netværket. Formand vil jeg ikke være igen.",
      {"tid": "Meget", "funktioner": "Høringstovholder"}, sent=S3,
      note="'30 timer' is working hours, not years of experience."),
    c("ow57-da-thunderbird-rettet-i-skemaet", "thunderbird", "Kasper Dahl",
      "Hej\n\nJeg har rettet direkte i skemaet herunder.\n\nVh Kasper",
      {"interesser": "PFAS; Støj", "erfaring": "9"}, sent=S4,
      edits=[("set", "[ ] Støj", "[x] Støj"), ("set", "[x] Affald", "[ ] Affald"),
             ("set", "Svar: 8", "Svar: 9")]),
    c("ow57-da-owa-ny-i-gruppen-elleve-aar", "owa", "Signe Mølgaard",
      "Hej\n\nJeg er ny i gruppen (startede i Eksempel Kommune 1. november), så her er mine "
      "svar:\n\nJeg arbejder med spildevand og jord og har været i faget i elleve år, heraf fire "
      "i kommunen. Jeg er med i netværket for miljøtilsyn. Tid: nogen. Sekretær kan jeg godt "
      "tage, hvis der mangler en.\n\n" + SIG_SHORT,
      {"interesser": "Spildevand; Jord", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "11", "tid": "Nogen"},
      note="Eleven years in all, four of them here: the total is the answer. 'hvis der mangler "
           "en' is a condition on the group's need, not on a named person: recorded."),
    c("ow57-da-apple_mail-pension-fjern-roller", "apple_mail", "Bent Kragh",
      "Kære tovholder\n\nJeg går på pension 1. april og stiller derfor ikke op til noget i år. "
      "Fjern mig gerne som både formand og høringstovholder, så der kan findes nogle nye. Jeg "
      "kommer til møderne frem til marts.\n\nBedste hilsner\nBent Kragh",
      {"funktioner": ""}, sent=S3, flagged=True,
      note="Retiring (leaving the group) is news for the chair."),
    c("ow57-da-android-grundvand-ellers-som-sidst", "android", "Henrik Lauridsen",
      "tilføj grundvand og drikkevand. ellers som sidst\n\nMvh Henrik",
      {}, sent=S1, unchanged=True, ask=["interesser"],
      note="Grundvand and drikkevand are no options (not clearly Jord or PFAS): asked."),
    c("ow57-da-outlook_prefix-som-sidste-aar-bortset-fra", "outlook_prefix", "Maja Lund",
      "Som sidste år, bortset fra at jeg nu har 9 års erfaring, og at jeg ikke længere er med "
      "i tilsynsnetværket (det har vores nye tilsynsleder overtaget).\n\nHilsen\nMaja Lund",
      {"erfaring": "9", "grupper": ""}, sent=S4, unchanged=True,
      note="'tilsynsnetværket' is Netværk for miljøtilsyn, her only group."),
    c("ow57-da-gmail_android-interval-erfaring", "gmail_android", "Ole Brask",
      "Hej\nJeg har 15-20 års erfaring alt efter hvordan man regner det. Arbejder mest med støj "
      "og luft. Har kun lidt tid.\nMvh Ole",
      {"interesser": "Støj; Luft", "tid": "Lidt"}, ask=["erfaring"],
      note="A range of years is asked."),
    c("ow57-da-outlook_ios-hvis-mette-ikke-vil", "outlook_ios", "Camilla Vestergaard",
      "Hej\n\nLuft kan I slette, det har jeg ikke mere.\n\nJeg kan godt tage "
      "høringstovholder, hvis Mette ikke vil fortsætte – spørg hende først.\n\nCamilla",
      {"interesser": "Spildevand; Klima"}, sent=S2, ask=["funktioner"],
      note="Høringstovholder on condition that a named colleague steps down: for the chair."),
    c("ow57-da-outlook_mac-ansat-siden-2009", "outlook_mac", "Lone Frandsen",
      "Hej\n\nErfaring: jeg har været ansat i miljøafdelingen siden 2009 – det er vist det "
      "eneste der skal rettes.\n\nVh Lone",
      {}, sent=S1, unchanged=True, ask=["erfaring"],
      note="A year instead of a number of years: asked. 'det eneste der skal rettes' says the "
           "rest stands."),
    c("ow57-da-owa_html-rettet-andet-i-skemaet", "owa_html", "Julie Højgaard",
      "Hej – se min rettelse under punkt 6.\nMvh Julie",
      {"andet": "Fastansat fra 1. januar 2027"}, sent=S2,
      edits=[("set", "Svar: Barselsvikar til juni", "Svar: Fastansat fra 1. januar 2027")]),
    c("ow57-da-thunderbird_bottom-alt-undtagen", "thunderbird_bottom", "Jørgen Åberg",
      "Interesser: alt undtagen Power-to-X og IE-direktivet\nGrupper: begge to\n"
      "Funktioner: ingen lige nu\nErfaring: 6\nTid: nogen\n\nmvh Jørgen",
      {"interesser": "PFAS; Spildevand; Affald; Støj; Luft; Jord; Klima; VVM",
       "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS", "funktioner": "",
       "erfaring": "6", "tid": "Nogen"},
      note="Bottom-posted under the quoted form; 'ingen' functions is the empty set."),
    c("ow57-da-apple_forward-sender-igen-krydser", "apple_forward", "Lars Nyholm",
      "Sender igen – den første kom vist ikke afsted. Rettelserne står i skemaet.\n\nLars",
      {"funktioner": "Formand"}, sent=S1,
      edits=[("set", "[ ] Formand", "[x] Formand"), ("set", "[x] Sekretær", "[ ] Sekretær")]),
    c("ow57-da-outlook-engelsk-paa-dansk-skema", "outlook", "Tom Whitfield",
      "Hi,\n\nSorry for answering in English – still working on my Danish!\n\n"
      "I no longer do waste. These days it's mostly noise and air, plus soil and EIA as before. "
      "Happy to stay on as consultation coordinator, but I'd rather not be chair again.\n\n"
      "Time: some.\n\nCheers,\nTom",
      {"interesser": "Støj; Luft; Jord; VVM", "funktioner": "Høringstovholder", "tid": "Nogen"},
      sent=S3, note="English on the Danish form, recorded in the Danish option spellings."),
    c("ow57-da-gmail-kryds-og-sekretaer-efter-sommer", "gmail", "Nanna Friis",
      "Hej\n\nJeg har sat kryds ved affald nedenfor, det har jeg fået ind over mig i "
      "efteråret.\nSekretær vil jeg også gerne være, men ikke før efter sommerferien.\n\n"
      "Kh Nanna",
      {"interesser": "Spildevand; Affald; Luft; Klima", "funktioner": "Sekretær"}, sent=S2,
      ask=["funktioner"], edits=[("set", "[ ] Affald", "[x] Affald")],
      note="Sekretær recorded; 'ikke før efter sommerferien' is a timing the chair must know "
           "when choosing a secretary, so funktioner is also passed on."),
    c("ow57-da-iphone-spoergsmaal-om-rollen", "iphone", "Rasmus Holm",
      "Hej\n\nHvad går høringstovholder-rollen egentlig ud på i praksis – hvor mange timer er "
      "det om måneden? Jeg er i tvivl om jeg skal fortsætte, men lad den stå indtil videre.\n\n"
      "Tid kan I sætte til lidt.\n\nMvh Rasmus",
      {"tid": "Lidt"}, sent=S4, flagged=True,
      note="A question about the role for the chair; Høringstovholder stays for now (sent)."),
    c("ow57-da-outlook_html-sjusket-oe-aa", "outlook_html", "Pia Thygesen",
      "hej\njeg har ikke stoej mere men luft og klima, erfaring 13 aar. tid: meget\nmvh pia",
      {"interesser": "PFAS; Luft; Klima", "erfaring": "13", "tid": "Meget"}, sent=S1,
      note="Støj swapped for Luft and Klima; PFAS not mentioned, so kept."),
    c("ow57-da-android-studentertid-hvis-det-taeller", "android", "Mikkel Staun",
      "Hej\nSæt mig på PFAS og på gruppen om PFAS. Erfaring: 7 år, plus 2 år som "
      "studentermedhjælp hvis det tæller. Resten ved jeg ikke endnu, jeg er helt ny.\n"
      "Hilsen Mikkel",
      {"interesser": "PFAS", "grupper": "Arbejdsgruppe om PFAS"}, ask=["erfaring"],
      note="7 or 9 depending on whether student years count: the member asks, so erfaring is "
           "passed on rather than recorded."),
    c("ow57-da-gmail_android-deler-stilling", "gmail_android", "Trine Bjerre",
      "Hej\n\nJeg deler stilling med Karen Holm fra 1. januar (vi er begge på 30 timer), og vi "
      "har aftalt at svare samlet – Karen sender skemaet for os begge.\n\nVh\nTrine",
      {}, sent=S1, flagged=True,
      note="Answers through someone else: nothing to record, for the chair."),
    c("ow57-da-outlook_mac_html-krydser-og-fravaer", "outlook_mac_html", "Ulla Krogh",
      "Hej\n\nJeg har rettet i skemaet. Bemærk at jeg ikke kan komme til mødet i februar.\n\n"
      "Hilsen Ulla",
      {"funktioner": "Høringstovholder; Sekretær", "tid": "Nogen"}, sent=S3, flagged=True,
      edits=[("set", "[x] Formand", "[ ] Formand"), ("set", "[ ] Sekretær", "[x] Sekretær"),
             ("set", "[x] Lidt", "[ ] Lidt"), ("set", "[ ] Nogen", "[x] Nogen")],
      note="Absence from a meeting is news for the chair."),
    c("ow57-da-thunderbird-brint-og-tid-imellem", "thunderbird", "Emil Damgaard",
      "Hej\n\nJeg er begyndt at arbejde med brint og Power-to-X-anlægget ved havnen, så tilføj "
      "Power-to-X. Tid: et sted mellem nogen og meget, afhængigt af sagerne.\n\nMvh Emil",
      {"interesser": "PFAS; Affald; Power-to-X"}, sent=S4, ask=["tid"],
      note="The member names Power-to-X himself, brint is context; time between two options "
           "is asked."),
    c("ow57-da-outlook_ios-femogtyve-intet-nyt", "outlook_ios", "Poul Erik Hansen",
      "Erfaring: femogtyve år, jeg har vist skrevet forkert sidste gang. Ellers intet nyt.",
      {"erfaring": "25"}, sent=S3, unchanged=True),
    # --- English form ------------------------------------------------------------------------
    c("ow57-en-outlook-as-before-except-chair", "outlook", "Mark Ellis",
      "Hi,\n\nAs before, except that I'm stepping down as chair after six years – time for "
      "someone else to have a go. I'm happy to take the minutes instead, i.e. secretary.\n\n"
      + SIG_EN,
      {"functions": "Secretary"}, sent=E1, lang="en", unchanged=True,
      note="'six years' is the time as chair, not experience."),
    c("ow57-en-gmail-new-member-twenty-three", "gmail", "Claire Dubois",
      "Hello,\n\nI'm new – I joined Example Municipality in October from the Danish EPA.\n"
      "Subjects: wastewater, climate and the IED.\nExperience: twenty-three years in total.\n"
      "Groups: none yet.\nTime: much, at least until the summer.\n\nBest wishes\nClaire",
      {"interests": "Wastewater; Climate; IED", "groups": "", "experience": "23",
       "time": "Much"}, lang="en",
      note="'at least until the summer' qualifies Much, recorded."),
    c("ow57-en-iphone-same-as-last-year", "iphone", "Freja Holst", "Same as last year. Thanks!",
      {}, sent=E2, lang="en", unchanged=True),
    c("ow57-en-owa-edited-form-part-time", "owa", "Søren Vang",
      "Hi – my changes are in the form below.\nRegards, Søren",
      {"interests": "Wastewater; Noise; Air", "experience": "21",
       "other": "Part-time (30 h) from February"}, sent=E1, lang="en",
      edits=[("set", "[ ] Air", "[x] Air"), ("set", "Answer: 20", "Answer: 21"),
             ("set", "Answer:", "Answer: Part-time (30 h) from February", "6. Other")]),
    c("ow57-en-thunderbird-odour-otherwise-fine", "thunderbird", "Peter Nørgaard",
      "Hi,\n\nCould you add odour and light pollution to my subject areas? I handle most of "
      "those complaints now.\n\nOtherwise fine.\n\nPeter",
      {}, sent=E1, lang="en", unchanged=True, ask=["interests"],
      note="Odour and light pollution are no options."),
    c("ow57-en-android-does-pfas-group-still-meet", "android", "Jonas Weber",
      "Quick question – does the PFAS working group still meet? If it doesn't, please take me "
      "off it.\nTime: little from now on.\n\nBR Jonas",
      {"time": "Little"}, sent=E2, lang="en", ask=["groups"],
      note="Leaving the group depends on a fact only the chair knows: asked."),
    c("ow57-en-apple_mail-dansk-paa-engelsk-skema", "apple_mail", "Birgitte Lind",
      "Hej, jeg svarer lige på dansk 🙂 Jeg vil gerne med i PFAS-arbejdsgruppen, og min "
      "erfaring er 21 år nu. Ellers det samme.\n\nHilsen Birgitte",
      {"groups": "Inspection network; PFAS working group", "experience": "21"}, sent=E1,
      lang="en", unchanged=True,
      note="Danish on the English form, recorded in the English option spellings."),
    c("ow57-en-outlook_android-chair-if-nobody-else", "outlook_android", "Aisha Rahman",
      "I could take on chair from next autumn if nobody else wants it – let's see who "
      "volunteers first. Time: some rather than much.",
      {"time": "Some"}, sent=E2, lang="en", ask=["functions"],
      note="Chair on condition that nobody else volunteers: for the chair."),
    c("ow57-en-outlook_prefix-climate-only-soil", "outlook_prefix", "Ingrid Solberg",
      "Hello,\n\nI no longer work with air – climate only now, and I've added soil since the "
      "spring. 11 years of experience.\n\nKind regards\nIngrid",
      {"interests": "Soil; Climate", "experience": "11"}, sent=E2, lang="en"),
]
