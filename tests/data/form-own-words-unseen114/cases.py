"""Unseen part 114 of the own-words competence-form replies: an ordinary spring round (March
2034), closing part. By hand, written blind; people invented, at example.org."""

from common import E1, E2, S1, S2, S3, S4, SIG_EN, SIG_KOMMUNE, SIG_SHORT, c

# Extra sent profiles for this part.
S_DELTID = {"interesser": "Luft; IE-direktivet", "grupper": "Netværk for miljøtilsyn",
            "funktioner": "Sekretær", "erfaring": "5", "tid": "Nogen",
            "andet": "Deltid (30 timer) til april"}
S_SENIOR = {"interesser": "Affald; Jord", "grupper": "Netværk for miljøtilsyn",
            "funktioner": "", "erfaring": "31", "tid": "Nogen"}
E_SMALL = {"interests": "Waste; Soil", "groups": "", "functions": "Secretary",
           "experience": "4", "time": "Little"}

CASES = [
    # --- Danish form ------------------------------------------------------------------------
    c("ow114-da-gmail-ny-stilling-forsyning", "gmail", "Bodil Rasmussen",
      "Hej\n\n"
      "Lidt nyt fra mig: jeg er fra 1. april ansat i Eksempel Forsyning i stedet for kommunen, "
      "så jeg må trække mig som formand. Høringstovholder vil jeg gerne fortsætte med, hvis I "
      "stadig vil have mig.\n\n"
      "Mine fagområder bliver spildevand og klima fremover – affald, jord og VVM kan I slette.\n\n"
      "Kh Bodil",
      {"funktioner": "Høringstovholder", "interesser": "Spildevand; Klima"}, S3,
      flagged=True,
      note="Formand removed, Høringstovholder kept (it was already there; 'hvis I stadig vil have "
           "mig' is politeness, not a condition to pass on). The new fields replace Affald; Jord; "
           "VVM. Flagged: she moves from the municipality to a utility from 1 April, which the "
           "chair should know (membership)."),

    c("ow114-da-outlook-rettet-i-skemaet", "outlook", "Kasper Holm",
      "Hej\n\nJeg har rettet direkte i skemaet herunder.\n\n" + SIG_SHORT,
      {"interesser": "PFAS; Spildevand; Klima", "erfaring": "4",
       "andet": "Fastansat fra 1. marts"}, S2,
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "[x] Luft", "[ ] Luft"),
             ("set", "Svar: 3", "Svar: 4"),
             ("set", "Svar: Barselsvikar til juni", "Svar: Fastansat fra 1. marts")],
      note="All changes typed inside the quoted form: PFAS crossed, Luft uncrossed, erfaring 3->4, "
           "the Andet line overwritten."),

    c("ow114-da-android-kursus-24-april", "android", "Lone Bjerregaard",
      "Hej. Alt er som sidst. Men jeg kan ikke deltage i mødet d. 24. april, er på kursus. "
      "Mvh Lone",
      {}, S1, unchanged=True, flagged=True,
      note="Absence from a meeting: for the chair, belongs to no question."),

    c("ow114-da-outlook_html-ny-efter-henrik", "outlook_html", "Nanna Vestergaard",
      "Hej Tovholder\n\n"
      "Jeg er ny i gruppen og har overtaget Henrik Dahls stilling her i kommunen. Her er mine "
      "svar:\n\n"
      "Jeg arbejder primært med spildevand og jord, og lidt med klimatilpasning.\n"
      "Jeg er med i Netværk for miljøtilsyn.\n"
      "Funktioner: sekretær kan jeg godt tage.\n"
      "Jeg har været miljøsagsbehandler i seks år, de sidste to her.\n"
      "Tid: nogen\n\n" + SIG_KOMMUNE,
      {"interesser": "Spildevand; Jord; Klima", "grupper": "Netværk for miljøtilsyn",
       "funktioner": "Sekretær", "erfaring": "6", "tid": "Nogen"},
      note="'lidt med klimatilpasning' is Klima (a little of her work), not the tid answer, which "
           "she gives separately. Erfaring is the six years in total, not the two here."),

    c("ow114-da-gmail_android-erfaring-tretten", "gmail_android", "Frederik Lauridsen",
      "Erfaring 13 nu. Resten passer",
      {"erfaring": "13"}, S1, unchanged=True),

    c("ow114-da-outlook_ios-slippe-hoering-efter-sommer", "outlook_ios", "Helle Skovgaard",
      "Hej\n"
      "Jeg vil gerne slippe høringstovholder-rollen efter sommerferien, men tager gerne de "
      "høringer der kommer inden da.\n"
      "Erfaring er 9 år nu.\n"
      "Helle",
      {"erfaring": "9"}, S4, ask=["funktioner"],
      note="Høringstovholder only until the summer holiday: a change with a date, which the "
           "secretary passes on rather than removing or keeping the function herself."),

    c("ow114-da-apple_mail-liste-grundvand", "apple_mail", "Jette Kragh",
      "Hej\n\n"
      "Interesser: PFAS, grundvand og jord\n"
      "Grupper: ingen længere\n"
      "Funktioner: ingen\n"
      "Erfaring: 13\n"
      "Tid: lidt\n\n"
      "mvh Jette",
      {"interesser": "PFAS; Jord", "grupper": "", "funktioner": "", "erfaring": "13",
       "tid": "Lidt"}, S1, ask=["interesser"],
      note="She writes out the whole set per label, so it replaces the pre-filled one: Støj "
           "dropped, the PFAS group and Sekretær removed ('ingen'). 'grundvand' is no option "
           "(could be PFAS, Jord or something else) and is asked; PFAS and Jord are recorded."),

    c("ow114-da-outlook_prefix-enogtyve-aar", "outlook_prefix", "Karsten Mølgaard",
      "Hej\n"
      "Erfaring: enogtyve år nu, ikke tyve :-)\n"
      "Og jeg vil gerne give lidt mere tid til gruppen i år - sæt mig til nogen.\n"
      "Ellers det samme.\n\n"
      "Karsten",
      {"erfaring": "21", "tid": "Nogen"}, S3, unchanged=True,
      note="'lidt mere tid' is not Lidt; he asks for Nogen explicitly."),

    c("ow114-da-owa_html-fuld-tid-igen", "owa_html", "Amalie Friis",
      "Hej Tovholder\n\n"
      "Andet: Jeg er på fuld tid igen fra 1. april\n\n"
      "Resten står som det skal.\n\n"
      "Vh Amalie",
      {"andet": "Jeg er på fuld tid igen fra 1. april"}, S_DELTID, unchanged=True,
      note="Labelled Andet replaces the pre-filled 'Deltid (30 timer) til april'."),

    c("ow114-da-outlook_mac-orlov-maj", "outlook_mac", "Marianne Holst",
      "Kære tovholder\n\n"
      "Jeg går på orlov fra midten af maj og er tilbage 1. oktober. I den periode kan jeg ikke "
      "være sekretær, så tag mig af den liste for i år. Tiden bliver også kun lidt i år.\n\n"
      "De bedste hilsner\nMarianne Holst",
      {"funktioner": "", "tid": "Lidt"}, S1, flagged=True,
      note="Sekretær removed ('tag mig af den liste for i år'). Flagged: leave from May to "
           "October means absence from meetings, for the chair."),

    c("ow114-da-iphone-kryds-og-travlt", "iphone", "Mads Thygesen",
      "Har krydset af nedenfor. Tid er lidt i år desværre – travlt med det nye tilsynssystem\n\n"
      "Hilsen Mads",
      {"interesser": "PFAS; Støj", "tid": "Lidt"}, S4,
      edits=[("set", "[ ] Støj", "[x] Støj"), ("set", "[x] Affald", "[ ] Affald")],
      note="Crosses moved in the quoted form (Støj in, Affald out); tid only in his own words, "
           "the form still shows Nogen crossed."),

    c("ow114-da-thunderbird_bottom-ude-af-netvaerket", "thunderbird_bottom", "Poul Winther",
      "Hej,\n\n"
      "kun én ting: jeg er ikke med i netværket for miljøtilsyn mere, det blev for meget ved "
      "siden af PFAS-gruppen.\n"
      "og så vil jeg gerne være sekretær, hvis der mangler en.\n\n"
      "mvh Poul",
      {"grupper": "Arbejdsgruppe om PFAS", "funktioner": "Sekretær"}, S2,
      note="Bottom-posted. 'hvis der mangler en' is the usual offer, not a condition on a named "
           "person: Sekretær recorded."),

    c("ow114-da-gmail-hvad-er-funktioner", "gmail", "Ida Bruun",
      "Hej\n"
      "Hvad menes der med \"funktioner\"? Er det noget, jeg forpligter mig til, hvis jeg sætter "
      "kryds? Ellers er alt som før.\n"
      "Hilsen Ida",
      {}, S1, unchanged=True, flagged=True,
      note="A question about the form for the chair; no answer changed."),

    c("ow114-da-outlook-samme-som-jens", "outlook", "Troels Damgaard",
      "Hej\n\n"
      "Skriv mig bare på det samme som Jens Bach, vi sidder i samme team og laver det samme. "
      "Jeg har dog kun 4 års erfaring.\n\n" + SIG_SHORT,
      {"erfaring": "4"}, flagged=True,
      note="'det samme som Jens Bach' cannot be recorded from this mail: flagged, no ask on a "
           "particular question. The number of years is his own and recorded."),

    c("ow114-da-android-stoej-uden-oe", "android", "Rasmus Kjær",
      "hej. jeg arbejder med spildevand og stoej nu, ikke affald laengere. pfas beholder jeg. "
      "mvh rasmus",
      {"interesser": "PFAS; Spildevand; Støj"}, S4,
      note="Phone without æøå: stoej = Støj, laengere = længere."),

    c("ow114-da-owa-ny-siden-2019", "owa", "Sara Ahmadi",
      "Hej\n"
      "Jeg er lige startet i gruppen, så her er mine svar.\n"
      "Fagområder: Luft, IE-direktivet og lidt VVM\n"
      "Erfaring: har arbejdet med miljøgodkendelser siden 2019\n"
      "Tid: Nogen\n\n"
      "Med venlig hilsen\nSara Ahmadi",
      {"interesser": "Luft; VVM; IE-direktivet", "tid": "Nogen"}, ask=["erfaring"],
      note="A year instead of a number of years: asked. 'lidt VVM' is VVM, not the tid answer."),

    c("ow114-da-outlook_android-power-to-x", "outlook_android", "Christian Juhl",
      "Samme som sidst, bortset fra at jeg nu også sidder med Power-to-X sagerne 🚀",
      {"interesser": "Spildevand; Luft; Klima; Power-to-X"}, S2, unchanged=True),

    c("ow114-da-apple_forward-kom-med-i-pfas", "apple_forward", "Michael Overgaard",
      "Hej – kunne ikke svare direkte fra telefonen, så jeg sender den bare videre.\n"
      "Jeg er kommet med i PFAS-gruppen siden sidst. Alt andet er uændret\n\n"
      "Michael",
      {"grupper": "Netværk for miljøtilsyn; Arbejdsgruppe om PFAS"}, S4, unchanged=True,
      note="Forwarded instead of replied; 'PFAS-gruppen' is the working group (a group, not an "
           "interest), added to the network he was already in."),

    c("ow114-da-outlook-english-speaker", "outlook", "Lukas Becker",
      "Hi,\n\n"
      "sorry for writing in English. Please remove waste, I now work with air and PFAS. "
      "I would like to stay as consultation coordinator. Time: some.\n\n"
      "Thanks,\nLukas",
      {"interesser": "PFAS; Luft", "funktioner": "Høringstovholder", "tid": "Nogen"}, S4,
      note="English on the Danish form, recorded in the Danish option spellings. Funktioner and "
           "tid are stated and equal the pre-filled values."),

    c("ow114-da-gmail_android-tak", "gmail_android", "Susanne Lind",
      "Tak 🙏",
      {}, S3,
      note="Nothing about the form."),

    c("ow114-da-outlook_mac_html-formand-hvis-per", "outlook_mac_html", "Dorthe Sørensen",
      "Hej\n\n"
      "Jeg kunne godt tænke mig at stille op som formand, hvis Per ikke genopstiller. "
      "Ellers fint som det står.\n\n"
      "Kh Dorthe",
      {}, S4, unchanged=True, ask=["funktioner"],
      note="Formand on a condition about someone else: passed on, not recorded."),

    c("ow114-da-thunderbird-tilfoej-stoej-i-skemaet", "thunderbird", "Niels Ebbesen",
      "Se mine rettelser i skemaet.\n\n/Niels",
      {"interesser": "Affald; Støj; Jord; VVM", "erfaring": "22"}, S3,
      edits=[("add", "1. Interesser", "-> tilføj støj, jeg har overtaget Henriks sager"),
             ("set", "Svar: 20", "Svar: 22")],
      note="A typed line under question 1 adds Støj to the pre-filled set; erfaring overwritten "
           "in the quote."),

    c("ow114-da-owa-pension-30-juni", "owa", "Gunnar Hedegaard",
      "Hej alle\n\n"
      "Dette bliver mit sidste skema – jeg går på pension til sommer (30. juni). Indtil da er "
      "alt som det plejer.\n\n"
      "Tak for mange gode år i netværket!\n\n"
      "Bedste hilsner\nGunnar",
      {}, S_SENIOR, unchanged=True, flagged=True,
      note="Leaving the group when he retires: for the chair."),

    c("ow114-da-gmail-alt-undtagen-ie-ptx", "gmail", "Anne-Mette Kirkegaard",
      "Hej Tovholder!\n\n"
      "Jeg er generalist i en lille kommune, så sæt mig på alle fagområder undtagen "
      "IE-direktivet og Power-to-X – dem har vi ikke nogen af.\n"
      "Erfaring 17 år, tid lidt.\n"
      "Jeg kan godt skrive referat en gang imellem, hvis det kniber.\n\n"
      "Anne-Mette",
      {"interesser": "PFAS; Spildevand; Affald; Støj; Luft; Jord; Klima; VVM", "erfaring": "17",
       "tid": "Lidt"}, ask=["funktioner"],
      note="'alle undtagen ...' resolved to the list. Writing minutes now and then 'hvis det "
           "kniber' is not plainly taking on Sekretær: asked rather than recorded."),

    # --- English form -----------------------------------------------------------------------
    c("ow114-en-outlook-secretary-not-chair", "outlook", "Oliver Grant",
      "Hi,\n\n"
      "I don't want to be considered for chair again, but I'm happy to be secretary. "
      "Everything else as before.\n\n"
      "I will miss the May meeting though (holiday).\n\n" + SIG_EN,
      {"functions": "Secretary"}, E1, lang="en", unchanged=True, flagged=True,
      note="Chair replaced by Secretary. Flagged for the absence from the May meeting."),

    c("ow114-en-gmail-new-from-germany", "gmail", "Katrin Vogel",
      "Hello,\n\n"
      "I joined the environment department at Example Municipality in February. I work with "
      "soil and wastewater, and a bit with noise complaints.\n"
      "Experience: twelve years (nine of them in Germany)\n"
      "Time: some, probably more after the summer\n"
      "Not in any groups yet.\n\n"
      "Best,\nKatrin",
      {"interests": "Wastewater; Noise; Soil", "experience": "12", "time": "Some"}, lang="en",
      note="Twelve is the total and recorded; the nine in brackets is part of it. 'probably more "
           "after the summer' is a hope, the answer now is Some. No groups: nothing was "
           "pre-filled, so nothing to record."),

    c("ow114-en-iphone-new-baby", "iphone", "Emily Brooks",
      "Less time this year, new baby 👶 otherwise same",
      {}, E2, lang="en", unchanged=True, ask=["time"],
      note="'Less time' than Much could be Some or Little: asked."),

    c("ow114-en-thunderbird-typed-in-form", "thunderbird", "John Carter",
      "Updated below.\n\nRegards,\nJohn",
      {"interests": "PFAS; Wastewater; Noise", "experience": "21",
       "other": "Moving to 80% from April"}, E1, lang="en",
      edits=[("set", "[ ] PFAS", "[x] PFAS"), ("set", "Answer: 20", "Answer: 21"),
             ("set", "Answer:", "Answer: Moving to 80% from April", "6. Other")],
      note="All changes typed in the quoted form; the Other line is labelled by its place."),

    c("ow114-en-owa-danish-on-english-form", "owa", "Henrik Lund",
      "Hej, jeg svarer lige på dansk.\n"
      "Jeg vil gerne være høringstovholder (consultation coordinator). Luft og klima er stadig "
      "rigtigt, men tilføj også jord.\n"
      "Mvh Henrik",
      {"functions": "Consultation coordinator", "interests": "Air; Soil; Climate"}, E2,
      lang="en",
      note="Danish on the English form, recorded in the English option spellings."),

    c("ow114-en-outlook_android-off-pfas-group", "outlook_android", "Sophie Turner",
      "Please take me off the PFAS working group, I haven't been to a meeting in a year. Thanks",
      {"groups": "Inspection network"}, E2, lang="en"),

    c("ow114-en-apple_mail-chair-until-replaced", "apple_mail", "Fiona MacLeod",
      "Dear all,\n\n"
      "I can continue as chair until a replacement is found, but I'd prefer not to. Time is "
      "little for me now - we're two people short in the department. Experience: 22.\n\n"
      "Warm regards,\nFiona",
      {"time": "Little", "experience": "22"}, E1, lang="en", ask=["functions"],
      note="Chair 'until a replacement is found, but I'd prefer not to': neither keep nor "
           "remove with confidence, passed on."),

    c("ow114-en-outlook_prefix-back-next-week", "outlook_prefix", "Daniel Price",
      "Thanks – I'll fill it in when I'm back from leave next week.\n\nDaniel",
      {}, E_SMALL, lang="en",
      note="Nothing about the form yet."),
]
