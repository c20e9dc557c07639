"""Unseen part 61 of the own-words competence-form replies: the cases, by hand.
People invented, at example.org. Written blind (the parser was not read)."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

CASES = [
    # --- Danish form ------------------------------------------------------------------------
    c("ow61-da-outlook-intet-nyt-siden-sidst", "outlook", "Mette Kjær",
      "Hej\n\nJeg har kigget det igennem, og der er ikke sket noget siden sidst.\n\nMvh\nMette",
      {}, S1, unchanged=True),

    c("ow61-da-iphone-kort-ny", "iphone", "Kasper Lund",
      "Støj og luft. 4 år. Lidt tid.\n\nMvh Kasper",
      {"interesser": "Støj; Luft", "erfaring": "4", "tid": "Lidt"}, {},
      note="New member, nothing pre-filled; three bare answers, one per question."),

    c("ow61-da-outlook-nyt-job-udtraeder", "outlook", "Birgitte Holm",
      "Kære alle\n\nJeg skal lige fortælle, at jeg har fået nyt job i Region Eksempel fra 1. "
      "februar, og derfor træder jeg ud af gruppen. Indtil da er alt som før i skemaet, men I "
      "må gerne begynde at finde en ny formand.\n\nTak for mange gode år!\n\n" + SIG_KOMMUNE,
      {}, S3, unchanged=True, flagged=True,
      note="Leaving the group from February: for the chair, belongs to no question. She stays "
           "Formand until then ('indtil da er alt som før'), so funktioner is not changed."),

    c("ow61-da-gmail-rettet-i-skemaet", "gmail", "Sofie Brandt",
      "Har rettet i skemaet nedenfor.\n\nHilsen\nSofie",
      {"interesser": "PFAS; Spildevand; Luft", "erfaring": "4",
       "andet": "Fastansat fra 1. december"}, S2,
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[x] Klima", "[ ] Klima"),
             ("set", "Svar: 3", "Svar: 4"),
             ("set", "Svar: Barselsvikar til juni", "Svar: Fastansat fra 1. december")],
      note="Crosses changed in the quoted form (PFAS added, Klima removed), years and the "
           "Andet line overwritten."),

    c("ow61-da-owa-hoeringstovholder-hvis-anders", "owa", "Lars Mikkelsen",
      "Hej\n\nJeg vil gerne være høringstovholder, hvis Anders ikke fortsætter. Ellers er det "
      "hele uændret.\n\nLars",
      {}, S1, ask=["funktioner"], unchanged=True,
      note="Condition on someone else (Anders): passed on to the chair, not recorded."),

    c("ow61-da-android-barsel", "android", "Line Østergaard",
      "Hej\nJeg går på barsel fra 1. februar og er væk resten af året, så tid må blive lidt. "
      "Høringstovholder kan jeg ikke nå, tag mig af den. Resten er det samme.\nLine",
      {"tid": "Lidt", "funktioner": ""}, S4, unchanged=True, flagged=True,
      note="Away on leave most of 2027 (absent from the meetings): flagged for the chair "
           "besides recording tid and removing her only function."),

    c("ow61-da-thunderbird-punktliste-lang", "thunderbird", "Anja Rasmussen",
      "Kære tovholder\n\nTak for et godt år i gruppen. Her er mine opdateringer:\n\n"
      "- Jeg er stoppet med at arbejde med luft, det er flyttet til vores nye kollega.\n"
      "- Til gengæld er jeg begyndt på IE-direktivet, især husdyrbrug.\n"
      "- Erfaring: 4 år nu\n"
      "- Jeg er ude af PFAS-gruppen, men fortsætter i tilsynsnetværket.\n"
      "- Barselsvikariatet er blevet til en fast stilling, så det under andet kan I slette.\n\n"
      "Jeg kan desværre ikke komme til mødet den 14. januar, jeg er på kursus.\n\n"
      + SIG_KOMMUNE,
      {"interesser": "Spildevand; Klima; IE-direktivet", "erfaring": "4",
       "grupper": "Netværk for miljøtilsyn", "andet": ""}, S2, flagged=True,
      note="Andet cleared: she asks for the pre-filled 'Barselsvikar til juni' to be deleted. "
           "Absence from the January meeting flags. 'husdyrbrug' only qualifies IE-direktivet."),

    c("ow61-da-outlook_ios-tid-meget-emoji", "outlook_ios", "Jakob Winther",
      "Alt det samme 👍 men tid = meget nu hvor PFAS-sagen i Eksempelby er kørt i gang",
      {"tid": "Meget"}, S1, unchanged=True),

    c("ow61-da-apple_mail-hvad-er-hoeringstovholder", "apple_mail", "Bent Jeppesen",
      "Hej\n\nHvad betyder det helt præcist at være høringstovholder? Skal man selv skrive "
      "høringssvarene, eller samler man bare de andres? Inden jeg ved det, vil jeg ikke sætte "
      "kryds.\n\nIkke noget andet nyt herfra.\n\nHilsen Bent",
      {}, S1, unchanged=True, flagged=True,
      note="A question about a function for the chair; he explicitly gives no answer on it yet, "
           "so nothing to ask about funktioner, but the question flags."),

    c("ow61-da-gmail_android-otte-og-tre-aar", "gmail_android", "Jonas Friis",
      "hej, er ny i gruppen. arbejder med spildevand og jord, har været i kommunen i otte år men "
      "kun tre af dem med miljø. tid: nogen\nmvh Jonas",
      {"interesser": "Spildevand; Jord", "erfaring": "3", "tid": "Nogen"}, {},
      note="The question asks for years of experience on the field (miljø): three, not the "
           "eight years in the municipality."),

    c("ow61-da-outlook_prefix-kryds-og-andet", "outlook_prefix", "Hanne Skov",
      "Se mine rettelser nedenfor\n/Hanne",
      {"interesser": "PFAS; Affald; Jord", "funktioner": "Høringstovholder; Sekretær",
       "andet": "kun ansat til 31. marts"}, S4,
      edits=[("set", "[ ] Jord", "[X] Jord"), ("set", "[ ] Sekretær", "[x] Sekretær"),
             ("set", "Svar:", "Svar: kun ansat til 31. marts", "6. Andet")]),

    c("ow61-da-owa_html-pension", "owa_html", "Ole Bach",
      "Kære alle\n\nDette bliver mit sidste skema – jeg går på pension til sommer efter 38 år i "
      "kommunen. Jeg fortsætter som formand frem til generalforsamlingen i maj, men derefter må "
      "I finde en anden. Erfaringen må I gerne rette til 38 år, når nu vi er ved det.\n\n"
      "De bedste hilsner\nOle",
      {"erfaring": "38"}, S3, flagged=True,
      note="Retiring: leaves the group in the summer and the chair must be replaced after May "
           "(for the chair, no question changed now). He asks for 38 years himself."),

    c("ow61-da-iphone-rettelse-pfas-ikke-stoej", "iphone", "Camilla Juhl",
      "Undskyld, jeg skrev forkert i går. Det er ikke støj jeg er gået fra, det er PFAS. Altså "
      "støj ja, PFAS nej. Og luft er ny.",
      {"interesser": "Støj; Luft"}, S1,
      note="A correction of an earlier reply; read on its own against the sent values: Støj "
           "kept, PFAS removed, Luft added. The PFAS group membership is not mentioned."),

    c("ow61-da-thunderbird_bottom-linje-for-linje", "thunderbird_bottom", "Mikkel Dahl",
      "Her er mine svar:\nInteresser: PFAS, affald og støj\nGrupper: begge\n"
      "Funktioner: høringstovholder\nErfaring: 9\nTid: nogen\n\n/Mikkel",
      {"interesser": "PFAS; Affald; Støj",
       "grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS",
       "funktioner": "Høringstovholder", "erfaring": "9", "tid": "Nogen"}, S4,
      note="Answers typed below the quote, one labelled line per question; values equal to the "
           "sent ones are recorded as said."),

    c("ow61-da-android-engelsk", "android", "Tomasz Nowak",
      "Hi, sorry I don't write Danish well yet. Please remove wastewater, add PFAS and "
      "power-to-x. Time: little, I am on a project until March. Rest is fine.\n\nTomasz",
      {"interesser": "PFAS; Luft; Klima; Power-to-X", "tid": "Lidt"}, S2, unchanged=True,
      note="English on the Danish form; recorded in the Danish option spellings."),

    c("ow61-da-outlook_mac-jordforurening-grundvand", "outlook_mac", "Karen Thomsen",
      "Hej\n\nJeg arbejder nu mest med jordforurening og grundvandsbeskyttelse, og stadig med "
      "PFAS. Støj har jeg sluppet.\n\nMvh Karen",
      {"interesser": "PFAS; Jord"}, S1, ask=["interesser"],
      note="jordforurening -> Jord; grundvandsbeskyttelse is no option and passed on."),

    c("ow61-da-outlook_html-ude-af-netvaerket", "outlook_html", "Mads Kristoffersen",
      "Rettet i skemaet. Jeg er ude af tilsynsnetværket, det er Louise der tager over.\n\n"
      + SIG_SHORT,
      {"grupper": "Arbejdsgruppe om PFAS", "tid": "Nogen"}, S2,
      edits=[("set", "[x] Netværk for miljøtilsyn", "[ ] Netværk for miljøtilsyn"),
             ("set", "[x] Meget", "[ ] Meget"), ("set", "[ ] Nogen", "[x] Nogen")],
      note="HTML only; crosses moved in the quoted form. Louise taking over is only a reason."),

    c("ow61-da-iphone-tak", "iphone", "Poul Andersen", "Tak", {}, S3),

    c("ow61-da-apple_forward-ny-adresse", "apple_forward", "Tina Berg",
      "Videresender lige til jer – jeg har skiftet mailadresse, så brug fremover "
      "tina.berg.ny@example.org. Ellers er alt ved det gamle, bortset fra at jeg nu har 9 års "
      "erfaring.",
      {"erfaring": "9"}, S4, unchanged=True, flagged=True,
      note="The new address is for the chair and belongs to no question."),

    c("ow61-da-outlook_android-vikariat-forlaenget", "outlook_android", "Ida Vestergaard",
      "Hej Tovholder\n\nUndskyld det sene svar. Her er det:\n\nJeg arbejder fortsat med "
      "spildevand og klima, men luft er røget, da vi har fået en luftmedarbejder. Jeg kan godt "
      "tage sekretær-rollen, hvis der er brug for det. Tiden er lidt presset i foråret, men "
      "nogen tid kan jeg godt afsætte.\n\nAndet: mit vikariat er forlænget til december 2027.\n\n"
      + SIG_KOMMUNE,
      {"interesser": "Spildevand; Klima", "funktioner": "Sekretær", "tid": "Nogen",
       "andet": "mit vikariat er forlænget til december 2027."}, S2,
      note="'hvis der er brug for det' is an offer, recorded; 'lidt presset' is description, "
           "the answer is 'nogen tid'. Andet is labelled and replaces the pre-filled text."),

    c("ow61-da-gmail_android-fjern-mig", "gmail_android", "Rikke Nørgaard",
      "Fjern mig fra PFAS gruppen og sekretær. Har ikke tid i år, sæt lidt",
      {"grupper": "", "funktioner": "", "tid": "Lidt"}, S1),

    c("ow61-da-outlook_android-aarstal-og-interval", "outlook_android", "Henrik Bro",
      "Erfaring: siden 2015\nTid: mellem lidt og nogen\n\n" + SIG_SHORT,
      {}, S4, ask=["erfaring", "tid"],
      note="A year instead of a number of years, and a range between two options: both passed "
           "on."),

    c("ow61-da-thunderbird-alt-undtagen", "thunderbird", "Niels Kragh",
      "Hej. Sæt mig på alle fagområderne undtagen Power-to-X og IE, vi har ingen industri af den "
      "slags. Netværket for miljøtilsyn er jeg med i. Formand: nej tak :) 2 års erfaring, "
      "tid: nogen\n\nNiels",
      {"interesser": "PFAS; Spildevand; Affald; Støj; Luft; Jord; Klima; VVM",
       "grupper": "Netværk for miljøtilsyn", "erfaring": "2", "tid": "Nogen"}, {},
      note="'IE' = IE-direktivet. Declining Formand says nothing about the other functions; "
           "nothing was pre-filled, so funktioner is left out."),

    c("ow61-da-iphone-skiftet-afdeling", "iphone", "Rasmus Iversen",
      "Hej, jeg er skiftet til byggesagsafdelingen pr. 1/11, så jeg arbejder ikke længere med "
      "miljø til daglig. Jeg bliver gerne i PFAS-gruppen resten af året, men så skal jeg nok "
      "ud. Tag mig af sekretær.\nMvh Rasmus",
      {"funktioner": ""}, S1, ask=["interesser"],
      note="Secretary removed as asked. Whether his subject areas should all go is not said "
           "outright: passed on. Leaving the group after the year also flags."),

    c("ow61-da-outlook-ae-oe-aa", "outlook", "Søren Mølgaard",
      "Hej\nJeg har ikke danske tegn paa min nye pc. Jeg er ogsaa begyndt paa stoej og har 21 "
      "aar nu. Formand fortsaetter jeg gerne som, men hoeringstovholder maa en anden tage.\n"
      "Hilsen Soeren",
      {"interesser": "Affald; Støj; Jord; VVM", "erfaring": "21", "funktioner": "Formand"}, S3),

    # --- English form -----------------------------------------------------------------------
    c("ow61-en-outlook-as-before-except", "outlook", "Peter Hansen",
      "Hi,\n\nAs before, except I'm no longer chair – happy to be secretary instead. Also add "
      "soil, I've taken over contaminated sites from a colleague.\n\n" + SIG_EN,
      {"functions": "Secretary", "interests": "Wastewater; Noise; Soil"}, E1, lang="en",
      unchanged=True),

    c("ow61-en-gmail-new-from-netherlands", "gmail", "Maartje de Vries",
      "Hello,\n\nI joined the environment team in Example Municipality in September, coming "
      "from the Netherlands. I mainly do air quality and noise permits, and some IED "
      "installations. About 6 years of experience, counting my time at the Dutch agency. I can "
      "give some time, maybe a lot in spring. Not ready for any function yet.\n\nBest,\nMaartje",
      {"interests": "Noise; Air; IED", "experience": "6", "time": "Some", "functions": ""}, {},
      lang="en",
      note="'some time, maybe a lot in spring': Some. 'Not ready for any function': functions "
           "recorded as none (nothing was pre-filled, so it is the same)."),

    c("ow61-en-outlook_ios-little", "outlook_ios", "Emma Lauridsen",
      "Much less time this year – put me on little. Otherwise same.",
      {"time": "Little"}, E2, lang="en", unchanged=True),

    c("ow61-en-thunderbird-range-and-chair", "thunderbird", "David Olsen",
      "Dear coordinator,\n\nExperience: somewhere between 15 and 20 years depending how you "
      "count. Please take me off the chair role, I have done it long enough. I can be "
      "consultation coordinator instead.\n\n" + SIG_EN,
      {"functions": "Consultation coordinator"}, E1, lang="en", ask=["experience"]),

    c("ow61-en-apple_mail-danish-reply", "apple_mail", "Freja Holst",
      "Hej! Jeg svarer lige på dansk. Jeg er stoppet i PFAS-gruppen og har fået klima + VVM "
      "oveni. 11 års erfaring nu.\n\nMvh Freja",
      {"groups": "Inspection network", "interests": "Air; Climate; EIA", "experience": "11"},
      E2, lang="en",
      note="Danish on the English form; VVM = EIA, klima was already there."),

    c("ow61-en-owa-absent-january", "owa", "Liam Byrne",
      "Hi all,\n\nNothing has changed on my side. I won't make it to the January meeting though "
      "– I'll be at the PFAS conference in Copenhagen.\n\nCheers,\nLiam",
      {}, E2, lang="en", unchanged=True, flagged=True),

    c("ow61-en-iphone-add-waste", "iphone", "Georg Madsen",
      "add waste pls. 21 yrs now",
      {"interests": "Wastewater; Waste; Noise", "experience": "21"}, E1, lang="en"),

    c("ow61-en-outlook_mac_html-filled-in", "outlook_mac_html", "Ahmed Khalil",
      "Filled in below.\n\nThanks,\nAhmed",
      {"interests": "PFAS", "groups": "PFAS working group", "experience": "5", "time": "Some",
       "other": "I work part time (30 hours)"}, {}, lang="en",
      edits=[("set", "[ ] PFAS", "[x] PFAS"),
             ("set", "[ ] PFAS working group", "[x] PFAS working group"),
             ("set", "Answer:", "Answer: 5", "4. Experience"), ("set", "[ ] Some", "[x] Some"),
             ("set", "Answer:", "Answer: I work part time (30 hours)", "6. Other")],
      note="HTML only; everything typed into the quoted form of a new member."),
]
