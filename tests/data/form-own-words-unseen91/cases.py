"""Unseen part ow91 of the own-words form replies: a new-year round (January). By hand, blind;
what a careful human secretary records. People invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- Danish form ------------------------------------------------------------------------
    c("ow91-da-iphone-tak", "iphone", "Jørgen Lund", "Tak", {}, S3,
      note="Says nothing about the form."),

    c("ow91-da-outlook-intet-nyt-godt-nytaar", "outlook", "Mette Skov Nielsen",
      "Hej\n\nGodt nytår til jer alle!\n"
      "Der er ikke sket noget nyt hos mig siden sidst, så skemaet kan blive stående, som det er."
      "\n\nMvh Mette", {}, S1, unchanged=True),

    c("ow91-da-gmail-ptx-ind-affald-ud", "gmail", "Rasmus Bech",
      "Hej tovholder\n\nNyt år, nye opgaver. Fra 1. januar har jeg fået kommunens Power-to-X-sager,"
      " så sæt gerne kryds ved det også. Til gengæld har en ny kolega overtaget affaldsområdet, "
      "så Affald kan fjernes.\n\nErfaring: 9 år nu.\n\nResten er som før.\n\nHilsen\nRasmus Bech",
      {"interesser": "PFAS; Power-to-X", "erfaring": "9"}, S4, unchanged=True),

    c("ow91-da-owa-fastansat-afbud", "owa", "Sofie Dahl",
      "Hej\n\nGod nyhed: mit barselsvikariat er blevet gjort fast 🎉\n\n"
      "Andet: ikke længere barselsvikar, fastansat fra 1. januar\n\n"
      "Jeg må desværre melde afbud til mødet i januar, da jeg er på kursus i Odense den dag.\n\n"
      "Venlig hilsen\nSofie",
      {"andet": "ikke længere barselsvikar, fastansat fra 1. januar"}, S2, flagged=True,
      note="Andet is labelled and replaces the pre-filled text. The absence from the January "
           "meeting is for the chair. Nothing said about the rest, so not 'unchanged'."),

    c("ow91-da-outlook_ios-lidt-tid-ellers-som-foer", "outlook_ios", "Jonas Kjær",
      "Kun lidt tid i år desværre, ellers som før.\n\nJonas", {"tid": "Lidt"}, S1,
      unchanged=True),

    c("ow91-da-thunderbird-formand-stopper-kryds", "thunderbird", "Birthe Mølgaard",
      "Hej\n\nJeg har rettet direkte i skemaet herunder. Efter seks år som formand synes jeg, det er "
      "tid til, at en anden tager over – høringerne fortsætter jeg gerne med. Klima er kommet til, "
      "fordi jeg har fået klimatilpasningsplanen.\n\nErfaringen er i øvrigt nu enogtyve år.\n\n"
      "Kh Birthe",
      {"interesser": "Affald; Jord; Klima; VVM", "funktioner": "Høringstovholder",
       "erfaring": "21"}, S3,
      edits=[("set", "[x] Formand", "[ ] Formand"), ("set", "[ ] Klima", "[x] Klima")],
      note="Crosses changed in the quoted form (Formand removed, Klima added), matching her words;"
           " 'seks år som formand' is not her experience, 'enogtyve år' is."),

    c("ow91-da-android-femten-aar-meget-tid", "android", "Lotte Brandt",
      "Hej! Der står 8 års erfaring men det er femten 😅 tror jeg skrev forkert sidste gang. Og så "
      "har jeg meget mere tid i år nu hvor det store tilsynsprojekt er afsluttet",
      {"erfaring": "15", "tid": "Meget"}, S4),

    c("ow91-da-apple_mail-omorganisering-lang", "apple_mail", "Camilla Østergaard",
      "Kære tovholder\n\nTak for skemaet, og godt nytår. Der er sket en del hos os efter "
      "omorganiseringen, så her er mine rettelser:\n\n"
      "- Spildevand har jeg afleveret til vores nye spildevandsteam; til gengæld har jeg fået jord. "
      "Luft og klima har jeg stadig.\n"
      "- I PFAS-arbejdsgruppen stopper jeg, men netværket for miljøtilsyn fortsætter jeg i.\n"
      "- Sekretær kunne jeg godt være et halvt års tid, hvis ingen andre melder sig.\n"
      "- Erfaring: 4 år nu.\n\n"
      "Andet-feltet med barselsvikariatet kan I slette, det er forlænget på ubestemt tid.\n\n"
      + SIG_KOMMUNE,
      {"interesser": "Luft; Jord; Klima", "grupper": "Netværk for miljøtilsyn", "erfaring": "4",
       "andet": ""}, S2, ask=["funktioner"],
      note="Sekretær only for half a year and only if nobody else volunteers (a condition on "
           "others): passed on to the chair rather than recorded. She asks for the pre-filled "
           "Andet text to be deleted, so andet is recorded as empty."),

    c("ow91-da-gmail_android-hvornaar-moede", "gmail_android", "Anders Friis",
      "Hej. Hvornår er det næste møde? Jeg kan ikke finde invitationen i min kalender. Skemaet er "
      "ok som det står.\nAnders", {}, S1, unchanged=True, flagged=True,
      note="A question for the chair about the meeting; the form is confirmed as it stands."),

    c("ow91-da-outlook_prefix-nyt-job-region", "outlook_prefix", "Henrik Vestergaard",
      "Hej alle\n\nJeg skal lige fortælle, at jeg har sagt ja til en stilling i Region Eksempel fra"
      " 1. februar. Jeg ved ikke, om jeg kan blive i gruppen bagefter – det må I tage stilling "
      "til på næste møde. Indtil da er mine svar de samme.\n\nMvh Henrik", {}, S4,
      unchanged=True, flagged=True,
      note="New job, possibly leaving the group: for the chair."),

    c("ow91-da-outlook_mac-engelsk-paa-dansk-skema", "outlook_mac", "Tomasz Nowak",
      "Hi,\n\nSorry for answering in English - my Danish is still not good enough for forms :)\n\n"
      "Since January I am also in the noise team, so please add Noise. I can take the secretary "
      "job from now on. I will be on paternity leave in April and May, so time should be "
      "\"Nogen\" instead of \"Meget\" this year.\n\nBest regards\nTomasz",
      {"interesser": "Spildevand; Støj; Luft; Klima", "funktioner": "Sekretær", "tid": "Nogen"},
      S2, flagged=True,
      note="English on the Danish form; recorded in the Danish option spellings. Paternity leave "
           "in April-May is an absence the chair should know of (not labelled as Andet)."),

    c("ow91-da-owa_html-nye-krydser", "owa_html", "Lars Thygesen",
      "Hej\nHar sat nye krydser nedenfor – mere tid nu hvor byggesagerne er overdraget.\n/Lars",
      {"funktioner": "Høringstovholder; Sekretær", "tid": "Meget"}, S1,
      edits=[("set", "[ ] Høringstovholder", "[x] Høringstovholder"),
             ("set", "[x] Nogen", "[ ] Nogen"), ("set", "[ ] Meget", "[x] Meget")]),

    c("ow91-da-thunderbird_bottom-ud-af-netvaerket", "thunderbird_bottom", "Dorte Munk",
      "Hej,\n\nalt er ved det gamle, bortset fra at jeg er gået ud af tilsynsnetværket (ny chef, "
      "nye prioriteter).\n\nKh Dorte", {"grupper": ""}, S4, unchanged=True),

    c("ow91-da-apple_forward-privat-mail", "apple_forward", "Ida Winther",
      "Videresender lige fra min private mail, hvor den landede. Jeg er kommet med i "
      "PFAS-arbejdsgruppen, ellers det samme som sidste år.",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, S4, unchanged=True),

    c("ow91-da-iphone-skiferie-afbud", "iphone", "Nanna Bak",
      "Hej. Kan ikke komme d. 21/1, er på skiferie ⛷️ Skemaet passer stadig.\nNanna", {}, S2,
      unchanged=True, flagged=True, note="Absence from the January meeting."),

    c("ow91-da-outlook-grundvand-lugt", "outlook", "Preben Kragh",
      "Hej\n\nI år arbejder jeg mest med grundvand og jordforurening og en del med lugtgener fra "
      "landbruget. VVM har jeg ikke mere – det er flyttet til planafdelingen.\n\nHilsen\nPreben",
      {"interesser": "Affald; Jord"}, S3, ask=["interesser"],
      note="VVM removed; jordforurening is Jord (already ticked); grundvand and lugtgener are no "
           "option, so passed on. Affald not mentioned, kept."),

    c("ow91-da-gmail-ny-i-gruppen", "gmail", "Amalie Juhl",
      "Hej\n\nJeg er ny i gruppen fra januar og har ikke udfyldt skemaet før. Mine svar:\n\n"
      "Interesser: spildevand, klima og IE-direktivet\nGrupper: ingen endnu\n"
      "Funktioner: ingen i første omgang\nErfaring: 2 år\nTid: nogen\n\nMvh\nAmalie Juhl",
      {"interesser": "Spildevand; Klima; IE-direktivet", "grupper": "", "funktioner": "",
       "erfaring": "2", "tid": "Nogen"}, {},
      note="New member, nothing pre-filled; 'ingen' recorded as the empty set."),

    c("ow91-da-outlook_android-luft-for-stoej", "outlook_android", "Mikkel Rask",
      "sæt mig på luft i stedet for støj, tak", {"interesser": "PFAS; Luft"}, S1),

    c("ow91-da-owa-stiller-op-som-formand", "owa", "Kasper Lauridsen",
      "Hej\n\nJeg har hørt, at Birthe stopper som formand. Jeg vil gerne stille op, hvis gruppen "
      "kan bruge mig – så sæt endelig kryds ved Formand. Høringerne beholder jeg.\n\n"
      "Ellers intet nyt herfra.\n\nKasper",
      {"funktioner": "Formand; Høringstovholder"}, S4, unchanged=True,
      note="'hvis gruppen kan bruge mig' is the ordinary condition of any election, and he asks "
           "for the cross outright, so Formand is recorded."),

    c("ow91-da-gmail_android-uaendret", "gmail_android", "Helle Krog", "Uændret", {}, S2,
      unchanged=True),

    c("ow91-da-thunderbird-tysk-tastatur", "thunderbird", "Søren Ebbesen",
      "Hej\n\nSidder paa en tysk computer paa kursus, saa undskyld stavningen.\n"
      "Stoej og luft skal tilfoejes, affald kan fjernes. Tid: lidt mere end sidst, saet mig paa "
      "nogen.\n\nHilsen Soeren",
      {"interesser": "Støj; Luft; Jord; VVM", "tid": "Nogen"}, S3,
      note="'lidt mere end sidst' explains the change from Lidt; he asks for Nogen."),

    c("ow91-da-outlook_html-siden-2014-sekretaer-fra", "outlook_html", "Marianne Toft",
      "Hej\n\nJeg har skrevet i skemaet nedenfor. Og så vil jeg gerne af med sekretærjobbet efter "
      "fire år – lad det gå på omgang.\n\n" + SIG_SHORT,
      {"funktioner": ""}, S1, ask=["erfaring"],
      edits=[("add", "Svar: 12", "Har været her siden 2014 :-)")],
      note="Typed under Erfaring: a year, not a number of years, so passed on. Sekretær "
           "removed; 'fire år' is how long she has been secretary."),

    c("ow91-da-iphone-fem-seks-aar", "iphone", "Emil Grønbech",
      "Erfaring 5-6 år vil jeg tro, resten passser fint", {}, S2, ask=["erfaring"],
      unchanged=True, note="A range: passed on."),

    c("ow91-da-android-skema-ser-forkert-ud", "android", "Ulla Fisker",
      "Hej. Kan du sende skemaet igen som vedhæftet fil? Det ser helt forkert ud på min telefon og "
      "jeg kan ikke sætte krydser. Vh Ulla", {}, {}, flagged=True,
      note="A question about the form itself; no answers."),

    c("ow91-da-apple_mail-orlov-i-andet", "apple_mail", "Kirsten Bang",
      "Hej\n\nSkrevet i feltet nederst. Resten er uændret.\n\nMvh. Kirsten",
      {"andet": "Orlov 1. marts – 31. august (uddannelse)"}, S4, unchanged=True,
      edits=[("set", "Svar:", "Svar: Orlov 1. marts – 31. august (uddannelse)", "6. Andet")],
      note="The leave is typed into the Andet answer line and recorded there, so it reaches the "
           "chair through the form; not flagged beyond that."),

    # --- English form -----------------------------------------------------------------------
    c("ow91-en-outlook-retiring-chair", "outlook", "Peter Hald",
      "Hi all,\n\nA small announcement with this year's form: I retire at the end of March, so "
      "this is my last round. Please take me off as Chair now so that a new chair can be chosen at"
      " the January meeting - I'm happy to help with the handover. Everything else is as before "
      "until I leave.\n\n" + SIG_EN,
      {"functions": ""}, E1, lang="en", unchanged=True, flagged=True,
      note="Retiring and leaving the group; a new chair to be chosen: for the chair."),

    c("ow91-en-gmail-pfas-some-time", "gmail", "Sarah Mitchell",
      "Happy new year!\n\nTwo changes for me: I've joined the PFAS team in our department, so "
      "please tick PFAS, and my time will be Some rather than Much from now on as I'm leading the "
      "new harbour project.\n\nCheers,\nSarah",
      {"interests": "PFAS; Air; Climate", "time": "Some"}, E2, lang="en"),

    c("ow91-en-owa-no-changes", "owa", "Niels Brix", "No changes.\n\nNiels", {}, E1, lang="en",
      unchanged=True),

    c("ow91-en-iphone-surgery-january", "iphone", "Aisha Rahman",
      "Hi, I won't make the January meeting (knee surgery), back in February. The form is still "
      "correct. Aisha", {}, E2, lang="en", unchanged=True, flagged=True,
      note="Absence from the January meeting."),

    c("ow91-en-outlook_mac_html-updated-below", "outlook_mac_html", "Torben Hvid",
      "Updated below.\n\n" + SIG_EN,
      {"functions": "Chair; Consultation coordinator", "experience": "21"}, E1, lang="en",
      edits=[("set", "[ ] Consultation coordinator", "[x] Consultation coordinator"),
             ("set", "Answer: 20", "Answer: 21")]),

    c("ow91-en-outlook_prefix-dansk-paa-engelsk", "outlook_prefix", "Pia Sand",
      "Hej\n\nJeg svarer lige på dansk, håber det er ok. Jeg er stoppet i tilsynsnetværket og har "
      "fået støj som nyt område. Tiden er den samme.\n\nPia",
      {"interests": "Noise; Air; Climate", "groups": "PFAS working group"}, E2, lang="en",
      note="Danish on the English form; recorded in the English option spellings. 'Tiden er den "
           "samme' is about time only, not the whole form."),

    c("ow91-en-outlook_ios-odour-soil", "outlook_ios", "Martin Qvist",
      "Hi - these days it's mostly odour complaints and soil contamination for me. Keep "
      "wastewater, drop noise. Years: 22.\nMartin",
      {"interests": "Wastewater; Soil", "experience": "22"}, E1, lang="en", ask=["interests"],
      note="Soil contamination is Soil; odour complaints is no option (Air is a guess), so passed "
           "on."),

    c("ow91-en-apple_mail-new-officer", "apple_mail", "Julia Becker",
      "Hello,\n\nI'm the new environmental officer at Example Municipality from 1 January, taking "
      "over from Hanne. I work with wastewater and IED permits, and I have seven years of "
      "experience from a German authority before this. I would like to join the inspection "
      "network. I can't take on any functions in my first year. Time: little for now.\n\n"
      + SIG_EN,
      {"interests": "Wastewater; IED", "groups": "Inspection network", "functions": "",
       "experience": "7", "time": "Little"}, {}, lang="en",
      note="New member, nothing pre-filled."),

    c("ow91-en-gmail_android-secretary-now", "gmail_android", "Freja Lind",
      "Same as last year except I can be secretary now 🙂", {"functions": "Secretary"}, E2,
      lang="en", unchanged=True),
]
